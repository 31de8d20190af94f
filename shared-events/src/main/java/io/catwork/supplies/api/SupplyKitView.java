package io.catwork.supplies.api;

import java.util.UUID;

/** A kit as API.md shows it. */
public record SupplyKitView(UUID id, UUID orderId, KitStatus status, Cookie cookie, boolean packed) {

    public record Cookie(CookieStatus status, String supplierOrderId) {
    }
}
