package org.adelante.letters.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.adelante.letters.Letter;
import org.adelante.letters.LetterNotOpen;
import org.adelante.letters.Signatures;
import org.adelante.shared.FieldProblems;
import org.adelante.shared.web.UiFactory;

import org.springframework.stereotype.Component;

/**
 * Hands what a signing form sent to the letters module, for the letter's own signing page
 * and its embeddable copy alike, and says how it went: sent (the signer is to check their
 * email), refused with messages for the form, or too late because the letter closed.
 */
@Component
class SigningRequests {

	/** The message whose words the organisation form's attestation shows, and stores. */
	static final String ATTESTATION = "letters.sign.attest";

	private final Signatures signatures;

	private final UiFactory uiFactory;

	SigningRequests(Signatures signatures, UiFactory uiFactory) {
		this.signatures = signatures;
		this.uiFactory = uiFactory;
	}

	Outcome send(Letter letter, SignForm form, Locale locale, HttpServletRequest request) {
		if (form.kind() == null) {
			return new Refused(new FieldProblems().add("signer", "letters.sign.kindNotAllowed"));
		}
		try {
			String attestation = this.uiFactory.create(request).t(ATTESTATION);
			this.signatures.request(letter.id(), form.details(attestation), form.shownText(), locale);
			return new Sent();
		}
		catch (FieldProblems.InvalidInput ex) {
			return new Refused(ex.problems());
		}
		catch (LetterNotOpen ex) {
			return new Closed(ex.letter());
		}
	}

	/** How a signing request went. */
	sealed interface Outcome permits Sent, Refused, Closed {

	}

	/** Sent: a confirmation email is on its way, or looks as if it were. */
	record Sent() implements Outcome {
	}

	/** Refused, with what is wrong with the form. */
	record Refused(FieldProblems problems) implements Outcome {
	}

	/** Too late: the letter takes no signatures now. */
	record Closed(Letter letter) implements Outcome {
	}

}
