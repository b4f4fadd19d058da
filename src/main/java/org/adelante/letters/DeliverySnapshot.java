package org.adelante.letters;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * What a delivery froze: the letter's text at its version, its targets, its ordered list
 * of signatories, and the time. Its {@link #hash} is the SHA-256 of its
 * {@link #canonicalForm canonical form}, which the README documents so that anyone can
 * recompute it from the delivery's public page.
 *
 * @param round which delivery of the letter it is, from 1
 * @param deliveredAt when, to the second
 * @param text the version of the text delivered
 * @param titleEn the English title, or {@code null}
 * @param titleEs the Spanish title, or {@code null}
 * @param textEn the English text, or {@code null}
 * @param textEs the Spanish text, or {@code null}
 * @param targets whom the letter was addressed to
 * @param signatories the signatories, in the order of the list delivered
 */
public record DeliverySnapshot(int round, Instant deliveredAt, TextVersion text, String titleEn, String titleEs,
		String textEn, String textEs, List<Target> targets, List<Signatory> signatories) {

	/** The name of the canonical form, its first netstring. */
	public static final String FORM = "adelante-delivery-1";

	public DeliverySnapshot {
		deliveredAt = deliveredAt.truncatedTo(ChronoUnit.SECONDS);
		targets = List.copyOf(targets);
		signatories = List.copyOf(signatories);
	}

	/**
	 * The snapshot as netstrings: {@value #FORM}; the round; the time; the text's version
	 * and hash; the English title and text, the Spanish title and text; the number of
	 * targets, then each target's name, title and office; the number of signatories, then
	 * each one's kind ({@code ORGANIZATION} or {@code INDIVIDUAL}), name, city, region,
	 * country code and whether it convened the letter ({@code true} or {@code false}).
	 */
	public CanonicalForm canonicalForm() {
		CanonicalForm form = new CanonicalForm(FORM).add(this.round)
			.add(this.deliveredAt)
			.add(this.text.number())
			.add(this.text.hash())
			.add(this.titleEn)
			.add(this.textEn)
			.add(this.titleEs)
			.add(this.textEs)
			.add(this.targets.size());
		for (Target target : this.targets) {
			form.add(target.name()).add(target.title()).add(target.office());
		}
		form.add(this.signatories.size());
		for (Signatory signatory : this.signatories) {
			form.add(signatory.kind().name())
				.add(signatory.name())
				.add(signatory.city())
				.add(signatory.region())
				.add(signatory.country())
				.add(signatory.convener());
		}
		return form;
	}

	/** The SHA-256 of its canonical form in lower-case hex. */
	public String hash() {
		return canonicalForm().sha256();
	}

	/** The text as a letter's content, to render it as the letter's page and PDF do. */
	public LetterContent contentOf(Letter letter) {
		LetterContent content = letter.content();
		return new LetterContent(content.slug(), this.titleEn, this.titleEs, this.textEn, this.textEs, this.targets,
				content.convenerIds(), content.opensAt(), content.closesAt(), content.timeZone(), content.signers(),
				content.approvalRequired(), content.listPublicAt(), content.milestones(), content.grouping());
	}

}
