package io.catwork.orders.api;

import io.catwork.common.api.AccountId;
import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/** A worker is assigned and the order priced; the worker's slot [start, end) is taken. */
@Revision("1")
public record WorkerAssignedEvent(OrderId orderId, AccountId workerId, String workerCode, BigDecimal price)
        implements OrderEvent {
}
