package io.catwork.ops.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.UUID;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jpa.JpaTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Many nodes on one database: each has a name (the owner of its token claims), a heartbeat, and its share of the
 * processors' segments; a replay stops the processor on every node.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClusterProperties.class)
public class ClusterConfiguration {
    /** How long a node's claim on a segment lasts without being extended: after it dies, the others wait this long. */
    static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(10);

    @Bean
    NodeRegistry nodeRegistry(JdbcTemplate jdbc, ClusterProperties properties) {
        return new NodeRegistry(jdbc, properties.nodeId() != null ? properties.nodeId() : defaultNodeId(),
                properties.nodeTimeout());
    }

    /** Axon's JPA token store, its claims owned by this node's name (two nodes in one JVM are two owners). */
    @Bean
    TokenStore tokenStore(Serializer serializer, EntityManagerProvider entityManagers, NodeRegistry nodes) {
        return JpaTokenStore.builder()
                .entityManagerProvider(entityManagers)
                .serializer(serializer)
                .claimTimeout(CLAIM_TIMEOUT)
                .nodeId(nodes.nodeId())
                .build();
    }

    @Bean
    ProcessorTokens processorTokens(JdbcTemplate jdbc, Serializer serializer) {
        return new ProcessorTokens(jdbc, serializer);
    }

    @Bean(destroyMethod = "close")
    ClusterReplay clusterReplay(JdbcTemplate jdbc, TransactionTemplate transactions,
                                TransactionManager axonTransactions, TokenStore tokenStore, ProcessorTokens tokens,
                                NodeRegistry nodes, ClusterProperties properties, EventStore eventStore) {
        return new ClusterReplay(jdbc, transactions, axonTransactions, tokenStore, tokens, nodes.nodeId(),
                properties.replayTimeout(), () -> head(eventStore));
    }

    @Bean
    SegmentBalancer segmentBalancer(NodeRegistry nodes, EventProcessingConfiguration processing,
                                    TokenStore tokenStore, TransactionManager transactions, ClusterReplay replays,
                                    ClusterProperties properties) {
        return new SegmentBalancer(nodes, processing, tokenStore, transactions, replays, properties);
    }

    /** The position of the last event stored; -1 when there is none. */
    public static long head(EventStore eventStore) {
        TrackingToken head = eventStore.createHeadToken();
        return (head == null ? OptionalLong.empty() : head.position()).orElse(-1);
    }

    private static String defaultNodeId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName().replaceAll("[^A-Za-z0-9.\\-]", "");
        } catch (UnknownHostException e) {
            host = "node";
        }
        String prefix = host.isEmpty() ? "node" : host.substring(0, Math.min(host.length(), 60));
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
