package org.adelante.tips;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Tips and the latest release they may be about.
 */
@Repository
class TipRepository {

	private final JdbcClient jdbc;

	TipRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(TipDetails details, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("insert into tips (name, email, body, created_at) values (:name, :email, :body, :now)")
			.param("name", details.name())
			.param("email", details.email())
			.param("body", details.text())
			.param("now", Timestamp.from(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	List<Tip> latest(int limit) {
		return this.jdbc.sql("select * from tips order by created_at desc, id desc limit :limit")
			.param("limit", limit)
			.query((rs, row) -> new Tip(rs.getLong("id"), rs.getString("name"), rs.getString("email"),
					rs.getString("body"), rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	void rememberRelease(String title, Instant publishedAt) {
		this.jdbc.sql("delete from tips_latest_release").update();
		this.jdbc.sql("insert into tips_latest_release (title, published_at) values (:title, :at)")
			.param("title", title)
			.param("at", Timestamp.from(publishedAt))
			.update();
	}

	Optional<String> latestRelease() {
		return this.jdbc.sql("select title from tips_latest_release").query(String.class).optional();
	}

}
