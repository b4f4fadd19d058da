package org.adelante.letters.web;

import java.util.List;
import java.util.Map;

import org.adelante.letters.Letter;
import org.adelante.letters.LetterStatus;
import org.adelante.letters.TextRevision;
import org.adelante.organizations.Organization;
import org.adelante.shared.FieldProblems;
import org.adelante.shared.web.SubjectLink;
import org.adelante.shared.web.TimeZones;

/**
 * The letter editor: the form with the organiser's input, what is wrong with it, the
 * choices its selects offer and, for a saved letter, its status and counts.
 *
 * @param letter the stored letter, or {@code null} while writing a new one
 * @param form what the form shows
 * @param problems what is wrong with the input
 * @param conflict whether someone else saved the letter since the organiser opened it
 * @param notice a message key to show above the form, or {@code null}
 * @param status the letter's status now
 * @param publicBaseUrl the site's address, to show the letter's public URL
 * @param organizations every organisation in the registry, for the conveners
 * @param revisions the saved letter's texts, the newest first
 * @param signaturesPerVersion how many signatures stand on each version of its text
 * @param signersToTell how many signers of earlier versions could be told of the present
 * one
 * @param embeds the code that shows the letter on partners' sites, one per language it is
 * written in (none while writing a new one)
 * @param countUrl the absolute address of its live count as JSON, or {@code null}
 * @param links what other modules offer to do with the letter (announcing it), for the
 * staff whose roles allow
 */
public record LetterEditView(Letter letter, LetterForm form, FieldProblems problems, boolean conflict, String notice,
		LetterStatus status, String publicBaseUrl, List<Organization> organizations, List<TextRevision> revisions,
		Map<Integer, Long> signaturesPerVersion, int signersToTell, List<EmbedSnippet> embeds, String countUrl,
		List<SubjectLink> links) {

	/** Where the error summary links for fields whose first control has another id. */
	private static final Map<String, String> ANCHORS = Map.of("signers", "signers-ORGANIZATIONS", "grouping",
			"grouping-BY_SCOPE", "targets", "targetName-0", "textChange", "textChange-MATERIAL");

	public boolean isNew() {
		return this.letter == null;
	}

	public String action() {
		return isNew() ? "/admin/letters" : "/admin/letters/" + this.letter.id();
	}

	public Map<String, String> anchors() {
		return ANCHORS;
	}

	/** The zones times can be entered in, with the one chosen even if unusual. */
	public List<String> zones() {
		return TimeZones.withChoice(this.form.timeZone());
	}

	/** The address the letter has (or will have) on the public site. */
	public String publicUrl() {
		return isNew() ? null : this.publicBaseUrl + this.letter.url();
	}

	public boolean canOpen() {
		return !isNew() && this.status != LetterStatus.OPEN;
	}

	public boolean canClose() {
		return !isNew() && this.status == LetterStatus.OPEN;
	}

	/** Whether the organiser must say what the new text they sent is. */
	public boolean asksTextChange() {
		return this.problems.has("textChange") || !this.form.textChange().isBlank();
	}

	/** How many signatures stand on the version. */
	public long signaturesOn(int version) {
		return this.signaturesPerVersion.getOrDefault(version, 0L);
	}

	/**
	 * Whether the version shown is the first revision of its version, not a correction.
	 */
	public boolean showsHistory() {
		return this.revisions.size() > 1 || !this.signaturesPerVersion.isEmpty();
	}

	public boolean isPublic() {
		return this.status != null && this.status != LetterStatus.DRAFT;
	}

}
