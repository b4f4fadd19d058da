package org.adelante.newsroom.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.adelante.newsroom.Post;
import org.adelante.newsroom.PostContent;
import org.adelante.newsroom.PostKind;
import org.adelante.newsroom.RelatedLink;
import org.adelante.newsroom.ReleaseMode;
import org.adelante.newsroom.Tag;
import org.adelante.shared.FieldProblems;
import org.adelante.shared.web.FormFields;

/**
 * What the post form sends, exactly as typed: every value a string, so nothing the editor
 * entered is lost when it cannot be understood. {@link #toContent} turns it into the
 * newsroom's {@link PostContent}, noting values it cannot read.
 *
 * @param version the version the editor started from, for optimistic locking
 * @param kind a {@link PostKind} name
 * @param language {@code en} or {@code es}
 * @param title the headline
 * @param subtitle the second headline
 * @param slug the address under {@code /news/}
 * @param releaseMode a {@link ReleaseMode} name
 * @param embargoUntil the end of the embargo, as {@code yyyy-MM-ddTHH:mm} in
 * {@code embargoZone}
 * @param embargoZone the zone the embargo is stated in
 * @param datelineCity the dateline's city
 * @param datelineRegion the dateline's region
 * @param leadImageId the current lead image (kept or just uploaded)
 * @param removeLeadImage present when the editor ticked "remove"
 * @param leadImageAlt the image's text alternative
 * @param leadImageCaption its caption
 * @param leadImageCredit its photo credit
 * @param quoteText a pull quote
 * @param quoteSpeaker who said it
 * @param quoteSpeakerTitle their title
 * @param body the Markdown text
 * @param summary the excerpt
 * @param tags tags separated by commas
 * @param contactIds the chosen media contacts
 * @param issuerIds the chosen issuing organisations
 * @param repostSourceId the organisation that first issued a repost
 * @param repostUrl the original's address
 * @param repostDate the original's date, as {@code yyyy-MM-dd}
 * @param translationId the same post in the other language
 * @param publishAt when to publish, as {@code yyyy-MM-ddTHH:mm} in the organisation's
 * zone
 * @param correctionNote a correction to add to a public post
 * @param relatedTitles the titles of the related links, one per row
 * @param relatedUrls the addresses of the related links, in the same rows
 * @param featuredLetterId the key of the letter the post features, or blank
 * @param publishLetterList ticked when publishing or scheduling the post is to make the
 * names on its featured letter's list public at the same time
 */
public record PostForm(String version, String kind, String language, String title, String subtitle, String slug,
		String releaseMode, String embargoUntil, String embargoZone, String datelineCity, String datelineRegion,
		String leadImageId, String removeLeadImage, String leadImageAlt, String leadImageCaption,
		String leadImageCredit, String quoteText, String quoteSpeaker, String quoteSpeakerTitle, String body,
		String summary, String tags, List<String> contactIds, List<String> issuerIds, String repostSourceId,
		String repostUrl, String repostDate, String translationId, String publishAt, String correctionNote,
		List<String> relatedTitles, List<String> relatedUrls, String featuredLetterId, String publishLetterList) {

	/** Room for the most tags a post may have, with separators. */
	public static final int TAGS_INPUT_MAX = PostContent.TAGS_MAX * (PostContent.TAG_MAX + 2);

	public static final int CORRECTION_MAX = 1000;

	/** The value a ticked checkbox of the form sends. */
	static final String TICKED = "true";

	/**
	 * Empty rows the form offers for more related links, up to the most a post may have.
	 */
	static final int SPARE_LINK_ROWS = 2;

	public PostForm {
		version = FormFields.text(version);
		kind = FormFields.text(kind);
		language = FormFields.text(language);
		title = FormFields.text(title);
		subtitle = FormFields.text(subtitle);
		slug = FormFields.text(slug);
		releaseMode = FormFields.text(releaseMode);
		embargoUntil = FormFields.text(embargoUntil);
		embargoZone = FormFields.text(embargoZone);
		datelineCity = FormFields.text(datelineCity);
		datelineRegion = FormFields.text(datelineRegion);
		leadImageId = FormFields.text(leadImageId);
		leadImageAlt = FormFields.text(leadImageAlt);
		leadImageCaption = FormFields.text(leadImageCaption);
		leadImageCredit = FormFields.text(leadImageCredit);
		quoteText = FormFields.text(quoteText);
		quoteSpeaker = FormFields.text(quoteSpeaker);
		quoteSpeakerTitle = FormFields.text(quoteSpeakerTitle);
		body = FormFields.text(body);
		summary = FormFields.text(summary);
		tags = FormFields.text(tags);
		contactIds = (contactIds != null) ? List.copyOf(contactIds) : List.of();
		issuerIds = (issuerIds != null) ? List.copyOf(issuerIds) : List.of();
		repostSourceId = FormFields.text(repostSourceId);
		repostUrl = FormFields.text(repostUrl);
		repostDate = FormFields.text(repostDate);
		translationId = FormFields.text(translationId);
		publishAt = FormFields.text(publishAt);
		correctionNote = FormFields.text(correctionNote);
		relatedTitles = (relatedTitles != null) ? List.copyOf(relatedTitles) : List.of();
		relatedUrls = (relatedUrls != null) ? List.copyOf(relatedUrls) : List.of();
		featuredLetterId = FormFields.text(featuredLetterId);
		publishLetterList = FormFields.text(publishLetterList);
	}

	/** An empty form for a new post in the given language. */
	public static PostForm blank(String language, ZoneId zone) {
		return new PostForm("0", PostKind.PRESS_RELEASE.name(), language, "", "", "", ReleaseMode.IMMEDIATE.name(), "",
				zone.getId(), "", "", "", null, "", "", "", "", "", "", "", "", "", List.of(), List.of(), "", "", "",
				"", "", "", List.of(), List.of(), "", "");
	}

	/**
	 * The form showing a stored post; times appear in the embargo's own zone, and a
	 * scheduled publication in the organisation's zone.
	 */
	public static PostForm of(Post post, ZoneId zone) {
		PostContent content = post.content();
		ZoneId embargoZone = (content.embargoZone() != null) ? content.embargoZone() : zone;
		String publishAt = (post.status() == org.adelante.newsroom.PostStatus.SCHEDULED)
				? FormFields.localInput(post.publishedAt(), zone) : "";
		return new PostForm(String.valueOf(post.version()), content.kind().name(), content.language(), content.title(),
				content.subtitle(), content.slug(), content.releaseMode().name(),
				FormFields.localInput(content.embargoUntil(), embargoZone), embargoZone.getId(), content.datelineCity(),
				content.datelineRegion(), id(content.leadImageId()), null, content.leadImageAlt(),
				content.leadImageCaption(), content.leadImageCredit(), content.quoteText(), content.quoteSpeaker(),
				content.quoteSpeakerTitle(), content.body(), content.summary(),
				String.join(", ", content.tagList().stream().map(Tag::label).toList()), ids(content.contactIds()),
				ids(content.issuerIds()), id(content.repostSourceId()), content.repostUrl(),
				(content.repostDate() != null) ? content.repostDate().toString() : "", id(content.translationId()),
				publishAt, "", content.relatedLinks().stream().map(RelatedLink::title).toList(),
				content.relatedLinks().stream().map(RelatedLink::url).toList(), id(content.featuredLetterId()), "");
	}

	/**
	 * The content this form describes. Values that cannot be read (an unknown kind, a
	 * malformed date) are added to {@code problems} and left out.
	 */
	public PostContent toContent(FieldProblems problems) {
		PostKind parsedKind = FormFields.choice(PostKind.class, this.kind, "kind", problems);
		ReleaseMode mode = FormFields.choice(ReleaseMode.class, this.releaseMode, "releaseMode", problems);
		ZoneId zone = FormFields.zone(this.embargoZone, "embargoZone", problems);
		Instant embargo = (mode == ReleaseMode.EMBARGOED && zone != null)
				? FormFields.instantIn(this.embargoUntil, zone, "embargoUntil", problems) : null;
		return new PostContent(parsedKind, this.language, FormFields.id(this.translationId, "translationId", problems),
				this.title, this.subtitle, this.slug, this.summary, this.body, this.datelineCity, this.datelineRegion,
				mode, embargo, zone,
				isRemovingImage() ? null : FormFields.id(this.leadImageId, "leadImageFile", problems),
				this.leadImageAlt, this.leadImageCaption, this.leadImageCredit, this.quoteText, this.quoteSpeaker,
				this.quoteSpeakerTitle, tagList(), FormFields.ids(this.contactIds, "contactIds", problems),
				FormFields.ids(this.issuerIds, "issuerIds", problems),
				FormFields.id(this.repostSourceId, "repostSourceId", problems), this.repostUrl, parseDate(problems),
				relatedLinks(), FormFields.id(this.featuredLetterId, "featuredLetterId", problems));
	}

	/** The publication time asked for, or {@code null} when none was given. */
	public Instant publishAtIn(ZoneId zone, FieldProblems problems) {
		return FormFields.instantIn(this.publishAt, zone, "publishAt", problems);
	}

	/** Whether the editor ticked "remove the lead image". */
	public boolean isRemovingImage() {
		return this.removeLeadImage != null && !this.removeLeadImage.isBlank();
	}

	/** The version the editor started from. */
	public int versionNumber() {
		try {
			return Integer.parseInt(this.version.strip());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	/** The current lead image, if any and readable. */
	public Long currentImageId() {
		return isRemovingImage() ? null : FormFields.id(this.leadImageId, "leadImageFile", new FieldProblems());
	}

	public boolean hasContact(long id) {
		return this.contactIds.contains(String.valueOf(id));
	}

	public boolean hasIssuer(long id) {
		return this.issuerIds.contains(String.valueOf(id));
	}

	public boolean isEmbargoed() {
		return ReleaseMode.EMBARGOED.name().equals(this.releaseMode);
	}

	/** Whether any repost field is filled in, so that part of the form starts open. */
	public boolean hasRepostDetails() {
		return PostKind.REPOST.name().equals(this.kind) || !this.repostSourceId.isBlank() || !this.repostUrl.isBlank()
				|| !this.repostDate.isBlank();
	}

	/** The same form with another lead image (just uploaded) and a new version. */
	public PostForm withImage(Long imageId) {
		return new PostForm(this.version, this.kind, this.language, this.title, this.subtitle, this.slug,
				this.releaseMode, this.embargoUntil, this.embargoZone, this.datelineCity, this.datelineRegion,
				id(imageId), null, this.leadImageAlt, this.leadImageCaption, this.leadImageCredit, this.quoteText,
				this.quoteSpeaker, this.quoteSpeakerTitle, this.body, this.summary, this.tags, this.contactIds,
				this.issuerIds, this.repostSourceId, this.repostUrl, this.repostDate, this.translationId,
				this.publishAt, this.correctionNote, this.relatedTitles, this.relatedUrls, this.featuredLetterId,
				this.publishLetterList);
	}

	/** The same form at another version, after the post was saved. */
	public PostForm withVersion(int newVersion) {
		return new PostForm(String.valueOf(newVersion), this.kind, this.language, this.title, this.subtitle, this.slug,
				this.releaseMode, this.embargoUntil, this.embargoZone, this.datelineCity, this.datelineRegion,
				this.leadImageId, this.removeLeadImage, this.leadImageAlt, this.leadImageCaption, this.leadImageCredit,
				this.quoteText, this.quoteSpeaker, this.quoteSpeakerTitle, this.body, this.summary, this.tags,
				this.contactIds, this.issuerIds, this.repostSourceId, this.repostUrl, this.repostDate,
				this.translationId, this.publishAt, this.correctionNote, this.relatedTitles, this.relatedUrls,
				this.featuredLetterId, this.publishLetterList);
	}

	/**
	 * The same form with the box for the featured letter's list ticked or not, as the
	 * post and the letter stand.
	 */
	public PostForm withLetterList(boolean ticked) {
		return new PostForm(this.version, this.kind, this.language, this.title, this.subtitle, this.slug,
				this.releaseMode, this.embargoUntil, this.embargoZone, this.datelineCity, this.datelineRegion,
				this.leadImageId, this.removeLeadImage, this.leadImageAlt, this.leadImageCaption, this.leadImageCredit,
				this.quoteText, this.quoteSpeaker, this.quoteSpeakerTitle, this.body, this.summary, this.tags,
				this.contactIds, this.issuerIds, this.repostSourceId, this.repostUrl, this.repostDate,
				this.translationId, this.publishAt, this.correctionNote, this.relatedTitles, this.relatedUrls,
				this.featuredLetterId, ticked ? TICKED : "");
	}

	/**
	 * Whether publishing or scheduling is to make the featured letter's list public at
	 * the same time.
	 */
	public boolean publishesLetterList() {
		return !this.publishLetterList.isBlank();
	}

	/**
	 * The related links as typed, without rows left empty: the rows the form shows again
	 * (before its spare rows), numbered as the content's problems number them.
	 */
	public List<RelatedLink> relatedLinks() {
		List<RelatedLink> links = new ArrayList<>();
		for (int row = 0; row < Math.max(this.relatedTitles.size(), this.relatedUrls.size()); row++) {
			RelatedLink link = new RelatedLink(row < this.relatedTitles.size() ? this.relatedTitles.get(row) : null,
					row < this.relatedUrls.size() ? this.relatedUrls.get(row) : null);
			if (!link.isBlank()) {
				links.add(link);
			}
		}
		return links;
	}

	/** How many empty rows to offer after the filled ones. */
	public int spareLinkRows() {
		return Math.max(0, Math.min(SPARE_LINK_ROWS, PostContent.RELATED_LINKS_MAX - relatedLinks().size()));
	}

	private List<String> tagList() {
		return Arrays.stream(this.tags.split(",")).map(String::strip).filter((tag) -> !tag.isEmpty()).toList();
	}

	private LocalDate parseDate(FieldProblems problems) {
		if (this.repostDate.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(this.repostDate.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add("repostDate", "postAdmin.validation.date");
			return null;
		}
	}

	private static String id(Long id) {
		return (id != null) ? id.toString() : "";
	}

	private static List<String> ids(List<Long> ids) {
		return ids.stream().map(String::valueOf).toList();
	}

}
