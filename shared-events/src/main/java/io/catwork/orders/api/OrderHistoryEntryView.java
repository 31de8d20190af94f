package io.catwork.orders.api;

import java.time.Instant;

/** One event of an order's history, with who caused it and in which request. */
public record OrderHistoryEntryView(long sequence, String type, Instant occurredAt, ActorView actor,
                                    String correlationId, Object payload) {

    /** {@code id} is null for the system itself. */
    public record ActorView(String id, String role) {
    }
}
