package io.catwork.orders.command;

import io.catwork.common.api.AccountId;
import io.catwork.common.api.Actor;
import io.catwork.common.api.Role;
import io.catwork.matching.api.FindWorkerCommand;
import io.catwork.orders.api.FailureReason;
import io.catwork.orders.api.NoWorkerAvailableEvent;
import io.catwork.orders.api.OrderCancelledEvent;
import io.catwork.orders.api.OrderCompletedEvent;
import io.catwork.orders.api.OrderFailedEvent;
import io.catwork.orders.api.OrderId;
import io.catwork.orders.api.OrderPlacedEvent;
import io.catwork.orders.api.OrderStartedEvent;
import io.catwork.orders.api.OrderStatus;
import io.catwork.orders.api.OrderSuppliesReadyEvent;
import io.catwork.orders.api.ServiceTypeId;
import io.catwork.orders.api.WorkerAssignedEvent;
import io.catwork.supplies.api.OpenSupplyKitCommand;
import io.catwork.supplies.api.SupplyKitReadyEvent;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrderSagaTest {
    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    static final Instant START = NOW.plus(Duration.ofHours(3));
    static final OrderId ORDER = new OrderId(UUID.fromString("00000000-0000-0000-0000-000000000001"));
    static final AccountId CLIENT = new AccountId(UUID.fromString("00000000-0000-0000-0000-0000000000c1"));
    static final AccountId WORKER = new AccountId(UUID.fromString("00000000-0000-0000-0000-0000000000d1"));
    static final ServiceTypeId GROOMING = new ServiceTypeId(UUID.fromString("00000000-0000-0000-0000-0000000000f1"));
    static final OrdersProperties PROPERTIES =
            new OrdersProperties(Duration.ofHours(2), Duration.ofDays(365), Duration.ofMinutes(15),
                    Duration.ofMinutes(5), Duration.ofHours(2));

    private SagaTestFixture<OrderSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(OrderSaga.class);
        fixture.registerResource(PROPERTIES);
    }

    static OrderPlacedEvent placed() {
        return new OrderPlacedEvent(ORDER, CLIENT, GROOMING, 60, START, "Roof 7", "brush", NOW,
                START.plus(Duration.ofMinutes(15)), null);
    }

    static WorkerAssignedEvent assigned() {
        return new WorkerAssignedEvent(ORDER, WORKER, "MAI-BLA-M03-0007", new BigDecimal("100.00"));
    }

    static FindWorkerCommand findWorker() {
        return new FindWorkerCommand(ORDER, START, START.plus(Duration.ofMinutes(60)));
    }

    static OrderStartedEvent started() {
        return new OrderStartedEvent(ORDER, WORKER, UUID.randomUUID(), "sha", START);
    }

    @Test
    void aNewOrderOpensItsSupplyKitAndSchedulesItsCheckInDeadline() {
        fixture.givenCurrentTime(NOW)
                .whenPublishingA(placed())
                .expectActiveSagas(1)
                .expectDispatchedCommands(new OpenSupplyKitCommand(OrderSaga.kitOf(ORDER), ORDER, CLIENT, "Roof 7",
                        START))
                .expectScheduledDeadlineWithName(Duration.ofHours(3).plusMinutes(15), OrderSaga.CHECK_IN_DEADLINE);
    }

    @Test
    void theCheckInDeadlineClosesTheCheckInAndTheFailureEndsTheSaga() throws Exception {
        fixture.givenCurrentTime(NOW).andThenAPublished(placed())
                .andThenAPublished(new OrderSuppliesReadyEvent(ORDER)).andThenAPublished(assigned())
                .whenTimeElapses(Duration.ofHours(3).plusMinutes(15))
                .expectTriggeredDeadlinesWithName(OrderSaga.CHECK_IN_DEADLINE)
                .expectDispatchedCommands(new CloseCheckInCommand(ORDER))
                .expectActiveSagas(1);
        fixture.givenCurrentTime(NOW).andThenAPublished(placed())
                .whenPublishingA(new OrderFailedEvent(ORDER, FailureReason.SUPPLIES_NOT_READY, null,
                        START.plus(Duration.ofMinutes(15))))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }

    @Test
    void aCheckInSwapsTheCheckInDeadlineForTheReportDeadline() throws Exception {
        fixture.givenCurrentTime(NOW).andThenAPublished(placed())
                .andThenAPublished(new OrderSuppliesReadyEvent(ORDER)).andThenAPublished(assigned())
                .whenPublishingA(started())
                .expectActiveSagas(1)
                .expectNoScheduledDeadlineWithName(START.plus(Duration.ofMinutes(15)), OrderSaga.CHECK_IN_DEADLINE)
                // the service ends an hour after the start; the report is due two hours after that
                .expectScheduledDeadlineWithName(Duration.ofHours(6), OrderSaga.REPORT_DEADLINE);
    }

    @Test
    void noReportByTheDeadlineFlagsItMissingAndTheSagaWaitsForTheReport() throws Exception {
        Instant due = START.plus(Duration.ofHours(3));
        fixture.givenCurrentTime(NOW).andThenAPublished(placed())
                .andThenAPublished(new OrderSuppliesReadyEvent(ORDER)).andThenAPublished(assigned())
                .andThenAPublished(started())
                .whenTimeElapses(Duration.ofHours(6))
                .expectTriggeredDeadlinesWithName(OrderSaga.REPORT_DEADLINE)
                .expectDispatchedCommands(new FlagReportMissingCommand(ORDER, due))
                .expectActiveSagas(1);
    }

    @Test
    void theReportCancelsTheReportDeadlineAndEndsTheSaga() throws Exception {
        fixture.givenCurrentTime(NOW).andThenAPublished(placed())
                .andThenAPublished(new OrderSuppliesReadyEvent(ORDER)).andThenAPublished(assigned())
                .andThenAPublished(started())
                .whenPublishingA(new OrderCompletedEvent(ORDER, WORKER, new BigDecimal("100.00"), UUID.randomUUID(),
                        "sha", START.plus(Duration.ofMinutes(50))))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
        fixture.givenCurrentTime(NOW).andThenAPublished(placed())
                .andThenAPublished(new OrderSuppliesReadyEvent(ORDER)).andThenAPublished(assigned())
                .andThenAPublished(started())
                .whenPublishingA(new OrderCancelledEvent(ORDER, new Actor(null, Role.SYSTEM), "by a manager",
                        OrderStatus.IN_PROGRESS, START.plus(Duration.ofHours(4))))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }

    @Test
    void aReadyKitMakesTheOrdersSuppliesReady() {
        fixture.givenCurrentTime(NOW).andThenAPublished(placed())
                .whenPublishingA(new SupplyKitReadyEvent(OrderSaga.kitOf(ORDER), ORDER))
                .expectDispatchedCommands(new MarkSuppliesReadyCommand(ORDER));
    }

    @Test
    void readySuppliesStartMatching() {
        fixture.givenCurrentTime(NOW).andThenAPublished(placed())
                .whenPublishingA(new OrderSuppliesReadyEvent(ORDER))
                .expectDispatchedCommands(findWorker());
    }

    @Test
    void withNoFreeWorkerMatchingIsRetriedAfterTheInterval() throws Exception {
        fixture.givenCurrentTime(NOW).andThenAPublished(placed()).andThenAPublished(new OrderSuppliesReadyEvent(ORDER))
                .whenPublishingA(new NoWorkerAvailableEvent(ORDER))
                .expectScheduledDeadlineWithName(Duration.ofMinutes(5), OrderSaga.MATCHING_RETRY)
                .expectNoDispatchedCommands();
    }

    @Test
    void theRetryDeadlineAsksForAWorkerAgain() throws Exception {
        fixture.givenCurrentTime(NOW).andThenAPublished(placed()).andThenAPublished(new NoWorkerAvailableEvent(ORDER))
                .whenTimeElapses(Duration.ofMinutes(5))
                .expectTriggeredDeadlinesWithName(OrderSaga.MATCHING_RETRY)
                .expectDispatchedCommands(findWorker())
                .expectScheduledDeadlineWithName(Duration.ofHours(3).plusMinutes(10), OrderSaga.CHECK_IN_DEADLINE);
    }

    @Test
    void matchingStopsAtTheCheckInDeadline() throws Exception {
        fixture.givenCurrentTime(NOW).andThenAPublished(placed())
                .andThenTimeElapses(Duration.ofHours(3).plusMinutes(11))
                .whenPublishingA(new NoWorkerAvailableEvent(ORDER))
                .expectScheduledDeadlineWithName(Duration.ofMinutes(4), OrderSaga.CHECK_IN_DEADLINE)
                .expectNoScheduledDeadlineWithName(Duration.ofMinutes(5), OrderSaga.MATCHING_RETRY);
    }

    @Test
    void anAssignedWorkerStopsTheRetriesAndTheSagaWaitsForTheCheckIn() throws Exception {
        fixture.givenCurrentTime(NOW).andThenAPublished(placed()).andThenAPublished(new NoWorkerAvailableEvent(ORDER))
                .whenPublishingA(assigned())
                .expectActiveSagas(1)
                .expectNoScheduledDeadlineWithName(Duration.ofMinutes(5), OrderSaga.MATCHING_RETRY)
                .expectScheduledDeadlineWithName(Duration.ofHours(3).plusMinutes(15), OrderSaga.CHECK_IN_DEADLINE);
    }

    @Test
    void cancellationEndsTheSagaAndItsRetries() throws Exception {
        fixture.givenCurrentTime(NOW).andThenAPublished(placed()).andThenAPublished(new NoWorkerAvailableEvent(ORDER))
                .whenPublishingA(new OrderCancelledEvent(ORDER, new Actor(CLIENT, Role.CLIENT), null, OrderStatus.NEW,
                        NOW))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }
}
