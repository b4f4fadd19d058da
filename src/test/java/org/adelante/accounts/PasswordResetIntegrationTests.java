package org.adelante.accounts;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.adelante.shared.security.Role;
import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.MovableClock;
import org.adelante.test.ReceivedMail;
import org.adelante.test.WebSession;
import org.adelante.test.WebSessions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@AdelanteIntegrationTest
class PasswordResetIntegrationTests {

	private static final String OLD_PASSWORD = "the old pass phrase";

	private static final String NEW_PASSWORD = "a fresh pass phrase";

	@Autowired
	StaffAccounts accounts;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MovableClock clock;

	@Autowired
	WebSessions web;

	@Test
	void aStaffMemberResetsTheirPasswordThroughTheEmailedLink() {
		StaffMember member = newMember();
		for (int attempt = 1; attempt <= 5; attempt++) {
			this.web.anonymous().signIn(member.email(), "locking myself out");
		}
		WebSession visitor = this.web.anonymous();
		assertThat(visitor.get("/login").body()).contains("href=\"/password-reset\"");
		visitor.fillIn("/password-reset");

		HttpResponse<String> requested = visitor.post("/password-reset", "email", " " + member.email().toUpperCase());

		assertThat(requested.statusCode()).isEqualTo(302);
		assertThat(requested.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/password-reset/sent"));
		assertThat(visitor.get("/password-reset/sent").body()).contains("Check your email");

		ReceivedMail mail = ReceivedMail.awaitFor(member.email());
		assertThat(mail.subject()).isEqualTo("Reset your password for Adelante");
		assertThat(mail.html()).contains("href=\"http://localhost/password-reset/");
		assertThat(mail.text()).contains("Choose a new password (http://localhost/password-reset/")
			.contains("60 minutes");
		String link = PasswordLinks.in(mail.text());
		String token = link.substring(link.lastIndexOf('/') + 1);
		assertThat(this.jdbc.sql("select count(*) from password_reset_tokens where token_hash = :token")
			.param("token", token)
			.query(Long.class)
			.single()).as("only the hash is stored").isZero();

		HttpResponse<String> form = visitor.get(link);
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("Choose a new password").contains("action=\"" + link + "\"");

		HttpResponse<String> reset = visitor.post(link, "newPassword", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD);
		assertThat(reset.statusCode()).isEqualTo(302);
		assertThat(reset.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/login?reset"));

		assertThat(this.web.anonymous().signIn(member.email(), OLD_PASSWORD)).isFalse();
		assertThat(this.web.anonymous().signIn(member.email(), NEW_PASSWORD)).as("the reset also lifted the lock")
			.isTrue();
		await().untilAsserted(() -> assertThat(this.audit.forSubject("staff", member.id())).anySatisfy((entry) -> {
			assertThat(entry.action()).isEqualTo("staff.password_reset");
			assertThat(entry.actor()).isEqualTo(member.email());
		}));
	}

	@Test
	void aUsedLinkDoesNotWorkAgainAndEndsOlderLinks() {
		StaffMember member = newMember();
		WebSession visitor = this.web.anonymous();
		visitor.fillIn("/password-reset");
		visitor.post("/password-reset", "email", member.email());
		visitor.post("/password-reset", "email", member.email());
		List<String> links = outboxLinks(member.email());
		assertThat(links).hasSize(2);

		assertThat(
				visitor.post(links.get(1), "newPassword", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD).statusCode())
			.isEqualTo(302);

		HttpResponse<String> reused = visitor.get(links.get(1));
		assertThat(reused.statusCode()).isEqualTo(410);
		assertThat(reused.body()).contains("This link has already been used").contains("href=\"/password-reset\"");
		HttpResponse<String> replayed = visitor.post(links.get(1), "newPassword", "someone else's phrase",
				"confirmPassword", "someone else's phrase");
		assertThat(replayed.statusCode()).isEqualTo(410);
		HttpResponse<String> older = visitor.post(links.get(0), "newPassword", "someone else's phrase",
				"confirmPassword", "someone else's phrase");
		assertThat(older.statusCode()).isEqualTo(410);
		assertThat(this.web.anonymous().signIn(member.email(), NEW_PASSWORD)).isTrue();
	}

	@Test
	void aLinkExpiresAfterAnHour() {
		StaffMember member = newMember();
		WebSession visitor = this.web.anonymous().language("es");
		visitor.fillIn("/password-reset");
		visitor.post("/password-reset", "email", member.email());
		String link = outboxLinks(member.email()).get(0);
		assertThat(visitor.get(link).statusCode()).isEqualTo(200);

		this.clock.advance(Duration.ofMinutes(61));

		HttpResponse<String> expired = visitor.get(link);
		assertThat(expired.statusCode()).isEqualTo(410);
		assertThat(expired.body()).contains("Este enlace ha caducado").contains("Pedir un enlace nuevo");
		assertThat(visitor.post(link, "newPassword", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD).statusCode())
			.isEqualTo(410);
		assertThat(this.web.anonymous().signIn(member.email(), OLD_PASSWORD)).isTrue();
	}

	@Test
	void anUnknownEmailGetsTheSamePageAndNoEmail() {
		StaffMember member = newMember();
		String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8) + "@test.adelante";
		WebSession visitor = this.web.anonymous();
		visitor.fillIn("/password-reset");

		HttpResponse<String> known = visitor.post("/password-reset", "email", member.email());
		HttpResponse<String> notKnown = visitor.post("/password-reset", "email", unknown);

		assertThat(notKnown.statusCode()).isEqualTo(known.statusCode()).isEqualTo(302);
		assertThat(notKnown.headers().firstValue("Location")).isEqualTo(known.headers().firstValue("Location"));
		assertThat(outboxLinks(member.email())).hasSize(1);
		assertThat(outboxLinks(unknown)).isEmpty();
	}

	@Test
	void theEmailIsInTheLanguageOfThePage() {
		StaffMember member = newMember();

		WebSession visitor = this.web.anonymous().language("es");
		visitor.fillIn("/password-reset");
		visitor.post("/password-reset", "email", member.email());

		ReceivedMail mail = ReceivedMail.awaitFor(member.email());
		assertThat(mail.subject()).isEqualTo("Restablezca su contraseña de Adelante");
		assertThat(mail.text()).contains("Elegir una contraseña nueva (http://localhost/password-reset/");
	}

	@Test
	void atMostThreeEmailsAnHourAreSentToOneAccount() {
		StaffMember member = newMember();
		WebSession visitor = this.web.anonymous();
		visitor.fillIn("/password-reset");

		for (int request = 1; request <= 5; request++) {
			assertThat(visitor.post("/password-reset", "email", member.email()).statusCode()).isEqualTo(302);
		}
		assertThat(outboxLinks(member.email())).hasSize(3);

		this.clock.advance(Duration.ofMinutes(61));
		visitor.post("/password-reset", "email", member.email());
		assertThat(outboxLinks(member.email())).hasSize(4);
	}

	@Test
	void anUnknownOrMalformedLinkIsNotFound() {
		WebSession visitor = this.web.anonymous();

		HttpResponse<String> unknown = visitor.get("/password-reset/" + "A".repeat(43));
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).contains("This link does not work").contains("href=\"/password-reset\"");

		assertThat(visitor.get("/password-reset/abc").statusCode()).isEqualTo(404);
		assertThat(visitor.get("/password-reset/%3Cscript%3E").statusCode()).isEqualTo(404);
		assertThat(visitor
			.post("/password-reset/" + "B".repeat(43), "newPassword", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD)
			.statusCode()).isEqualTo(404);
	}

	@Test
	void badInputIsAnsweredWithAFieldMessage() {
		WebSession visitor = this.web.anonymous();
		visitor.fillIn("/password-reset");

		HttpResponse<String> blank = visitor.post("/password-reset", "email", "  ");
		assertThat(blank.statusCode()).isEqualTo(400);
		assertThat(blank.body()).contains("Please fill this in.").contains("href=\"#email\"");

		HttpResponse<String> script = visitor.post("/password-reset", "email", "<script>alert(1)</script>");
		assertThat(script.statusCode()).isEqualTo(400);
		assertThat(script.body()).contains("Please enter an email address like name@example.org.")
			.contains("value=\"&lt;script>alert(1)&lt;/script>\"")
			.doesNotContain("<script>alert(1)");

		HttpResponse<String> oversized = visitor.post("/password-reset", "email", "a".repeat(300) + "@test.adelante");
		assertThat(oversized.statusCode()).isEqualTo(400);
		assertThat(oversized.body()).contains("Please keep this to 254 characters or fewer.");

		assertThat(visitor.postWithoutCsrf("/password-reset", "email", "someone@test.adelante").statusCode())
			.isEqualTo(403);
	}

	@Test
	void aMismatchedNewPasswordKeepsTheLinkUsable() {
		StaffMember member = newMember();
		WebSession visitor = this.web.anonymous();
		visitor.fillIn("/password-reset");
		visitor.post("/password-reset", "email", member.email());
		String link = outboxLinks(member.email()).get(0);

		HttpResponse<String> mismatch = visitor.post(link, "newPassword", NEW_PASSWORD, "confirmPassword", "other");
		assertThat(mismatch.statusCode()).isEqualTo(400);
		assertThat(mismatch.body()).contains("The two new passwords are not the same.");
		HttpResponse<String> tooShort = visitor.post(link, "newPassword", "short", "confirmPassword", "short");
		assertThat(tooShort.statusCode()).isEqualTo(400);
		assertThat(visitor.postWithoutCsrf(link, "newPassword", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD)
			.statusCode()).isEqualTo(403);

		assertThat(visitor.post(link, "newPassword", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD).statusCode())
			.isEqualTo(302);
	}

	private StaffMember newMember() {
		String email = "reset-" + UUID.randomUUID().toString().substring(0, 8) + "@test.adelante";
		return this.accounts.create(email, "Reset test", OLD_PASSWORD, EnumSet.of(Role.EDITOR));
	}

	/** The links in the emails queued for an address, oldest first. */
	private List<String> outboxLinks(String email) {
		return this.jdbc.sql("select text_body from mail_outbox where recipient = :to order by id")
			.param("to", email)
			.query(String.class)
			.list()
			.stream()
			.map(PasswordLinks::in)
			.toList();
	}

}
