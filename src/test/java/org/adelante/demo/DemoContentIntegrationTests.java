package org.adelante.demo;

import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;

import org.adelante.letters.Letter;
import org.adelante.letters.LetterFeature;
import org.adelante.letters.Letters;
import org.adelante.letters.Signatory;
import org.adelante.letters.SignatoryList;
import org.adelante.letters.SignatureStatus;
import org.adelante.letters.Signatures;
import org.adelante.newsroom.MediaContacts;
import org.adelante.newsroom.Newsroom;
import org.adelante.newsroom.Post;
import org.adelante.newsroom.PostKind;
import org.adelante.newsroom.PostStatus;
import org.adelante.newsroom.PostSummary;
import org.adelante.newsroom.media.MediaLibrary;
import org.adelante.newsroom.web.PostPages;
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
	DemoLetter demoLetter;

	@Autowired
	Letters letters;

	@Autowired
	Signatures signatures;

	@Autowired
	PostPages postPages;

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
		assertThat(this.organizations.search("Sonoran Water Defenders", 5)).singleElement().satisfies((water) -> {
			assertThat(water.scope()).isEqualTo(Scope.REGIONAL);
			assertThat(water.sector().name()).isEqualTo("Environment and water");
		});

		demo.prepare();
		assertThat(this.newsroom.all(null, null, 1, 1).total() - before).isEqualTo(loaded);
	}

	@Test
	void theDemoLetterHasMoreThan120OrganisationsOfEveryScopeAndSomePeopleAndAReleaseFeaturesIt() {
		demo(true).prepare();

		Letter letter = this.letters.findPublic(DemoLetter.SLUG).orElseThrow();
		assertThat(letter.listedOrganizations()).isEqualTo(124);
		assertThat(letter.listedIndividuals()).isEqualTo(9);
		SignatoryList list = this.signatures.list(letter, Locale.ENGLISH);
		assertThat(list.conveners()).extracting(Signatory::name)
			.containsExactlyInAnyOrder("Río Abierto Alliance", "Sonoran Water Defenders",
					"Borderlands Interfaith Council");
		assertThat(list.groups()).extracting(SignatoryList.Group::headingKey)
			.containsExactly(Arrays.stream(Scope.values()).map(Scope::messageKey).toArray(String[]::new));
		assertThat(list.groups()
			.stream()
			.flatMap((group) -> group.members().stream())
			.map(Signatory::country)
			.distinct()
			.count()).isGreaterThanOrEqualTo(10);
		assertThat(list.individuals()).hasSize(9);
		assertThat(this.signatures.counts(letter.id())).containsEntry(SignatureStatus.UNCONFIRMED, 0L);

		Post release = this.newsroom.published("en", PostKind.PRESS_RELEASE, null, 1)
			.items()
			.stream()
			.filter((post) -> post.title().startsWith("More than 120 organisations"))
			.findFirst()
			.flatMap((summary) -> this.newsroom.find(summary.id()))
			.orElseThrow();
		LetterFeature featured = this.postPages.view(release, Locale.ENGLISH).featuredLetter();
		assertThat(featured.url()).isEqualTo(letter.url());
		assertThat(featured.organizations().messageKey()).isEqualTo("letters.count.organizations.moreThan");
		assertThat(featured.organizations().number()).isEqualTo(100);
		assertThat(release.content().relatedLinks()).hasSize(1);
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
				this.contacts, this.media, this.demoLetter, this.jdbc, this.transactions, this.clock);
	}

}
