package org.adelante.organizations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The single row describing our own organisation; the logo's bytes are read only when the
 * logo itself is asked for.
 */
@Repository
class OwnOrganizationRepository {

	private static final int ROW_ID = 1;

	private final JdbcClient jdbc;

	OwnOrganizationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<OwnRow> find() {
		return this.jdbc
			.sql("""
					select name, website, logo_content_type, logo_hash, boilerplate_en, boilerplate_es, time_zone, updated_at
					from own_organization where id = :id
					""")
			.param("id", ROW_ID)
			.query(OwnOrganizationRepository::row)
			.optional();
	}

	Optional<Logo> logo() {
		return this.jdbc.sql("""
				select logo, logo_content_type, logo_hash from own_organization
				where id = :id and logo is not null
				""")
			.param("id", ROW_ID)
			.query((rs, rowNum) -> new Logo(rs.getString("logo_content_type"), rs.getBytes("logo"),
					rs.getString("logo_hash")))
			.optional();
	}

	/**
	 * Saves the settings; the logo is replaced when a new one is given, removed when
	 * asked, and otherwise kept.
	 */
	void save(OwnOrganizationDetails details, Instant now) {
		boolean newLogo = details.newLogo() != null;
		boolean clearLogo = !newLogo && details.removeLogo();
		ensureRow(now);
		String logoColumns = newLogo ? ", logo = :logo, logo_content_type = :logoType, logo_hash = :logoHash"
				: clearLogo ? ", logo = null, logo_content_type = null, logo_hash = null" : "";
		JdbcClient.StatementSpec statement = this.jdbc.sql("""
				update own_organization set name = :name, website = :website, boilerplate_en = :en,
				  boilerplate_es = :es, time_zone = :zone, updated_at = :now""" + logoColumns + " where id = :id")
			.param("name", details.name())
			.param("website", details.website())
			.param("en", details.boilerplateEn())
			.param("es", details.boilerplateEs())
			.param("zone", details.timeZone())
			.param("now", Timestamp.from(now))
			.param("id", ROW_ID);
		if (newLogo) {
			statement = statement.param("logo", details.newLogo())
				.param("logoType", LogoImages.sniff(details.newLogo()))
				.param("logoHash", LogoImages.hash(details.newLogo()));
		}
		statement.update();
	}

	/** Puts back the default row if it was ever deleted by hand. */
	private void ensureRow(Instant now) {
		Integer rows = this.jdbc.sql("select count(*) from own_organization where id = :id")
			.param("id", ROW_ID)
			.query(Integer.class)
			.single();
		if (rows == 0) {
			OwnRow defaults = OwnRow.DEFAULT;
			this.jdbc.sql("""
					insert into own_organization (id, name, boilerplate_en, boilerplate_es, time_zone, updated_at)
					values (:id, :name, '', '', :zone, :now)
					""")
				.param("id", ROW_ID)
				.param("name", defaults.name())
				.param("zone", defaults.timeZone())
				.param("now", Timestamp.from(now))
				.update();
		}
	}

	private static OwnRow row(ResultSet rs, int rowNum) throws SQLException {
		return new OwnRow(rs.getString("name"), rs.getString("website"), rs.getString("logo_content_type"),
				rs.getString("logo_hash"), rs.getString("boilerplate_en"), rs.getString("boilerplate_es"),
				rs.getString("time_zone"), rs.getTimestamp("updated_at").toInstant());
	}

	/** The stored settings, without the logo's bytes. */
	record OwnRow(String name, String website, String logoContentType, String logoHash, String boilerplateEn,
			String boilerplateEs, String timeZone, Instant updatedAt) {

		/** What a fresh install shows until the settings are saved. */
		static final OwnRow DEFAULT = new OwnRow("Adelante", null, null, null, "", "", "UTC", Instant.EPOCH);

	}

}
