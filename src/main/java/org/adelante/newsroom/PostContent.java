package org.adelante.newsroom;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.adelante.shared.FieldProblems;
import org.adelante.shared.SafeHtml;
import org.adelante.shared.Slugs;
import org.adelante.shared.Text;
import org.adelante.shared.web.Languages;

/**
 * Everything an editor writes in a post. Text is stored as typed and escaped when shown;
 * the body is Markdown, sanitised when rendered.
 *
 * @param kind what the post is
 * @param language {@code en} or {@code es}
 * @param translationId the same post in the other language, if any
 * @param title the headline
 * @param subtitle an optional second headline
 * @param slug its address under {@code /news/}; made from the title when blank
 * @param summary the excerpt shown in lists; taken from the body when blank
 * @param body the text, in Markdown
 * @param datelineCity the dateline's city
 * @param datelineRegion the dateline's region (state, province)
 * @param releaseMode for immediate release or embargoed
 * @param embargoUntil the end of the embargo
 * @param embargoZone the zone the embargo is stated in
 * @param leadImageId the lead image, from the media library
 * @param leadImageAlt the lead image's text alternative, required to publish
 * @param leadImageCaption its caption
 * @param leadImageCredit its photo credit
 * @param quoteText a pull quote
 * @param quoteSpeaker who said it
 * @param quoteSpeakerTitle their title
 * @param tags topic labels
 * @param contactIds media contacts, in order
 * @param issuerIds issuing organisations of a joint release, in order
 * @param repostSourceId the organisation that first issued a reposted release
 * @param repostUrl the address of the original
 * @param repostDate the original's date
 * @param relatedLinks links to related material (another letter, a report), in order;
 * rows without a title and an address are left out
 * @param featuredLetterId a sign-on letter the post features (its excerpt and live
 * count), or {@code null}
 */
public record PostContent(PostKind kind, String language, Long translationId, String title, String subtitle,
		String slug, String summary, String body, String datelineCity, String datelineRegion, ReleaseMode releaseMode,
		Instant embargoUntil, ZoneId embargoZone, Long leadImageId, String leadImageAlt, String leadImageCaption,
		String leadImageCredit, String quoteText, String quoteSpeaker, String quoteSpeakerTitle, List<String> tags,
		List<Long> contactIds, List<Long> issuerIds, Long repostSourceId, String repostUrl, LocalDate repostDate,
		List<RelatedLink> relatedLinks, Long featuredLetterId) {

	public static final int TITLE_MAX = 200;

	public static final int SUBTITLE_MAX = 300;

	public static final int SUMMARY_MAX = 500;

	public static final int BODY_MAX = 100_000;

	public static final int DATELINE_MAX = 100;

	public static final int ALT_MAX = 250;

	public static final int CAPTION_MAX = 300;

	public static final int CREDIT_MAX = 150;

	public static final int QUOTE_MAX = 1000;

	public static final int SPEAKER_MAX = 120;

	public static final int SPEAKER_TITLE_MAX = 150;

	public static final int TAG_MAX = 40;

	public static final int TAGS_MAX = 10;

	public static final int URL_MAX = 500;

	public static final int EXCERPT_LENGTH = 220;

	public static final int RELATED_LINKS_MAX = 8;

	public PostContent {
		kind = (kind != null) ? kind : PostKind.PRESS_RELEASE;
		language = (language != null) ? language : "en";
		title = trim(title);
		subtitle = trim(subtitle);
		slug = (slug == null || slug.isBlank()) ? Slugs.of(title) : slug.strip().toLowerCase(Locale.ROOT);
		summary = trim(summary);
		body = Text.lines(body);
		datelineCity = trim(datelineCity);
		datelineRegion = trim(datelineRegion);
		releaseMode = (releaseMode != null) ? releaseMode : ReleaseMode.IMMEDIATE;
		leadImageAlt = trim(leadImageAlt);
		leadImageCaption = trim(leadImageCaption);
		leadImageCredit = trim(leadImageCredit);
		quoteText = trim(quoteText);
		quoteSpeaker = trim(quoteSpeaker);
		quoteSpeakerTitle = trim(quoteSpeakerTitle);
		tags = distinctTags(tags);
		contactIds = (contactIds != null) ? List.copyOf(new LinkedHashSet<>(contactIds)) : List.of();
		issuerIds = (issuerIds != null) ? List.copyOf(new LinkedHashSet<>(issuerIds)) : List.of();
		repostUrl = trim(repostUrl);
		relatedLinks = (relatedLinks != null)
				? relatedLinks.stream().filter((link) -> link != null && !link.isBlank()).toList() : List.of();
		if (releaseMode == ReleaseMode.IMMEDIATE) {
			embargoUntil = null;
			embargoZone = null;
		}
		else if (embargoUntil != null) {
			embargoUntil = embargoUntil.truncatedTo(ChronoUnit.MICROS);
		}
	}

	/** The problems that stop this content from being saved at all, even as a draft. */
	public FieldProblems problemsToSave() {
		FieldProblems problems = new FieldProblems();
		problems.required("title", this.title).maxLength("title", this.title, TITLE_MAX);
		problems.maxLength("subtitle", this.subtitle, SUBTITLE_MAX);
		if (!Slugs.isValid(this.slug)) {
			problems.add("slug", "post.slug.invalid", Slugs.MAX_LENGTH);
		}
		if (!Languages.isSupported(this.language)) {
			problems.add("language", "validation.choose");
		}
		problems.maxLength("summary", this.summary, SUMMARY_MAX);
		problems.maxLength("body", this.body, BODY_MAX);
		problems.maxLength("datelineCity", this.datelineCity, DATELINE_MAX);
		problems.maxLength("datelineRegion", this.datelineRegion, DATELINE_MAX);
		problems.maxLength("leadImageAlt", this.leadImageAlt, ALT_MAX);
		problems.maxLength("leadImageCaption", this.leadImageCaption, CAPTION_MAX);
		problems.maxLength("leadImageCredit", this.leadImageCredit, CREDIT_MAX);
		problems.maxLength("quoteText", this.quoteText, QUOTE_MAX);
		problems.maxLength("quoteSpeaker", this.quoteSpeaker, SPEAKER_MAX);
		problems.maxLength("quoteSpeakerTitle", this.quoteSpeakerTitle, SPEAKER_TITLE_MAX);
		if (this.tags.size() > TAGS_MAX) {
			problems.add("tags", "post.tags.tooMany", TAGS_MAX);
		}
		for (String tag : this.tags) {
			problems.maxLength("tags", tag, TAG_MAX);
			if (Tag.of(tag).slug().isEmpty()) {
				problems.add("tags", "post.tags.invalid");
			}
		}
		problems.maxLength("repostUrl", this.repostUrl, URL_MAX).webAddress("repostUrl", this.repostUrl);
		if (this.relatedLinks.size() > RELATED_LINKS_MAX) {
			problems.add("relatedLinks", "post.relatedLinks.tooMany", RELATED_LINKS_MAX);
		}
		for (int row = 0; row < this.relatedLinks.size(); row++) {
			this.relatedLinks.get(row).check(row, problems);
		}
		if (this.releaseMode == ReleaseMode.EMBARGOED && (this.embargoUntil == null || this.embargoZone == null)) {
			problems.add("embargoUntil", "post.embargo.required");
		}
		return problems;
	}

	/** The problems that stop this content from being published or scheduled. */
	public FieldProblems problemsToPublish() {
		FieldProblems problems = problemsToSave();
		if (this.body.isBlank()) {
			problems.add("body", "validation.required");
		}
		if (this.leadImageId != null && this.leadImageAlt == null) {
			problems.add("leadImageAlt", "post.leadImageAlt.required");
		}
		if (this.kind == PostKind.REPOST) {
			if (this.repostSourceId == null) {
				problems.add("repostSourceId", "post.repostSource.required");
			}
			problems.required("repostUrl", this.repostUrl);
		}
		if (this.quoteText != null && this.quoteSpeaker == null) {
			problems.add("quoteSpeaker", "post.quoteSpeaker.required");
		}
		return problems;
	}

	/** The summary, or the start of the body's text when there is none. */
	public String excerpt() {
		return excerpt(this.summary, this.body);
	}

	static String excerpt(String summary, String body) {
		if (summary != null && !summary.isBlank()) {
			return summary;
		}
		return Text.excerpt(SafeHtml.plainText(body), EXCERPT_LENGTH);
	}

	public List<Tag> tagList() {
		return this.tags.stream().map(Tag::of).toList();
	}

	public PostContent withSlug(String newSlug) {
		return new PostContent(this.kind, this.language, this.translationId, this.title, this.subtitle, newSlug,
				this.summary, this.body, this.datelineCity, this.datelineRegion, this.releaseMode, this.embargoUntil,
				this.embargoZone, this.leadImageId, this.leadImageAlt, this.leadImageCaption, this.leadImageCredit,
				this.quoteText, this.quoteSpeaker, this.quoteSpeakerTitle, this.tags, this.contactIds, this.issuerIds,
				this.repostSourceId, this.repostUrl, this.repostDate, this.relatedLinks, this.featuredLetterId);
	}

	private static String trim(String value) {
		return Text.line(value);
	}

	private static List<String> distinctTags(List<String> tags) {
		if (tags == null) {
			return List.of();
		}
		Set<String> seen = new HashSet<>();
		return tags.stream()
			.map(Text::line)
			.filter((tag) -> tag != null)
			.filter((tag) -> seen.add(Tag.of(tag).slug()))
			.toList();
	}

}
