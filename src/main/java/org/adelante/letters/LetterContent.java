package org.adelante.letters;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import org.adelante.shared.FieldProblems;
import org.adelante.shared.Slugs;
import org.adelante.shared.Text;

/**
 * Everything an organiser writes and decides about a letter. Its text has an English and
 * a Spanish version, either of which may be left empty; both share the letter's one list
 * and count. Text is Markdown, sanitised when rendered.
 *
 * @param slug its address under {@code /letters/}; made from a title when blank
 * @param titleEn the English title
 * @param titleEs the Spanish title
 * @param textEn the English text
 * @param textEs the Spanish text
 * @param targets whom it is addressed to, in order
 * @param convenerIds the convening organisations, from the registry, in order
 * @param opensAt when it opens for signatures by itself, or {@code null} to open it by
 * hand
 * @param closesAt when it closes by itself, or {@code null} to close it by hand
 * @param timeZone the zone its times were entered in and are shown in
 * @param signers who may sign
 * @param approvalRequired whether organisations' signatures wait for staff approval
 * before they are listed
 * @param listPublicAt when the names on the list become public, or {@code null} for at
 * once (the count is public from the start)
 * @param milestones the counts its page names once passed
 * @param grouping how its signatory list is grouped
 */
public record LetterContent(String slug, String titleEn, String titleEs, String textEn, String textEs,
		List<Target> targets, List<Long> convenerIds, Instant opensAt, Instant closesAt, ZoneId timeZone,
		Signers signers, boolean approvalRequired, Instant listPublicAt, Milestones milestones, Grouping grouping) {

	public static final int TITLE_MAX = 200;

	public static final int TEXT_MAX = 50_000;

	public static final int TARGETS_MAX = 20;

	public static final int CONVENERS_MAX = 50;

	public LetterContent {
		titleEn = Text.line(titleEn);
		titleEs = Text.line(titleEs);
		textEn = Text.lines(textEn);
		textEs = Text.lines(textEs);
		slug = (slug == null || slug.isBlank()) ? Slugs.of((titleEn != null) ? titleEn : titleEs)
				: slug.strip().toLowerCase(Locale.ROOT);
		targets = (targets != null) ? targets.stream().filter((target) -> !target.isBlank()).toList() : List.of();
		convenerIds = (convenerIds != null) ? List.copyOf(new LinkedHashSet<>(convenerIds)) : List.of();
		opensAt = micros(opensAt);
		closesAt = micros(closesAt);
		listPublicAt = micros(listPublicAt);
		timeZone = (timeZone != null) ? timeZone : ZoneId.of("UTC");
		signers = (signers != null) ? signers : Signers.ORGANIZATIONS;
		milestones = (milestones != null) ? milestones : Milestones.NONE;
		grouping = (grouping != null) ? grouping : Grouping.BY_SCOPE;
	}

	/** The problems that stop this content from being saved at all, even as a draft. */
	public FieldProblems problemsToSave() {
		FieldProblems problems = new FieldProblems();
		if (this.titleEn == null && this.titleEs == null) {
			problems.add("titleEn", "letters.title.required");
		}
		problems.maxLength("titleEn", this.titleEn, TITLE_MAX).maxLength("titleEs", this.titleEs, TITLE_MAX);
		if (!Slugs.isValid(this.slug)) {
			problems.add("slug", "letters.slug.invalid", Slugs.MAX_LENGTH);
		}
		problems.maxLength("textEn", this.textEn, TEXT_MAX).maxLength("textEs", this.textEs, TEXT_MAX);
		if (this.targets.size() > TARGETS_MAX) {
			problems.add("targets", "letters.targets.tooMany", TARGETS_MAX);
		}
		for (int i = 0; i < this.targets.size(); i++) {
			Target target = this.targets.get(i);
			problems.required("targetName-" + i, target.name())
				.maxLength("targetName-" + i, target.name(), Target.NAME_MAX)
				.maxLength("targetTitle-" + i, target.title(), Target.TITLE_MAX)
				.maxLength("targetOffice-" + i, target.office(), Target.OFFICE_MAX);
			if (target.email() != null && !target.hasEmail()) {
				problems.add("targetEmail-" + i, "validation.email");
			}
		}
		if (this.convenerIds.size() > CONVENERS_MAX) {
			problems.add("convenerIds", "letters.conveners.tooMany", CONVENERS_MAX);
		}
		if (this.opensAt != null && this.closesAt != null && !this.closesAt.isAfter(this.opensAt)) {
			problems.add("closesAt", "letters.closesAt.beforeOpening");
		}
		return problems;
	}

	/**
	 * The problems that stop this content from being opened for signatures: every
	 * language begun must have its title and text, and one must be complete.
	 */
	public FieldProblems problemsToOpen() {
		FieldProblems problems = problemsToSave();
		boolean english = this.titleEn != null || !this.textEn.isEmpty();
		boolean spanish = this.titleEs != null || !this.textEs.isEmpty();
		if (english || !spanish) {
			problems.required("titleEn", this.titleEn).required("textEn", this.textEn);
		}
		if (spanish) {
			problems.required("titleEs", this.titleEs).required("textEs", this.textEs);
		}
		return problems;
	}

	/** The languages it is written in, English first. */
	public List<String> languages() {
		if (this.titleEs == null) {
			return List.of("en");
		}
		return (this.titleEn == null) ? List.of("es") : List.of("en", "es");
	}

	/**
	 * The language to show a reader of the given language: theirs if written, else the
	 * other.
	 */
	public String languageFor(String readerLanguage) {
		List<String> languages = languages();
		return languages.contains(readerLanguage) ? readerLanguage : languages.get(0);
	}

	/** The title in the language ({@code en} or {@code es}), or {@code null}. */
	public String title(String language) {
		return "es".equals(language) ? this.titleEs : this.titleEn;
	}

	/** The Markdown text in the language, or the empty string. */
	public String text(String language) {
		return "es".equals(language) ? this.textEs : this.textEn;
	}

	/**
	 * The SHA-256 of its text's canonical form: the form {@code adelante-letter-text-1},
	 * then the English title and text, then the Spanish title and text (see
	 * {@link CanonicalForm}). Two contents with the same words have the same hash.
	 */
	public String textHash() {
		return textHash(this.titleEn, this.textEn, this.titleEs, this.textEs);
	}

	/** {@link #textHash()} of a text as stored. */
	public static String textHash(String titleEn, String textEn, String titleEs, String textEs) {
		return new CanonicalForm("adelante-letter-text-1").add(titleEn).add(textEn).add(titleEs).add(textEs).sha256();
	}

	/** Whether its titles and texts are those of the other content. */
	public boolean hasTextOf(LetterContent other) {
		return textHash().equals(other.textHash());
	}

	/** The same content with another address. */
	public LetterContent withSlug(String newSlug) {
		return new LetterContent(newSlug, this.titleEn, this.titleEs, this.textEn, this.textEs, this.targets,
				this.convenerIds, this.opensAt, this.closesAt, this.timeZone, this.signers, this.approvalRequired,
				this.listPublicAt, this.milestones, this.grouping);
	}

	private static Instant micros(Instant instant) {
		return (instant != null) ? instant.truncatedTo(ChronoUnit.MICROS) : null;
	}

}
