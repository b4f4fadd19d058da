package org.adelante.newsroom;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Post content for unit tests, field by field: a titled news post with a body unless a
 * test says otherwise.
 */
final class PostContentBuilder {

	private PostKind kind = PostKind.NEWS;

	private String language = "en";

	private Long translationId = null;

	private String title = "Title";

	private String subtitle = null;

	private String slug = null;

	private String summary = null;

	private String body = "Body";

	private String datelineCity = null;

	private String datelineRegion = null;

	private ReleaseMode releaseMode = null;

	private Instant embargoUntil = null;

	private ZoneId embargoZone = null;

	private Long leadImageId = null;

	private String leadImageAlt = null;

	private String leadImageCaption = null;

	private String leadImageCredit = null;

	private String quoteText = null;

	private String quoteSpeaker = null;

	private String quoteSpeakerTitle = null;

	private List<String> tags = null;

	private List<Long> contactIds = null;

	private List<Long> issuerIds = null;

	private Long repostSourceId = null;

	private String repostUrl = null;

	private LocalDate repostDate = null;

	static PostContentBuilder content() {
		return new PostContentBuilder();
	}

	PostContentBuilder kind(PostKind kind) {
		this.kind = kind;
		return this;
	}

	PostContentBuilder language(String language) {
		this.language = language;
		return this;
	}

	PostContentBuilder translationId(Long translationId) {
		this.translationId = translationId;
		return this;
	}

	PostContentBuilder title(String title) {
		this.title = title;
		return this;
	}

	PostContentBuilder subtitle(String subtitle) {
		this.subtitle = subtitle;
		return this;
	}

	PostContentBuilder slug(String slug) {
		this.slug = slug;
		return this;
	}

	PostContentBuilder summary(String summary) {
		this.summary = summary;
		return this;
	}

	PostContentBuilder body(String body) {
		this.body = body;
		return this;
	}

	PostContentBuilder datelineCity(String datelineCity) {
		this.datelineCity = datelineCity;
		return this;
	}

	PostContentBuilder datelineRegion(String datelineRegion) {
		this.datelineRegion = datelineRegion;
		return this;
	}

	PostContentBuilder releaseMode(ReleaseMode releaseMode) {
		this.releaseMode = releaseMode;
		return this;
	}

	PostContentBuilder embargoUntil(Instant embargoUntil) {
		this.embargoUntil = embargoUntil;
		return this;
	}

	PostContentBuilder embargoZone(ZoneId embargoZone) {
		this.embargoZone = embargoZone;
		return this;
	}

	PostContentBuilder leadImageId(Long leadImageId) {
		this.leadImageId = leadImageId;
		return this;
	}

	PostContentBuilder leadImageAlt(String leadImageAlt) {
		this.leadImageAlt = leadImageAlt;
		return this;
	}

	PostContentBuilder leadImageCaption(String leadImageCaption) {
		this.leadImageCaption = leadImageCaption;
		return this;
	}

	PostContentBuilder leadImageCredit(String leadImageCredit) {
		this.leadImageCredit = leadImageCredit;
		return this;
	}

	PostContentBuilder quoteText(String quoteText) {
		this.quoteText = quoteText;
		return this;
	}

	PostContentBuilder quoteSpeaker(String quoteSpeaker) {
		this.quoteSpeaker = quoteSpeaker;
		return this;
	}

	PostContentBuilder quoteSpeakerTitle(String quoteSpeakerTitle) {
		this.quoteSpeakerTitle = quoteSpeakerTitle;
		return this;
	}

	PostContentBuilder tags(List<String> tags) {
		this.tags = tags;
		return this;
	}

	PostContentBuilder contactIds(List<Long> contactIds) {
		this.contactIds = contactIds;
		return this;
	}

	PostContentBuilder issuerIds(List<Long> issuerIds) {
		this.issuerIds = issuerIds;
		return this;
	}

	PostContentBuilder repostSourceId(Long repostSourceId) {
		this.repostSourceId = repostSourceId;
		return this;
	}

	PostContentBuilder repostUrl(String repostUrl) {
		this.repostUrl = repostUrl;
		return this;
	}

	PostContentBuilder repostDate(LocalDate repostDate) {
		this.repostDate = repostDate;
		return this;
	}

	PostContent build() {
		return new PostContent(this.kind, this.language, this.translationId, this.title, this.subtitle, this.slug,
				this.summary, this.body, this.datelineCity, this.datelineRegion, this.releaseMode, this.embargoUntil,
				this.embargoZone, this.leadImageId, this.leadImageAlt, this.leadImageCaption, this.leadImageCredit,
				this.quoteText, this.quoteSpeaker, this.quoteSpeakerTitle, this.tags, this.contactIds, this.issuerIds,
				this.repostSourceId, this.repostUrl, this.repostDate, List.of(), null);
	}

}
