package io.catwork.billing.command;

import io.catwork.billing.api.BillingPeriod;
import io.catwork.billing.api.InvoiceId;
import io.catwork.billing.api.PayoutAcceptedEvent;
import io.catwork.billing.api.PayoutFailedEvent;
import io.catwork.billing.api.PayoutRequestedEvent;
import io.catwork.billing.api.PayoutSucceededEvent;
import io.catwork.common.api.AccountId;
import io.catwork.common.api.CatworkException;
import io.catwork.common.api.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A worker invoice's payout: one key per attempt, answers to stale attempts ignored, paid at most once. */
class InvoiceTest {
    static final AccountId WORKER = new AccountId(UUID.fromString("00000000-0000-0000-0000-0000000000d1"));
    static final InvoiceId INVOICE = InvoiceId.forPeriod(BillingPeriod.Kind.WORKER_MONTHLY, WORKER,
            LocalDate.of(2026, 11, 30));
    static final String KEY = INVOICE.toString();
    static final String RETRY_KEY = INVOICE + "-retry-1";
    static final Money AMOUNT = Money.of("95.50");
    static final Instant AT = Instant.parse("2026-11-30T21:00:05Z");

    private AggregateTestFixture<Invoice> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Invoice.class);
    }

    static PayoutRequestedEvent requested(String key, int attempt) {
        return new PayoutRequestedEvent(WORKER, INVOICE, AMOUNT, key, attempt, AT);
    }

    static BillingCommands.RecordPayoutOutcome answer(String key, String payoutId,
                                                      BillingCommands.PayoutOutcome outcome) {
        return new BillingCommands.RecordPayoutOutcome(INVOICE, key, payoutId, outcome, "no account", AT);
    }

    @Test
    void aPayoutIsRequestedOnceWithTheInvoiceIdAsItsKey() {
        fixture.givenNoPriorActivity()
                .when(new BillingCommands.RequestPayout(INVOICE, WORKER, AMOUNT, AT))
                .expectEvents(requested(KEY, 0));
        fixture.given(requested(KEY, 0))
                .when(new BillingCommands.RequestPayout(INVOICE, WORKER, AMOUNT, AT))
                .expectNoEvents();
    }

    @Test
    void pendingThenSucceededPaysTheInvoiceOnceHoweverOftenItIsSaid() {
        fixture.given(requested(KEY, 0))
                .when(answer(KEY, "GH-1", BillingCommands.PayoutOutcome.PENDING))
                .expectEvents(new PayoutAcceptedEvent(WORKER, INVOICE, KEY, "GH-1", AT));
        fixture.given(requested(KEY, 0), new PayoutAcceptedEvent(WORKER, INVOICE, KEY, "GH-1", AT))
                .when(answer(null, "GH-1", BillingCommands.PayoutOutcome.SUCCEEDED))
                .expectEvents(new PayoutSucceededEvent(WORKER, INVOICE, AMOUNT, "GH-1", AT));
        fixture.given(requested(KEY, 0), new PayoutSucceededEvent(WORKER, INVOICE, AMOUNT, "GH-1", AT))
                .when(answer(null, "GH-1", BillingCommands.PayoutOutcome.SUCCEEDED))
                .expectNoEvents();
        fixture.given(requested(KEY, 0), new PayoutSucceededEvent(WORKER, INVOICE, AMOUNT, "GH-1", AT))
                .when(new BillingCommands.RetryPayout(INVOICE, AT))
                .expectException(CatworkException.class)
                .expectExceptionMessage(Matchers.containsString("PAID"));
    }

    @Test
    void onlyADefinitiveFailureMayBeRetriedWithANewKey() {
        fixture.given(requested(KEY, 0))
                .when(answer(KEY, "GH-1", BillingCommands.PayoutOutcome.FAILED))
                .expectEvents(new PayoutFailedEvent(WORKER, INVOICE, KEY, "GH-1", "no account", AT));
        fixture.given(requested(KEY, 0))
                .when(new BillingCommands.RetryPayout(INVOICE, AT))
                .expectException(CatworkException.class)
                .expectExceptionMessage(Matchers.containsString("only a PAYOUT_FAILED invoice can be retried"));
        fixture.given(requested(KEY, 0), new PayoutFailedEvent(WORKER, INVOICE, KEY, "GH-1", "no account", AT))
                .when(new BillingCommands.RetryPayout(INVOICE, AT))
                .expectEvents(requested(RETRY_KEY, 1));
    }

    @Test
    void answersAboutAnEarlierAttemptChangeNothing() {
        fixture.given(requested(KEY, 0), new PayoutFailedEvent(WORKER, INVOICE, KEY, "GH-1", "no account", AT),
                        requested(RETRY_KEY, 1))
                .when(answer(KEY, "GH-1", BillingCommands.PayoutOutcome.SUCCEEDED))
                .expectNoEvents();
        fixture.given(requested(KEY, 0), new PayoutFailedEvent(WORKER, INVOICE, KEY, "GH-1", "no account", AT),
                        requested(RETRY_KEY, 1))
                .when(answer(null, "GH-1", BillingCommands.PayoutOutcome.FAILED))
                .expectNoEvents();
        fixture.given(requested(KEY, 0), new PayoutFailedEvent(WORKER, INVOICE, KEY, "GH-1", "no account", AT),
                        requested(RETRY_KEY, 1))
                .when(answer(RETRY_KEY, "GH-2", BillingCommands.PayoutOutcome.SUCCEEDED))
                .expectEvents(new PayoutSucceededEvent(WORKER, INVOICE, AMOUNT, "GH-2", AT));
    }
}
