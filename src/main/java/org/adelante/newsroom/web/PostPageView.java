package org.adelante.newsroom.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.adelante.letters.LetterFeature;
import org.adelante.newsroom.MediaContact;
import org.adelante.newsroom.Post;
import org.adelante.newsroom.PostContent;
import org.adelante.newsroom.PostKind;
import org.adelante.newsroom.ReleaseMode;

/**
 * Everything a post's page shows, gathered from the newsroom, the media library and the
 * organisations registry. The public page and the editors' preview render it with the
 * same template.
 *
 * @param post the post
 * @param leadHtml the sanitised first paragraph of the body, which the dateline opens, or
 * {@code null} when the body does not start with a paragraph
 * @param bodyHtml the sanitised rest of the body
 * @param leadImage the lead image, or {@code null}
 * @param imageUrl the lead image's absolute address for link previews, or {@code null}
 * @param issuers the organisations that issue a joint release with us
 * @param repostSource the organisation that first issued a reposted release, or
 * {@code null}
 * @param contacts the media contacts
 * @param aboutName our organisation's name, for the "About" heading
 * @param boilerplateHtml our sanitised boilerplate, or {@code null} when the page ends
 * without one
 * @param recent the newest other public posts
 * @param translation the public translation, or {@code null}
 * @param canonicalUrl the address search engines should index: the original's for a
 * repost
 * @param absoluteUrl this page's absolute address
 */
public record PostPageView(Post post, String leadHtml, String bodyHtml, ResponsiveImage leadImage, String imageUrl,
		List<OrganizationLink> issuers, OrganizationLink repostSource, List<MediaContact> contacts, String aboutName,
		String boilerplateHtml, List<PostCard> recent, Translation translation, String canonicalUrl, String absoluteUrl,
		LetterFeature featuredLetter) {

	public PostContent content() {
		return this.post.content();
	}

	/** Whether the page carries a release line and dateline. */
	public boolean isRelease() {
		return this.post.kind().isRelease();
	}

	public boolean isEmbargoed() {
		return content().releaseMode() == ReleaseMode.EMBARGOED && content().embargoUntil() != null;
	}

	/**
	 * The dateline in AP style without its date: the city in capitals, then the region as
	 * written ("TUCSON, Arizona"); {@code null} when the post names no place.
	 */
	public String dateline() {
		String city = content().datelineCity();
		String region = content().datelineRegion();
		Locale language = Locale.forLanguageTag(this.post.language());
		if (city == null) {
			return (region != null) ? region.toUpperCase(language) : null;
		}
		String upper = city.toUpperCase(language);
		return (region != null) ? upper + ", " + region : upper;
	}

	/**
	 * The publication date as the dateline gives it: in the post's own language, since
	 * the dateline is part of the release's text.
	 */
	public String datelineDate(ZoneId zone) {
		return (this.post.publishedAt() != null) ? DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale(Locale.forLanguageTag(this.post.language()))
			.format(this.post.publishedAt().atZone(zone)) : null;
	}

	public boolean hasQuote() {
		return content().quoteText() != null;
	}

	public boolean hasBoilerplate() {
		return this.boilerplateHtml != null && !this.boilerplateHtml.isBlank();
	}

	/** Whether the release ends with the "###" end mark. */
	public boolean hasEndMark() {
		return this.post.kind().endsWithBoilerplate();
	}

	public boolean isRepost() {
		return this.post.kind() == PostKind.REPOST && (this.repostSource != null || content().repostUrl() != null);
	}

	/** The excerpt, for the page description and link previews. */
	public String description() {
		return content().excerpt();
	}

	/** The date the original of a repost appeared, in the reader's language. */
	public String repostDate(Locale locale) {
		return (content().repostDate() != null)
				? DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(content().repostDate())
				: null;
	}

	/** Whether the post is written in another language than the page around it. */
	public boolean isForeign(String pageLanguage) {
		return !this.post.language().equals(pageLanguage);
	}

	/**
	 * An organisation named on a post, linked to its website when it has one.
	 *
	 * @param name its display name
	 * @param website its website, or {@code null}
	 */
	public record OrganizationLink(String name, String website) {
	}

	/**
	 * The same post in the other language.
	 *
	 * @param language its language code
	 * @param url its address on this site
	 * @param absoluteUrl its absolute address
	 */
	public record Translation(String language, String url, String absoluteUrl) {
	}

}
