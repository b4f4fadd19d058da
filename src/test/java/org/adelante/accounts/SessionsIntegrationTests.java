package org.adelante.accounts;

import org.adelante.shared.security.Role;
import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in sessions live in the database, so every node behind a load balancer knows them
 * and a restart signs nobody out.
 */
@AdelanteIntegrationTest
class SessionsIntegrationTests {

	@Autowired
	StaffAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@Test
	void aSignedInSessionIsStoredInTheDatabaseAndEndsWithSignOut() {
		WebSession editor = WebSession.signedIn(this.port, this.accounts, Role.EDITOR);
		String email = editor.member().email();
		assertThat(sessionsOf(email)).isEqualTo(1);
		assertThat(editor.get("/admin").statusCode()).isEqualTo(200);

		editor.post("/logout");
		assertThat(sessionsOf(email)).isZero();
		assertThat(editor.get("/admin").statusCode()).isEqualTo(302);
	}

	private long sessionsOf(String email) {
		return this.jdbc.sql("select count(*) from spring_session where principal_name = :email")
			.param("email", email)
			.query(Long.class)
			.single();
	}

}
