package org.adelante.accounts;

import java.net.http.HttpResponse;

import org.adelante.shared.security.Role;
import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.WebSession;
import org.adelante.test.WebSessions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@AdelanteIntegrationTest
class AccountIntegrationTests {

	private static final String NEW_PASSWORD = "a brand new pass phrase";

	@Autowired
	StaffAccounts accounts;

	@Autowired
	AuditLog audit;

	@Autowired
	WebSessions web;

	@Test
	void anyStaffMemberChangesTheirPassword() {
		WebSession fundraiser = this.web.signedIn(Role.FUNDRAISER);
		assertThat(fundraiser.get("/admin/account").statusCode()).isEqualTo(200);

		HttpResponse<String> changed = fundraiser.post("/admin/account/password", "currentPassword",
				fundraiser.password(), "newPassword", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD);

		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(changed.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/admin/account?passwordChanged"));
		assertThat(fundraiser.get("/admin/account?passwordChanged").body()).contains("Your password has been changed.");
		String email = fundraiser.member().email();
		assertThat(this.web.anonymous().signIn(email, fundraiser.password())).isFalse();
		assertThat(this.web.anonymous().signIn(email, NEW_PASSWORD)).isTrue();
		await().untilAsserted(() -> assertThat(this.audit.forSubject("staff", fundraiser.member().id()))
			.anySatisfy((entry) -> assertThat(entry.action()).isEqualTo("staff.password_changed")));
	}

	@Test
	void aWrongCurrentPasswordIsRefused() {
		WebSession editor = this.web.signedIn(Role.EDITOR);

		HttpResponse<String> response = editor.post("/admin/account/password", "currentPassword", "not my password",
				"newPassword", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("The current password is not right.")
			.contains("href=\"#currentPassword\"")
			.contains("aria-describedby=\"currentPassword-error\"")
			.contains("aria-invalid=\"true\"")
			.doesNotContain(NEW_PASSWORD);
		assertThat(this.web.anonymous().signIn(editor.member().email(), editor.password())).isTrue();
	}

	@Test
	void aNewPasswordMustBeLongEnoughNotTooLongAndConfirmed() {
		WebSession editor = this.web.signedIn(Role.EDITOR);

		HttpResponse<String> tooShort = editor.post("/admin/account/password", "currentPassword", editor.password(),
				"newPassword", "short", "confirmPassword", "short");
		assertThat(tooShort.statusCode()).isEqualTo(400);
		assertThat(tooShort.body()).contains("The new password needs at least 12 characters.");

		String long129 = "x".repeat(129);
		HttpResponse<String> tooLong = editor.post("/admin/account/password", "currentPassword", editor.password(),
				"newPassword", long129, "confirmPassword", long129);
		assertThat(tooLong.statusCode()).isEqualTo(400);
		assertThat(tooLong.body()).contains("at most 128 characters");

		HttpResponse<String> mismatch = editor.post("/admin/account/password", "currentPassword", editor.password(),
				"newPassword", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD + "!");
		assertThat(mismatch.statusCode()).isEqualTo(400);
		assertThat(mismatch.body()).contains("The two new passwords are not the same.")
			.contains("href=\"#confirmPassword\"");

		HttpResponse<String> spanish = editor.language("es")
			.post("/admin/account/password", "currentPassword", "", "newPassword", "", "confirmPassword", "");
		assertThat(spanish.statusCode()).isEqualTo(400);
		assertThat(spanish.body()).contains("Escriba su contraseña actual.").contains("Escriba una contraseña nueva.");

		assertThat(this.web.anonymous().signIn(editor.member().email(), editor.password()))
			.as("the password did not change")
			.isTrue();
	}

	@Test
	void aLongPassPhraseWorks() {
		WebSession editor = this.web.signedIn(Role.EDITOR);
		String phrase = "ñandú ".repeat(22).substring(0, 128);

		HttpResponse<String> changed = editor.post("/admin/account/password", "currentPassword", editor.password(),
				"newPassword", phrase, "confirmPassword", phrase);

		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(this.web.anonymous().signIn(editor.member().email(), phrase)).isTrue();
	}

	@Test
	void aStaffMemberChangesTheirNameAndScriptStaysText() {
		WebSession organiser = this.web.signedIn(Role.ORGANISER);

		HttpResponse<String> changed = organiser.post("/admin/account/name", "name",
				"  Ana <script>alert(1)</script> ");

		assertThat(changed.statusCode()).isEqualTo(302);
		StaffMember member = this.accounts.findById(organiser.member().id()).orElseThrow();
		assertThat(member.name()).isEqualTo("Ana <script>alert(1)</script>");
		assertThat(organiser.get("/admin/account").body()).contains("value=\"Ana &lt;script>alert(1)&lt;/script>\"")
			.doesNotContain("<script>alert(1)");
		await().untilAsserted(() -> assertThat(this.audit.forSubject("staff", member.id()))
			.anySatisfy((entry) -> assertThat(entry.action()).isEqualTo("staff.renamed")));
	}

	@Test
	void anEmptyOrOversizedNameIsRefused() {
		WebSession organiser = this.web.signedIn(Role.ORGANISER);

		HttpResponse<String> empty = organiser.post("/admin/account/name", "name", "   ");
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.body()).contains("Please fill this in.");

		HttpResponse<String> oversized = organiser.post("/admin/account/name", "name", "n".repeat(5000));
		assertThat(oversized.statusCode()).isEqualTo(400);
		assertThat(oversized.body()).contains("Please keep this to 120 characters or fewer.");

		assertThat(this.accounts.findById(organiser.member().id()).orElseThrow().name())
			.isEqualTo(organiser.member().name());
	}

	@Test
	void aNameOfControlCharactersOnlyIsRefused() {
		WebSession editor = this.web.signedIn(Role.EDITOR);

		HttpResponse<String> refused = editor.language("es").post("/admin/account/name", "name", "\u0001\u0002\u0003");

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("<a href=\"#name\">");
		assertThat(this.accounts.findById(editor.member().id()).orElseThrow().name()).isEqualTo(editor.member().name());
	}

	@Test
	void accountFormsNeedACsrfTokenAndASignedInMember() {
		WebSession editor = this.web.signedIn(Role.EDITOR);
		assertThat(editor.postWithoutCsrf("/admin/account/name", "name", "Forged").statusCode()).isEqualTo(403);
		assertThat(editor
			.postWithoutCsrf("/admin/account/password", "currentPassword", editor.password(), "newPassword",
					NEW_PASSWORD, "confirmPassword", NEW_PASSWORD)
			.statusCode()).isEqualTo(403);
		assertThat(this.accounts.findById(editor.member().id()).orElseThrow().name()).isNotEqualTo("Forged");

		HttpResponse<String> anonymous = this.web.anonymous().get("/admin/account");
		assertThat(anonymous.statusCode()).isEqualTo(302);
		assertThat(anonymous.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/login"));
	}

}
