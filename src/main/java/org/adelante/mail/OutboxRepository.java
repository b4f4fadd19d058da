package org.adelante.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Rows of the {@code mail_outbox} table.
 */
@Repository
class OutboxRepository {

	private static final String SUMMARY_COLUMNS = """
			id, recipient, recipient_name, subject, status, attempts, created_at, sent_at, next_attempt_at, last_error
			""";

	private final JdbcClient jdbc;

	OutboxRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(OutgoingMail mail, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into mail_outbox (recipient, recipient_name, subject, html_body, text_body, status, attempts,
				  next_attempt_at, created_at)
				values (:to, :toName, :subject, :html, :text, 'QUEUED', 0, :now, :now)
				""")
			.param("to", mail.to())
			.param("toName", mail.toName())
			.param("subject", mail.subject())
			.param("html", mail.htmlBody())
			.param("text", mail.textBody())
			.param("now", Timestamp.from(now))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		for (int i = 0; i < mail.attachments().size(); i++) {
			Attachment file = mail.attachments().get(i);
			this.jdbc.sql("""
					insert into mail_attachments (outbox_id, position, filename, content_type, content, created_at)
					values (:outbox, :position, :filename, :type, :content, :now)
					""")
				.param("outbox", id)
				.param("position", i)
				.param("filename", file.filename())
				.param("type", file.contentType())
				.param("content", file.content())
				.param("now", Timestamp.from(now))
				.update();
		}
		return id;
	}

	/** The files an email carries, in order. */
	List<Attachment> attachments(long id) {
		return this.jdbc
			.sql("select filename, content_type, content from mail_attachments where outbox_id = :id "
					+ "order by position")
			.param("id", id)
			.query((rs, row) -> new Attachment(rs.getString("filename"), rs.getString("content_type"),
					rs.getBytes("content")))
			.list();
	}

	/** Where each of the emails is, by key; emails that do not exist are left out. */
	Map<Long, MailStatus> statuses(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, MailStatus> statuses = new HashMap<>();
		this.jdbc.sql("select id, status from mail_outbox where id in (:ids)")
			.param("ids", ids)
			.query((rs, row) -> statuses.put(rs.getLong("id"), MailStatus.valueOf(rs.getString("status"))))
			.list();
		return statuses;
	}

	/** Queued emails whose next attempt is due, oldest first. */
	List<OutboxMessage> due(Instant now, int limit) {
		return this.jdbc.sql("""
				select * from mail_outbox where status = 'QUEUED' and next_attempt_at <= :now
				order by next_attempt_at, id limit :limit
				""").param("now", Timestamp.from(now)).param("limit", limit).query(OutboxRepository::message).list();
	}

	void markSent(long id, int attempts, Instant now) {
		this.jdbc.sql("""
				update mail_outbox set status = 'SENT', attempts = :attempts, sent_at = :now, last_error = null
				where id = :id
				""").param("attempts", attempts).param("now", Timestamp.from(now)).param("id", id).update();
	}

	void markAttemptFailed(long id, int attempts, MailStatus status, Instant nextAttemptAt, String error) {
		this.jdbc.sql("""
				update mail_outbox set status = :status, attempts = :attempts, next_attempt_at = :next,
				  last_error = :error
				where id = :id
				""")
			.param("status", status.name())
			.param("attempts", attempts)
			.param("next", Timestamp.from(nextAttemptAt))
			.param("error", error)
			.param("id", id)
			.update();
	}

	/** Makes a queued or failed email due now; returns whether there was one. */
	boolean retryNow(long id, Instant now) {
		return this.jdbc.sql("""
				update mail_outbox set status = 'QUEUED', next_attempt_at = :now
				where id = :id and status in ('QUEUED', 'FAILED')
				""").param("now", Timestamp.from(now)).param("id", id).update() == 1;
	}

	List<OutboxEntry> recent(int limit, int offset) {
		return this.jdbc
			.sql("select " + SUMMARY_COLUMNS
					+ " from mail_outbox order by created_at desc, id desc limit :limit offset :offset")
			.param("limit", limit)
			.param("offset", offset)
			.query(OutboxRepository::entry)
			.list();
	}

	long count(MailStatus status) {
		return this.jdbc.sql("select count(*) from mail_outbox where status = :status")
			.param("status", status.name())
			.query(Long.class)
			.single();
	}

	long count() {
		return this.jdbc.sql("select count(*) from mail_outbox").query(Long.class).single();
	}

	Optional<OutboxMessage> find(long id) {
		return this.jdbc.sql("select * from mail_outbox where id = :id")
			.param("id", id)
			.query(OutboxRepository::message)
			.optional();
	}

	private static OutboxMessage message(ResultSet rs, int rowNum) throws SQLException {
		return new OutboxMessage(entry(rs, rowNum), rs.getString("html_body"), rs.getString("text_body"));
	}

	private static OutboxEntry entry(ResultSet rs, int rowNum) throws SQLException {
		return new OutboxEntry(rs.getLong("id"), rs.getString("recipient"), rs.getString("recipient_name"),
				rs.getString("subject"), MailStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
				instant(rs, "created_at"), instant(rs, "sent_at"), instant(rs, "next_attempt_at"),
				rs.getString("last_error"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
