package io.catwork.orders.api;

import io.catwork.common.api.AccountId;
import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/** An assigned worker did not check in: the fine of DOMAIN.md §6, for billing. */
@Revision("1")
public record WorkerFinedEvent(OrderId orderId, AccountId workerId, BigDecimal amount, FailureReason reason)
        implements OrderEvent {
}
