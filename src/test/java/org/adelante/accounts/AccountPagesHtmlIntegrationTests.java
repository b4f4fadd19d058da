package org.adelante.accounts;

import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.adelante.shared.security.Role;
import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.HtmlChecker;
import org.adelante.test.WebSession;
import org.adelante.test.WebSessions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the accounts module, with and without error messages, is valid HTML in
 * both languages.
 */
@AdelanteIntegrationTest
class AccountPagesHtmlIntegrationTests {

	@Autowired
	WebSessions web;

	@Autowired
	JdbcClient jdbc;

	@Test
	void publicPagesAreValidHtml() {
		for (String language : new String[] { "en", "es" }) {
			WebSession visitor = this.web.anonymous().language(language);
			valid(visitor.get("/login"), 200);
			valid(visitor.get("/login?error"), 200);
			valid(visitor.fillIn("/password-reset"), 200);
			valid(visitor.post("/password-reset", "email", "<b>not an email"), 400);
			valid(visitor.get("/password-reset/sent"), 200);
			valid(visitor.get("/password-reset/" + "C".repeat(43)), 404);
		}
		WebSession admin = this.web.signedIn(Role.ADMIN);
		String email = "html-" + UUID.randomUUID().toString().substring(0, 8) + "@test.adelante";
		admin.post("/admin/staff", "name", "Html check", "email", email, "roles", "EDITOR");
		String link = link(email);
		WebSession invited = this.web.anonymous();
		valid(invited.get(link), 200);
		valid(invited.post(link, "newPassword", "short", "confirmPassword", "other"), 400);
		assertThat(invited.post(link, "newPassword", "a long enough phrase", "confirmPassword", "a long enough phrase")
			.statusCode()).isEqualTo(302);
		valid(invited.get(link), 410);
	}

	@Test
	void adminPagesAreValidHtml() {
		WebSession admin = this.web.signedIn(Role.ADMIN);
		long self = admin.member().id();
		for (String language : new String[] { "en", "es" }) {
			admin.language(language);
			valid(admin.get("/admin"), 200);
			valid(admin.get("/admin/account"), 200);
			valid(admin.post("/admin/account/name", "name", ""), 400);
			valid(admin.post("/admin/account/password", "currentPassword", "", "newPassword", "x", "confirmPassword",
					"y"), 400);
			valid(admin.get("/admin/staff"), 200);
			valid(admin.get("/admin/staff/new"), 200);
			valid(admin.post("/admin/staff", "name", "", "email", "bad", "roles", "NOPE"), 400);
			valid(admin.get("/admin/staff/" + self), 200);
			valid(admin.post("/admin/staff/" + self, "name", "Me", "roles", "EDITOR"), 400);
			valid(admin.post("/admin/staff/" + self + "/disable"), 400);
			valid(admin.get("/admin/audit"), 200);
			valid(admin.get("/admin/outbox"), 200);
		}
		long mail = this.jdbc.sql("select max(id) from mail_outbox").query(Long.class).single();
		valid(admin.get("/admin/outbox/" + mail), 200);
	}

	private static void valid(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(status);
		assertThat(HtmlChecker.errors(response.body())).as(response.uri() + " is valid HTML").isEmpty();
	}

	private String link(String email) {
		String text = this.jdbc.sql("select text_body from mail_outbox where recipient = :to")
			.param("to", email)
			.query(String.class)
			.single();
		Matcher matcher = Pattern.compile("http://localhost(/password-reset/[A-Za-z0-9_-]{43})").matcher(text);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

}
