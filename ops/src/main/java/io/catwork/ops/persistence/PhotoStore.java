package io.catwork.ops.persistence;

import io.catwork.common.api.Photos;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Photos in the {@code photo} table, beside the event store (events carry only id and SHA-256). JDBC joins the
 * caller's transaction, so a photo whose check-in or report is refused is rolled back with it.
 */
@Component
class PhotoStore implements Photos {
    private final JdbcTemplate jdbc;
    private final Clock clock;

    PhotoStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public StoredPhoto store(byte[] content, String mediaType) {
        UUID id = UUID.randomUUID();
        String sha256 = sha256(content);
        jdbc.update("insert into photo (id, media_type, sha256, size_bytes, content, created_at) "
                + "values (?, ?, ?, ?, ?, ?)", id, mediaType, sha256, content.length, content,
                Timestamp.from(clock.instant()));
        return new StoredPhoto(id, sha256, mediaType, content.length);
    }

    @Override
    public Optional<Photo> load(UUID id) {
        return jdbc.query("select media_type, content from photo where id = ?",
                (row, index) -> new Photo(id, row.getString(1), row.getBytes(2)), id).stream().findFirst();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
