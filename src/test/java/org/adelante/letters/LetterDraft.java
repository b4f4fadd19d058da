package org.adelante.letters;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Letter content for tests: an English letter that organisations sign, grouped by scope,
 * with whatever a test changes.
 */
public final class LetterDraft {

	private String slug;

	private String titleEn;

	private String titleEs;

	private String textEn = "We, the undersigned organisations, ask for an **independent inquiry**.";

	private String textEs;

	private final List<Target> targets = new ArrayList<>(
			List.of(new Target("Marta Ellison", "Governor", "State of Arizona")));

	private final List<Long> conveners = new ArrayList<>();

	private Instant opensAt;

	private Instant closesAt;

	private ZoneId zone = ZoneId.of("America/Phoenix");

	private Signers signers = Signers.ORGANIZATIONS;

	private boolean approval;

	private Instant listPublicAt;

	private Milestones milestones = Milestones.parse("50, 100, 250").orElseThrow();

	private Grouping grouping = Grouping.BY_SCOPE;

	private LetterDraft(String title) {
		this.titleEn = title;
	}

	/** A letter with this English title and a unique address. */
	public static LetterDraft titled(String title) {
		LetterDraft draft = new LetterDraft(title);
		draft.slug = "letter-" + UUID.randomUUID().toString().substring(0, 8);
		return draft;
	}

	public LetterDraft slug(String slug) {
		this.slug = slug;
		return this;
	}

	public LetterDraft spanish(String title, String text) {
		this.titleEs = title;
		this.textEs = text;
		return this;
	}

	public LetterDraft onlySpanish(String title, String text) {
		this.titleEn = null;
		this.textEn = null;
		return spanish(title, text);
	}

	public LetterDraft text(String text) {
		this.textEn = text;
		return this;
	}

	/** Addressed to these targets instead of the default one. */
	public LetterDraft targets(Target... targets) {
		this.targets.clear();
		this.targets.addAll(List.of(targets));
		return this;
	}

	public LetterDraft conveners(Long... ids) {
		this.conveners.addAll(List.of(ids));
		return this;
	}

	public LetterDraft opensAt(Instant at) {
		this.opensAt = at;
		return this;
	}

	public LetterDraft closesAt(Instant at) {
		this.closesAt = at;
		return this;
	}

	public LetterDraft signers(Signers signers) {
		this.signers = signers;
		return this;
	}

	public LetterDraft approvalRequired() {
		this.approval = true;
		return this;
	}

	public LetterDraft listPublicAt(Instant at) {
		this.listPublicAt = at;
		return this;
	}

	public LetterDraft milestones(String milestones) {
		this.milestones = Milestones.parse(milestones).orElseThrow();
		return this;
	}

	public LetterDraft grouping(Grouping grouping) {
		this.grouping = grouping;
		return this;
	}

	public LetterContent content() {
		return new LetterContent(this.slug, this.titleEn, this.titleEs, this.textEn, this.textEs, this.targets,
				this.conveners, this.opensAt, this.closesAt, this.zone, this.signers, this.approval, this.listPublicAt,
				this.milestones, this.grouping);
	}

}
