package org.adelante.newsroom.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.adelante.newsroom.PostContent;
import org.adelante.newsroom.PostKind;
import org.adelante.newsroom.ReleaseMode;

/**
 * Post content for page tests, with a unique title (and so slug) per builder, because
 * tests share one database.
 */
final class PostBuilder {

	private PostKind kind;

	private String language = "en";

	private Long translationId;

	private String title;

	private String subtitle;

	private String slug;

	private String summary;

	private String body = "Coalition partners delivered the letter on Monday.\n\nThey asked for an independent inquiry.";

	private String city = "Tucson";

	private String region = "Arizona";

	private ReleaseMode releaseMode = ReleaseMode.IMMEDIATE;

	private Instant embargoUntil;

	private ZoneId embargoZone;

	private Long leadImageId;

	private String leadImageAlt;

	private String leadImageCaption;

	private String leadImageCredit;

	private String quoteText;

	private String quoteSpeaker;

	private String quoteSpeakerTitle;

	private List<String> tags = List.of();

	private List<Long> contactIds = List.of();

	private List<Long> issuerIds = List.of();

	private Long repostSourceId;

	private String repostUrl;

	private LocalDate repostDate;

	private PostBuilder(PostKind kind, String title) {
		this.kind = kind;
		this.title = title + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	static PostBuilder post(PostKind kind, String title) {
		return new PostBuilder(kind, title);
	}

	static PostBuilder pressRelease(String title) {
		return new PostBuilder(PostKind.PRESS_RELEASE, title);
	}

	String title() {
		return this.title;
	}

	PostBuilder language(String language) {
		this.language = language;
		return this;
	}

	PostBuilder translationOf(long id) {
		this.translationId = id;
		return this;
	}

	/** Replaces the title as given, without making it unique. */
	PostBuilder exactTitle(String title) {
		this.title = title;
		return this;
	}

	PostBuilder subtitle(String subtitle) {
		this.subtitle = subtitle;
		return this;
	}

	PostBuilder slug(String slug) {
		this.slug = slug;
		return this;
	}

	PostBuilder summary(String summary) {
		this.summary = summary;
		return this;
	}

	PostBuilder body(String body) {
		this.body = body;
		return this;
	}

	PostBuilder dateline(String city, String region) {
		this.city = city;
		this.region = region;
		return this;
	}

	PostBuilder embargoedUntil(Instant until, ZoneId zone) {
		this.releaseMode = ReleaseMode.EMBARGOED;
		this.embargoUntil = until;
		this.embargoZone = zone;
		return this;
	}

	PostBuilder leadImage(long id, String alt, String caption, String credit) {
		this.leadImageId = id;
		this.leadImageAlt = alt;
		this.leadImageCaption = caption;
		this.leadImageCredit = credit;
		return this;
	}

	PostBuilder quote(String text, String speaker, String speakerTitle) {
		this.quoteText = text;
		this.quoteSpeaker = speaker;
		this.quoteSpeakerTitle = speakerTitle;
		return this;
	}

	PostBuilder tags(String... tags) {
		this.tags = List.of(tags);
		return this;
	}

	PostBuilder contacts(Long... ids) {
		this.contactIds = List.of(ids);
		return this;
	}

	PostBuilder issuers(Long... ids) {
		this.issuerIds = List.of(ids);
		return this;
	}

	PostBuilder repostOf(long sourceId, String url, LocalDate date) {
		this.repostSourceId = sourceId;
		this.repostUrl = url;
		this.repostDate = date;
		return this;
	}

	PostContent content() {
		return new PostContent(this.kind, this.language, this.translationId, this.title, this.subtitle, this.slug,
				this.summary, this.body, this.city, this.region, this.releaseMode, this.embargoUntil, this.embargoZone,
				this.leadImageId, this.leadImageAlt, this.leadImageCaption, this.leadImageCredit, this.quoteText,
				this.quoteSpeaker, this.quoteSpeakerTitle, this.tags, this.contactIds, this.issuerIds,
				this.repostSourceId, this.repostUrl, this.repostDate, List.of(), null);
	}

}
