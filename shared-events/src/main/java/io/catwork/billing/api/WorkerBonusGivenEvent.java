package io.catwork.billing.api;

import io.catwork.common.api.AccountId;
import io.catwork.common.api.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A manager credited a worker; counts in the month that starts on {@code monthStart}. */
@Revision("1")
public record WorkerBonusGivenEvent(AccountId accountId, UUID bonusId, Money amount, String reason,
                                    AccountId givenBy, LocalDate monthStart, Instant at) implements BillingEvent {
}
