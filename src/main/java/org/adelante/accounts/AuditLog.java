package org.adelante.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.adelante.shared.Audited;
import org.adelante.shared.Emails;
import org.adelante.shared.Page;
import org.adelante.shared.Text;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;

/**
 * Who published, changed or deleted what. Every module's {@link Audited} events are
 * recorded here after the change that published them commits; changes made by background
 * work (a scheduled publication) are attributed to "system".
 */
@Service
public class AuditLog {

	private final JdbcClient jdbc;

	AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records an event once: an event delivered again (events are delivered at least
	 * once) adds no second entry.
	 */
	@ApplicationModuleListener
	void on(Audited event) {
		Timestamp at = Timestamp.from(event.occurredAt().truncatedTo(ChronoUnit.MICROS));
		String subjectId = (event.subjectId() != null) ? Text.truncate(event.subjectId(), 80) : null;
		this.jdbc.sql("""
				insert into audit_log (actor, action, subject_type, subject_id, summary, created_at)
				select :actor, :action, :type, :id, :summary, :at
				where not exists (
				  select 1 from audit_log where created_at = :at and action = :action and subject_type = :type
				    and actor = :actor and (subject_id = :id or (subject_id is null and :id is null)))
				""")
			.param("actor", Text.truncate(event.actor(), Emails.MAX_LENGTH))
			.param("action", event.action())
			.param("type", event.subjectType())
			.param("id", subjectId, Types.VARCHAR)
			.param("summary", Text.truncate(event.summary(), 300))
			.param("at", at)
			.update();
	}

	/** One page of every entry, the newest first. */
	public Page<Entry> page(int number, int size) {
		List<Entry> entries = this.jdbc
			.sql("select * from audit_log order by created_at desc, id desc limit :limit offset :offset")
			.param("limit", size)
			.param("offset", Page.offset(number, size))
			.query(AuditLog::entry)
			.list();
		long total = this.jdbc.sql("select count(*) from audit_log").query(Long.class).single();
		return new Page<>(entries, number, size, total);
	}

	public List<Entry> forSubject(String subjectType, Object subjectId) {
		return this.jdbc.sql("""
				select * from audit_log where subject_type = :type and subject_id = :id
				order by created_at desc, id desc
				""").param("type", subjectType).param("id", String.valueOf(subjectId)).query(AuditLog::entry).list();
	}

	private static Entry entry(ResultSet rs, int rowNum) throws SQLException {
		return new Entry(rs.getString("actor"), rs.getString("action"), rs.getString("subject_type"),
				rs.getString("subject_id"), rs.getString("summary"), rs.getTimestamp("created_at").toInstant());
	}

	/**
	 * One audit entry.
	 *
	 * @param actor who did it (an email, or "system")
	 * @param action what was done
	 * @param subjectType the kind of thing
	 * @param subjectId its key
	 * @param summary a short description
	 * @param at when
	 */
	public record Entry(String actor, String action, String subjectType, String subjectId, String summary, Instant at) {
	}

}
