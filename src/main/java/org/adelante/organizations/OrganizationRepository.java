package org.adelante.organizations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.adelante.organizations.MatchKeys.Kind;
import org.adelante.organizations.MatchKeys.Row;
import org.adelante.shared.Text;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Organisation rows with their aliases and email domains, and the keys they are
 * recognised and searched by, kept next to what staff entered.
 */
@Repository
class OrganizationRepository {

	/** Search looks at this many words of a query at most. */
	static final int MAX_QUERY_WORDS = 8;

	/**
	 * Everything but the logo's bytes, which are read only when the logo is asked for.
	 */
	private static final String SELECT = """
			select o.id, o.name, o.acronym, o.website, o.city, o.region, o.country, o.scope, o.sector_id,
			  s.name as sector_name, o.logo_hash
			from organizations o left join organization_sectors s on s.id = o.sector_id""";

	private static final String ORDER = " order by lower(o.name), o.id";

	/** Stands in for an empty list of keys, which SQL cannot hold: no key is empty. */
	private static final List<String> NO_KEYS = List.of("");

	private final JdbcClient jdbc;

	OrganizationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(OrganizationDetails details, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into organizations (name, acronym, website, city, region, country, scope, sector_id,
				  search_text, created_at, updated_at)
				values (:name, :acronym, :website, :city, :region, :country, :scope, :sectorId, :searchText, :now,
				  :now)
				""").params(params(details, now)).update(keys, "id");
		long id = keys.getKey().longValue();
		writeLogo(id, details);
		writeLists(id, details.aliases(), details.domainKeys());
		writeKeys(id, details.keys());
		return id;
	}

	boolean update(long id, OrganizationDetails details, Instant now) {
		boolean found = this.jdbc.sql("""
				update organizations set name = :name, acronym = :acronym, website = :website, city = :city,
				  region = :region, country = :country, scope = :scope, sector_id = :sectorId,
				  search_text = :searchText, updated_at = :now
				where id = :id
				""").params(params(details, now)).param("id", id).update() > 0;
		if (found) {
			writeLogo(id, details);
			writeLists(id, details.aliases(), details.domainKeys());
			writeKeys(id, details.keys());
		}
		return found;
	}

	/** The organisation's logo, if it has one. */
	Optional<Logo> logo(long id) {
		return this.jdbc.sql("""
				select logo, logo_content_type, logo_hash from organizations where id = :id and logo is not null
				""")
			.param("id", id)
			.query((rs, rowNum) -> new Logo(rs.getString("logo_content_type"), rs.getBytes("logo"),
					rs.getString("logo_hash")))
			.optional();
	}

	Optional<Organization> findById(long id) {
		return complete(this.jdbc.sql(SELECT + " where o.id = :id")
			.param("id", id)
			.query(OrganizationRepository::organization)
			.list()).stream().findFirst();
	}

	List<Organization> findByIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return complete(this.jdbc.sql(SELECT + " where o.id in (:ids)")
			.param("ids", ids)
			.query(OrganizationRepository::organization)
			.list());
	}

	List<Organization> findAll() {
		return complete(this.jdbc.sql(SELECT + ORDER).query(OrganizationRepository::organization).list());
	}

	/**
	 * Organisations whose name, acronym, aliases, place or website contain every word of
	 * the query (ignoring case and accents), sorted by name.
	 */
	List<Organization> search(String query, int limit, int offset) {
		List<String> words = queryWords(query);
		JdbcClient.StatementSpec statement = this.jdbc
			.sql(SELECT + where(words) + ORDER + " limit :limit offset :offset")
			.param("limit", limit)
			.param("offset", offset);
		return complete(bindWords(statement, words).query(OrganizationRepository::organization).list());
	}

	long count(String query) {
		List<String> words = queryWords(query);
		return bindWords(this.jdbc.sql("select count(*) from organizations o" + where(words)), words).query(Long.class)
			.single();
	}

	/**
	 * The stored keys of every organisation that shares a key with these, by
	 * organisation: the candidates that {@link MatchKeys#against} then decides on.
	 */
	Map<Long, MatchKeys> keysSharedWith(MatchKeys keys) {
		List<Long> ids = this.jdbc.sql("""
				select distinct organization_id from organization_match_keys
				where (kind in ('NAME', 'ALIAS') and match_key in (:names))
				  or (kind = 'ACRONYM' and match_key in (:acronyms))
				  or (kind = 'DOMAIN' and match_key in (:domains))
				""")
			.param("names", orNone(keys.names()))
			.param("acronyms", orNone(keys.acronyms()))
			.param("domains", orNone(keys.domainsAndParents()))
			.query(Long.class)
			.list();
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<Row>> rows = new LinkedHashMap<>();
		this.jdbc
			.sql("select organization_id, kind, match_key from organization_match_keys where organization_id in (:ids)")
			.param("ids", ids)
			.query((rs) -> {
				rows.computeIfAbsent(rs.getLong("organization_id"), (id) -> new ArrayList<>())
					.add(new Row(Kind.valueOf(rs.getString("kind")), rs.getString("match_key")));
			});
		Map<Long, MatchKeys> shared = new HashMap<>();
		rows.forEach((id, keyRows) -> shared.put(id, MatchKeys.fromRows(keyRows)));
		return shared;
	}

	/** Gives the survivor the loser's logo if it has none of its own. */
	void copyLogoIfMissing(long survivorId, long loserId) {
		this.jdbc.sql("""
				update organizations set
				  logo = (select l.logo from organizations l where l.id = :loser),
				  logo_content_type = (select l.logo_content_type from organizations l where l.id = :loser),
				  logo_hash = (select l.logo_hash from organizations l where l.id = :loser)
				where id = :survivor and logo is null
				""").param("survivor", survivorId).param("loser", loserId).update();
	}

	/** Deletes the organisation with its aliases, email domains and keys. */
	boolean delete(long id) {
		return this.jdbc.sql("delete from organizations where id = :id").param("id", id).update() > 0;
	}

	/**
	 * Replaces the organisation's stored keys with these, made by the current rules.
	 */
	void writeKeys(long id, MatchKeys keys) {
		this.jdbc.sql("delete from organization_match_keys where organization_id = :id").param("id", id).update();
		for (Row row : keys.rows()) {
			this.jdbc.sql("""
					insert into organization_match_keys (organization_id, kind, match_key) values (:id, :kind, :key)
					""").param("id", id).param("kind", row.kind().name()).param("key", row.key()).update();
		}
		this.jdbc.sql("update organizations set keys_version = :version where id = :id")
			.param("version", MatchKeys.VERSION)
			.param("id", id)
			.update();
	}

	/** Organisations whose keys were made by older rules than the current ones. */
	List<Long> idsWithOldKeys(int limit) {
		return this.jdbc.sql("select id from organizations where keys_version < :version order by id limit :limit")
			.param("version", MatchKeys.VERSION)
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

	/**
	 * Waits for, then holds until the transaction ends, the lock that whoever adds an
	 * organisation described from outside takes.
	 */
	void lockRegistry() {
		this.jdbc.sql("select id from organization_registry_lock where id = 1 for update").query(Integer.class).list();
	}

	/**
	 * Waits for, then holds until the transaction ends, the lock on the organisation's
	 * row, so that it cannot be merged away meanwhile; false if there is no such row (any
	 * more).
	 */
	boolean lockRow(long id) {
		return !this.jdbc.sql("select id from organizations where id = :id for update")
			.param("id", id)
			.query(Long.class)
			.list()
			.isEmpty();
	}

	/**
	 * Replaces the logo when a new one is given, removes it when asked, and otherwise
	 * keeps it.
	 */
	private void writeLogo(long id, OrganizationDetails details) {
		if (details.newLogo() != null) {
			this.jdbc.sql("""
					update organizations set logo = :logo, logo_content_type = :type, logo_hash = :hash where id = :id
					""")
				.param("logo", details.newLogo())
				.param("type", LogoImages.sniff(details.newLogo()))
				.param("hash", LogoImages.hash(details.newLogo()))
				.param("id", id)
				.update();
		}
		else if (details.removeLogo()) {
			this.jdbc.sql("""
					update organizations set logo = null, logo_content_type = null, logo_hash = null where id = :id
					""").param("id", id).update();
		}
	}

	private void writeLists(long id, List<String> aliases, List<String> domains) {
		this.jdbc.sql("delete from organization_aliases where organization_id = :id").param("id", id).update();
		for (int i = 0; i < aliases.size(); i++) {
			this.jdbc.sql("""
					insert into organization_aliases (organization_id, position, name) values (:id, :position, :name)
					""").param("id", id).param("position", i).param("name", aliases.get(i)).update();
		}
		this.jdbc.sql("delete from organization_email_domains where organization_id = :id").param("id", id).update();
		for (int i = 0; i < domains.size(); i++) {
			this.jdbc.sql("""
					insert into organization_email_domains (organization_id, position, domain)
					values (:id, :position, :domain)
					""").param("id", id).param("position", i).param("domain", domains.get(i)).update();
		}
	}

	/** The organisations with their aliases and email domains, in the same order. */
	private List<Organization> complete(List<Organization> organizations) {
		if (organizations.isEmpty()) {
			return organizations;
		}
		Set<Long> ids = organizations.stream().map(Organization::id).collect(Collectors.toSet());
		Map<Long, List<String>> aliases = lists(
				"select organization_id, name as item from organization_aliases where organization_id in (:ids)"
						+ " order by organization_id, position",
				ids);
		Map<Long, List<String>> domains = lists(
				"select organization_id, domain as item from organization_email_domains where organization_id in (:ids)"
						+ " order by organization_id, position",
				ids);
		return organizations.stream()
			.map((o) -> new Organization(o.id(), o.name(), o.acronym(), o.website(), o.city(), o.region(), o.country(),
					o.scope(), aliases.getOrDefault(o.id(), List.of()),
					domains.getOrDefault(o.id(), List.of()).stream().map(OrganizationNames::readable).toList(),
					o.sector(), o.logoUrl()))
			.toList();
	}

	private Map<Long, List<String>> lists(String sql, Collection<Long> ids) {
		Map<Long, List<String>> lists = new HashMap<>();
		this.jdbc.sql(sql).param("ids", ids).query((rs) -> {
			lists.computeIfAbsent(rs.getLong("organization_id"), (id) -> new ArrayList<>()).add(rs.getString("item"));
		});
		return lists;
	}

	private static Collection<String> orNone(Collection<String> keys) {
		return keys.isEmpty() ? NO_KEYS : keys;
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
			conditions.add("o.search_text like :word" + i);
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
			.concat(Stream.of(details.name(), details.acronym(), details.city(), details.region(),
					OrganizationNames.host(details.website())), details.aliases().stream())
			.filter((part) -> part != null)
			.collect(Collectors.joining(" ")));
		Map<String, Object> params = new HashMap<>();
		params.put("name", details.name());
		params.put("acronym", details.acronym());
		params.put("website", details.website());
		params.put("city", details.city());
		params.put("region", details.region());
		params.put("country", details.country());
		params.put("scope", (details.scope() != null) ? details.scope().name() : null);
		params.put("sectorId", details.sectorId());
		params.put("searchText", Text.truncate(searchText, 1000));
		params.put("now", Timestamp.from(now));
		return params;
	}

	/**
	 * An organisation without its aliases and email domains, which {@link #complete}
	 * adds.
	 */
	private static Organization organization(ResultSet rs, int rowNum) throws SQLException {
		long id = rs.getLong("id");
		long sectorId = rs.getLong("sector_id");
		Sector sector = rs.wasNull() ? null : new Sector(sectorId, rs.getString("sector_name"));
		String logoHash = rs.getString("logo_hash");
		String logoUrl = (logoHash != null) ? "/organizations/" + id + "/logo?v=" + logoHash.substring(0, 16) : null;
		return new Organization(id, rs.getString("name"), rs.getString("acronym"), rs.getString("website"),
				rs.getString("city"), rs.getString("region"), rs.getString("country"),
				Scope.parse(rs.getString("scope")), List.of(), List.of(), sector, logoUrl);
	}

}
