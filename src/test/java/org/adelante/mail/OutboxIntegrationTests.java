package org.adelante.mail;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.adelante.shared.security.Role;
import org.adelante.shared.web.Languages;
import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.ReceivedMail;
import org.adelante.test.WebSession;
import org.adelante.test.WebSessions;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

@AdelanteIntegrationTest
class OutboxIntegrationTests {

	@Autowired
	Outbox outbox;

	@Autowired
	MailTemplates templates;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WebSessions web;

	@Test
	void aQueuedEmailArrivesWithBothPartsInTheRecipientsLanguage() {
		String to = unique("lucia");
		this.transactions.executeWithoutResult((tx) -> this.outbox
			.queue(this.templates.compose(to, "Lucía Gómez", Languages.SPANISH, "mail.testMessage.subject", null,
					"mail/test-message", Map.of("requestedBy", "admin@test.adelante"))));

		ReceivedMail mail = ReceivedMail.awaitFor(to);

		assertThat(mail.subject()).isEqualTo("Correo de prueba desde la bandeja de salida");
		assertThat(mail.from()).isEqualTo("newsroom@adelante.local");
		assertThat(mail.contentType()).startsWith("multipart/alternative");
		assertThat(mail.html()).contains("<html lang=\"es\">")
			.contains("<h1>El envío de correo funciona</h1>")
			.contains("href=\"http://localhost/admin/outbox\"");
		assertThat(mail.text()).contains("El envío de correo funciona")
			.contains("Lo solicitó admin@test.adelante desde la página de la bandeja de salida.")
			.contains("Abrir la bandeja de salida (http://localhost/admin/outbox)")
			.doesNotContain("<");
		await().untilAsserted(() -> assertThat(status(to)).isEqualTo("SENT"));
	}

	@Test
	void anEmailQueuedInATransactionThatRollsBackIsNeverSent() {
		String rolledBack = unique("rolled-back");
		String committed = unique("committed");
		this.transactions.executeWithoutResult((tx) -> {
			this.outbox.queue(new OutgoingMail(rolledBack, "Never", "<p>Never</p>", "Never"));
			tx.setRollbackOnly();
		});
		this.transactions.executeWithoutResult(
				(tx) -> this.outbox.queue(new OutgoingMail(committed, "Later", "<p>Later</p>", "Later")));

		// The later email arriving shows the sender ran after the rollback.
		ReceivedMail.awaitFor(committed);
		assertThat(ReceivedMail.allFor(rolledBack)).isEmpty();
		assertThat(this.jdbc.sql("select count(*) from mail_outbox where recipient = :to")
			.param("to", rolledBack)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void queueingOutsideATransactionIsRefused() {
		assertThatExceptionOfType(IllegalTransactionStateException.class)
			.isThrownBy(() -> this.outbox.queue(new OutgoingMail(unique("nowhere"), "Refused", "<p>x</p>", "x")));
	}

	@Test
	void outboxPagesNeedAnAdmin() {
		HttpResponse<String> anonymous = this.web.anonymous().get("/admin/outbox");
		assertThat(anonymous.statusCode()).isEqualTo(302);
		assertThat(anonymous.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/login"));

		WebSession editor = this.web.signedIn(Role.EDITOR);
		assertThat(editor.get("/admin/outbox").statusCode()).isEqualTo(403);
		assertThat(editor.get("/admin/outbox/1").statusCode()).isEqualTo(403);
		assertThat(editor.post("/admin/outbox/test").statusCode()).isEqualTo(403);
	}

	@Test
	void anAdminReadsAnEmailsHeadersAndBothParts() {
		String to = unique("reader");
		this.transactions.executeWithoutResult((tx) -> this.outbox.queue(new OutgoingMail(to, "Rosa <Parks>",
				"Subject <b>bold</b>", "<p>Hello <script>alert(1)</script></p>", "Hello, plain")));
		long id = idOf(to);
		WebSession admin = this.web.signedIn(Role.ADMIN);

		HttpResponse<String> list = admin.get("/admin/outbox");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains(to).contains("Subject &lt;b&gt;bold&lt;/b&gt;");

		HttpResponse<String> detail = admin.get("/admin/outbox/" + id);
		assertThat(detail.statusCode()).isEqualTo(200);
		assertThat(detail.body()).contains("Rosa &lt;Parks&gt; &lt;" + to + "&gt;")
			.contains("Hello, plain")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("<script>alert(1)");

		assertThat(admin.get("/admin/outbox/999999999").statusCode()).isEqualTo(404);
		assertThat(admin.get("/admin/outbox/not-a-number").statusCode()).isEqualTo(404);
		assertThat(admin.get("/admin/outbox?page=abc").statusCode()).isEqualTo(404);
		assertThat(admin.get("/admin/outbox?page=99999").statusCode()).isEqualTo(404);
	}

	@Test
	void anAdminRetriesAFailedEmail() {
		String to = unique("failed");
		this.transactions.executeWithoutResult((tx) -> {
			this.outbox.queue(new OutgoingMail(to, "Try again", "<p>Again</p>", "Again"));
			this.jdbc.sql(
					"update mail_outbox set status = 'FAILED', attempts = 8, last_error = 'Timeout' where recipient = :to")
				.param("to", to)
				.update();
		});
		long id = idOf(to);
		WebSession admin = this.web.signedIn(Role.ADMIN);
		assertThat(admin.get("/admin/outbox/" + id).body()).contains("Timeout").contains("Retry now");
		long failed = this.outbox.state().failed();
		assertThat(failed).isPositive();
		assertThat(Jsoup.parse(admin.get("/admin").body()).getElementById("panel-mail").parent().text())
			.contains((failed == 1) ? "One email could not be sent" : failed + " emails could not be sent");
		assertThat(Jsoup.parse(this.web.signedIn(Role.EDITOR).get("/admin").body()).getElementById("panel-mail"))
			.as("editors see no mail panel")
			.isNull();

		assertThat(admin.postWithoutCsrf("/admin/outbox/" + id + "/retry").statusCode()).isEqualTo(403);
		assertThat(status(to)).isEqualTo("FAILED");

		HttpResponse<String> retried = admin.post("/admin/outbox/" + id + "/retry");
		assertThat(retried.statusCode()).isEqualTo(302);
		assertThat(retried.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/admin/outbox/" + id + "?retried"));

		assertThat(ReceivedMail.awaitFor(to).subject()).isEqualTo("Try again");
		await().untilAsserted(() -> assertThat(status(to)).isEqualTo("SENT"));
	}

	@Test
	void anAdminSendsThemselfATestEmail() {
		WebSession admin = this.web.signedIn(Role.ADMIN);

		HttpResponse<String> response = admin.post("/admin/outbox/test");

		assertThat(response.statusCode()).isEqualTo(302);
		ReceivedMail mail = ReceivedMail.awaitFor(admin.member().email());
		assertThat(mail.subject()).isEqualTo("Test email from the outbox");
		assertThat(mail.text()).contains("It was requested from the outbox page by " + admin.member().email());
	}

	private String status(String to) {
		return this.jdbc.sql("select status from mail_outbox where recipient = :to")
			.param("to", to)
			.query(String.class)
			.single();
	}

	private long idOf(String to) {
		return this.jdbc.sql("select id from mail_outbox where recipient = :to")
			.param("to", to)
			.query(Long.class)
			.single();
	}

	private static String unique(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.adelante";
	}

}
