package org.adelante.mail;

import org.adelante.shared.Emails;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OutgoingMailTests {

	@Test
	void theAddressIsTrimmedAndABlankNameIsMissing() {
		OutgoingMail mail = new OutgoingMail("  ana@example.org ", " ", "Hello", "<p>Hi</p>", "Hi\n");

		assertThat(mail.to()).isEqualTo("ana@example.org");
		assertThat(mail.toName()).isNull();
		assertThat(new OutgoingMail("ana@example.org", "Hello", "<p>Hi</p>", "Hi\n").toName()).isNull();
	}

	@Test
	void headerValuesAreKeptOnOneLine() {
		OutgoingMail mail = new OutgoingMail("ana@example.org", " Ana\r\nBcc: all@example.org ", "Your\n\tpassword\r\n",
				"<p>Hi</p>", "Hi\n");

		assertThat(mail.toName()).isEqualTo("Ana Bcc: all@example.org");
		assertThat(mail.subject()).isEqualTo("Your password");
	}

	@Test
	void anAddressOfTheLongestAllowedLengthIsAccepted() {
		String domain = "@" + "d".repeat(Emails.MAX_LENGTH - Emails.MAX_LOCAL_LENGTH - ".org".length() - 1) + ".org";
		String address = "a".repeat(Emails.MAX_LOCAL_LENGTH) + domain;
		assertThat(address).hasSize(Emails.MAX_LENGTH);

		assertThat(new OutgoingMail(" " + address + " ", "Hello", "<p>Hi</p>", "Hi\n").to()).isEqualTo(address);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OutgoingMail("a" + address, "Hello", "<p>Hi</p>", "Hi\n"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OutgoingMail("not an address", "Hello", "<p>Hi</p>", "Hi\n"));
	}

	@Test
	void anEmailNeedsARecipientASubjectAndBothParts() {
		assertThatIllegalArgumentException().isThrownBy(() -> new OutgoingMail(null, "Hello", "<p>Hi</p>", "Hi\n"));
		assertThatIllegalArgumentException().isThrownBy(() -> new OutgoingMail(" ", "Hello", "<p>Hi</p>", "Hi\n"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OutgoingMail("ana@example.org", null, "<p>Hi</p>", "Hi\n"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OutgoingMail("ana@example.org", "\n", "<p>Hi</p>", "Hi\n"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OutgoingMail("ana@example.org", "Hello", null, "Hi\n"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OutgoingMail("ana@example.org", "Hello", "<p>Hi</p>", null));
	}

	@Test
	void aLongSubjectIsShortenedWithAnEllipsis() {
		String longest = "s".repeat(OutgoingMail.MAX_SUBJECT_LENGTH);

		assertThat(new OutgoingMail("ana@example.org", longest, "<p>Hi</p>", "Hi\n").subject()).isEqualTo(longest);
		assertThat(new OutgoingMail("ana@example.org", longest + "s", "<p>Hi</p>", "Hi\n").subject())
			.isEqualTo("s".repeat(OutgoingMail.MAX_SUBJECT_LENGTH - 1) + "…");
	}

	@Test
	void aLongNameIsShortenedWithAnEllipsis() {
		assertThat(new OutgoingMail("ana@example.org", "n".repeat(200), "Hello", "<p>Hi</p>", "Hi\n").toName())
			.hasSize(200)
			.doesNotEndWith("…");
		assertThat(new OutgoingMail("ana@example.org", "n".repeat(500), "Hello", "<p>Hi</p>", "Hi\n").toName())
			.isEqualTo("n".repeat(199) + "…");
	}

}
