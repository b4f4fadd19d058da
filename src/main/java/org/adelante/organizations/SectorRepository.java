package org.adelante.organizations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.adelante.shared.Text;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The sectors staff keep, each with its name as compared for duplicates.
 */
@Repository
class SectorRepository {

	private final JdbcClient jdbc;

	SectorRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The name as two sectors may not share it: "Derechos humanos" is "DERECHOS HUMANOS".
	 */
	static String key(String name) {
		return Text.truncate(OrganizationNames.searchable(name), Sector.NAME_MAX);
	}

	private static final String USE = """
			select s.id, s.name, count(o.id) as organizations
			from organization_sectors s left join organizations o on o.sector_id = s.id
			""";

	List<SectorUse> all() {
		return this.jdbc.sql(USE + " group by s.id, s.name order by lower(s.name), s.id")
			.query(SectorRepository::use)
			.list();
	}

	Optional<SectorUse> use(long id) {
		return this.jdbc.sql(USE + " where s.id = :id group by s.id, s.name")
			.param("id", id)
			.query(SectorRepository::use)
			.optional();
	}

	Optional<Sector> findById(long id) {
		return this.jdbc.sql("select id, name from organization_sectors where id = :id")
			.param("id", id)
			.query(SectorRepository::sector)
			.optional();
	}

	/**
	 * Another sector than {@code exceptId} whose name compares equal, if there is one.
	 */
	Optional<Sector> withSameName(String name, long exceptId) {
		return this.jdbc.sql("select id, name from organization_sectors where name_key = :key and id <> :id")
			.param("key", key(name))
			.param("id", exceptId)
			.query(SectorRepository::sector)
			.optional();
	}

	long insert(String name, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into organization_sectors (name, name_key, created_at, updated_at)
				values (:name, :key, :now, :now)
				""").param("name", name).param("key", key(name)).param("now", Timestamp.from(now)).update(keys, "id");
		return keys.getKey().longValue();
	}

	boolean rename(long id, String name, Instant now) {
		return this.jdbc
			.sql("update organization_sectors set name = :name, name_key = :key, updated_at = :now where id = :id")
			.param("name", name)
			.param("key", key(name))
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update() > 0;
	}

	boolean delete(long id) {
		return this.jdbc.sql("delete from organization_sectors where id = :id").param("id", id).update() > 0;
	}

	private static SectorUse use(ResultSet rs, int rowNum) throws SQLException {
		return new SectorUse(sector(rs, rowNum), rs.getLong("organizations"));
	}

	private static Sector sector(ResultSet rs, int rowNum) throws SQLException {
		return new Sector(rs.getLong("id"), rs.getString("name"));
	}

}
