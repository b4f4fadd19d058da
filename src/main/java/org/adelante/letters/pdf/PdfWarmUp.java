package org.adelante.letters.pdf;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.adelante.letters.Grouping;
import org.adelante.letters.Letter;
import org.adelante.letters.LetterContent;
import org.adelante.letters.LetterStatus;
import org.adelante.letters.Milestones;
import org.adelante.letters.Signatory;
import org.adelante.letters.SignatoryList;
import org.adelante.letters.Signers;
import org.adelante.letters.SignerKind;
import org.adelante.letters.Target;
import org.adelante.letters.TextVersion;
import org.adelante.organizations.Scope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Renders a sample letter once in the background when the application is ready, so that
 * the first reader to ask for a PDF does not wait while the renderer's classes load and
 * compile: on two cores the first PDF of a letter with 1,000 organisations took over a
 * second of CPU without it, about a third of a second after it, and a fifth from then on.
 * The sample is long enough (200 organisations) for the layout's loops to be compiled.
 */
@Component
class PdfWarmUp {

	private static final Logger logger = LoggerFactory.getLogger(PdfWarmUp.class);

	/** Twice: the second time, the code the first one made hot is compiled. */
	private static final int RENDERS = 2;

	private static final Instant SAMPLE_DATE = Instant.parse("2026-01-15T17:00:00Z");

	private final LetterPdf renderer;

	PdfWarmUp(LetterPdf renderer) {
		this.renderer = renderer;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onReady() {
		Thread thread = new Thread(this::renderSample, "letter-pdf-warm-up");
		thread.setDaemon(true);
		thread.setPriority(Thread.MIN_PRIORITY);
		thread.start();
	}

	void renderSample() {
		try {
			LetterDocument sample = sample();
			for (int i = 1; i <= RENDERS; i++) {
				long start = System.nanoTime();
				this.renderer.render(sample);
				logger.debug("Rendered a sample letter's PDF in {} ms", (System.nanoTime() - start) / 1_000_000);
			}
		}
		catch (LetterPdfFailed ex) {
			logger.warn("The sample letter's PDF could not be rendered", ex);
		}
	}

	/** A letter in both languages with every kind of entry a list has, and many. */
	static LetterDocument sample() {
		ZoneId zone = ZoneId.of("UTC");
		LetterContent content = new LetterContent("sample", "Sample letter", "Carta de muestra",
				"We ask for an **independent review**.\n\n1. One\n2. Two", "Pedimos una **revisión**.",
				List.of(new Target("A. Governor", "Governor", "A State")), List.of(), null, null, zone, Signers.BOTH,
				false, null, Milestones.NONE, Grouping.BY_SCOPE);
		Letter letter = new Letter(0, content, LetterStatus.OPEN, SAMPLE_DATE, null, 0, 0, 0, SAMPLE_DATE, 0, "sample",
				SAMPLE_DATE, SAMPLE_DATE, new TextVersion(1, content.textHash()));
		List<Signatory> signatories = new ArrayList<>();
		Scope[] scopes = Scope.values();
		for (int i = 0; i < 200; i++) {
			signatories.add(new Signatory(i, SignerKind.ORGANIZATION, "Sample Organisation " + i, "City", "Region",
					"MX", scopes[i % scopes.length], i < 2, (i == 3) ? SAMPLE_DATE : null));
		}
		signatories
			.add(new Signatory(40, SignerKind.INDIVIDUAL, "Sample Person", "City", null, "US", null, false, null));
		return new LetterDocument(letter, "en", new Letterhead("Adelante", null, zone), SAMPLE_DATE,
				SignatoryList.of(signatories, Grouping.BY_SCOPE, Locale.ENGLISH), null, null);
	}

}
