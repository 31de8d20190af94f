package io.catwork.ops.cluster;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The nodes on this database: each writes its heartbeat, in the database's own time so that the nodes' clocks never
 * have to agree; a node whose heartbeat is older than the timeout is dead.
 */
public class NodeRegistry {
    private static final Duration FORGET_AFTER = Duration.ofHours(1);

    private final JdbcTemplate jdbc;
    private final String nodeId;
    private final Duration timeout;

    public NodeRegistry(JdbcTemplate jdbc, String nodeId, Duration timeout) {
        this.jdbc = jdbc;
        this.nodeId = nodeId;
        this.timeout = timeout;
    }

    public String nodeId() {
        return nodeId;
    }

    /** Marks this node alive now, running {@code processors}. */
    public void heartbeat(Collection<String> processors) {
        String running = String.join(",", new TreeSet<>(processors));
        if (jdbc.update("update catwork_node set heartbeat_at = current_timestamp, processors = ? where node_id = ?",
                running, nodeId) == 0) {
            jdbc.update("insert into catwork_node (node_id, started_at, heartbeat_at, processors)"
                    + " values (?, current_timestamp, current_timestamp, ?)", nodeId, running);
        }
    }

    /** This node leaves: the others take its share at their next heartbeat instead of after the timeout. */
    public void leave() {
        jdbc.update("delete from catwork_node where node_id = ?", nodeId);
    }

    public record Node(String id, OffsetDateTime startedAt, OffsetDateTime heartbeatAt, boolean alive,
                       Set<String> processors) {
    }

    /** Every node known, alive or not (the dead are forgotten after an hour), by id. */
    public List<Node> nodes() {
        OffsetDateTime now = jdbc.queryForObject("select current_timestamp", OffsetDateTime.class);
        jdbc.update("delete from catwork_node where heartbeat_at < ?", now.minus(FORGET_AFTER));
        return jdbc.query("select node_id, started_at, heartbeat_at, processors from catwork_node order by node_id",
                (row, i) -> {
                    OffsetDateTime heartbeat = row.getObject("heartbeat_at", OffsetDateTime.class);
                    String processors = row.getString("processors");
                    return new Node(row.getString("node_id"), row.getObject("started_at", OffsetDateTime.class),
                            heartbeat, heartbeat.isAfter(now.minus(timeout)), processors == null
                            || processors.isEmpty() ? Set.of() : Set.of(processors.split(",")));
                });
    }

    /** The nodes alive, by id. */
    public List<Node> alive() {
        return nodes().stream().filter(Node::alive).toList();
    }
}
