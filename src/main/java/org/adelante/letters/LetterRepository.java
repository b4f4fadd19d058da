package org.adelante.letters;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Letters, their old addresses, targets and conveners, and their counts.
 */
@Repository
class LetterRepository {

	/** A letter readers can see: opened, or due to open by its time. */
	static final String PUBLIC = "(l.status <> 'DRAFT' or (l.opens_at is not null and l.opens_at <= :now))";

	/** A public letter that takes signatures now. */
	static final String OPEN = PUBLIC + " and l.status <> 'CLOSED' and (l.closes_at is null or l.closes_at > :now)";

	private final JdbcClient jdbc;

	LetterRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(LetterContent content, String actor, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		contentParams(this.jdbc.sql("""
				insert into letters (slug, title_en, title_es, text_en, text_es, status, opens_at, closes_at, time_zone,
				  signers, approval_required, list_public_at, milestones, grouping, list_changed_at, text_version,
				  text_hash, created_by, created_at, updated_at)
				values (:slug, :titleEn, :titleEs, :textEn, :textEs, 'DRAFT', :opensAt, :closesAt, :timeZone,
				  :signers, :approvalRequired, :listPublicAt, :milestones, :grouping, :now, 1, :textHash, :actor, :now,
				  :now)
				"""), content).param("textHash", content.textHash())
			.param("actor", actor)
			.param("now", Timestamp.from(now))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		replaceLists(id, content, now);
		return id;
	}

	/** Saves new content if the letter is still at the version; false if it is not. */
	boolean update(long id, LetterContent content, int version, Instant now) {
		int rows = contentParams(this.jdbc.sql("""
				update letters set slug = :slug, title_en = :titleEn, title_es = :titleEs, text_en = :textEn,
				  text_es = :textEs, opens_at = :opensAt, closes_at = :closesAt, time_zone = :timeZone,
				  signers = :signers, approval_required = :approvalRequired, list_public_at = :listPublicAt,
				  milestones = :milestones, grouping = :grouping, version = version + 1, updated_at = :now
				where id = :id and version = :version
				"""), content).param("now", Timestamp.from(now)).param("id", id).param("version", version).update();
		if (rows == 1) {
			replaceLists(id, content, now);
		}
		return rows == 1;
	}

	/** Records which version of its text the letter's signers read from now on. */
	void setText(long id, TextVersion text) {
		this.jdbc.sql("update letters set text_version = :version, text_hash = :hash where id = :id")
			.param("version", text.number())
			.param("hash", text.hash())
			.param("id", id)
			.update();
	}

	private static StatementSpec contentParams(StatementSpec statement, LetterContent content) {
		return statement.param("slug", content.slug())
			.param("titleEn", content.titleEn())
			.param("titleEs", content.titleEs())
			.param("textEn", content.textEn())
			.param("textEs", content.textEs())
			.param("opensAt", timestamp(content.opensAt()))
			.param("closesAt", timestamp(content.closesAt()))
			.param("timeZone", content.timeZone().getId())
			.param("signers", content.signers().name())
			.param("approvalRequired", content.approvalRequired())
			.param("listPublicAt", timestamp(content.listPublicAt()))
			.param("milestones", content.milestones().text())
			.param("grouping", content.grouping().name());
	}

	private void replaceLists(long id, LetterContent content, Instant now) {
		this.jdbc.sql("delete from letter_targets where letter_id = :id").param("id", id).update();
		for (int i = 0; i < content.targets().size(); i++) {
			Target target = content.targets().get(i);
			this.jdbc.sql("""
					insert into letter_targets (letter_id, position, name, title, office, email, created_at)
					values (:id, :position, :name, :title, :office, :email, :now)
					""")
				.param("id", id)
				.param("position", i)
				.param("name", target.name())
				.param("title", target.title())
				.param("office", target.office())
				.param("email", target.email())
				.param("now", Timestamp.from(now))
				.update();
		}
		this.jdbc.sql("delete from letter_conveners where letter_id = :id").param("id", id).update();
		for (int i = 0; i < content.convenerIds().size(); i++) {
			this.jdbc.sql("""
					insert into letter_conveners (letter_id, organization_id, position, created_at)
					values (:id, :organization, :position, :now)
					""")
				.param("id", id)
				.param("organization", content.convenerIds().get(i))
				.param("position", i)
				.param("now", Timestamp.from(now))
				.update();
		}
	}

	Optional<Letter> find(long id) {
		return this.jdbc.sql("select * from letters where id = :id").param("id", id).query(this::letter).optional();
	}

	Optional<Letter> findBySlug(String slug) {
		return this.jdbc.sql("select * from letters where slug = :slug")
			.param("slug", slug)
			.query(this::letter)
			.optional();
	}

	/** The letter that now has the address a letter used to have. */
	Optional<Letter> findByOldSlug(String oldSlug) {
		return this.jdbc.sql("""
				select l.* from letter_slug_history h join letters l on l.id = h.letter_id where h.slug = :slug
				""").param("slug", oldSlug).query(this::letter).optional();
	}

	/** Which letter uses this address, now or in the past. */
	Optional<Long> slugOwner(String slug) {
		return this.jdbc.sql("""
				select id from letters where slug = :slug
				union select letter_id from letter_slug_history where slug = :slug
				""").param("slug", slug).query(Long.class).list().stream().findFirst();
	}

	void rememberOldSlug(long letterId, String oldSlug, String newSlug, Instant now) {
		this.jdbc.sql("delete from letter_slug_history where slug = :slug or slug = :new")
			.param("slug", oldSlug)
			.param("new", newSlug)
			.update();
		this.jdbc.sql("insert into letter_slug_history (slug, letter_id, created_at) values (:slug, :id, :now)")
			.param("slug", oldSlug)
			.param("id", letterId)
			.param("now", Timestamp.from(now))
			.update();
	}

	/**
	 * Waits for, and takes, the letter's row lock until the transaction ends: every
	 * change to a letter's signatures and counts holds it, so they happen one after
	 * another.
	 * @return whether the letter exists
	 */
	boolean lock(long id) {
		return !this.jdbc.sql("select id from letters where id = :id for update")
			.param("id", id)
			.query(Long.class)
			.list()
			.isEmpty();
	}

	/**
	 * Records that the letter opened at the time; opened again by hand, a closing time
	 * already past is cleared.
	 */
	void markOpened(long id, Instant openedAt, boolean reopening, Instant now) {
		this.jdbc.sql("""
				update letters set status = 'OPEN', opened_at = coalesce(opened_at, :openedAt), closed_at = null,
				  closes_at = case when :reopening and closes_at <= :now then null else closes_at end,
				  updated_at = :now
				where id = :id
				""")
			.param("id", id)
			.param("openedAt", Timestamp.from(openedAt))
			.param("reopening", reopening)
			.param("now", Timestamp.from(now))
			.update();
	}

	/** Records that the letter closed at the time. */
	void markClosed(long id, Instant closedAt, Instant now) {
		this.jdbc.sql("""
				update letters set status = 'CLOSED', closed_at = :closedAt, updated_at = :now where id = :id
				""")
			.param("id", id)
			.param("closedAt", Timestamp.from(closedAt))
			.param("now", Timestamp.from(now))
			.update();
	}

	/** Gives the names on the letter's list a new time to become public. */
	void setListPublicAt(long id, Instant listPublicAt, Instant now) {
		this.jdbc.sql("""
				update letters set list_public_at = :listPublicAt, version = version + 1, updated_at = :now
				where id = :id
				""")
			.param("id", id)
			.param("listPublicAt", Timestamp.from(listPublicAt))
			.param("now", Timestamp.from(now))
			.update();
	}

	/** Drafts whose opening time has come. */
	List<Long> dueToOpen(Instant now) {
		return this.jdbc.sql("""
				select id from letters where status = 'DRAFT' and opens_at <= :now order by opens_at, id
				""").param("now", Timestamp.from(now)).query(Long.class).list();
	}

	/** Open letters, and drafts due to open, whose closing time has come. */
	List<Long> dueToClose(Instant now) {
		return this.jdbc
			.sql("select id from letters l where " + PUBLIC
					+ " and l.status <> 'CLOSED' and l.closes_at <= :now order by l.closes_at, l.id")
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.list();
	}

	/**
	 * Counts the letter's listed signatures again and moves its list version: called in
	 * the transaction that changed its signatures, under its lock.
	 */
	/**
	 * Makes the organisation that another was merged into a convener wherever that one
	 * was.
	 */
	void repointConvener(long loserId, long survivorId) {
		this.jdbc.sql("""
				delete from letter_conveners where organization_id = :loser and letter_id in
				  (select letter_id from letter_conveners where organization_id = :survivor)
				""").param("loser", loserId).param("survivor", survivorId).update();
		this.jdbc.sql("update letter_conveners set organization_id = :survivor where organization_id = :loser")
			.param("loser", loserId)
			.param("survivor", survivorId)
			.update();
	}

	void refreshCounts(long id, Instant now) {
		this.jdbc.sql("""
				update letters set
				  listed_organizations = (select count(*) from signatures s
				    where s.letter_id = :id and s.status = 'LISTED' and s.kind = 'ORGANIZATION'),
				  listed_individuals = (select count(*) from signatures s
				    where s.letter_id = :id and s.status = 'LISTED' and s.kind = 'INDIVIDUAL'),
				  list_version = list_version + 1, list_changed_at = :now
				where id = :id
				""").param("id", id).param("now", Timestamp.from(now)).update();
	}

	/** Public letters, those taking signatures first, then the most recently closed. */
	List<Letter> publicLetters(Instant now, int offset, int limit) {
		return this.jdbc
			.sql("select l.* from letters l where " + PUBLIC + " order by case when " + OPEN
					+ " then 0 else 1 end, coalesce(l.closed_at, l.closes_at, l.opened_at, l.opens_at) desc, l.id desc"
					+ " limit :limit offset :offset")
			.param("now", Timestamp.from(now))
			.param("limit", limit)
			.param("offset", offset)
			.query(this::letter)
			.list();
	}

	long countPublic(Instant now) {
		return this.jdbc.sql("select count(*) from letters l where " + PUBLIC)
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	/**
	 * The latest time anything public letters show changed: a save, a change to a list,
	 * or an opening, closing or list publication time that has passed.
	 */
	Optional<Instant> lastPublicChange(Instant now) {
		Timestamp latest = this.jdbc.sql("""
				select max(greatest(l.updated_at, l.list_changed_at,
				  coalesce(case when l.opens_at <= :now then l.opens_at end, l.updated_at),
				  coalesce(case when l.closes_at <= :now then l.closes_at end, l.updated_at),
				  coalesce(case when l.list_public_at <= :now then l.list_public_at end, l.updated_at)))
				from letters l where """ + PUBLIC)
			.param("now", Timestamp.from(now))
			.query(Timestamp.class)
			.optional()
			.orElse(null);
		return Optional.ofNullable(latest).map(Timestamp::toInstant);
	}

	/** Every letter for staff, most recently changed first. */
	List<Letter> all(int offset, int limit) {
		return this.jdbc.sql("select * from letters order by updated_at desc, id desc limit :limit offset :offset")
			.param("limit", limit)
			.param("offset", offset)
			.query(this::letter)
			.list();
	}

	long countAll() {
		return this.jdbc.sql("select count(*) from letters").query(Long.class).single();
	}

	/** Letters taking signatures that close before the time, the soonest first. */
	List<Letter> closingBefore(Instant now, Instant until, int limit) {
		return this.jdbc
			.sql("select l.* from letters l where " + OPEN
					+ " and l.closes_at <= :until order by l.closes_at, l.id limit :limit")
			.param("now", Timestamp.from(now))
			.param("until", Timestamp.from(until))
			.param("limit", limit)
			.query(this::letter)
			.list();
	}

	private Letter letter(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		List<Target> targets = this.jdbc
			.sql("select name, title, office, email from letter_targets where letter_id = :id order by position")
			.param("id", id)
			.query((target, n) -> new Target(target.getString("name"), target.getString("title"),
					target.getString("office"), target.getString("email")))
			.list();
		List<Long> conveners = this.jdbc
			.sql("select organization_id from letter_conveners where letter_id = :id order by position")
			.param("id", id)
			.query(Long.class)
			.list();
		LetterContent content = new LetterContent(rs.getString("slug"), rs.getString("title_en"),
				rs.getString("title_es"), rs.getString("text_en"), rs.getString("text_es"), targets, conveners,
				instant(rs, "opens_at"), instant(rs, "closes_at"), ZoneId.of(rs.getString("time_zone")),
				Signers.valueOf(rs.getString("signers")), rs.getBoolean("approval_required"),
				instant(rs, "list_public_at"), Milestones.parse(rs.getString("milestones")).orElse(Milestones.NONE),
				Grouping.valueOf(rs.getString("grouping")));
		return new Letter(id, content, LetterStatus.valueOf(rs.getString("status")), instant(rs, "opened_at"),
				instant(rs, "closed_at"), rs.getInt("listed_organizations"), rs.getInt("listed_individuals"),
				rs.getLong("list_version"), instant(rs, "list_changed_at"), rs.getInt("version"),
				rs.getString("created_by"), instant(rs, "created_at"), instant(rs, "updated_at"),
				new TextVersion(rs.getInt("text_version"),
						(rs.getString("text_hash") != null) ? rs.getString("text_hash") : content.textHash()));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

}
