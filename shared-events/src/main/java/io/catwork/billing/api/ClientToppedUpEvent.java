package io.catwork.billing.api;

import io.catwork.common.api.AccountId;
import io.catwork.common.api.Money;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A client put money on its balance; {@code balance} is the balance after it. */
@Revision("1")
public record ClientToppedUpEvent(AccountId accountId, Money amount, Money balance, Instant at)
        implements BillingEvent {
}
