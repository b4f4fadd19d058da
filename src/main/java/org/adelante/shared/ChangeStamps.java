package org.adelante.shared;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Named times of the last change to something many pages show (such as
 * {@code newsroom.pages}), kept in the database so that every node agrees. A module
 * advances its stamps from the events that change what its pages show, and derives page
 * validators from them instead of asking other modules.
 */
@Component
public class ChangeStamps {

	private final JdbcClient jdbc;

	ChangeStamps(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Moves the stamp to the time, unless it already is at or past it. */
	@Transactional
	public void advance(String name, Instant at) {
		Timestamp time = Timestamp.from(at.truncatedTo(ChronoUnit.MICROS));
		this.jdbc.sql("insert into change_stamps (name, changed_at) values (:name, :at) on conflict do nothing")
			.param("name", name)
			.param("at", time)
			.update();
		this.jdbc.sql("update change_stamps set changed_at = :at where name = :name and changed_at < :at")
			.param("name", name)
			.param("at", time)
			.update();
	}

	/** When the named thing last changed, if it ever did. */
	@Transactional(readOnly = true)
	public Optional<Instant> get(String name) {
		return this.jdbc.sql("select changed_at from change_stamps where name = :name")
			.param("name", name)
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant);
	}

}
