package org.adelante.accounts;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.UUID;

import org.adelante.shared.security.Role;
import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.ReceivedMail;
import org.adelante.test.WebSession;
import org.adelante.test.WebSessions;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

@AdelanteIntegrationTest
class StaffAdminIntegrationTests {

	@Autowired
	StaffAccounts accounts;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	WebSessions web;

	@Test
	void staffPagesNeedAnAdmin() {
		HttpResponse<String> anonymous = this.web.anonymous().get("/admin/staff");
		assertThat(anonymous.statusCode()).isEqualTo(302);
		assertThat(anonymous.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/login"));

		WebSession editor = this.web.signedIn(Role.EDITOR);
		assertThat(editor.get("/admin/staff").statusCode()).isEqualTo(403);
		assertThat(editor.get("/admin/staff/new").statusCode()).isEqualTo(403);
		assertThat(editor.get("/admin/staff/" + editor.member().id()).statusCode()).isEqualTo(403);
		assertThat(editor.get("/admin/audit").statusCode()).isEqualTo(403);
		String email = unique("sneaky");
		assertThat(editor.post("/admin/staff", "name", "Sneaky", "email", email, "roles", "ADMIN").statusCode())
			.isEqualTo(403);
		assertThat(editor.post("/admin/staff/" + editor.member().id(), "name", "Me", "roles", "ADMIN").statusCode())
			.isEqualTo(403);
		assertThat(this.accounts.findByEmail(email)).isEmpty();
		assertThat(this.accounts.findById(editor.member().id()).orElseThrow().roles()).containsExactly(Role.EDITOR);
	}

	@Test
	void anAdminAddsAMemberWhoSetsTheirPasswordFromTheInvitation() {
		WebSession admin = this.web.signedIn(Role.ADMIN);
		String email = unique("invited");

		HttpResponse<String> added = admin.post("/admin/staff", "name", "Marta Ruiz", "email", email, "roles", "EDITOR",
				"roles", "ORGANISER", "language", "es");

		assertThat(added.statusCode()).isEqualTo(302);
		assertThat(admin.get("/admin/staff?added").body()).contains("Marta Ruiz").contains(email);
		StaffMember member = this.accounts.findByEmail(email).orElseThrow();
		assertThat(member.roles()).containsExactlyInAnyOrder(Role.EDITOR, Role.ORGANISER);

		ReceivedMail invitation = ReceivedMail.awaitFor(email);
		assertThat(invitation.subject()).isEqualTo("Su cuenta del personal en Adelante");
		assertThat(invitation.text()).contains("Hola, Marta Ruiz:").contains("7 días");
		String link = PasswordLinks.in(invitation.text());
		WebSession newcomer = this.web.anonymous();
		assertThat(newcomer.get(link).statusCode()).isEqualTo(200);
		assertThat(newcomer.post(link, "newPassword", "my very own phrase", "confirmPassword", "my very own phrase")
			.statusCode()).isEqualTo(302);
		assertThat(newcomer.signIn(email, "my very own phrase")).isTrue();
		assertThat(newcomer.get("/admin/staff").statusCode()).isEqualTo(403);

		await().untilAsserted(() -> assertThat(this.audit.forSubject("staff", member.id())).anySatisfy((entry) -> {
			assertThat(entry.action()).isEqualTo("staff.created");
			assertThat(entry.actor()).isEqualTo(admin.member().email());
		}));
		HttpResponse<String> auditPage = admin.get("/admin/audit");
		assertThat(auditPage.statusCode()).isEqualTo(200);
		assertThat(auditPage.body()).contains("Staff member added").contains(email);
		assertThat(admin.language("es").get("/admin/audit").body()).contains("Alta de una persona del personal");
	}

	@Test
	void addingRefusesBadInput() {
		WebSession admin = this.web.signedIn(Role.ADMIN);

		HttpResponse<String> empty = admin.post("/admin/staff", "name", "", "email", "");
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.body()).contains("<a href=\"#name\">Please fill this in.</a>")
			.contains("<a href=\"#email\">Please fill this in.</a>")
			.contains("Choose at least one role.");

		HttpResponse<String> duplicate = admin.post("/admin/staff", "name", "Twin", "email",
				admin.member().email().toUpperCase(), "roles", "EDITOR");
		assertThat(duplicate.statusCode()).isEqualTo(400);
		assertThat(duplicate.body()).contains("A staff account with this email already exists.");

		HttpResponse<String> unknownRole = admin.post("/admin/staff", "name", "Root", "email", unique("root"), "roles",
				"ROOT");
		assertThat(unknownRole.statusCode()).isEqualTo(400);
		assertThat(unknownRole.body()).contains("Choose roles from the list.");

		String oversizedEmail = unique("x".repeat(300));
		HttpResponse<String> oversized = admin.post("/admin/staff", "name", "n".repeat(121), "email", oversizedEmail,
				"roles", "EDITOR");
		assertThat(oversized.statusCode()).isEqualTo(400);
		assertThat(oversized.body()).contains("Please keep this to 120 characters or fewer.")
			.contains("Please keep this to 254 characters or fewer.");

		String email = unique("script");
		HttpResponse<String> script = admin.post("/admin/staff", "name", "<script>alert(1)</script>", "email", email,
				"roles", "FUNDRAISER", "language", "<script>");
		assertThat(script.statusCode()).isEqualTo(302);
		assertThat(admin.get("/admin/staff").body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("<script>alert(1)");

		assertThat(admin.postWithoutCsrf("/admin/staff", "name", "No token", "email", unique("csrf"), "roles", "EDITOR")
			.statusCode()).isEqualTo(403);
	}

	@Test
	void roleChangesApplyToSessionsAtOnce() {
		WebSession admin = this.web.signedIn(Role.ADMIN);
		WebSession colleague = this.web.signedIn(Role.ADMIN);
		long id = colleague.member().id();
		assertThat(colleague.get("/admin/audit").statusCode()).isEqualTo(200);

		HttpResponse<String> saved = admin.post("/admin/staff/" + id, "name", "Demoted colleague", "roles", "EDITOR");

		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(colleague.get("/admin/audit").statusCode()).isEqualTo(403);
		assertThat(colleague.get("/admin/account").statusCode()).isEqualTo(200);
		StaffMember changed = this.accounts.findById(id).orElseThrow();
		assertThat(changed.name()).isEqualTo("Demoted colleague");
		assertThat(changed.roles()).containsExactly(Role.EDITOR);
		await().untilAsserted(() -> assertThat(this.audit.forSubject("staff", id))
			.anySatisfy((entry) -> assertThat(entry.action()).isEqualTo("staff.updated")));
	}

	@Test
	void anAdminCannotRemoveTheirOwnAdminRoleOrDisableThemselves() {
		WebSession admin = this.web.signedIn(Role.ADMIN);
		long id = admin.member().id();

		HttpResponse<String> demote = admin.post("/admin/staff/" + id, "name", "Me", "roles", "EDITOR");
		assertThat(demote.statusCode()).isEqualTo(400);
		assertThat(demote.body()).contains("You cannot remove your own administrator role.");

		HttpResponse<String> disable = admin.post("/admin/staff/" + id + "/disable");
		assertThat(disable.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(disable.body()).select("#status-error").eachText())
			.containsExactly("You cannot disable your own account.");

		StaffMember unchanged = this.accounts.findById(id).orElseThrow();
		assertThat(unchanged.roles()).containsExactly(Role.ADMIN);
		assertThat(unchanged.enabled()).isTrue();
	}

	@Test
	void theLastEnabledAdminKeepsTheAdminRole() {
		StaffMember last = this.accounts.create(unique("last-admin"), "Last admin", "last admin phrase",
				EnumSet.of(Role.ADMIN));
		// Other tests' admins share the database, so they are disabled only inside a
		// transaction that is rolled back.
		this.transactions.executeWithoutResult((tx) -> {
			this.jdbc.sql("update staff set enabled = false where id <> :id").param("id", last.id()).update();

			assertThatExceptionOfType(StaffChangeRefused.class).isThrownBy(
					() -> this.accounts.update("other@test.adelante", last.id(), "Last admin", EnumSet.of(Role.EDITOR)))
				.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(StaffChangeRefused.Reason.LAST_ADMIN));
			assertThatExceptionOfType(StaffChangeRefused.class)
				.isThrownBy(() -> this.accounts.setEnabled("other@test.adelante", last.id(), false))
				.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(StaffChangeRefused.Reason.LAST_ADMIN));
			tx.setRollbackOnly();
		});

		StaffMember other = this.accounts.create(unique("other-admin"), "Other admin", "other admin phrase",
				EnumSet.of(Role.ADMIN));
		assertThat(this.accounts.update(other.email(), last.id(), "Last admin", EnumSet.of(Role.EDITOR)).roles())
			.containsExactly(Role.EDITOR);
	}

	@Test
	void aDisabledMemberIsSignedOutAndCannotSignIn() {
		WebSession admin = this.web.signedIn(Role.ADMIN);
		WebSession editor = this.web.signedIn(Role.EDITOR);
		long id = editor.member().id();

		assertThat(admin.post("/admin/staff/" + id + "/disable").statusCode()).isEqualTo(302);

		HttpResponse<String> after = editor.get("/admin/account");
		assertThat(after.statusCode()).isEqualTo(302);
		assertThat(after.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/login"));
		assertThat(this.web.anonymous().signIn(editor.member().email(), editor.password())).isFalse();
		assertThat(admin.get("/admin/staff/" + id).body()).contains("Disabled").contains("Enable this account");

		assertThat(admin.post("/admin/staff/" + id + "/enable").statusCode()).isEqualTo(302);
		assertThat(this.web.anonymous().signIn(editor.member().email(), editor.password())).isTrue();
		await().untilAsserted(() -> assertThat(this.audit.forSubject("staff", id)).extracting(AuditLog.Entry::action)
			.contains("staff.disabled", "staff.enabled"));
	}

	@Test
	void anAdminSendsANewPasswordLink() {
		WebSession admin = this.web.signedIn(Role.ADMIN);
		StaffMember member = this.accounts.create(unique("forgetful"), "Forgetful", "forgotten phrase",
				EnumSet.of(Role.ORGANISER));

		HttpResponse<String> sent = admin.post("/admin/staff/" + member.id() + "/invite", "language", "en");

		assertThat(sent.statusCode()).isEqualTo(302);
		ReceivedMail mail = ReceivedMail.awaitFor(member.email());
		assertThat(mail.subject()).isEqualTo("Your staff account at Adelante");
		assertThat(this.web.anonymous().get(PasswordLinks.in(mail.text())).statusCode()).isEqualTo(200);
	}

	@Test
	void unknownStaffIsNotFound() {
		WebSession admin = this.web.signedIn(Role.ADMIN);
		assertThat(admin.get("/admin/staff/999999999").statusCode()).isEqualTo(404);
		assertThat(admin.get("/admin/staff/abc").statusCode()).isEqualTo(404);
		assertThat(admin.post("/admin/staff/999999999/disable").statusCode()).isEqualTo(404);
		assertThat(admin.get("/admin/audit?page=-3").statusCode()).isEqualTo(404);
		assertThat(admin.get("/admin/audit?page=x").statusCode()).isEqualTo(404);
		assertThat(admin.get("/admin/audit?page=99999").statusCode()).isEqualTo(404);
		assertThat(admin.get("/admin/audit?page=1").statusCode()).isEqualTo(200);
	}

	@Test
	void aNameOfControlCharactersOnlyIsRefusedWhenAddingAndEditing() {
		WebSession admin = this.web.signedIn(Role.ADMIN);
		String email = unique("controls");

		HttpResponse<String> adding = admin.post("/admin/staff", "name", "\u0001\u0002\u0003", "email", email, "roles",
				"EDITOR");
		assertThat(adding.statusCode()).isEqualTo(400);
		assertThat(adding.body()).contains("<a href=\"#name\">Please fill this in.</a>");
		assertThat(this.accounts.findByEmail(email)).isEmpty();

		StaffMember member = this.accounts.create(email, "Kept Name", "kept-password-123", EnumSet.of(Role.EDITOR));
		HttpResponse<String> editing = admin.post("/admin/staff/" + member.id(), "name", "\u0001\u0002\u0003", "roles",
				"EDITOR");
		assertThat(editing.statusCode()).isEqualTo(400);
		assertThat(editing.body()).contains("<a href=\"#name\">Please fill this in.</a>");
		assertThat(this.accounts.findById(member.id()).orElseThrow().name()).isEqualTo("Kept Name");
	}

	@Test
	void anEmailThatGrowsWhenLowerCasedIsRefusedWithAMessage() {
		WebSession admin = this.web.signedIn(Role.ADMIN);
		// 254 characters as typed; "İ" lower-cases to two, so the address to store has
		// 374.
		String email = "İ".repeat(120) + "@" + "d".repeat(129) + ".org";

		HttpResponse<String> response = admin.post("/admin/staff", "name", "Dotted", "email", email, "roles", "EDITOR");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("<a href=\"#email\">Please keep this to 254 characters or fewer.</a>");
		assertThat(this.accounts.all()).noneMatch((member) -> member.email().endsWith("d".repeat(129) + ".org"));
	}

	private static String unique(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.adelante";
	}

}
