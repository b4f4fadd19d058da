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
			valid(visitor.get("/login"));
			valid(visitor.get("/login?error"));
			valid(visitor.fillIn("/password-reset"));
			valid(visitor.post("/password-reset", "email", "<b>not an email"));
			valid(visitor.get("/password-reset/sent"));
			valid(visitor.get("/password-reset/" + "C".repeat(43)));
		}
		WebSession admin = this.web.signedIn(Role.ADMIN);
		String email = "html-" + UUID.randomUUID().toString().substring(0, 8) + "@test.adelante";
		admin.post("/admin/staff", "name", "Html check", "email", email, "roles", "EDITOR");
		String link = link(email);
		WebSession invited = this.web.anonymous();
		valid(invited.get(link));
		valid(invited.post(link, "newPassword", "short", "confirmPassword", "other"));
		invited.post(link, "newPassword", "a long enough phrase", "confirmPassword", "a long enough phrase");
		valid(invited.get(link));
	}

	@Test
	void adminPagesAreValidHtml() {
		WebSession admin = this.web.signedIn(Role.ADMIN);
		long self = admin.member().id();
		for (String language : new String[] { "en", "es" }) {
			admin.language(language);
			valid(admin.get("/admin"));
			valid(admin.get("/admin/account"));
			valid(admin.post("/admin/account/name", "name", ""));
			valid(admin.post("/admin/account/password", "currentPassword", "", "newPassword", "x", "confirmPassword",
					"y"));
			valid(admin.get("/admin/staff"));
			valid(admin.get("/admin/staff/new"));
			valid(admin.post("/admin/staff", "name", "", "email", "bad", "roles", "NOPE"));
			valid(admin.get("/admin/staff/" + self));
			valid(admin.post("/admin/staff/" + self, "name", "Me", "roles", "EDITOR"));
			valid(admin.post("/admin/staff/" + self + "/disable"));
			valid(admin.get("/admin/audit"));
			valid(admin.get("/admin/outbox"));
		}
		long mail = this.jdbc.sql("select max(id) from mail_outbox").query(Long.class).single();
		valid(admin.get("/admin/outbox/" + mail));
	}

	private static void valid(HttpResponse<String> response) {
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
