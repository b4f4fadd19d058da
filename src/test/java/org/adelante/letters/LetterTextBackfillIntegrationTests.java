package org.adelante.letters;

import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Letters written before text versions were recorded get their first version when the
 * database is upgraded, with the hash the application computes, and their signatures
 * stand on it.
 */
class LetterTextBackfillIntegrationTests {

	@Test
	void anUpgradeGivesEveryExistingLetterAndSignatureTheFirstVersionOfItsText() {
		JdbcDataSource database = new JdbcDataSource();
		database.setURL("jdbc:h2:mem:backfill-" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
		Flyway.configure().dataSource(database).locations("classpath:db/migration").target("21").load().migrate();
		JdbcClient jdbc = JdbcClient.create(database);
		jdbc.sql("""
				insert into letters (slug, title_en, text_en, title_es, text_es, status, time_zone, signers, grouping,
				  list_changed_at, created_by, created_at, updated_at)
				values ('old-letter', 'Old letter', 'We ask.', 'Carta antigua', 'Pedimos.', 'OPEN', 'UTC',
				  'ORGANIZATIONS', 'NONE', current_timestamp, 'someone', current_timestamp, current_timestamp)
				""").update();
		long letter = jdbc.sql("select id from letters").query(Long.class).single();
		jdbc.sql("""
				insert into signatures (letter_id, kind, signer_key, display_name, status, confirmed_at,
				  status_changed_at, created_at)
				values (:letter, 'ORGANIZATION', 'org:1', 'Early Group', 'LISTED', current_timestamp, current_timestamp,
				  current_timestamp)
				""").param("letter", letter).update();

		Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();

		String expected = LetterContent.textHash("Old letter", "We ask.", "Carta antigua", "Pedimos.");
		assertThat(jdbc.sql("select text_version, text_hash from letters").query().singleRow())
			.isEqualTo(Map.of("TEXT_VERSION", 1, "TEXT_HASH", expected));
		assertThat(
				jdbc.sql("select version, text_hash, change, title_es from letter_text_revisions").query().singleRow())
			.isEqualTo(Map.of("VERSION", 1, "TEXT_HASH", expected, "CHANGE", "FIRST", "TITLE_ES", "Carta antigua"));
		assertThat(jdbc.sql("select text_version, text_hash from signatures").query().singleRow())
			.isEqualTo(Map.of("TEXT_VERSION", 1, "TEXT_HASH", expected));
	}

}
