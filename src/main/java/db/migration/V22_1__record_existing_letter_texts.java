package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.adelante.letters.LetterContent;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Gives every letter written before text versions were recorded its first version: its
 * text as it stands, hashed as {@link LetterContent#textHash} does, which all its
 * signatures and signers so far are taken to have signed. The hash is computed here
 * because no SQL function computes SHA-256 on both databases.
 */
public class V22_1__record_existing_letter_texts extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		try (PreparedStatement letters = connection
			.prepareStatement("select id, title_en, text_en, title_es, text_es, created_by, created_at from letters");
				ResultSet rs = letters.executeQuery()) {
			while (rs.next()) {
				long id = rs.getLong("id");
				String hash = LetterContent.textHash(rs.getString("title_en"), rs.getString("text_en"),
						rs.getString("title_es"), rs.getString("text_es"));
				try (PreparedStatement revision = connection.prepareStatement("""
						insert into letter_text_revisions (letter_id, version, text_hash, change, title_en, title_es,
						  text_en, text_es, created_by, created_at)
						select id, 1, ?, 'FIRST', title_en, title_es, text_en, text_es, created_by, created_at
						from letters where id = ?
						""")) {
					revision.setString(1, hash);
					revision.setLong(2, id);
					revision.executeUpdate();
				}
				update(connection, "update letters set text_version = 1, text_hash = ? where id = ?", hash, id);
				update(connection, "update signatures set text_version = 1, text_hash = ? where letter_id = ?", hash,
						id);
				update(connection, """
						update signature_contacts set text_version = 1, text_hash = ?
						where signature_id in (select s.id from signatures s where s.letter_id = ?)
						""", hash, id);
				update(connection, "update signature_requests set text_hash = ? where letter_id = ?", hash, id);
			}
		}
	}

	private static void update(Connection connection, String sql, String hash, long letterId) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setString(1, hash);
			statement.setLong(2, letterId);
			statement.executeUpdate();
		}
	}

}
