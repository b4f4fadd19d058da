package org.adelante.demo;

import java.time.Clock;

import org.adelante.newsroom.MediaContacts;
import org.adelante.newsroom.Newsroom;
import org.adelante.newsroom.PostKind;
import org.adelante.newsroom.PostStatus;
import org.adelante.newsroom.PostSummary;
import org.adelante.newsroom.media.MediaLibrary;
import org.adelante.organizations.Organizations;
import org.adelante.organizations.Scope;
import org.adelante.organizations.Sectors;
import org.adelante.test.AdelanteIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loads the demo content inside a transaction that the test rolls back, so the shared
 * test database stays as the other tests expect it.
 */
@AdelanteIntegrationTest
@Transactional
class DemoContentIntegrationTests {

	@Autowired
	Organizations organizations;

	@Autowired
	Sectors sectors;

	@Autowired
	Newsroom newsroom;

	@Autowired
	MediaContacts contacts;

	@Autowired
	MediaLibrary media;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Clock clock;

	@Test
	void aFirstStartLoadsANewsroomWithEveryKindOfPostOnce() {
		DemoContent demo = demo(true);
		long before = this.newsroom.all(null, null, 1, 1).total();

		demo.prepare();

		long loaded = this.newsroom.all(null, null, 1, 1).total() - before;
		assertThat(loaded).isGreaterThanOrEqualTo(9);
		assertThat(this.newsroom.all(null, "Santa Cruz", 1, 10).items()).extracting(PostSummary::language)
			.contains("en", "es");
		assertThat(this.newsroom.all(PostStatus.SCHEDULED, "heat deaths", 1, 10).items()).hasSize(1);
		for (PostKind kind : PostKind.values()) {
			assertThat(this.newsroom.published("en", kind, null, 1).total()
					+ this.newsroom.published("es", kind, null, 1).total())
				.as("published %s", kind)
				.isPositive();
		}
		assertThat(this.organizations.search("Sonoran Water", 5)).singleElement().satisfies((water) -> {
			assertThat(water.scope()).isEqualTo(Scope.REGIONAL);
			assertThat(water.sector().name()).isEqualTo("Environment and water");
		});

		demo.prepare();
		assertThat(this.newsroom.all(null, null, 1, 1).total() - before).isEqualTo(loaded);
	}

	@Test
	void anInstallationStartedWithoutDemoContentStaysEmpty() {
		long before = this.newsroom.all(null, null, 1, 1).total();
		demo(false).prepare();
		assertThat(this.newsroom.all(null, null, 1, 1).total()).isEqualTo(before);
		assertThat(this.jdbc.sql("select count(*) from demo_content").query(Long.class).single()).isZero();
	}

	private DemoContent demo(boolean enabled) {
		return new DemoContent(new DemoSettings(enabled), this.organizations, this.sectors, this.newsroom,
				this.contacts, this.media, this.jdbc, this.transactions, this.clock);
	}

}
