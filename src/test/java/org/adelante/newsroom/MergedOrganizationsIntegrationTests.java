package org.adelante.newsroom;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.adelante.accounts.AuditLog;
import org.adelante.organizations.Organization;
import org.adelante.organizations.OrganizationDetails;
import org.adelante.organizations.Organizations;
import org.adelante.test.AdelanteIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * When two registry entries for one organisation are merged, the posts that named the
 * merged-away one (as an issuer or as a repost's source) name the survivor, in the same
 * transaction; and the merge is in the audit log.
 */
@AdelanteIntegrationTest
class MergedOrganizationsIntegrationTests {

	@Autowired
	Organizations organizations;

	@Autowired
	Newsroom newsroom;

	@Autowired
	AuditLog audit;

	@Test
	void postsNamingTheMergedAwayOrganisationNameTheSurvivor() {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		Organization survivor = organization("Red Fronteriza " + unique);
		Organization loser = organization("Red de la Frontera " + unique);
		Organization partner = organization("Colectivo Aliado " + unique);
		Post joint = this.newsroom
			.create(post("Joint " + unique, PostKind.PRESS_RELEASE, List.of(partner.id(), loser.id()), null));
		Post both = this.newsroom.create(
				post("Both " + unique, PostKind.PRESS_RELEASE, List.of(loser.id(), partner.id(), survivor.id()), null));
		Post repost = this.newsroom.create(post("Repost " + unique, PostKind.REPOST, List.of(), loser.id()));
		Post untouched = this.newsroom
			.create(post("Other " + unique, PostKind.PRESS_RELEASE, List.of(partner.id()), partner.id()));

		this.organizations.merge(survivor.id(), loser.id());

		Post jointAfter = this.newsroom.find(joint.id()).orElseThrow();
		assertThat(jointAfter.content().issuerIds()).containsExactly(partner.id(), survivor.id());
		assertThat(jointAfter.version()).isEqualTo(joint.version() + 1);
		assertThat(this.newsroom.find(both.id()).orElseThrow().content().issuerIds()).containsExactly(partner.id(),
				survivor.id());
		assertThat(this.newsroom.find(repost.id()).orElseThrow().content().repostSourceId()).isEqualTo(survivor.id());
		Post untouchedAfter = this.newsroom.find(untouched.id()).orElseThrow();
		assertThat(untouchedAfter.content().issuerIds()).containsExactly(partner.id());
		assertThat(untouchedAfter.version()).isEqualTo(untouched.version());

		await().untilAsserted(
				() -> assertThat(this.audit.forSubject("organization", survivor.id())).anySatisfy((entry) -> {
					assertThat(entry.action()).isEqualTo("organization.merged");
					assertThat(entry.summary()).isEqualTo(loser.name() + " → " + survivor.name());
				}));
	}

	private Organization organization(String name) {
		return this.organizations.create(new OrganizationDetails(name, null, null, null, null, null));
	}

	private static PostContent post(String title, PostKind kind, List<Long> issuers, Long repostSource) {
		return new PostContent(kind, "en", null, title, null, null, null, "Partners delivered the letter.", "Tucson",
				"Arizona", ReleaseMode.IMMEDIATE, null, null, null, null, null, null, null, null, null, List.of(),
				List.of(), issuers, repostSource, (repostSource != null) ? "https://partner.example/release" : null,
				(repostSource != null) ? LocalDate.of(2026, 3, 2) : null, List.of(), null);
	}

}
