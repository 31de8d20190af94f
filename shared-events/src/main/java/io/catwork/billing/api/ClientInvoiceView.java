package io.catwork.billing.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A client invoice as API.md shows it; {@code paidAt} null while UNPAID. */
public record ClientInvoiceView(UUID id, LocalDate periodStart, LocalDate periodEnd, BigDecimal subtotal,
                                int discountPercent, BigDecimal discount, BigDecimal amount, String status,
                                Instant issuedAt, Instant paidAt) {
}
