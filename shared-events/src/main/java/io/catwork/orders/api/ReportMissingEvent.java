package io.catwork.orders.api;

import io.catwork.common.api.AccountId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * No report came by the end of the service plus the report grace (DOMAIN.md §2): the worker and the managers are
 * told and a quality review opens. The order stays IN_PROGRESS until the report comes or a manager cancels it.
 */
@Revision("1")
public record ReportMissingEvent(OrderId orderId, AccountId workerId, Instant reportDue) implements OrderEvent {
}
