package io.catwork.billing.api;

import io.catwork.common.api.AccountId;
import io.catwork.common.api.Money;
import io.catwork.orders.api.OrderId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A client's week closed with charges: {@code amount} = {@code subtotal} − {@code discount}, the discount being
 * {@code discountPercent} % of the subtotal (HALF_UP), the percent from the PAID invoices before this one.
 */
@Revision("1")
public record ClientInvoiceIssuedEvent(AccountId accountId, InvoiceId invoiceId, LocalDate periodStart,
                                       LocalDate periodEnd, List<OrderId> orders, Money subtotal,
                                       int discountPercent, Money discount, Money amount, Instant issuedAt)
        implements BillingEvent {
}
