package org.adelante.newsroom;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Posts with their tags, media contacts and issuers.
 */
@Repository
class PostRepository {

	/**
	 * A post readers can see at {@code :now}; a due scheduled post counts even before the
	 * sweep marks it.
	 */
	static final String VISIBLE = "p.status in ('PUBLISHED', 'SCHEDULED') and p.published_at <= :now";

	/**
	 * Prefers the reader's language: a post is listed in its own language, or in the
	 * other one when it has no public translation.
	 */
	private static final String IN_LANGUAGE = """
			(p.language = :lang or p.translation_id is null or not exists (
			  select 1 from posts t where t.id = p.translation_id
			  and t.status in ('PUBLISHED', 'SCHEDULED') and t.published_at <= :now))""";

	private static final String SUMMARY_COLUMNS = """
			p.id, p.kind, p.language, p.title, p.slug, p.summary, p.body, p.lead_image_id, p.lead_image_alt,
			p.lead_image_credit, p.status, p.published_at, p.modified_at""";

	private final JdbcClient jdbc;

	PostRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(PostContent content, String createdBy, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		contentParams(this.jdbc.sql("""
				insert into posts (kind, language, translation_id, title, subtitle, slug, summary, body, dateline_city,
				  dateline_region, release_mode, embargo_until, embargo_zone, lead_image_id, lead_image_alt,
				  lead_image_caption, lead_image_credit, quote_text, quote_speaker, quote_speaker_title,
				  repost_source_id, repost_url, repost_date, featured_letter_id, status, modified_at, version,
				  created_by, created_at, updated_at)
				values (:kind, :language, null, :title, :subtitle, :slug, :summary, :body, :datelineCity,
				  :datelineRegion, :releaseMode, :embargoUntil, :embargoZone, :leadImageId, :leadImageAlt,
				  :leadImageCaption, :leadImageCredit, :quoteText, :quoteSpeaker, :quoteSpeakerTitle,
				  :repostSourceId, :repostUrl, :repostDate, :featuredLetterId, 'DRAFT', :now, 0, :createdBy, :now, :now)
				"""), content).param("createdBy", createdBy).param("now", Timestamp.from(now)).update(keys, "id");
		long id = keys.getKey().longValue();
		replaceLists(id, content);
		return id;
	}

	/**
	 * Saves new content if the post is still at {@code version}; false when someone else
	 * saved first.
	 */
	boolean update(long id, PostContent content, int version, boolean touchModified, Instant now) {
		int rows = contentParams(this.jdbc.sql("""
				update posts set kind = :kind, language = :language, title = :title, subtitle = :subtitle,
				  slug = :slug, summary = :summary, body = :body, dateline_city = :datelineCity,
				  dateline_region = :datelineRegion, release_mode = :releaseMode, embargo_until = :embargoUntil,
				  embargo_zone = :embargoZone, lead_image_id = :leadImageId, lead_image_alt = :leadImageAlt,
				  lead_image_caption = :leadImageCaption, lead_image_credit = :leadImageCredit,
				  quote_text = :quoteText, quote_speaker = :quoteSpeaker, quote_speaker_title = :quoteSpeakerTitle,
				  repost_source_id = :repostSourceId, repost_url = :repostUrl, repost_date = :repostDate,
				  featured_letter_id = :featuredLetterId,
				  modified_at = case when :touchModified then :now else modified_at end,
				  version = version + 1, updated_at = :now
				where id = :id and version = :version
				"""), content).param("touchModified", touchModified)
			.param("now", Timestamp.from(now))
			.param("id", id)
			.param("version", version)
			.update();
		if (rows == 1) {
			replaceLists(id, content);
		}
		return rows == 1;
	}

	/**
	 * Points the posts that name the loser, as an issuer or as a repost's source, at the
	 * survivor instead; a post that names both keeps the survivor once, in its place.
	 * Each post changed gets a new version, so an editor who had it open is told it
	 * changed.
	 * @return how many posts changed
	 */
	int repointOrganization(long loserId, long survivorId, Instant now) {
		List<Long> changed = this.jdbc.sql("""
				select post_id from post_issuers where organization_id = :loser
				union select id from posts where repost_source_id = :loser
				""").param("loser", loserId).query(Long.class).list();
		if (changed.isEmpty()) {
			return 0;
		}
		this.jdbc.sql("""
				delete from post_issuers where organization_id = :loser
				  and post_id in (select post_id from post_issuers where organization_id = :survivor)
				""").param("loser", loserId).param("survivor", survivorId).update();
		this.jdbc.sql("update post_issuers set organization_id = :survivor where organization_id = :loser")
			.param("loser", loserId)
			.param("survivor", survivorId)
			.update();
		this.jdbc.sql("update posts set repost_source_id = :survivor where repost_source_id = :loser")
			.param("loser", loserId)
			.param("survivor", survivorId)
			.update();
		this.jdbc.sql("update posts set version = version + 1, updated_at = :now where id in (:ids)")
			.param("now", Timestamp.from(now))
			.param("ids", changed)
			.update();
		return changed.size();
	}

	private static StatementSpec contentParams(StatementSpec statement, PostContent content) {
		return statement.param("kind", content.kind().name())
			.param("language", content.language())
			.param("title", content.title())
			.param("subtitle", content.subtitle())
			.param("slug", content.slug())
			.param("summary", content.summary())
			.param("body", content.body())
			.param("datelineCity", content.datelineCity())
			.param("datelineRegion", content.datelineRegion())
			.param("releaseMode", content.releaseMode().name())
			.param("embargoUntil", timestamp(content.embargoUntil()))
			.param("embargoZone", (content.embargoZone() != null) ? content.embargoZone().getId() : null)
			.param("leadImageId", content.leadImageId())
			.param("leadImageAlt", content.leadImageAlt())
			.param("leadImageCaption", content.leadImageCaption())
			.param("leadImageCredit", content.leadImageCredit())
			.param("quoteText", content.quoteText())
			.param("quoteSpeaker", content.quoteSpeaker())
			.param("quoteSpeakerTitle", content.quoteSpeakerTitle())
			.param("repostSourceId", content.repostSourceId())
			.param("repostUrl", content.repostUrl())
			.param("repostDate", (content.repostDate() != null) ? Date.valueOf(content.repostDate()) : null)
			.param("featuredLetterId", content.featuredLetterId());
	}

	private void replaceLists(long id, PostContent content) {
		this.jdbc.sql("delete from post_tags where post_id = :id").param("id", id).update();
		List<Tag> tags = content.tagList();
		for (int i = 0; i < tags.size(); i++) {
			this.jdbc.sql("insert into post_tags (post_id, position, tag, label) values (:id, :position, :tag, :label)")
				.params(Map.of("id", id, "position", i, "tag", tags.get(i).slug(), "label", tags.get(i).label()))
				.update();
		}
		this.jdbc.sql("delete from post_contacts where post_id = :id").param("id", id).update();
		for (int i = 0; i < content.contactIds().size(); i++) {
			this.jdbc.sql("insert into post_contacts (post_id, contact_id, position) values (:id, :contact, :position)")
				.params(Map.of("id", id, "contact", content.contactIds().get(i), "position", i))
				.update();
		}
		this.jdbc.sql("delete from post_issuers where post_id = :id").param("id", id).update();
		for (int i = 0; i < content.issuerIds().size(); i++) {
			this.jdbc.sql("""
					insert into post_issuers (post_id, organization_id, position) values (:id, :organization, :position)
					""").params(Map.of("id", id, "organization", content.issuerIds().get(i), "position", i)).update();
		}
		this.jdbc.sql("delete from post_related_links where post_id = :id").param("id", id).update();
		for (int i = 0; i < content.relatedLinks().size(); i++) {
			RelatedLink link = content.relatedLinks().get(i);
			this.jdbc.sql("""
					insert into post_related_links (post_id, position, title, url) values (:id, :position, :title, :url)
					""").params(Map.of("id", id, "position", i, "title", link.title(), "url", link.url())).update();
		}
	}

	Optional<Post> find(long id) {
		return this.jdbc.sql("select * from posts where id = :id").param("id", id).query(this::post).optional();
	}

	Optional<Post> findBySlug(String slug) {
		return this.jdbc.sql("select * from posts where slug = :slug").param("slug", slug).query(this::post).optional();
	}

	/** The post that now has the address a post used to have. */
	Optional<String> currentSlugForOld(String oldSlug) {
		return this.jdbc.sql("""
				select p.slug from post_slug_history h join posts p on p.id = h.post_id where h.slug = :slug
				""").param("slug", oldSlug).query(String.class).optional();
	}

	/** Which post uses this address, now or in the past. */
	Optional<Long> slugOwner(String slug) {
		return this.jdbc.sql("""
				select id from posts where slug = :slug
				union select post_id from post_slug_history where slug = :slug
				""").param("slug", slug).query(Long.class).list().stream().findFirst();
	}

	void rememberOldSlug(long postId, String slug, Instant now) {
		this.jdbc.sql("delete from post_slug_history where slug = :slug").param("slug", slug).update();
		this.jdbc.sql("insert into post_slug_history (slug, post_id, created_at) values (:slug, :id, :now)")
			.param("slug", slug)
			.param("id", postId)
			.param("now", Timestamp.from(now))
			.update();
	}

	void forgetOldSlug(String slug) {
		this.jdbc.sql("delete from post_slug_history where slug = :slug").param("slug", slug).update();
	}

	void setState(long id, PostStatus status, Instant publishedAt, Instant now) {
		this.jdbc.sql("""
				update posts set status = :status, published_at = :publishedAt, version = version + 1,
				  updated_at = :now where id = :id
				""")
			.param("status", status.name())
			.param("publishedAt", timestamp(publishedAt))
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update();
	}

	void setModified(long id, Instant modifiedAt) {
		this.jdbc.sql("update posts set modified_at = :modified where id = :id")
			.param("modified", Timestamp.from(modifiedAt))
			.param("id", id)
			.update();
	}

	/** Marks a due scheduled post published; false if another node got there first. */
	boolean markPublished(long id, Instant now) {
		return this.jdbc.sql("""
				update posts set status = 'PUBLISHED', updated_at = :now
				where id = :id and status = 'SCHEDULED' and published_at <= :now
				""").param("id", id).param("now", Timestamp.from(now)).update() == 1;
	}

	List<Long> dueForPublication(Instant now) {
		return this.jdbc.sql("""
				select id from posts where status = 'SCHEDULED' and published_at <= :now order by published_at, id
				""").param("now", Timestamp.from(now)).query(Long.class).list();
	}

	void correct(long id, String note, Instant now) {
		this.jdbc.sql("""
				update posts set correction_note = :note, corrected_at = :now, modified_at = :now,
				  version = version + 1, updated_at = :now where id = :id
				""").param("note", note).param("now", Timestamp.from(now)).param("id", id).update();
	}

	void linkTranslation(long id, Long translationId) {
		this.jdbc.sql("update posts set translation_id = null where translation_id = :id or id = :id")
			.param("id", id)
			.update();
		if (translationId != null) {
			this.jdbc.sql("update posts set translation_id = null where translation_id = :other or id = :other")
				.param("other", translationId)
				.update();
			this.jdbc.sql("update posts set translation_id = :other where id = :id")
				.param("other", translationId)
				.param("id", id)
				.update();
			this.jdbc.sql("update posts set translation_id = :id where id = :other")
				.param("other", translationId)
				.param("id", id)
				.update();
		}
	}

	void delete(long id) {
		this.jdbc.sql("update posts set translation_id = null where translation_id = :id").param("id", id).update();
		this.jdbc.sql("delete from posts where id = :id").param("id", id).update();
	}

	List<PostSummary> published(Instant now, String lang, PostKind kind, String tag, int offset, int limit) {
		return this.jdbc
			.sql("select " + SUMMARY_COLUMNS + " from posts p where " + publicFilter(kind, tag)
					+ " order by p.published_at desc, p.id desc limit :limit offset :offset")
			.params(filterParams(now, lang, kind, tag))
			.param("limit", limit)
			.param("offset", offset)
			.query(PostRepository::summary)
			.list();
	}

	long countPublished(Instant now, String lang, PostKind kind, String tag) {
		return this.jdbc.sql("select count(*) from posts p where " + publicFilter(kind, tag))
			.params(filterParams(now, lang, kind, tag))
			.query(Long.class)
			.single();
	}

	List<PostSummary> recentExcept(Instant now, String lang, long excludedId, int limit) {
		return this.jdbc
			.sql("select " + SUMMARY_COLUMNS + " from posts p where " + VISIBLE + " and " + IN_LANGUAGE
					+ " and p.id <> :excluded and (p.translation_id is null or p.translation_id <> :excluded)"
					+ " order by p.published_at desc, p.id desc limit :limit")
			.param("now", Timestamp.from(now))
			.param("lang", lang)
			.param("excluded", excludedId)
			.param("limit", limit)
			.query(PostRepository::summary)
			.list();
	}

	/**
	 * The newest time any public post appeared or changed; lists and pages that show them
	 * change with it.
	 */
	Optional<Instant> lastPublicChange(Instant now) {
		Timestamp latest = this.jdbc
			.sql("select max(case when p.modified_at > p.published_at then p.modified_at "
					+ "else p.published_at end) from posts p where " + VISIBLE)
			.param("now", Timestamp.from(now))
			.query(Timestamp.class)
			.optional()
			.orElse(null);
		return Optional.ofNullable(latest).map(Timestamp::toInstant);
	}

	/**
	 * Posts still to go out: scheduled for later, or drafts and scheduled posts under an
	 * embargo that has not ended; the soonest first.
	 */
	List<UpcomingPost> upcoming(Instant now, int limit) {
		return this.jdbc.sql("""
				select id, title, status, published_at, embargo_until, embargo_zone from posts
				where (status = 'SCHEDULED' and published_at > :now)
				   or (status in ('DRAFT', 'SCHEDULED') and release_mode = 'EMBARGOED' and embargo_until > :now)
				order by coalesce(published_at, embargo_until), id limit :limit
				""").param("now", Timestamp.from(now)).param("limit", limit).query((rs, row) -> {
			String zone = rs.getString("embargo_zone");
			return new UpcomingPost(rs.getLong("id"), rs.getString("title"), PostStatus.valueOf(rs.getString("status")),
					instant(rs, "published_at"), instant(rs, "embargo_until"), (zone != null) ? ZoneId.of(zone) : null);
		}).list();
	}

	List<PostSummary> all(PostStatus status, String query, int offset, int limit) {
		return this.jdbc
			.sql("select " + SUMMARY_COLUMNS + " from posts p where " + adminFilter(status, query)
					+ " order by p.updated_at desc, p.id desc limit :limit offset :offset")
			.params(adminParams(status, query))
			.param("limit", limit)
			.param("offset", offset)
			.query(PostRepository::summary)
			.list();
	}

	long countAll(PostStatus status, String query) {
		return this.jdbc.sql("select count(*) from posts p where " + adminFilter(status, query))
			.params(adminParams(status, query))
			.query(Long.class)
			.single();
	}

	/** Posts in the other language an editor may link as this one's translation. */
	List<PostSummary> translationCandidates(String language, long excludedId) {
		return this.jdbc.sql("select " + SUMMARY_COLUMNS + """
				 from posts p where p.language <> :language and p.id <> :excluded
				 order by p.updated_at desc, p.id desc limit 200
				""").param("language", language).param("excluded", excludedId).query(PostRepository::summary).list();
	}

	List<Tag> publicTags(Instant now) {
		return this.jdbc
			.sql("select distinct t.tag, t.label from post_tags t join posts p on p.id = t.post_id where " + VISIBLE
					+ " order by t.tag")
			.param("now", Timestamp.from(now))
			.query((rs, row) -> new Tag(rs.getString("tag"), rs.getString("label")))
			.list();
	}

	private static String publicFilter(PostKind kind, String tag) {
		StringBuilder where = new StringBuilder(VISIBLE).append(" and ").append(IN_LANGUAGE);
		if (kind != null) {
			where.append(" and p.kind = :kind");
		}
		if (tag != null) {
			where.append(" and exists (select 1 from post_tags t where t.post_id = p.id and t.tag = :tag)");
		}
		return where.toString();
	}

	private static Map<String, Object> filterParams(Instant now, String lang, PostKind kind, String tag) {
		Map<String, Object> params = new HashMap<>();
		params.put("now", Timestamp.from(now));
		params.put("lang", lang);
		if (kind != null) {
			params.put("kind", kind.name());
		}
		if (tag != null) {
			params.put("tag", tag);
		}
		return params;
	}

	private static String adminFilter(PostStatus status, String query) {
		StringBuilder where = new StringBuilder("1 = 1");
		if (status != null) {
			where.append(" and p.status = :status");
		}
		if (query != null) {
			where.append(" and (lower(p.title) like :query or lower(p.slug) like :query)");
		}
		return where.toString();
	}

	private static Map<String, Object> adminParams(PostStatus status, String query) {
		Map<String, Object> params = new HashMap<>();
		if (status != null) {
			params.put("status", status.name());
		}
		if (query != null) {
			params.put("query", "%" + query.toLowerCase(Locale.ROOT).replace("%", "") + "%");
		}
		return params;
	}

	private Post post(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		List<String> tags = this.jdbc.sql("select label from post_tags where post_id = :id order by position")
			.param("id", id)
			.query(String.class)
			.list();
		List<Long> contacts = this.jdbc
			.sql("select contact_id from post_contacts where post_id = :id order by position")
			.param("id", id)
			.query(Long.class)
			.list();
		List<Long> issuers = this.jdbc
			.sql("select organization_id from post_issuers where post_id = :id order by position")
			.param("id", id)
			.query(Long.class)
			.list();
		List<RelatedLink> relatedLinks = this.jdbc
			.sql("select title, url from post_related_links where post_id = :id order by position")
			.param("id", id)
			.query((links, number) -> new RelatedLink(links.getString("title"), links.getString("url")))
			.list();
		String zone = rs.getString("embargo_zone");
		Date repostDate = rs.getDate("repost_date");
		PostContent content = new PostContent(PostKind.valueOf(rs.getString("kind")), rs.getString("language"),
				nullableLong(rs, "translation_id"), rs.getString("title"), rs.getString("subtitle"),
				rs.getString("slug"), rs.getString("summary"), rs.getString("body"), rs.getString("dateline_city"),
				rs.getString("dateline_region"), ReleaseMode.valueOf(rs.getString("release_mode")),
				instant(rs, "embargo_until"), (zone != null) ? ZoneId.of(zone) : null,
				nullableLong(rs, "lead_image_id"), rs.getString("lead_image_alt"), rs.getString("lead_image_caption"),
				rs.getString("lead_image_credit"), rs.getString("quote_text"), rs.getString("quote_speaker"),
				rs.getString("quote_speaker_title"), tags, contacts, issuers, nullableLong(rs, "repost_source_id"),
				rs.getString("repost_url"), (repostDate != null) ? repostDate.toLocalDate() : null, relatedLinks,
				nullableLong(rs, "featured_letter_id"));
		return new Post(id, content, PostStatus.valueOf(rs.getString("status")), instant(rs, "published_at"),
				instant(rs, "modified_at"), rs.getString("correction_note"), instant(rs, "corrected_at"),
				rs.getInt("version"), rs.getString("created_by"), instant(rs, "created_at"), instant(rs, "updated_at"));
	}

	private static PostSummary summary(ResultSet rs, int row) throws SQLException {
		String excerpt = PostContent.excerpt(rs.getString("summary"), rs.getString("body"));
		return new PostSummary(rs.getLong("id"), PostKind.valueOf(rs.getString("kind")), rs.getString("language"),
				rs.getString("title"), rs.getString("slug"), excerpt, nullableLong(rs, "lead_image_id"),
				rs.getString("lead_image_alt"), rs.getString("lead_image_credit"),
				PostStatus.valueOf(rs.getString("status")), instant(rs, "published_at"), instant(rs, "modified_at"));
	}

	private static Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

}
