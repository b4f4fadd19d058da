package org.adelante.newsroom;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Media contacts.
 */
@Repository
class MediaContactRepository {

	private final JdbcClient jdbc;

	MediaContactRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(MediaContact.Details details, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into media_contacts (name, title, email, phone, created_at, updated_at)
				values (:name, :title, :email, :phone, :now, :now)
				""")
			.param("name", details.name())
			.param("title", details.title())
			.param("email", details.email())
			.param("phone", details.phone())
			.param("now", Timestamp.from(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	boolean update(long id, MediaContact.Details details, Instant now) {
		return this.jdbc.sql("""
				update media_contacts set name = :name, title = :title, email = :email, phone = :phone,
				  updated_at = :now where id = :id
				""")
			.param("name", details.name())
			.param("title", details.title())
			.param("email", details.email())
			.param("phone", details.phone())
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update() == 1;
	}

	Optional<MediaContact> find(long id) {
		return this.jdbc.sql("select * from media_contacts where id = :id")
			.param("id", id)
			.query(MediaContact.class)
			.optional();
	}

	List<MediaContact> all() {
		return this.jdbc.sql("select * from media_contacts order by name, id").query(MediaContact.class).list();
	}

	List<MediaContact> findAll(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		List<MediaContact> found = this.jdbc.sql("select * from media_contacts where id in (:ids)")
			.param("ids", ids)
			.query(MediaContact.class)
			.list();
		return ids.stream().flatMap((id) -> found.stream().filter((contact) -> contact.id() == id)).toList();
	}

	boolean isUsed(long id) {
		return this.jdbc.sql("select count(*) from post_contacts where contact_id = :id")
			.param("id", id)
			.query(Long.class)
			.single() > 0;
	}

	void delete(long id) {
		this.jdbc.sql("delete from media_contacts where id = :id").param("id", id).update();
	}

}
