package org.adelante.newsroom.media;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Media asset rows. The files themselves live on disk under the media folder.
 */
@Repository
class MediaRepository {

	private final JdbcClient jdbc;

	MediaRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String key, String originalFilename, int width, int height, String format, List<Integer> widths,
			Instant createdAt) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("""
					insert into media_assets (asset_key, original_filename, width, height, format, variant_widths, created_at)
					values (:key, :filename, :width, :height, :format, :widths, :createdAt)
					""")
			.param("key", key)
			.param("filename", originalFilename)
			.param("width", width)
			.param("height", height)
			.param("format", format)
			.param("widths", encode(widths))
			.param("createdAt", Timestamp.from(createdAt))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	Optional<MediaAsset> findById(long id) {
		return this.jdbc.sql("select * from media_assets where id = :id")
			.param("id", id)
			.query(MediaRepository::asset)
			.optional();
	}

	Optional<MediaAsset> findByKey(String key) {
		return this.jdbc.sql("select * from media_assets where asset_key = :key")
			.param("key", key)
			.query(MediaRepository::asset)
			.optional();
	}

	List<MediaAsset> findRecent(int limit) {
		return this.jdbc.sql("select * from media_assets order by created_at desc, id desc limit :limit")
			.param("limit", limit)
			.query(MediaRepository::asset)
			.list();
	}

	static String encode(List<Integer> widths) {
		return widths.stream().map(String::valueOf).collect(Collectors.joining(","));
	}

	static List<Integer> decode(String widths) {
		return Arrays.stream(widths.split(",")).filter((w) -> !w.isBlank()).map(Integer::valueOf).toList();
	}

	private static MediaAsset asset(ResultSet rs, int rowNum) throws SQLException {
		return new MediaAsset(rs.getLong("id"), rs.getString("asset_key"), rs.getString("original_filename"),
				rs.getInt("width"), rs.getInt("height"), rs.getString("format"), decode(rs.getString("variant_widths")),
				rs.getTimestamp("created_at").toInstant());
	}

}
