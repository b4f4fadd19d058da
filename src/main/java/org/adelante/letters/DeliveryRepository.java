package org.adelante.letters;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.adelante.organizations.Scope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import static org.adelante.letters.LetterRepository.instant;

/** Letters' deliveries as they were frozen, their recipients and their PDFs. */
@Repository
class DeliveryRepository {

	private final JdbcClient jdbc;

	DeliveryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	int nextRound(long letterId) {
		return this.jdbc.sql("select coalesce(max(round), 0) + 1 from letter_deliveries where letter_id = :letter")
			.param("letter", letterId)
			.query(Integer.class)
			.single();
	}

	long insert(long letterId, String hash, DeliverySnapshot snapshot, Grouping grouping, String actor, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into letter_deliveries (letter_id, round, hash, delivered_at, text_version, text_hash, title_en,
				  title_es, text_en, text_es, grouping, signatories, created_by, created_at)
				values (:letter, :round, :hash, :deliveredAt, :textVersion, :textHash, :titleEn, :titleEs, :textEn,
				  :textEs, :grouping, :signatories, :actor, :now)
				""")
			.param("letter", letterId)
			.param("round", snapshot.round())
			.param("hash", hash)
			.param("deliveredAt", Timestamp.from(snapshot.deliveredAt()))
			.param("textVersion", snapshot.text().number())
			.param("textHash", snapshot.text().hash())
			.param("titleEn", snapshot.titleEn())
			.param("titleEs", snapshot.titleEs())
			.param("textEn", snapshot.textEn())
			.param("textEs", snapshot.textEs())
			.param("grouping", grouping.name())
			.param("signatories", snapshot.signatories().size())
			.param("actor", actor)
			.param("now", Timestamp.from(now))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		for (int i = 0; i < snapshot.targets().size(); i++) {
			Target target = snapshot.targets().get(i);
			this.jdbc.sql("""
					insert into letter_delivery_targets (delivery_id, position, name, title, office, created_at)
					values (:delivery, :position, :name, :title, :office, :now)
					""")
				.param("delivery", id)
				.param("position", i)
				.param("name", target.name())
				.param("title", target.title())
				.param("office", target.office())
				.param("now", Timestamp.from(now))
				.update();
		}
		for (int i = 0; i < snapshot.signatories().size(); i++) {
			Signatory signatory = snapshot.signatories().get(i);
			this.jdbc.sql("""
					insert into letter_delivery_signatories (delivery_id, position, signature_id, kind, name, city,
					  region, country, scope, convener, created_at)
					values (:delivery, :position, :signature, :kind, :name, :city, :region, :country, :scope,
					  :convener, :now)
					""")
				.param("delivery", id)
				.param("position", i)
				.param("signature", signatory.signatureId())
				.param("kind", signatory.kind().name())
				.param("name", signatory.name())
				.param("city", signatory.city())
				.param("region", signatory.region())
				.param("country", signatory.country())
				.param("scope", (signatory.scope() != null) ? signatory.scope().name() : null)
				.param("convener", signatory.convener())
				.param("now", Timestamp.from(now))
				.update();
		}
		return id;
	}

	void insertDocument(long deliveryId, String language, byte[] pdf, Instant now) {
		this.jdbc.sql("""
				insert into letter_delivery_documents (delivery_id, language, pdf, created_at)
				values (:delivery, :language, :pdf, :now)
				""")
			.param("delivery", deliveryId)
			.param("language", language)
			.param("pdf", pdf)
			.param("now", Timestamp.from(now))
			.update();
	}

	void insertRecipient(long deliveryId, int position, DeliveryOrder.Recipient recipient, long outboxId, Instant now) {
		this.jdbc.sql("""
				insert into letter_delivery_recipients (delivery_id, position, name, email, language, outbox_id,
				  created_at)
				values (:delivery, :position, :name, :email, :language, :outbox, :now)
				""")
			.param("delivery", deliveryId)
			.param("position", position)
			.param("name", recipient.name())
			.param("email", recipient.email())
			.param("language", recipient.language())
			.param("outbox", outboxId)
			.param("now", Timestamp.from(now))
			.update();
	}

	Optional<Delivery> find(long id) {
		return this.jdbc.sql("select * from letter_deliveries where id = :id")
			.param("id", id)
			.query(this::delivery)
			.optional();
	}

	Optional<Delivery> findByHash(long letterId, String hash) {
		return this.jdbc.sql("select * from letter_deliveries where letter_id = :letter and hash = :hash")
			.param("letter", letterId)
			.param("hash", hash)
			.query(this::delivery)
			.optional();
	}

	/** The letter's deliveries, the latest first. */
	List<Delivery> ofLetter(long letterId) {
		return this.jdbc.sql("select * from letter_deliveries where letter_id = :letter order by round desc")
			.param("letter", letterId)
			.query(this::delivery)
			.list();
	}

	Optional<byte[]> document(long deliveryId, String language) {
		return this.jdbc
			.sql("select pdf from letter_delivery_documents where delivery_id = :delivery "
					+ "and language = :language")
			.param("delivery", deliveryId)
			.param("language", language)
			.query((rs, row) -> rs.getBytes("pdf"))
			.optional();
	}

	List<Recipient> recipients(long deliveryId) {
		return this.jdbc.sql("select * from letter_delivery_recipients where delivery_id = :delivery order by position")
			.param("delivery", deliveryId)
			.query((rs, row) -> {
				long outbox = rs.getLong("outbox_id");
				return new Recipient(rs.getString("name"), rs.getString("email"), rs.getString("language"),
						rs.wasNull() ? null : outbox);
			})
			.list();
	}

	private Delivery delivery(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		List<Target> targets = this.jdbc
			.sql("select name, title, office from letter_delivery_targets where delivery_id = :id order by position")
			.param("id", id)
			.query((target, n) -> new Target(target.getString("name"), target.getString("title"),
					target.getString("office")))
			.list();
		List<Signatory> signatories = this.jdbc
			.sql("select * from letter_delivery_signatories where delivery_id = :id order by position")
			.param("id", id)
			.query((signatory, n) -> new Signatory(signatory.getLong("signature_id"),
					SignerKind.valueOf(signatory.getString("kind")), signatory.getString("name"),
					signatory.getString("city"), signatory.getString("region"), signatory.getString("country"),
					(signatory.getString("scope") != null) ? Scope.valueOf(signatory.getString("scope")) : null,
					signatory.getBoolean("convener"), null))
			.list();
		DeliverySnapshot snapshot = new DeliverySnapshot(rs.getInt("round"), instant(rs, "delivered_at"),
				new TextVersion(rs.getInt("text_version"), rs.getString("text_hash")), rs.getString("title_en"),
				rs.getString("title_es"), rs.getString("text_en"), rs.getString("text_es"), targets, signatories);
		return new Delivery(id, rs.getLong("letter_id"), rs.getString("hash"), snapshot,
				Grouping.valueOf(rs.getString("grouping")), rs.getString("created_by"));
	}

	/**
	 * Someone a delivery was emailed to.
	 *
	 * @param name their name
	 * @param email their address
	 * @param language their language
	 * @param outboxId the email's key in the outbox, or {@code null}
	 */
	record Recipient(String name, String email, String language, Long outboxId) {
	}

}
