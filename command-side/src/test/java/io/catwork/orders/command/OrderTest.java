package io.catwork.orders.command;

import io.catwork.common.api.AccountId;
import io.catwork.common.api.Actor;
import io.catwork.common.api.CatworkException;
import io.catwork.common.api.CommonErrorCode;
import io.catwork.common.api.ErrorCode;
import io.catwork.common.api.MessageKeys;
import io.catwork.common.api.Role;
import io.catwork.orders.api.AssignWorkerCommand;
import io.catwork.orders.api.CancelOrderCommand;
import io.catwork.orders.api.CheckInCommand;
import io.catwork.orders.api.FailureReason;
import io.catwork.orders.api.OrderCancelledEvent;
import io.catwork.orders.api.OrderCompletedEvent;
import io.catwork.orders.api.OrderErrorCode;
import io.catwork.orders.api.OrderFailedEvent;
import io.catwork.orders.api.OrderId;
import io.catwork.orders.api.OrderPlacedEvent;
import io.catwork.orders.api.OrderReorderedEvent;
import io.catwork.orders.api.OrderStartedEvent;
import io.catwork.orders.api.OrderStatus;
import io.catwork.orders.api.OrderSuppliesReadyEvent;
import io.catwork.orders.api.PlaceOrderCommand;
import io.catwork.orders.api.ReorderCommand;
import io.catwork.orders.api.ReportMissingEvent;
import io.catwork.orders.api.ServiceTypeId;
import io.catwork.orders.api.SubmitReportCommand;
import io.catwork.orders.api.WorkerAssignedEvent;
import io.catwork.orders.api.WorkerFinedEvent;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrderTest {
    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    static final Instant START = NOW.plus(Duration.ofHours(3));
    static final Duration GRACE = Duration.ofMinutes(15);
    static final Instant DEADLINE = START.plus(GRACE);
    static final OrderId ORDER = new OrderId(UUID.fromString("00000000-0000-0000-0000-000000000001"));
    static final OrderId COPY = new OrderId(UUID.fromString("00000000-0000-0000-0000-000000000002"));
    static final AccountId CLIENT = new AccountId(UUID.fromString("00000000-0000-0000-0000-0000000000c1"));
    static final AccountId MANAGER = new AccountId(UUID.fromString("00000000-0000-0000-0000-0000000000a1"));
    static final AccountId WORKER = new AccountId(UUID.fromString("00000000-0000-0000-0000-0000000000d1"));
    static final Actor AS_WORKER = new Actor(WORKER, Role.WORKER);
    static final Actor AS_CLIENT = new Actor(CLIENT, Role.CLIENT);
    static final ServiceTypeId GROOMING = new ServiceTypeId(UUID.fromString("00000000-0000-0000-0000-0000000000f1"));
    static final UUID PHOTO = UUID.fromString("00000000-0000-0000-0000-0000000000e1");
    static final BigDecimal PRICE = new BigDecimal("100.00");

    private AggregateTestFixture<Order> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Order.class);
        fixture.registerInjectableResource((PricingPolicy) (type, minutes) -> PRICE);
    }

    /** A refusal with this error code. */
    static Matcher<CatworkException> hasCode(ErrorCode code) {
        return new FeatureMatcher<>(Matchers.equalTo(code), "refusal with code", "code") {
            @Override
            protected ErrorCode featureValueOf(CatworkException exception) {
                return exception.code();
            }
        };
    }

    /** Events the system decided, by their metadata. */
    static Matcher<List<EventMessage<?>>> allBySystem() {
        return new FeatureMatcher<>(Matchers.everyItem(Matchers.equalTo((Object) Role.SYSTEM.name())),
                "events whose actor roles", "actor roles") {
            @Override
            protected List<Object> featureValueOf(List<EventMessage<?>> events) {
                return events.stream().map(event -> event.getMetaData().get(MessageKeys.ACTOR_ROLE)).toList();
            }
        };
    }

    static PlaceOrderCommand place(Instant scheduledAt) {
        return new PlaceOrderCommand(ORDER, CLIENT, GROOMING, 60, scheduledAt, "Roof 7", "brush", NOW,
                NOW.plus(Duration.ofHours(2)), NOW.plus(Duration.ofDays(365)), GRACE, null);
    }

    static OrderPlacedEvent placed() {
        return new OrderPlacedEvent(ORDER, CLIENT, GROOMING, 60, START, "Roof 7", "brush", NOW, DEADLINE, null);
    }

    static WorkerAssignedEvent assigned() {
        return new WorkerAssignedEvent(ORDER, WORKER, "MAI-BLA-M03-0007", PRICE);
    }

    static OrderStartedEvent started(Instant at) {
        return new OrderStartedEvent(ORDER, WORKER, PHOTO, "sha", at);
    }

    @Test
    void placesAnOrderWithItsCheckInDeadline() {
        fixture.givenCurrentTime(NOW)
                .when(place(START))
                .expectSuccessfulHandlerExecution()
                .expectEvents(placed());
    }

    @Test
    void cannotPlaceAnOrderSoonerThanTheLeadTime() {
        fixture.givenCurrentTime(NOW)
                .when(place(NOW.plus(Duration.ofMinutes(119))))
                .expectNoEvents()
                .expectException(hasCode(CommonErrorCode.VALIDATION_FAILED))
                .expectExceptionMessage(Matchers.containsString("minimum lead time"));
    }

    @Test
    void cannotPlaceAnOrderFurtherAheadThanTheMaximumLeadTime() {
        fixture.givenCurrentTime(NOW)
                .when(place(NOW.plus(Duration.ofDays(366))))
                .expectNoEvents()
                .expectException(hasCode(CommonErrorCode.VALIDATION_FAILED))
                .expectExceptionMessage(Matchers.containsString("maximum lead time"));
    }

    @Test
    void clientCancelsItsOwnOrderBeforeCheckIn() {
        fixture.givenCurrentTime(NOW).andGiven(placed(), new OrderSuppliesReadyEvent(ORDER), assigned())
                .when(new CancelOrderCommand(ORDER, AS_CLIENT, "changed my mind", NOW))
                .expectEvents(new OrderCancelledEvent(ORDER, AS_CLIENT, "changed my mind", OrderStatus.ASSIGNED, NOW));
    }

    @Test
    void anotherClientCannotCancelAndGetsNotFound() {
        fixture.given(placed())
                .when(new CancelOrderCommand(ORDER, new Actor(new AccountId(UUID.randomUUID()), Role.CLIENT), null,
                        NOW))
                .expectNoEvents()
                .expectException(hasCode(CommonErrorCode.NOT_FOUND));
    }

    @Test
    void theClientCannotCancelAfterCheckInButAManagerCanBeforeTheEnd() {
        Actor manager = new Actor(MANAGER, Role.MANAGER);
        fixture.given(placed(), new OrderSuppliesReadyEvent(ORDER), assigned(), started(START))
                .when(new CancelOrderCommand(ORDER, AS_CLIENT, null, START))
                .expectNoEvents()
                .expectException(hasCode(OrderErrorCode.ORDER_NOT_CANCELLABLE));
        fixture.given(placed(), new OrderSuppliesReadyEvent(ORDER), assigned(), started(START))
                .when(new CancelOrderCommand(ORDER, manager, "storm", START))
                .expectEvents(new OrderCancelledEvent(ORDER, manager, "storm", OrderStatus.IN_PROGRESS, START));
    }

    @Test
    void cannotCancelAFinalOrderAndOtherRolesCannotCancel() {
        Actor manager = new Actor(MANAGER, Role.MANAGER);
        fixture.given(placed(), new OrderCancelledEvent(ORDER, manager, "storm", OrderStatus.NEW, NOW))
                .when(new CancelOrderCommand(ORDER, manager, null, NOW))
                .expectNoEvents()
                .expectException(hasCode(OrderErrorCode.ORDER_NOT_CANCELLABLE));
        fixture.given(placed())
                .when(new CancelOrderCommand(ORDER, new Actor(MANAGER, Role.ASSEMBLER), null, NOW))
                .expectNoEvents()
                .expectException(hasCode(CommonErrorCode.FORBIDDEN));
    }

    @Test
    void theMatchmakersWorkerIsAssignedAndPricedOnlyWhileTheOrderWaitsForOne() {
        fixture.given(placed(), new OrderSuppliesReadyEvent(ORDER))
                .when(new AssignWorkerCommand(ORDER, WORKER, "MAI-BLA-M03-0007"))
                .expectEvents(assigned())
                .expectResultMessagePayload(true);
        fixture.given(placed(), new OrderCancelledEvent(ORDER, AS_CLIENT, null, OrderStatus.NEW, NOW))
                .when(new AssignWorkerCommand(ORDER, WORKER, "MAI-BLA-M03-0007"))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void theAssignedWorkerChecksInWithinTheWindow() {
        Instant at = START.minus(Duration.ofMinutes(60));
        fixture.givenCurrentTime(NOW).andGiven(placed(), new OrderSuppliesReadyEvent(ORDER), assigned())
                .when(new CheckInCommand(ORDER, AS_WORKER, PHOTO, "sha", at))
                .expectEvents(started(at));
    }

    @Test
    void cannotCheckInBeforeTheWindowOrAfterTheDeadline() {
        fixture.given(placed(), new OrderSuppliesReadyEvent(ORDER), assigned())
                .when(new CheckInCommand(ORDER, AS_WORKER, PHOTO, "sha", START.minus(Duration.ofMinutes(61))))
                .expectNoEvents()
                .expectException(hasCode(OrderErrorCode.CHECK_IN_NOT_ALLOWED));
        fixture.given(placed(), new OrderSuppliesReadyEvent(ORDER), assigned())
                .when(new CheckInCommand(ORDER, AS_WORKER, PHOTO, "sha", DEADLINE.plusSeconds(1)))
                .expectNoEvents()
                .expectException(hasCode(OrderErrorCode.CHECK_IN_NOT_ALLOWED));
    }

    @Test
    void anotherWorkerCannotCheckInAndACheckInCannotHappenTwice() {
        fixture.given(placed(), new OrderSuppliesReadyEvent(ORDER), assigned())
                .when(new CheckInCommand(ORDER, new Actor(new AccountId(UUID.randomUUID()), Role.WORKER), PHOTO,
                        "sha", START))
                .expectNoEvents()
                .expectException(hasCode(CommonErrorCode.NOT_FOUND));
        fixture.given(placed(), new OrderSuppliesReadyEvent(ORDER), assigned(), started(START))
                .when(new CheckInCommand(ORDER, AS_WORKER, PHOTO, "sha", START))
                .expectNoEvents()
                .expectException(hasCode(OrderErrorCode.CHECK_IN_NOT_ALLOWED));
    }

    @Test
    void theReportCompletesAnOrderInProgress() {
        fixture.given(placed(), new OrderSuppliesReadyEvent(ORDER), assigned(), started(START))
                .when(new SubmitReportCommand(ORDER, AS_WORKER, PHOTO, "sha2", START.plusSeconds(3600)))
                .expectEvents(new OrderCompletedEvent(ORDER, WORKER, PRICE, PHOTO, "sha2", START.plusSeconds(3600)));
        fixture.given(placed(), new OrderSuppliesReadyEvent(ORDER), assigned())
                .when(new SubmitReportCommand(ORDER, AS_WORKER, PHOTO, "sha2", START))
                .expectNoEvents()
                .expectException(hasCode(OrderErrorCode.REPORT_NOT_ALLOWED));
    }

    @Test
    void closingTheCheckInFailsAnOrderWhoseWorkerDidNotCheckInAndFinesTheWorker() {
        fixture.given(placed(), new OrderSuppliesReadyEvent(ORDER), assigned())
                .when(new CloseCheckInCommand(ORDER))
                .expectEvents(new OrderFailedEvent(ORDER, FailureReason.NO_CHECK_IN, WORKER, DEADLINE),
                        new WorkerFinedEvent(ORDER, WORKER, new BigDecimal("40.00"), FailureReason.NO_CHECK_IN))
                .expectEventsMatching(allBySystem());
    }

    @Test
    void closingTheCheckInFailsAnOrderWithoutSuppliesOrWithoutAWorkerWithNoFine() {
        fixture.given(placed())
                .when(new CloseCheckInCommand(ORDER))
                .expectEvents(new OrderFailedEvent(ORDER, FailureReason.SUPPLIES_NOT_READY, null, DEADLINE));
        fixture.given(placed(), new OrderSuppliesReadyEvent(ORDER))
                .when(new CloseCheckInCommand(ORDER))
                .expectEvents(new OrderFailedEvent(ORDER, FailureReason.NO_WORKER_AVAILABLE, null, DEADLINE));
    }

    @Test
    void aMissingReportIsFlaggedOnceWhileTheOrderIsInProgressAndTheOrderStaysInProgress() {
        Instant due = START.plus(Duration.ofHours(3));
        fixture.given(placed(), new OrderSuppliesReadyEvent(ORDER), assigned(), started(START))
                .when(new FlagReportMissingCommand(ORDER, due))
                .expectEvents(new ReportMissingEvent(ORDER, WORKER, due))
                .expectEventsMatching(allBySystem());
        fixture.given(placed(), new OrderSuppliesReadyEvent(ORDER), assigned(), started(START),
                        new ReportMissingEvent(ORDER, WORKER, due))
                .when(new FlagReportMissingCommand(ORDER, due))
                .expectNoEvents();
        fixture.given(placed(), new OrderSuppliesReadyEvent(ORDER), assigned(), started(START),
                        new ReportMissingEvent(ORDER, WORKER, due))
                .when(new SubmitReportCommand(ORDER, AS_WORKER, PHOTO, "sha", due.plusSeconds(60)))
                .expectEvents(new OrderCompletedEvent(ORDER, WORKER, PRICE, PHOTO, "sha", due.plusSeconds(60)));
        fixture.given(placed(), new OrderSuppliesReadyEvent(ORDER), assigned(), started(START),
                        new OrderCompletedEvent(ORDER, WORKER, PRICE, PHOTO, "sha", START.plusSeconds(60)))
                .when(new FlagReportMissingCommand(ORDER, due))
                .expectNoEvents();
    }

    @Test
    void closingTheCheckInDoesNothingOnceTheWorkerCheckedInOrTheOrderIsFinal() {
        fixture.given(placed(), new OrderSuppliesReadyEvent(ORDER), assigned(), started(START))
                .when(new CloseCheckInCommand(ORDER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(placed(), new OrderCancelledEvent(ORDER, AS_CLIENT, null, OrderStatus.NEW, NOW))
                .when(new CloseCheckInCommand(ORDER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void theOwnerReordersAFailedOrderOnce() {
        OrderFailedEvent failed = new OrderFailedEvent(ORDER, FailureReason.SUPPLIES_NOT_READY, null, DEADLINE);
        fixture.given(placed(), failed)
                .when(new ReorderCommand(ORDER, AS_CLIENT, COPY))
                .expectEvents(new OrderReorderedEvent(ORDER, COPY))
                .expectResultMessagePayload(new Order.ReorderSource(GROOMING, "Roof 7", "brush"));
        fixture.given(placed(), failed, new OrderReorderedEvent(ORDER, COPY))
                .when(new ReorderCommand(ORDER, AS_CLIENT, COPY))
                .expectNoEvents()
                .expectException(hasCode(OrderErrorCode.REORDER_NOT_ALLOWED));
        fixture.given(placed())
                .when(new ReorderCommand(ORDER, AS_CLIENT, COPY))
                .expectNoEvents()
                .expectException(hasCode(OrderErrorCode.REORDER_NOT_ALLOWED));
        fixture.given(placed(), failed)
                .when(new ReorderCommand(ORDER, new Actor(MANAGER, Role.CLIENT), COPY))
                .expectNoEvents()
                .expectException(hasCode(CommonErrorCode.NOT_FOUND));
    }
}
