package org.adelante.shared.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoleTests {

	@Test
	void eachRoleIsNamedByItsOwnLowerCaseMessageKey() {
		assertThat(Role.ADMIN.key()).isEqualTo("role.admin");
		assertThat(Role.EDITOR.key()).isEqualTo("role.editor");
		assertThat(Role.ORGANISER.key()).isEqualTo("role.organiser");
		assertThat(Role.FUNDRAISER.key()).isEqualTo("role.fundraiser");
	}

}
