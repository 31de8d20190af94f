package io.catwork.ops.cluster;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code catwork.cluster.*}: how the nodes on one database find each other and split the event processors' segments.
 *
 * @param nodeId            this node's name in the cluster (and the owner of its token claims); unset: the host name
 *                          and a random suffix, new at each start
 * @param heartbeatInterval how often a node tells it is alive and rebalances its segments
 * @param nodeTimeout       a node whose heartbeat is older than this is dead: its share goes to the others
 * @param replayTimeout     how long a replay waits for the other nodes to let go of the processor's segments
 */
@ConfigurationProperties("catwork.cluster")
public record ClusterProperties(String nodeId,
                                @DefaultValue("PT5S") Duration heartbeatInterval,
                                @DefaultValue("PT20S") Duration nodeTimeout,
                                @DefaultValue("PT60S") Duration replayTimeout) {

    public ClusterProperties {
        if (nodeId != null && !nodeId.matches("[A-Za-z0-9._:\\-]{1,100}")) {
            throw new IllegalArgumentException("catwork.cluster.node-id: 1 to 100 letters, digits or . _ : -");
        }
        if (heartbeatInterval.isNegative() || heartbeatInterval.isZero()
                || nodeTimeout.compareTo(heartbeatInterval.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException(
                    "catwork.cluster: heartbeat-interval must be positive and node-timeout at least twice it");
        }
    }
}
