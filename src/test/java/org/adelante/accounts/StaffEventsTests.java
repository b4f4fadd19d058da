package org.adelante.accounts;

import java.time.Instant;

import org.adelante.accounts.StaffAccountChanged.Change;
import org.adelante.accounts.StaffChangeRefused.Reason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StaffEventsTests {

	private static final Instant NOW = Instant.parse("2030-01-15T10:00:00Z");

	@Test
	void aChangedAccountIsAuditedUnderItself() {
		StaffAccountChanged changed = new StaffAccountChanged(7, Change.PASSWORD_RESET, "Ana <ana@example.org>",
				"system", NOW);

		assertThat(changed.action()).isEqualTo("staff.password_reset");
		assertThat(changed.subjectType()).isEqualTo("staff");
		assertThat(changed.subjectId()).isEqualTo("7");
		assertThat(changed.summary()).isEqualTo("Ana <ana@example.org>");
		assertThat(new StaffAccountChanged(7, Change.INVITED, "Ana", "system", NOW).action())
			.isEqualTo("staff.invited");
	}

	@Test
	void aRefusedChangeIsExplainedByItsReason() {
		assertThat(new StaffChangeRefused(Reason.OWN_ADMIN_ROLE).key()).isEqualTo("staffAdmin.refused.own_admin_role");
		assertThat(new StaffChangeRefused(Reason.OWN_ACCOUNT).key()).isEqualTo("staffAdmin.refused.own_account");
		assertThat(new StaffChangeRefused(Reason.LAST_ADMIN).key()).isEqualTo("staffAdmin.refused.last_admin");
	}

	@Test
	void aRefusedChangeCarriesItsReason() {
		StaffChangeRefused refused = new StaffChangeRefused(Reason.LAST_ADMIN);

		assertThat(refused.reason()).isEqualTo(Reason.LAST_ADMIN);
		assertThat(refused).hasMessage("Staff change refused: LAST_ADMIN");
	}

}
