package org.adelante.mail;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MailSettingsTests {

	@Test
	void emailsAreSentFromTheGivenSender() {
		assertThat(new MailSettings("Adelante <news@example.org>").from()).isEqualTo("Adelante <news@example.org>");
	}

	@Test
	void withoutASenderEmailsComeFromTheNewsroom() {
		assertThat(new MailSettings(null).from()).isEqualTo("newsroom@adelante.local");
		assertThat(new MailSettings(" ").from()).isEqualTo("newsroom@adelante.local");
		assertThat(new MailSettings("").from()).isEqualTo("newsroom@adelante.local");
	}

}
