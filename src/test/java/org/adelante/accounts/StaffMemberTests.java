package org.adelante.accounts;

import java.time.Instant;
import java.util.Set;

import org.adelante.shared.security.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StaffMemberTests {

	@Test
	void aMemberHasTheirOwnRoles() {
		StaffMember member = member(Role.EDITOR, Role.ORGANISER);

		assertThat(member.has(Role.EDITOR)).isTrue();
		assertThat(member.has(Role.ORGANISER)).isTrue();
		assertThat(member.has(Role.FUNDRAISER)).isFalse();
		assertThat(member.has(Role.ADMIN)).isFalse();
	}

	@Test
	void anAdminHasEveryRole() {
		StaffMember admin = member(Role.ADMIN);

		for (Role role : Role.values()) {
			assertThat(admin.has(role)).as(role.name()).isTrue();
		}
	}

	@Test
	void aMemberWithoutRolesHasNone() {
		StaffMember member = member();

		for (Role role : Role.values()) {
			assertThat(member.has(role)).as(role.name()).isFalse();
		}
	}

	private static StaffMember member(Role... roles) {
		return new StaffMember(1, "ana@example.org", "Ana", Set.of(roles), true, null,
				Instant.parse("2030-01-15T10:00:00Z"));
	}

}
