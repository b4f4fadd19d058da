package org.adelante.organizations;

import java.time.Instant;

import org.adelante.organizations.OrganizationChanged.Change;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrganizationEventsTests {

	private static final Instant NOW = Instant.parse("2030-01-15T10:00:00Z");

	@Test
	void aChangedOrganizationIsAuditedUnderItselfWithItsName() {
		OrganizationChanged created = new OrganizationChanged(42, Change.CREATED, "Red de Derechos", "ana@example.org",
				NOW);

		assertThat(created.action()).isEqualTo("organization.created");
		assertThat(created.subjectType()).isEqualTo("organization");
		assertThat(created.subjectId()).isEqualTo("42");
		assertThat(created.summary()).isEqualTo("Red de Derechos");
	}

	@Test
	void eachChangeHasItsOwnAction() {
		assertThat(new OrganizationChanged(42, Change.UPDATED, "Red", "system", NOW).action())
			.isEqualTo("organization.updated");
	}

	@Test
	void ourOrganizationIsAuditedAsTheOneThereIs() {
		OwnOrganizationChanged changed = new OwnOrganizationChanged("Adelante", "America/Phoenix", "ana@example.org",
				NOW);

		assertThat(changed.action()).isEqualTo("organization.own.updated");
		assertThat(changed.subjectType()).isEqualTo("own_organization");
		assertThat(changed.subjectId()).isNull();
		assertThat(changed.summary()).isEqualTo("Adelante");
	}

}
