package org.adelante.letters.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.adelante.letters.Grouping;
import org.adelante.letters.Letter;
import org.adelante.letters.LetterContent;
import org.adelante.letters.Milestones;
import org.adelante.letters.Signers;
import org.adelante.letters.Target;
import org.adelante.letters.TextChange;
import org.adelante.shared.FieldProblems;
import org.adelante.shared.web.FormFields;

/**
 * What the letter form sends, exactly as typed: every value a string, so nothing the
 * organiser entered is lost when it cannot be understood. Times are entered in the
 * letter's own zone. Targets come as rows of four fields; rows left empty are dropped.
 *
 * @param version the version the organiser started from, for optimistic locking
 * @param slug the address under {@code /letters/}
 * @param titleEn the English title
 * @param titleEs the Spanish title
 * @param textEn the English text
 * @param textEs the Spanish text
 * @param targetName the targets' names, one per row
 * @param targetTitle their titles, one per row
 * @param targetOffice their offices, one per row
 * @param targetEmail their email addresses, one per row
 * @param convenerIds the convening organisations' keys
 * @param opensAt when it opens, as {@code yyyy-MM-ddTHH:mm} in {@code timeZone}
 * @param closesAt when it closes, the same way
 * @param timeZone the zone its times are entered in
 * @param signers a {@link Signers} name
 * @param approvalRequired present when organisations' signatures wait for approval
 * @param listTiming {@code now}, or {@code later} for names public at
 * {@code listPublicAt}
 * @param listPublicAt when the names become public, the same way as the other times
 * @param milestones the milestones, such as "50, 100, 250"
 * @param grouping a {@link Grouping} name
 * @param textChange a {@link TextChange} name, once the organiser was asked whether a new
 * text of a signed letter is a new version or a correction
 */
public record LetterForm(String version, String slug, String titleEn, String titleEs, String textEn, String textEs,
		List<String> targetName, List<String> targetTitle, List<String> targetOffice, List<String> targetEmail,
		List<String> convenerIds, String opensAt, String closesAt, String timeZone, String signers,
		String approvalRequired, String listTiming, String listPublicAt, String milestones, String grouping,
		String textChange) {

	/** Rows for new targets shown below those entered. */
	static final int SPARE_TARGET_ROWS = 2;

	static final String LIST_LATER = "later";

	public LetterForm {
		version = FormFields.text(version);
		slug = FormFields.text(slug);
		titleEn = FormFields.text(titleEn);
		titleEs = FormFields.text(titleEs);
		textEn = FormFields.text(textEn);
		textEs = FormFields.text(textEs);
		targetName = copy(targetName);
		targetTitle = copy(targetTitle);
		targetOffice = copy(targetOffice);
		targetEmail = copy(targetEmail);
		convenerIds = copy(convenerIds);
		opensAt = FormFields.text(opensAt);
		closesAt = FormFields.text(closesAt);
		timeZone = FormFields.text(timeZone);
		signers = FormFields.text(signers);
		approvalRequired = FormFields.text(approvalRequired);
		listTiming = FormFields.text(listTiming);
		listPublicAt = FormFields.text(listPublicAt);
		milestones = FormFields.text(milestones);
		grouping = FormFields.text(grouping);
		textChange = FormFields.text(textChange);
	}

	/** An empty form for a new letter in the zone. */
	static LetterForm blank(ZoneId zone) {
		return new LetterForm("0", "", "", "", "", "", List.of(), List.of(), List.of(), List.of(), List.of(), "", "",
				zone.getId(), Signers.ORGANIZATIONS.name(), "", "now", "", "", Grouping.BY_SCOPE.name(), "");
	}

	/** The form showing a stored letter, its times in its own zone. */
	static LetterForm of(Letter letter) {
		LetterContent content = letter.content();
		ZoneId zone = content.timeZone();
		List<Target> targets = content.targets();
		return new LetterForm(String.valueOf(letter.version()), content.slug(), text(content.titleEn()),
				text(content.titleEs()), content.textEn(), content.textEs(),
				targets.stream().map((target) -> text(target.name())).toList(),
				targets.stream().map((target) -> text(target.title())).toList(),
				targets.stream().map((target) -> text(target.office())).toList(),
				targets.stream().map((target) -> text(target.email())).toList(),
				content.convenerIds().stream().map(String::valueOf).toList(),
				FormFields.localInput(content.opensAt(), zone), FormFields.localInput(content.closesAt(), zone),
				zone.getId(), content.signers().name(), content.approvalRequired() ? "true" : "",
				(content.listPublicAt() != null) ? LIST_LATER : "now",
				FormFields.localInput(content.listPublicAt(), zone), content.milestones().text(),
				content.grouping().name(), "");
	}

	/**
	 * The content this form describes. Values that cannot be read (an unknown choice, a
	 * malformed time) are added to {@code problems} and left out.
	 */
	LetterContent toContent(FieldProblems problems) {
		ZoneId zone = FormFields.zone(this.timeZone, "timeZone", problems);
		ZoneId in = (zone != null) ? zone : ZoneId.of("UTC");
		if (zone == null && !problems.has("timeZone")) {
			problems.add("timeZone", "validation.choose");
		}
		Instant listAt = null;
		if (LIST_LATER.equals(this.listTiming.strip())) {
			listAt = FormFields.instantIn(this.listPublicAt, in, "listPublicAt", problems);
			if (listAt == null && !problems.has("listPublicAt")) {
				problems.add("listPublicAt", "letters.listPublicAt.required");
			}
		}
		problems.maxLength("milestones", this.milestones, Milestones.TEXT_MAX);
		Milestones parsed = Milestones.parse(this.milestones).orElse(null);
		if (parsed == null) {
			problems.add("milestones", "letters.milestones.invalid", Milestones.MAX_COUNT);
		}
		return new LetterContent(this.slug, this.titleEn, this.titleEs, this.textEn, this.textEs, targets(),
				FormFields.ids(this.convenerIds, "convenerIds", problems),
				FormFields.instantIn(this.opensAt, in, "opensAt", problems),
				FormFields.instantIn(this.closesAt, in, "closesAt", problems), zone,
				FormFields.choice(Signers.class, this.signers, "signers", problems), !this.approvalRequired.isBlank(),
				listAt, parsed, FormFields.choice(Grouping.class, this.grouping, "grouping", problems));
	}

	/** The targets entered, in order, without empty rows. */
	List<Target> targets() {
		List<Target> targets = new ArrayList<>();
		for (TargetRow row : rows()) {
			Target target = new Target(row.name(), row.title(), row.office(), row.email());
			if (!target.isBlank()) {
				targets.add(target);
			}
		}
		return targets;
	}

	/**
	 * The rows the form shows: the targets entered (in the order, and under the indexes,
	 * of {@link #targets()}), then empty rows to add more.
	 */
	public List<TargetRow> targetRows() {
		List<TargetRow> rows = new ArrayList<>();
		for (TargetRow row : rows()) {
			if (!new Target(row.name(), row.title(), row.office(), row.email()).isBlank()) {
				rows.add(row);
			}
		}
		int spare = Math.max(SPARE_TARGET_ROWS, 3 - rows.size());
		for (int i = 0; i < spare && rows.size() < LetterContent.TARGETS_MAX + SPARE_TARGET_ROWS; i++) {
			rows.add(new TargetRow("", "", "", ""));
		}
		return rows;
	}

	private List<TargetRow> rows() {
		int count = Math.max(Math.max(this.targetName.size(), this.targetTitle.size()),
				Math.max(this.targetOffice.size(), this.targetEmail.size()));
		List<TargetRow> rows = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			rows.add(new TargetRow(at(this.targetName, i), at(this.targetTitle, i), at(this.targetOffice, i),
					at(this.targetEmail, i)));
		}
		return rows;
	}

	public boolean hasConvener(long id) {
		return this.convenerIds.contains(String.valueOf(id));
	}

	public boolean listLater() {
		return LIST_LATER.equals(this.listTiming.strip());
	}

	/** What the organiser said a new text is, or {@code null} if they were not asked. */
	TextChange textChangeChoice() {
		return switch (this.textChange.strip()) {
			case "MATERIAL" -> TextChange.MATERIAL;
			case "CORRECTION" -> TextChange.CORRECTION;
			default -> null;
		};
	}

	/** The version the organiser started from. */
	int versionNumber() {
		try {
			return Integer.parseInt(this.version.strip());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	/** The same form at another version, after the letter was saved. */
	LetterForm withVersion(int newVersion) {
		return new LetterForm(String.valueOf(newVersion), this.slug, this.titleEn, this.titleEs, this.textEn,
				this.textEs, this.targetName, this.targetTitle, this.targetOffice, this.targetEmail, this.convenerIds,
				this.opensAt, this.closesAt, this.timeZone, this.signers, this.approvalRequired, this.listTiming,
				this.listPublicAt, this.milestones, this.grouping, this.textChange);
	}

	private static String at(List<String> values, int index) {
		return (index < values.size()) ? values.get(index) : "";
	}

	private static List<String> copy(List<String> values) {
		return (values != null) ? values.stream().map(FormFields::text).toList() : List.of();
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

	/**
	 * One row of the targets in the form.
	 *
	 * @param name the target's name
	 * @param title their title
	 * @param office their office
	 * @param email their email address
	 */
	public record TargetRow(String name, String title, String office, String email) {
	}

}
