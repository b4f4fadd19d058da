package org.adelante.letters;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.adelante.organizations.Scope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import static org.adelante.letters.LetterRepository.instant;
import static org.adelante.letters.LetterRepository.timestamp;

/**
 * Signature requests waiting for confirmation, signatures and the people who confirmed
 * them.
 */
@Repository
class SignatureRepository {

	/**
	 * What a request keeps once it is no longer pending: nothing about the signer but the
	 * hash of their address, which counts their emails of the last hour.
	 */
	private static final String CLEARED = """
			organization_name = null, website = null, city = null, region = null,
			country = null, scope = null, signer_name = null, signer_title = null, email = null, phone = null,
			comment = null, attestation = null, attested_at = null""";

	/** The signatures a public list shows: listed ones, and withdrawn ones that were. */
	private static final String ON_PUBLIC_LIST = "(status = 'LISTED' or (status = 'WITHDRAWN' and listed_at is not null))";

	/** How many rows an export reads from the database at a time. */
	static final int EXPORT_FETCH_SIZE = 500;

	private final JdbcClient jdbc;

	SignatureRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insertRequest(long letterId, SignatureDetails details, String language, String textHash, String tokenHash,
			String withdrawTokenHash, String emailHash, Instant expiresAt, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into signature_requests (letter_id, kind, state, token_hash, withdraw_token_hash, email_hash,
				  organization_name, website, city, region, country, scope, signer_name, signer_title, email, phone,
				  comment, language, attestation, attested_at, text_hash, expires_at, created_at)
				values (:letter, :kind, 'PENDING', :token, :withdraw, :emailHash, :organizationName, :website, :city,
				  :region, :country, :scope, :name, :title, :email, :phone, :comment, :language, :attestation,
				  :attestedAt, :textHash, :expires, :now)
				""")
			.param("letter", letterId)
			.param("kind", details.kind().name())
			.param("token", tokenHash)
			.param("withdraw", withdrawTokenHash)
			.param("emailHash", emailHash)
			.param("organizationName", details.organizationName())
			.param("website", details.website())
			.param("city", details.city())
			.param("region", details.region())
			.param("country", details.country())
			.param("scope", (details.scopeValue() != null) ? details.scopeValue().name() : null)
			.param("name", details.name())
			.param("title", details.title())
			.param("email", details.email())
			.param("phone", details.phone())
			.param("comment", details.comment().isEmpty() ? null : details.comment())
			.param("language", language)
			.param("attestation", details.attested() ? details.attestation() : null)
			.param("attestedAt", details.attested() ? Timestamp.from(now) : null)
			.param("textHash", textHash)
			.param("expires", Timestamp.from(expiresAt))
			.param("now", Timestamp.from(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/** How many requests were made with the email (by its hash) since the time. */
	long countRequestsSince(String emailHash, Instant since) {
		return this.jdbc.sql("select count(*) from signature_requests where email_hash = :hash and created_at > :since")
			.param("hash", emailHash)
			.param("since", Timestamp.from(since))
			.query(Long.class)
			.single();
	}

	Optional<Request> findRequest(String tokenHash) {
		return this.jdbc.sql("select * from signature_requests where token_hash = :hash")
			.param("hash", tokenHash)
			.query(SignatureRepository::request)
			.optional();
	}

	Optional<Request> findRequestByWithdrawal(String withdrawTokenHash) {
		return this.jdbc.sql("select * from signature_requests where withdraw_token_hash = :hash")
			.param("hash", withdrawTokenHash)
			.query(SignatureRepository::request)
			.optional();
	}

	/** Marks a request confirmed for the signature and forgets what the signer sent. */
	void markConfirmed(long requestId, long signatureId, Instant now) {
		this.jdbc
			.sql("update signature_requests set state = 'CONFIRMED', confirmed_at = :now, signature_id = :signature, "
					+ CLEARED + " where id = :id")
			.param("now", Timestamp.from(now))
			.param("signature", signatureId)
			.param("id", requestId)
			.update();
	}

	/** Ends a pending request at the signer's wish and forgets what they sent. */
	void markCancelled(long requestId) {
		this.jdbc.sql("update signature_requests set state = 'CANCELLED', " + CLEARED + " where id = :id")
			.param("id", requestId)
			.update();
	}

	/**
	 * Ends every pending request whose link has run out, forgetting what its signer sent.
	 * @return how many
	 */
	int expirePending(Instant now) {
		return this.jdbc
			.sql("update signature_requests set state = 'EXPIRED', email_hash = null, " + CLEARED
					+ " where state = 'PENDING' and expires_at <= :now")
			.param("now", Timestamp.from(now))
			.update();
	}

	/** Deletes what is left of requests that ended before the time. */
	int deleteEndedBefore(Instant before) {
		return this.jdbc.sql("delete from signature_requests where state <> 'PENDING' and expires_at < :before")
			.param("before", Timestamp.from(before))
			.update();
	}

	/** The request's state again, read under the letter's lock. */
	Optional<Request> reload(long requestId) {
		return this.jdbc.sql("select * from signature_requests where id = :id")
			.param("id", requestId)
			.query(SignatureRepository::request)
			.optional();
	}

	Optional<Signature> findByKey(long letterId, String signerKey) {
		return this.jdbc.sql("select * from signatures where letter_id = :letter and signer_key = :key")
			.param("letter", letterId)
			.param("key", signerKey)
			.query(this::signature)
			.optional();
	}

	Optional<Signature> find(long id) {
		return this.jdbc.sql("select * from signatures where id = :id")
			.param("id", id)
			.query(this::signature)
			.optional();
	}

	/**
	 * Stores a new signature, confirmed at the time given (when it was signed, for one
	 * gathered elsewhere) and listed, if it is, now.
	 */
	long insertSignature(long letterId, NewSignature signature, SignatureSource source, Instant confirmedAt,
			Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into signatures (letter_id, kind, signer_key, organization_id, display_name, city, region,
				  country, scope, status, convener, source, text_version, text_hash, confirmed_at, listed_at,
				  status_changed_at, created_at)
				values (:letter, :kind, :key, :organization, :name, :city, :region, :country, :scope, :status,
				  :convener, :source, :textVersion, :textHash, :confirmed, :listedAt, :now, :now)
				""")
			.param("letter", letterId)
			.param("kind", signature.kind().name())
			.param("key", signature.signerKey())
			.param("organization", signature.organizationId())
			.param("name", signature.name())
			.param("city", signature.city())
			.param("region", signature.region())
			.param("country", signature.country())
			.param("scope", (signature.scope() != null) ? signature.scope().name() : null)
			.param("status", signature.status().name())
			.param("convener", signature.convener())
			.param("source", source.value())
			.param("textVersion", signature.text().number())
			.param("textHash", signature.text().hash())
			.param("confirmed", Timestamp.from(confirmedAt))
			.param("listedAt", (signature.status() == SignatureStatus.LISTED) ? Timestamp.from(now) : null)
			.param("now", Timestamp.from(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/**
	 * Stores someone who confirmed a signature at the time given, shown the text given.
	 */
	void insertContact(long signatureId, Request request, boolean domainMatches, TextVersion text, Instant confirmedAt,
			Instant now) {
		SignatureDetails details = request.details();
		this.jdbc.sql("""
				insert into signature_contacts (signature_id, name, title, email, phone, comment, language,
				  attestation, attested_at, domain_matches, withdraw_token_hash, text_version, text_hash, confirmed_at,
				  created_at)
				values (:signature, :name, :title, :email, :phone, :comment, :language, :attestation, :attestedAt,
				  :domainMatches, :withdraw, :textVersion, :textHash, :confirmed, :now)
				""")
			.param("signature", signatureId)
			.param("name", details.name())
			.param("title", details.title())
			.param("email", details.email())
			.param("phone", details.phone())
			.param("comment", details.comment().isEmpty() ? null : details.comment())
			.param("language", request.language())
			.param("attestation", request.attestation())
			.param("attestedAt", timestamp(request.attestedAt()))
			.param("domainMatches", domainMatches)
			.param("withdraw", request.withdrawTokenHash())
			.param("textVersion", text.number())
			.param("textHash", text.hash())
			.param("confirmed", Timestamp.from(confirmedAt))
			.param("now", Timestamp.from(now))
			.update();
	}

	/** Records that the signature stands on a newer text than before, when it does. */
	void advanceText(long signatureId, TextVersion text) {
		this.jdbc.sql("""
				update signatures set text_version = :version, text_hash = :hash
				where id = :id and (text_version is null or text_version < :version)
				""").param("version", text.number()).param("hash", text.hash()).param("id", signatureId).update();
	}

	/**
	 * Moves a signature to the status; entering the list records when it was first
	 * listed, withdrawing when it was withdrawn, and a signature listed again is no
	 * longer withdrawn.
	 */
	void setStatus(long signatureId, SignatureStatus status, Instant now) {
		boolean listing = status == SignatureStatus.LISTED;
		boolean withdrawing = status == SignatureStatus.WITHDRAWN;
		this.jdbc.sql("""
				update signatures set status = :status, status_changed_at = :now,
				  listed_at = coalesce(listed_at, :listedAt),
				  withdrawn_at = case when :keepWithdrawal then withdrawn_at else :withdrawnAt end
				where id = :id
				""")
			.param("status", status.name())
			.param("now", Timestamp.from(now))
			.param("listedAt", listing ? Timestamp.from(now) : null)
			.param("keepWithdrawal", !listing && !withdrawing)
			.param("withdrawnAt", withdrawing ? Timestamp.from(now) : null)
			.param("id", signatureId)
			.update();
	}

	void setConvener(long signatureId, boolean convener) {
		this.jdbc.sql("update signatures set convener = :convener where id = :id")
			.param("convener", convener)
			.param("id", signatureId)
			.update();
	}

	/**
	 * Deletes a signature nobody confirmed (a convener's, made when the letter opened).
	 */
	boolean deleteUnconfirmed(long signatureId) {
		return this.jdbc.sql("""
				delete from signatures where id = :id
				and not exists (select 1 from signature_contacts c where c.signature_id = :id)
				""").param("id", signatureId).update() == 1;
	}

	/** The convener signatures of a letter. */
	List<Signature> conveners(long letterId) {
		return this.jdbc.sql("select * from signatures where letter_id = :letter and convener = true")
			.param("letter", letterId)
			.query(this::signature)
			.list();
	}

	Optional<Contact> findContactByWithdrawal(String withdrawTokenHash) {
		return this.jdbc.sql("""
				select c.id, c.signature_id, s.letter_id, c.withdrawn_at from signature_contacts c
				join signatures s on s.id = c.signature_id
				where c.withdraw_token_hash = :hash
				  or c.id = (select l.contact_id from signature_withdraw_links l where l.token_hash = :hash)
				""")
			.param("hash", withdrawTokenHash)
			.query((rs, row) -> new Contact(rs.getLong("id"), rs.getLong("signature_id"), rs.getLong("letter_id"),
					instant(rs, "withdrawn_at")))
			.optional();
	}

	/** Gives the signer one more link that withdraws them, such as in a later email. */
	void addWithdrawLink(long contactId, String tokenHash, Instant now) {
		this.jdbc.sql("""
				insert into signature_withdraw_links (contact_id, token_hash, created_at) values (:contact, :hash, :now)
				""").param("contact", contactId).param("hash", tokenHash).param("now", Timestamp.from(now)).update();
	}

	/**
	 * The signers of a letter who signed an earlier version of its text than the one
	 * given and stand by their signature: neither they nor their signature withdrawn,
	 * rejected or marked fraudulent.
	 */
	List<EarlierSigner> signersOfEarlierVersions(long letterId, int version) {
		return this.jdbc.sql("""
				select c.id, c.name, c.email, c.language, s.display_name, s.kind from signature_contacts c
				join signatures s on s.id = c.signature_id
				where s.letter_id = :letter and s.status in ('LISTED', 'AWAITING_APPROVAL') and c.withdrawn_at is null
				  and c.text_version < :version
				order by c.id
				""")
			.param("letter", letterId)
			.param("version", version)
			.query((rs, row) -> new EarlierSigner(rs.getLong("id"), rs.getString("name"), rs.getString("email"),
					rs.getString("language"), rs.getString("display_name"), SignerKind.valueOf(rs.getString("kind"))))
			.list();
	}

	void markContactWithdrawn(long contactId, Instant now) {
		this.jdbc.sql("update signature_contacts set withdrawn_at = :now where id = :id and withdrawn_at is null")
			.param("now", Timestamp.from(now))
			.param("id", contactId)
			.update();
	}

	/** The names the letter's public list shows, in no particular order. */
	List<Signatory> publicSignatories(long letterId) {
		return this.jdbc.sql("select * from signatures where letter_id = :letter and " + ON_PUBLIC_LIST)
			.param("letter", letterId)
			.query(SignatureRepository::signatory)
			.list();
	}

	/** The signatures that stand on the letter's list now: listed, not withdrawn. */
	List<Signatory> standingSignatories(long letterId) {
		return this.jdbc.sql("select * from signatures where letter_id = :letter and status = 'LISTED'")
			.param("letter", letterId)
			.query(SignatureRepository::signatory)
			.list();
	}

	/** Every organisation's signature of the letter, by name. */
	List<Signatory> organizationSignatures(long letterId) {
		return this.jdbc.sql("""
				select * from signatures where letter_id = :letter and kind = 'ORGANIZATION'
				order by lower(display_name), id
				""").param("letter", letterId).query(SignatureRepository::signatory).list();
	}

	private static Signatory signatory(ResultSet rs, int row) throws SQLException {
		return new Signatory(rs.getLong("id"), SignerKind.valueOf(rs.getString("kind")), rs.getString("display_name"),
				rs.getString("city"), rs.getString("region"), rs.getString("country"), scope(rs.getString("scope")),
				rs.getBoolean("convener"), instant(rs, "withdrawn_at"));
	}

	/**
	 * How many of the letter's signatures are in each status; pending requests as
	 * unconfirmed.
	 */
	Map<SignatureStatus, Long> countByStatus(long letterId, Instant now) {
		Map<SignatureStatus, Long> counts = new EnumMap<>(SignatureStatus.class);
		for (SignatureStatus status : SignatureStatus.values()) {
			counts.put(status, 0L);
		}
		this.jdbc.sql("select status, count(*) as n from signatures where letter_id = :letter group by status")
			.param("letter", letterId)
			.query((rs, row) -> counts.put(SignatureStatus.valueOf(rs.getString("status")), rs.getLong("n")))
			.list();
		counts.put(SignatureStatus.UNCONFIRMED, this.jdbc.sql("""
				select count(*) from signature_requests where letter_id = :letter and state = 'PENDING'
				and expires_at > :now
				""").param("letter", letterId).param("now", Timestamp.from(now)).query(Long.class).single());
		return counts;
	}

	/**
	 * One page of the letter's signatures in the status that pass the filter, by name,
	 * with their contacts.
	 */
	List<Signature> byStatus(long letterId, SignatureStatus status, SignatureFilter filter, int offset, int limit) {
		return filtered("select s.* from signatures s", letterId, status, filter,
				" order by lower(s.display_name), s.id limit :limit offset :offset")
			.param("limit", limit)
			.param("offset", offset)
			.query(this::signature)
			.list();
	}

	/** How many of the letter's signatures in the status pass the filter. */
	long countMatching(long letterId, SignatureStatus status, SignatureFilter filter) {
		return filtered("select count(*) from signatures s", letterId, status, filter, "").query(Long.class).single();
	}

	private JdbcClient.StatementSpec filtered(String select, long letterId, SignatureStatus status,
			SignatureFilter filter, String rest) {
		StringBuilder sql = new StringBuilder(select).append(" where s.letter_id = :letter and s.status = :status");
		if (filter.kind() != null) {
			sql.append(" and s.kind = :kind");
		}
		if (filter.query() != null) {
			sql.append(" ").append("""
					and (lower(s.display_name) like :query escape '\\' or exists (select 1 from signature_contacts c
					where c.signature_id = s.id and (lower(c.name) like :query escape '\\'
					or lower(c.email) like :query escape '\\')))""");
		}
		if (filter.domainDiffers()) {
			sql.append(" ").append("""
					and s.kind = 'ORGANIZATION' and exists (select 1 from signature_contacts c
					where c.signature_id = s.id and c.domain_matches = false)""");
		}
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql.append(rest).toString())
			.param("letter", letterId)
			.param("status", status.name());
		if (filter.kind() != null) {
			statement = statement.param("kind", filter.kind().name());
		}
		if (filter.query() != null) {
			statement = statement.param("query", filter.likePattern());
		}
		return statement;
	}

	/**
	 * The letter's requests still waiting for confirmation that pass the filter (its
	 * search and kind), the newest first.
	 */
	List<PendingRequest> pending(long letterId, SignatureFilter filter, Instant now, int offset, int limit) {
		return pendingFiltered("select * from signature_requests", letterId, filter, now,
				" order by created_at desc, id desc limit :limit offset :offset")
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, row) -> {
				Request request = request(rs, row);
				return new PendingRequest(request.id(), request.details(), instant(rs, "created_at"),
						request.expiresAt());
			})
			.list();
	}

	/** How many of the letter's requests waiting for confirmation pass the filter. */
	long countPending(long letterId, SignatureFilter filter, Instant now) {
		return pendingFiltered("select count(*) from signature_requests", letterId, filter, now, "").query(Long.class)
			.single();
	}

	private JdbcClient.StatementSpec pendingFiltered(String select, long letterId, SignatureFilter filter, Instant now,
			String rest) {
		StringBuilder sql = new StringBuilder(select)
			.append(" where letter_id = :letter and state = 'PENDING' and expires_at > :now");
		if (filter.kind() != null) {
			sql.append(" and kind = :kind");
		}
		if (filter.query() != null) {
			sql.append(" ").append("""
					and (lower(organization_name) like :query escape '\\' or lower(signer_name) like :query escape '\\'
					or lower(email) like :query escape '\\')""");
		}
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql.append(rest).toString())
			.param("letter", letterId)
			.param("now", Timestamp.from(now));
		if (filter.kind() != null) {
			statement = statement.param("kind", filter.kind().name());
		}
		if (filter.query() != null) {
			statement = statement.param("query", filter.likePattern());
		}
		return statement;
	}

	/** Lists the signature under another name on its letter. */
	void rename(long signatureId, String name, Instant now) {
		this.jdbc.sql("update signatures set display_name = :name, status_changed_at = :now where id = :id")
			.param("name", name)
			.param("now", Timestamp.from(now))
			.param("id", signatureId)
			.update();
	}

	/** The letters the organisation signed or convened, by key. */
	List<Long> lettersSignedBy(long organizationId) {
		return this.jdbc.sql("""
				select letter_id from signatures where organization_id = :organization
				union select letter_id from letter_conveners where organization_id = :organization
				""").param("organization", organizationId).query(Long.class).list();
	}

	/**
	 * Makes the signature the organisation's, under its key, and lists it under the name.
	 */
	void repoint(long signatureId, long organizationId, String signerKey, String name) {
		this.jdbc.sql("""
				update signatures set organization_id = :organization, signer_key = :key, display_name = :name
				where id = :id
				""")
			.param("organization", organizationId)
			.param("key", signerKey)
			.param("name", name)
			.param("id", signatureId)
			.update();
	}

	/**
	 * Folds one signature into another of the same letter: its contacts and confirmed
	 * requests move over, the survivor takes the combined status and the earlier times,
	 * and the folded one is deleted.
	 */
	void fold(Signature loser, Signature survivor, Instant now) {
		this.jdbc.sql("update signature_contacts set signature_id = :survivor where signature_id = :loser")
			.param("survivor", survivor.id())
			.param("loser", loser.id())
			.update();
		this.jdbc.sql("update signature_requests set signature_id = :survivor where signature_id = :loser")
			.param("survivor", survivor.id())
			.param("loser", loser.id())
			.update();
		SignatureStatus status = SignatureStatus.combined(survivor.status(), loser.status());
		this.jdbc.sql("""
				update signatures set status = :status, convener = :convener, confirmed_at = :confirmed,
				  listed_at = :listed, withdrawn_at = :withdrawn, status_changed_at = :now
				where id = :id
				""")
			.param("status", status.name())
			.param("convener", survivor.convener() || loser.convener())
			.param("confirmed", Timestamp.from(earlier(survivor.confirmedAt(), loser.confirmedAt())))
			.param("listed", timestamp(earlier(survivor.listedAt(), loser.listedAt())))
			.param("withdrawn",
					(status == SignatureStatus.WITHDRAWN)
							? timestamp((survivor.withdrawnAt() != null) ? survivor.withdrawnAt() : loser.withdrawnAt())
							: timestamp(survivor.withdrawnAt()))
			.param("now", Timestamp.from(now))
			.param("id", survivor.id())
			.update();
		this.jdbc.sql("delete from signatures where id = :id").param("id", loser.id()).update();
	}

	/**
	 * Every signature of the letter, whatever its status, by key, with its first contact
	 * and how many it has: read from the database as the stream is consumed, a few rows
	 * at a time, so that no list of them all is ever held. The caller closes the stream,
	 * inside a transaction (PostgreSQL reads by cursor only inside one).
	 */
	Stream<ExportedSignature> export(long letterId) {
		return this.jdbc.sql("""
				select s.id, s.kind, s.display_name, s.city, s.region, s.country, s.scope, s.status, s.convener,
				  s.source, s.text_version, s.text_hash, s.confirmed_at, s.listed_at, s.withdrawn_at,
				  c.name as contact_name,
				  c.title as contact_title, c.email as contact_email, c.phone as contact_phone,
				  c.language as contact_language, c.comment as contact_comment,
				  c.domain_matches as contact_domain_matches, c.attested_at as contact_attested_at,
				  (select count(*) from signature_contacts n where n.signature_id = s.id) as contacts
				from signatures s
				left join signature_contacts c on c.id = (select f.id from signature_contacts f
				  where f.signature_id = s.id order by f.confirmed_at, f.id limit 1)
				where s.letter_id = :letter
				order by s.id
				""")
			.withFetchSize(EXPORT_FETCH_SIZE)
			.param("letter", letterId)
			.query(SignatureRepository::exported)
			.stream();
	}

	private static ExportedSignature exported(ResultSet rs, int row) throws SQLException {
		boolean domainMatches = rs.getBoolean("contact_domain_matches");
		Boolean matches = rs.wasNull() ? null : domainMatches;
		return new ExportedSignature(rs.getLong("id"), SignerKind.valueOf(rs.getString("kind")),
				rs.getString("display_name"), rs.getString("city"), rs.getString("region"), rs.getString("country"),
				scope(rs.getString("scope")), SignatureStatus.valueOf(rs.getString("status")),
				rs.getBoolean("convener"), SignatureSource.fromValue(rs.getString("source")),
				rs.getString("contact_name"), rs.getString("contact_title"), rs.getString("contact_email"),
				rs.getString("contact_phone"), rs.getString("contact_language"), rs.getString("contact_comment"),
				matches, instant(rs, "contact_attested_at"), instant(rs, "confirmed_at"), instant(rs, "listed_at"),
				instant(rs, "withdrawn_at"), rs.getInt("contacts"), textVersion(rs));
	}

	/** The keys of every signature of the letter: what makes each one per letter. */
	Set<String> signerKeys(long letterId) {
		return new HashSet<>(this.jdbc.sql("select signer_key from signatures where letter_id = :letter")
			.param("letter", letterId)
			.query(String.class)
			.list());
	}

	/** Per letter with signatures awaiting approval, how many. */
	List<Awaiting> awaitingApproval(int limit) {
		return this.jdbc.sql("""
				select letter_id, count(*) as n from signatures where status = 'AWAITING_APPROVAL'
				group by letter_id order by count(*) desc, letter_id limit :limit
				""")
			.param("limit", limit)
			.query((rs, row) -> new Awaiting(rs.getLong("letter_id"), rs.getLong("n")))
			.list();
	}

	private Signature signature(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		List<SignatureContact> contacts = this.jdbc
			.sql("select * from signature_contacts where signature_id = :id order by confirmed_at, id")
			.param("id", id)
			.query((contact, n) -> new SignatureContact(contact.getLong("id"), contact.getString("name"),
					contact.getString("title"), contact.getString("email"), contact.getString("phone"),
					contact.getString("comment"), contact.getString("language"), contact.getString("attestation"),
					instant(contact, "attested_at"), contact.getBoolean("domain_matches"),
					instant(contact, "confirmed_at"), instant(contact, "withdrawn_at")))
			.list();
		long organization = rs.getLong("organization_id");
		Long organizationId = rs.wasNull() ? null : organization;
		return new Signature(id, rs.getLong("letter_id"), SignerKind.valueOf(rs.getString("kind")), organizationId,
				rs.getString("display_name"), rs.getString("city"), rs.getString("region"), rs.getString("country"),
				scope(rs.getString("scope")), SignatureStatus.valueOf(rs.getString("status")),
				rs.getBoolean("convener"), instant(rs, "confirmed_at"), instant(rs, "listed_at"),
				instant(rs, "withdrawn_at"), List.copyOf(contacts), textVersion(rs));
	}

	private static TextVersion textVersion(ResultSet rs) throws SQLException {
		int number = rs.getInt("text_version");
		return rs.wasNull() ? null : new TextVersion(number, rs.getString("text_hash"));
	}

	private static Request request(ResultSet rs, int row) throws SQLException {
		SignerKind kind = SignerKind.valueOf(rs.getString("kind"));
		SignatureDetails details = new SignatureDetails(kind, rs.getString("organization_name"),
				rs.getString("website"), rs.getString("city"), rs.getString("region"), rs.getString("country"),
				rs.getString("scope"), rs.getString("signer_name"), rs.getString("signer_title"), rs.getString("email"),
				rs.getString("phone"), rs.getString("comment"), rs.getString("attestation") != null,
				rs.getString("attestation"));
		long signature = rs.getLong("signature_id");
		Long signatureId = rs.wasNull() ? null : signature;
		return new Request(rs.getLong("id"), rs.getLong("letter_id"), kind, RequestState.valueOf(rs.getString("state")),
				details, rs.getString("language"), rs.getString("attestation"), instant(rs, "attested_at"),
				rs.getString("withdraw_token_hash"), instant(rs, "expires_at"), signatureId, rs.getString("text_hash"));
	}

	private static Instant earlier(Instant one, Instant other) {
		if (one == null || other == null) {
			return (one != null) ? one : other;
		}
		return one.isBefore(other) ? one : other;
	}

	private static Scope scope(String value) {
		return (value != null) ? Scope.valueOf(value) : null;
	}

	/** Where a request is. */
	enum RequestState {

		PENDING, CONFIRMED, EXPIRED, CANCELLED

	}

	/**
	 * A signature request as stored.
	 *
	 * @param id its key
	 * @param letterId the letter
	 * @param kind an organisation's or a person's
	 * @param state where it is
	 * @param details what the signer sent (nothing once it is no longer pending)
	 * @param language the signer's language
	 * @param attestation the attestation they accepted, or {@code null}
	 * @param attestedAt when
	 * @param withdrawTokenHash the hash of its withdrawal link's token
	 * @param expiresAt when its confirmation link runs out
	 * @param signatureId the signature it was confirmed for, or {@code null}
	 */
	record Request(long id, long letterId, SignerKind kind, RequestState state, SignatureDetails details,
			String language, String attestation, Instant attestedAt, String withdrawTokenHash, Instant expiresAt,
			Long signatureId, String textHash) {
	}

	/**
	 * A signature about to be stored.
	 *
	 * @param kind an organisation's or a person's
	 * @param signerKey what makes it one per letter: {@code org:<id>} or
	 * {@code person:<hash>}
	 * @param organizationId the organisation, or {@code null}
	 * @param name its name as listed
	 * @param city its city
	 * @param region its region
	 * @param country its country code
	 * @param scope its scope
	 * @param status its first status
	 * @param convener whether the organisation convened the letter
	 * @param text the text it was given for
	 */
	record NewSignature(SignerKind kind, String signerKey, Long organizationId, String name, String city, String region,
			String country, Scope scope, SignatureStatus status, boolean convener, TextVersion text) {
	}

	/**
	 * Someone who confirmed a signature, found by their withdrawal link.
	 *
	 * @param id its key
	 * @param signatureId the signature
	 * @param letterId the letter
	 * @param withdrawnAt when they withdrew, or {@code null}
	 */
	record Contact(long id, long signatureId, long letterId, Instant withdrawnAt) {
	}

	/**
	 * Someone who signed an earlier text of a letter.
	 *
	 * @param contactId who they are among the signature's signers
	 * @param name their name
	 * @param email their address
	 * @param language the language they signed in
	 * @param signatureName the organisation's (or their own) name as listed
	 * @param kind whether they signed for an organisation
	 */
	record EarlierSigner(long contactId, String name, String email, String language, String signatureName,
			SignerKind kind) {
	}

	/**
	 * How many of a letter's signatures wait for approval.
	 *
	 * @param letterId the letter
	 * @param count how many
	 */
	record Awaiting(long letterId, long count) {
	}

}
