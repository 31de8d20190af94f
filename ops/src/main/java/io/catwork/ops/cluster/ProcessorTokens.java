package io.catwork.ops.cluster;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the token store says of a processor on every node: each segment's owner and position, read without claiming
 * anything (Axon's own {@code fetchToken} would claim the segment).
 */
public class ProcessorTokens {
    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    public ProcessorTokens(JdbcTemplate jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /** One segment: its owner (null when no node holds it), its position and whether it is replaying. */
    public record SegmentToken(int segment, String owner, Long position, boolean replaying) {
    }

    public List<SegmentToken> of(String processor) {
        return jdbc.query("select segment, owner, token, token_type from token_entry where processor_name = ?"
                + " order by segment", (row, i) -> segment(row), processor);
    }

    /** Every processor's segments, in one read. */
    public Map<String, List<SegmentToken>> all() {
        Map<String, List<SegmentToken>> all = new HashMap<>();
        jdbc.query("select processor_name, segment, owner, token, token_type from token_entry order by segment",
                row -> {
                    all.computeIfAbsent(row.getString("processor_name"), name -> new ArrayList<>()).add(segment(row));
                });
        return all;
    }

    private SegmentToken segment(ResultSet row) throws SQLException {
        TrackingToken token = token(row.getBytes("token"), row.getString("token_type"));
        OptionalLong position = token == null ? OptionalLong.empty() : token.position();
        return new SegmentToken(row.getInt("segment"), row.getString("owner"),
                position.isPresent() ? position.getAsLong() : null, behindItsReset(token));
    }

    /**
     * Whether a segment is still re-reading events it had handled before its replay. Axon keeps the token a replay
     * token until the first event after the reset arrives, so a replay over a quiet event store would never end; here
     * it has ended once the segment is back where it was at the reset.
     */
    private static boolean behindItsReset(TrackingToken token) {
        if (!(token instanceof ReplayToken replay)) {
            return false;
        }
        OptionalLong at = replay.position();
        OptionalLong atReset = replay.getTokenAtReset() == null ? OptionalLong.empty()
                : replay.getTokenAtReset().position();
        return at.isEmpty() || atReset.isEmpty() || at.getAsLong() < atReset.getAsLong();
    }

    private TrackingToken token(byte[] bytes, String type) {
        if (bytes == null || type == null) {
            return null;
        }
        return serializer.deserialize(new SimpleSerializedObject<>(bytes, byte[].class, type, null));
    }

    /** The lowest position of the processor's segments: where all of it has got to; null before its first event. */
    public static Long position(List<SegmentToken> segments) {
        if (segments.isEmpty() || segments.stream().anyMatch(segment -> segment.position() == null)) {
            return null;
        }
        return segments.stream().mapToLong(SegmentToken::position).min().getAsLong();
    }
}
