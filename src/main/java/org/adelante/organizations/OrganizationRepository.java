package org.adelante.organizations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.adelante.shared.Text;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Organisation rows, with the keys they are deduplicated and searched by kept next to
 * what staff entered.
 */
@Repository
class OrganizationRepository {

	/** Search looks at this many words of a query at most. */
	static final int MAX_QUERY_WORDS = 8;

	private static final String ORDER = " order by lower(name), id";

	private final JdbcClient jdbc;

	OrganizationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(OrganizationDetails details, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into organizations (name, acronym, website, city, region, country,
				  normalized_name, acronym_key, website_host, search_text, created_at, updated_at)
				values (:name, :acronym, :website, :city, :region, :country,
				  :normalized, :acronymKey, :host, :searchText, :now, :now)
				""").params(params(details, now)).update(keys, "id");
		return keys.getKey().longValue();
	}

	boolean update(long id, OrganizationDetails details, Instant now) {
		return this.jdbc.sql("""
				update organizations set name = :name, acronym = :acronym, website = :website, city = :city,
				  region = :region, country = :country, normalized_name = :normalized, acronym_key = :acronymKey,
				  website_host = :host, search_text = :searchText, updated_at = :now
				where id = :id
				""").params(params(details, now)).param("id", id).update() > 0;
	}

	Optional<Organization> findById(long id) {
		return this.jdbc.sql("select * from organizations where id = :id")
			.param("id", id)
			.query(OrganizationRepository::organization)
			.optional();
	}

	List<Organization> findByIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select * from organizations where id in (:ids)")
			.param("ids", ids)
			.query(OrganizationRepository::organization)
			.list();
	}

	List<Organization> findAll() {
		return this.jdbc.sql("select * from organizations" + ORDER).query(OrganizationRepository::organization).list();
	}

	/**
	 * Organisations whose name, acronym, place or website contain every word of the query
	 * (ignoring case and accents), sorted by name.
	 */
	List<Organization> search(String query, int limit, int offset) {
		List<String> words = queryWords(query);
		JdbcClient.StatementSpec statement = this.jdbc
			.sql("select * from organizations" + where(words) + ORDER + " limit :limit offset :offset")
			.param("limit", limit)
			.param("offset", offset);
		return bindWords(statement, words).query(OrganizationRepository::organization).list();
	}

	long count(String query) {
		List<String> words = queryWords(query);
		return bindWords(this.jdbc.sql("select count(*) from organizations" + where(words)), words).query(Long.class)
			.single();
	}

	/** Organisations with the same normalised name, acronym or website host. */
	List<Organization> findSimilar(String normalizedName, String acronymKey, String host) {
		return this.jdbc.sql("""
				select * from organizations
				where normalized_name = :normalized or acronym_key = :acronymKey or website_host = :host
				""" + ORDER)
			.param("normalized", normalizedName)
			.param("acronymKey", acronymKey)
			.param("host", host)
			.query(OrganizationRepository::organization)
			.list();
	}

	/** Organisations by the keys a candidate can be matched on, names first. */
	List<Organization> findMatching(String normalizedName, String host) {
		return this.jdbc.sql("""
				select * from organizations
				where normalized_name = :normalized or website_host = :host
				order by case when normalized_name = :normalized then 0 else 1 end, id
				""")
			.param("normalized", normalizedName)
			.param("host", host)
			.query(OrganizationRepository::organization)
			.list();
	}

	void setScope(long id, Scope scope) {
		this.jdbc.sql("update organizations set scope = :scope where id = :id")
			.param("scope", (scope != null) ? scope.name() : null)
			.param("id", id)
			.update();
	}

	private static List<String> queryWords(String query) {
		String searchable = OrganizationNames.searchable(query);
		return searchable.isEmpty() ? List.of()
				: Stream.of(searchable.split(" ")).distinct().limit(MAX_QUERY_WORDS).toList();
	}

	/**
	 * Query words hold only letters and digits, so they need no escaping in a pattern.
	 */
	private static String where(List<String> words) {
		if (words.isEmpty()) {
			return "";
		}
		List<String> conditions = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			conditions.add("search_text like :word" + i);
		}
		return " where " + String.join(" and ", conditions);
	}

	private static JdbcClient.StatementSpec bindWords(JdbcClient.StatementSpec statement, List<String> words) {
		for (int i = 0; i < words.size(); i++) {
			statement = statement.param("word" + i, "%" + words.get(i) + "%");
		}
		return statement;
	}

	private static Map<String, Object> params(OrganizationDetails details, Instant now) {
		String searchText = OrganizationNames.searchable(Stream
			.of(details.name(), details.acronym(), details.city(), details.region(),
					OrganizationNames.host(details.website()))
			.filter((part) -> part != null)
			.collect(Collectors.joining(" ")));
		Map<String, Object> params = new HashMap<>();
		params.put("name", details.name());
		params.put("acronym", details.acronym());
		params.put("website", details.website());
		params.put("city", details.city());
		params.put("region", details.region());
		params.put("country", details.country());
		params.put("normalized", OrganizationNames.normalize(details.name()));
		params.put("acronymKey", OrganizationNames.acronymKey(details.acronym()));
		params.put("host", OrganizationNames.host(details.website()));
		params.put("searchText", Text.truncate(searchText, 1000));
		params.put("now", Timestamp.from(now));
		return params;
	}

	private static Organization organization(ResultSet rs, int rowNum) throws SQLException {
		return new Organization(rs.getLong("id"), rs.getString("name"), rs.getString("acronym"),
				rs.getString("website"), rs.getString("city"), rs.getString("region"), rs.getString("country"),
				Scope.parse(rs.getString("scope")));
	}

}
