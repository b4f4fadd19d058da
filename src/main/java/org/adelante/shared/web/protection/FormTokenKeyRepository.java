package org.adelante.shared.web.protection;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The one key that signs form tokens, kept in the database so that every node signs and
 * checks with the same key. The first node to need it creates it.
 */
@Repository
class FormTokenKeyRepository {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	FormTokenKeyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The key, created now if there is none yet. */
	byte[] loadOrCreate(Instant now) {
		Optional<String> stored = find();
		if (stored.isEmpty()) {
			byte[] fresh = new byte[32];
			RANDOM.nextBytes(fresh);
			// Nodes starting together may both get here; the first insert wins and both
			// read it back.
			this.jdbc.sql("""
					insert into form_token_key (id, secret, created_at) values (1, :secret, :now)
					on conflict do nothing""")
				.param("secret", Base64.getEncoder().encodeToString(fresh))
				.param("now", Timestamp.from(now))
				.update();
			stored = find();
		}
		return Base64.getDecoder().decode(stored.orElseThrow());
	}

	private Optional<String> find() {
		return this.jdbc.sql("select secret from form_token_key where id = 1").query(String.class).optional();
	}

}
