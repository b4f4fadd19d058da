package org.adelante.mail;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class MailUiTests {

	private static final Locale SPANISH = Locale.forLanguageTag("es");

	private final StaticMessageSource messages = new StaticMessageSource();

	MailUiTests() {
		this.messages.addMessage("format.dateTime", Locale.ENGLISH, "d MMMM yyyy, h:mm a z");
		this.messages.addMessage("format.dateTime", SPANISH, "d 'de' MMMM 'de' yyyy, HH:mm z");
		this.messages.addMessage("mail.greeting", Locale.ENGLISH, "Hello {0}");
		this.messages.addMessage("mail.greeting", SPANISH, "Hola {0}");
	}

	@Test
	void messagesAreInTheRecipientsLanguage() {
		assertThat(ui(Locale.ENGLISH).t("mail.greeting", "Ana")).isEqualTo("Hello Ana");
		assertThat(ui(SPANISH).t("mail.greeting", "Ana")).isEqualTo("Hola Ana");
		assertThat(ui(SPANISH).lang()).isEqualTo("es");
		assertThat(ui(SPANISH).locale()).isEqualTo(SPANISH);
	}

	@Test
	void aMissingMessageShowsItsKey() {
		assertThat(ui(Locale.ENGLISH).t("mail.unknown")).isEqualTo("mail.unknown");
	}

	@Test
	void theTemplateKnowsTheSiteAndTheSubject() {
		MailUi ui = ui(Locale.ENGLISH);

		assertThat(ui.siteName()).isEqualTo("Adelante");
		assertThat(ui.subject()).isEqualTo("Choose a password");
		assertThat(ui.baseUrl()).isEqualTo("https://news.example.org");
	}

	@Test
	void linksAreAbsoluteWithOrWithoutALeadingSlash() {
		assertThat(ui(Locale.ENGLISH).url("/password-reset/abc"))
			.isEqualTo("https://news.example.org/password-reset/abc");
		assertThat(ui(Locale.ENGLISH).url("admin/outbox")).isEqualTo("https://news.example.org/admin/outbox");
	}

	@Test
	void timesAreShownInTheSitesZoneAndTheRecipientsLanguage() {
		Instant instant = Instant.parse("2026-12-03T23:30:00Z");

		assertThat(ui(Locale.ENGLISH).dateTime(instant)).isEqualTo("3 December 2026, 4:30 PM MST");
		assertThat(ui(SPANISH).dateTime(instant)).isEqualTo("3 de diciembre de 2026, 16:30 MST");
		assertThat(ui(Locale.ENGLISH).dateTime(null)).isEmpty();
	}

	private MailUi ui(Locale locale) {
		return new MailUi(this.messages, locale, "Adelante", ZoneId.of("America/Phoenix"), "https://news.example.org",
				"Choose a password");
	}

}
