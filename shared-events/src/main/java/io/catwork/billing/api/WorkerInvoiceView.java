package io.catwork.billing.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A worker invoice as API.md shows it; {@code paidAt} once PAID, {@code failureReason} while PAYOUT_FAILED. */
public record WorkerInvoiceView(UUID id, LocalDate periodStart, LocalDate periodEnd, BigDecimal earned,
                                BigDecimal bonuses, BigDecimal fines, BigDecimal carriedDebt, BigDecimal amount,
                                BigDecimal carriedForward, WorkerInvoiceStatus status, Instant issuedAt,
                                Instant paidAt, String failureReason) {
}
