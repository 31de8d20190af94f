package io.catwork.supplies.api;

import io.catwork.orders.api.OrderId;

/** Every event of a supply kit. */
public sealed interface SupplyKitEvent permits SupplyKitOpenedEvent, CookieReceivedEvent, KitPackedEvent,
        SupplyKitReadyEvent, CookieOrderedEvent, CookieOrderFailedEvent {
    SupplyKitId kitId();

    OrderId orderId();
}
