package org.adelante.newsroom.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.adelante.accounts.AuditLog;
import org.adelante.letters.Letter;
import org.adelante.newsroom.MediaContact;
import org.adelante.newsroom.Post;
import org.adelante.newsroom.PostKind;
import org.adelante.newsroom.PostStatus;
import org.adelante.newsroom.PostSummary;
import org.adelante.newsroom.media.MediaAsset;
import org.adelante.organizations.Organization;
import org.adelante.shared.FieldProblems;
import org.adelante.shared.web.Languages;
import org.adelante.shared.web.TimeZones;

/**
 * The post editor: the form with the editor's input, what is wrong with it, the choices
 * its selects offer and, for a saved post, its status and history.
 *
 * @param post the stored post, or {@code null} while writing a new one
 * @param form what the form shows
 * @param problems what is wrong with the input
 * @param conflict whether someone else saved the post since the editor opened it
 * @param notice a message key to show above the form, or {@code null}
 * @param noticeArgument the notice's argument
 * @param zone the organisation's time zone, for scheduling
 * @param publicBaseUrl the site's address, to show the post's public URL
 * @param image the lead image the form refers to, or {@code null}
 * @param contacts every media contact
 * @param organizations every organisation in the registry, for issuers and repost sources
 * @param translationCandidates posts in the other language
 * @param history the post's audit trail, newest first
 * @param letters the letters the post may feature, the newest first
 * @param letterList the names on the featured letter's list while they are not public
 * yet, which publishing the post may make public with it; or {@code null}
 * @param announcing the letter this new post announces, or {@code null}
 */
public record PostEditView(Post post, PostForm form, FieldProblems problems, boolean conflict, String notice,
		String noticeArgument, ZoneId zone, String publicBaseUrl, MediaAsset image, List<MediaContact> contacts,
		List<Organization> organizations, List<PostSummary> translationCandidates, List<AuditLog.Entry> history,
		List<Letter> letters, LetterList letterList, Announcing announcing) {

	/** Where the error summary links for fields whose first control has another id. */
	private static final Map<String, String> ANCHORS = Map.of("releaseMode", "releaseMode-IMMEDIATE");

	/** The width of the lead image's preview. */
	public static final int PREVIEW_WIDTH = 320;

	public boolean isNew() {
		return this.post == null;
	}

	public String action() {
		return isNew() ? "/admin/posts" : "/admin/posts/" + this.post.id();
	}

	public PostStatus status() {
		return isNew() ? PostStatus.DRAFT : this.post.status();
	}

	public Map<String, String> anchors() {
		return ANCHORS;
	}

	public List<PostKind> kinds() {
		return Arrays.asList(PostKind.values());
	}

	public List<String> languages() {
		return Languages.SUPPORTED.stream().map((locale) -> locale.getLanguage()).toList();
	}

	/** The zones an embargo can be stated in, with the one chosen even if unusual. */
	public List<String> zones() {
		return TimeZones.withChoice(this.form.embargoZone());
	}

	/** The address the post has (or will have) on the public site. */
	public String publicUrl() {
		return isNew() ? null : this.publicBaseUrl + this.post.url();
	}

	public boolean isPublished() {
		return status() == PostStatus.PUBLISHED;
	}

	public boolean canPublishNow() {
		return status() != PostStatus.PUBLISHED;
	}

	public boolean canSchedule() {
		return status() != PostStatus.PUBLISHED;
	}

	public boolean canUnpublish() {
		return status() == PostStatus.PUBLISHED;
	}

	public boolean canRevertToDraft() {
		return status() == PostStatus.SCHEDULED || status() == PostStatus.UNPUBLISHED;
	}

	public boolean canDelete() {
		return !isNew() && (status() == PostStatus.DRAFT || status() == PostStatus.UNPUBLISHED);
	}

	public boolean canCorrect() {
		return status() == PostStatus.PUBLISHED;
	}

	/** "Save draft" for drafts, "Save changes" once the post has been out. */
	public String saveLabelKey() {
		return (status() == PostStatus.DRAFT) ? "postAdmin.action.saveDraft" : "postAdmin.action.saveChanges";
	}

	/**
	 * The names on the featured letter's list, not public yet.
	 *
	 * @param title the letter's title
	 * @param publicAt when they become public as things stand
	 * @param withThisPost whether that is when this post goes out
	 */
	public record LetterList(String title, Instant publicAt, boolean withThisPost) {
	}

	/**
	 * The letter a new post announces, and the other languages it could be announced in.
	 *
	 * @param letterId the letter
	 * @param title its title in the post's language
	 * @param otherLanguages the letter's other languages
	 */
	public record Announcing(long letterId, String title, List<String> otherLanguages) {

		/** The form filled in from the letter in another language. */
		public String urlIn(String language) {
			return "/admin/posts/new?letter=" + this.letterId + "&language=" + language;
		}

	}

}
