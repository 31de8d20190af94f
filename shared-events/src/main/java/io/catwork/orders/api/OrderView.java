package io.catwork.orders.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An order as API.md shows it. Optional fields are null until they apply. */
public record OrderView(UUID id, UUID clientId, UUID serviceTypeId, OrderStatus status, Instant scheduledAt,
                        String address, String description, UUID workerId, String workerCode, BigDecimal price,
                        String failureReason, ReorderOffer reorderOffer, String kitStatus, UUID checkInPhotoId,
                        UUID reportPhotoId, Instant createdAt, Instant updatedAt) {

    /** A failed order's offer to order it again; {@code reorderedAs} once the client took it. */
    public record ReorderOffer(boolean available, UUID reorderedAs) {
    }
}
