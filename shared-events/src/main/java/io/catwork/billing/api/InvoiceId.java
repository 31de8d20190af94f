package io.catwork.billing.api;

import io.catwork.common.api.AccountId;
import io.catwork.common.api.TypedId;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * An invoice's id: derived from the account and the period's last day, so a re-run, a catch-up or a second node
 * closing the same period names the same invoice and can never issue a second one. {@link #toString()} is the raw
 * value, because Axon routes on it.
 */
public record InvoiceId(UUID value) implements TypedId {
    public InvoiceId {
        Objects.requireNonNull(value, "value");
    }

    public static InvoiceId of(String value) {
        return new InvoiceId(UUID.fromString(value));
    }

    public static InvoiceId forPeriod(BillingPeriod.Kind kind, AccountId account, LocalDate periodEnd) {
        return new InvoiceId(UUID.nameUUIDFromBytes((kind.name() + "|" + account + "|" + periodEnd)
                .getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
