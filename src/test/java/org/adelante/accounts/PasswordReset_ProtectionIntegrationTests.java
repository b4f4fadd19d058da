package org.adelante.accounts;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.adelante.shared.security.Role;
import org.adelante.shared.web.protection.FormGuard;
import org.adelante.shared.web.protection.ProtectionSettings;
import org.adelante.shared.web.protection.PublicForm;
import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.Browser;
import org.adelante.test.HtmlChecker;
import org.adelante.test.MovableClock;
import org.adelante.test.ReceivedMail;
import org.adelante.test.WebSession;
import org.adelante.test.WebSessions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The password-reset form resists abuse: one address may ask only so often, and a
 * submission that a bot would send (honeypot filled, sent too fast, token missing, forged
 * or expired) is answered exactly like a real one while no email goes out.
 */
@AdelanteIntegrationTest
class PasswordReset_ProtectionIntegrationTests {

	private static final String FORM = "/password-reset";

	@Autowired
	StaffAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MovableClock clock;

	@Autowired
	WebSessions web;

	@Autowired
	ProtectionSettings settings;

	@Autowired
	List<PublicForm> forms;

	@Test
	void oneAddressAskingTooOftenGetsTheLocalisedTooManyAttemptsPage() {
		int limit = limit();
		WebSession visitor = this.web.anonymous().language("es");
		visitor.fillIn(FORM);
		for (int request = 1; request <= limit; request++) {
			assertThat(visitor.post(FORM, "email", unknownEmail()).statusCode()).as("request " + request)
				.isEqualTo(302);
		}
		StaffMember member = newMember();

		HttpResponse<String> refused = visitor.post(FORM, "email", member.email());

		assertThat(refused.statusCode()).isEqualTo(429);
		long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
		assertThat(retryAfter).isBetween(1L, Duration.ofHours(1).dividedBy(limit).toSeconds());
		assertThat(refused.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(refused.body()).contains("<html lang=\"es\">").contains("Demasiados intentos");
		HtmlChecker.assertValid(refused.body());
		HttpResponse<String> english = visitor.language("en").post(FORM, "email", member.email());
		assertThat(english.statusCode()).isEqualTo(429);
		assertThat(english.body()).contains("<html lang=\"en\">").contains("Too many attempts");
		HtmlChecker.assertValid(english.body());
		assertThat(outbox(member.email())).as("refused requests send nothing").isZero();

		WebSession neighbour = this.web.anonymous();
		neighbour.fillIn(FORM);
		assertThat(neighbour.post(FORM, "email", unknownEmail()).statusCode()).as("another address").isEqualTo(302);

		this.clock.advance(Duration.ofSeconds(retryAfter));
		assertThat(visitor.post(FORM, "email", member.email()).statusCode()).as("after Retry-After").isEqualTo(302);
		assertThat(outbox(member.email())).isEqualTo(1);
	}

	@Test
	void aFilledHoneypotIsAnsweredExactlyLikeASuccessAndSendsNothing() {
		StaffMember member = newMember();
		WebSession person = this.web.anonymous();
		person.fillIn(FORM);
		HttpResponse<String> real = person.post(FORM, "email", newMember().email());
		WebSession bot = this.web.anonymous();
		bot.fillIn(FORM);

		HttpResponse<String> dropped = bot.post(FORM, "email", member.email(), FormGuard.HONEYPOT_FIELD,
				"https://spam.example");

		assertThat(dropped.statusCode()).isEqualTo(real.statusCode()).isEqualTo(302);
		assertThat(dropped.headers().firstValue("Location")).isEqualTo(real.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/password-reset/sent"));
		assertThat(headerNames(dropped.headers())).isEqualTo(headerNames(real.headers()));
		assertThat(dropped.body()).isEqualTo(real.body());
		assertThat(outbox(member.email())).isZero();
		assertThat(bot.get("/form-guard/dropped").statusCode()).as("the answer's own address").isEqualTo(404);
	}

	@Test
	void aSubmissionSentSoonerThanAPersonCouldIsDroppedUntilTheMinimumFillTimeHasPassed() {
		StaffMember member = newMember();
		WebSession visitor = this.web.anonymous();
		visitor.openForm(FORM);

		HttpResponse<String> tooFast = visitor.post(FORM, "email", member.email());

		assertThat(tooFast.statusCode()).isEqualTo(302);
		assertThat(tooFast.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/password-reset/sent"));
		assertThat(outbox(member.email())).isZero();

		this.clock.advance(this.settings.formMinimumFillTime());
		visitor.post(FORM, "email", member.email());
		assertThat(ReceivedMail.awaitFor(member.email()).subject()).contains("Reset your password");
	}

	@Test
	void aMissingForgedOrExpiredTokenIsAnsweredLikeASuccessAndSendsNothing() {
		StaffMember member = newMember();
		WebSession visitor = this.web.anonymous();
		assertThat(visitor.post(FORM, "email", member.email()).statusCode()).as("no token").isEqualTo(302);
		visitor.fillIn(FORM);
		String token = visitor.formToken();
		String older = (Long.parseLong(token.substring(0, token.indexOf('.'))) - 60_000)
				+ token.substring(token.indexOf('.'));
		for (String forged : List.of("1.forged", older, token + "x", "<script>alert(1)</script>", "x".repeat(5000))) {
			HttpResponse<String> dropped = visitor.post(FORM, "email", member.email(), FormGuard.TOKEN_FIELD, forged);
			assertThat(dropped.statusCode()).as(forged).isEqualTo(302);
		}
		this.clock.advance(this.settings.formTokenLifetime().plusMinutes(1));
		assertThat(visitor.post(FORM, "email", member.email()).statusCode()).as("expired").isEqualTo(302);

		assertThat(outbox(member.email())).isZero();
	}

	@Test
	void aFormShownAgainWithAnErrorKeepsItsTimeSoAQuickCorrectionCounts() {
		StaffMember member = newMember();
		WebSession visitor = this.web.anonymous();
		visitor.fillIn(FORM);
		String token = visitor.formToken();

		HttpResponse<String> mistyped = visitor.post(FORM, "email", "no-at-sign");
		assertThat(mistyped.statusCode()).isEqualTo(400);
		assertThat(mistyped.body()).contains("value=\"" + token + "\"");
		assertThat(visitor.post(FORM, "email", member.email()).statusCode()).isEqualTo(302);

		assertThat(ReceivedMail.awaitFor(member.email()).subject()).contains("Reset your password");
	}

	@Test
	void theGuardIsAccessibleAndARealBrowserPassesIt() {
		StaffMember member = newMember();
		try (Browser browser = Browser.start()) {
			for (String language : List.of("en", "es")) {
				browser.open("http://localhost:" + this.web.port() + FORM + "?lang=" + language);
				browser.assertNoSeriousAccessibilityViolations();
			}
			WebElement honeypot = browser.driver().findElement(By.name(FormGuard.HONEYPOT_FIELD));
			assertThat(honeypot.getRect().getX() + honeypot.getRect().getWidth()).as("off screen").isLessThan(0);
			assertThat(honeypot.getAttribute("tabindex")).isEqualTo("-1");
			assertThat(browser.driver()
				.findElement(By.cssSelector("label[for='" + honeypot.getAttribute("id") + "']"))
				.getAttribute("textContent")).contains("Deje este campo vacío");

			browser.driver().findElement(By.id("email")).sendKeys(member.email());
			this.clock.advance(this.settings.formMinimumFillTime());
			browser.driver().findElement(By.id("email")).submit();

			assertThat(browser.driver().getCurrentUrl()).endsWith("/password-reset/sent");
		}
		assertThat(ReceivedMail.awaitFor(member.email()).subject()).contains("contraseña");
	}

	private int limit() {
		return this.forms.stream()
			.filter((form) -> form.name().equals("password-reset"))
			.findFirst()
			.orElseThrow()
			.limit()
			.submissions();
	}

	private static Set<String> headerNames(HttpHeaders headers) {
		Set<String> names = new TreeSet<>(headers.map().keySet());
		names.remove("date");
		return names;
	}

	private long outbox(String email) {
		return this.jdbc.sql("select count(*) from mail_outbox where recipient = :to")
			.param("to", email)
			.query(Long.class)
			.single();
	}

	private StaffMember newMember() {
		return this.accounts.create(unknownEmail(), "Protection test", "a long enough pass phrase",
				EnumSet.of(Role.EDITOR));
	}

	private static String unknownEmail() {
		return "guard-" + UUID.randomUUID().toString().substring(0, 8) + "@test.adelante";
	}

}
