package io.catwork.orders.command;


import io.catwork.common.api.AccountId;
import io.catwork.common.api.Actor;
import io.catwork.common.api.CatworkException;
import io.catwork.common.api.ErrorCode;
import io.catwork.common.api.Role;
import io.catwork.orders.api.CancelOrderCommand;
import io.catwork.orders.api.OrderCancelledEvent;
import io.catwork.orders.api.OrderId;
import io.catwork.orders.api.OrderPlacedEvent;
import io.catwork.orders.api.OrderStatus;
import io.catwork.orders.api.PlaceOrderCommand;
import io.catwork.orders.api.ServiceTypeId;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrderTest {
    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    static final OrderId ORDER = new OrderId(UUID.fromString("00000000-0000-0000-0000-000000000001"));
    static final AccountId CLIENT = new AccountId(UUID.fromString("00000000-0000-0000-0000-0000000000c1"));
    static final AccountId MANAGER = new AccountId(UUID.fromString("00000000-0000-0000-0000-0000000000a1"));
    static final ServiceTypeId GROOMING = new ServiceTypeId(UUID.fromString("00000000-0000-0000-0000-0000000000f1"));

    private AggregateTestFixture<Order> fixture;

    /** A refusal with this error code. */
    static Matcher<CatworkException> hasCode(ErrorCode code) {
        return new FeatureMatcher<>(Matchers.equalTo(code), "refusal with code", "code") {
            @Override
            protected ErrorCode featureValueOf(CatworkException exception) {
                return exception.code();
            }
        };
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Order.class);
    }

    static PlaceOrderCommand place(Instant scheduledAt) {
        return new PlaceOrderCommand(ORDER, CLIENT, GROOMING, 60, scheduledAt, "Roof 7", "brush", NOW,
                NOW.plus(Duration.ofHours(2)));
    }

    static OrderPlacedEvent placed() {
        return new OrderPlacedEvent(ORDER, CLIENT, GROOMING, 60, NOW.plus(Duration.ofHours(3)), "Roof 7", "brush", NOW);
    }

    @Test
    void placesAnOrderAtLeastTheLeadTimeAhead() {
        fixture.givenNoPriorActivity()
                .when(place(NOW.plus(Duration.ofHours(3))))
                .expectSuccessfulHandlerExecution()
                .expectEvents(placed());
    }

    @Test
    void placesAnOrderExactlyAtTheLeadTime() {
        fixture.givenNoPriorActivity()
                .when(place(NOW.plus(Duration.ofHours(2))))
                .expectEvents(new OrderPlacedEvent(ORDER, CLIENT, GROOMING, 60, NOW.plus(Duration.ofHours(2)),
                        "Roof 7", "brush", NOW));
    }

    @Test
    void cannotPlaceAnOrderSoonerThanTheLeadTime() {
        fixture.givenNoPriorActivity()
                .when(place(NOW.plus(Duration.ofMinutes(119))))
                .expectNoEvents()
                .expectException(CatworkException.class)
                .expectExceptionMessage(Matchers.containsString("minimum lead time"));
    }

    @Test
    void clientCancelsItsOwnNewOrder() {
        Actor client = new Actor(CLIENT, Role.CLIENT);
        fixture.given(placed())
                .when(new CancelOrderCommand(ORDER, client, "changed my mind", NOW))
                .expectEvents(new OrderCancelledEvent(ORDER, client, "changed my mind", OrderStatus.NEW, NOW));
    }

    @Test
    void anotherClientCannotCancelAndGetsNotFound() {
        Actor stranger = new Actor(new AccountId(UUID.randomUUID()), Role.CLIENT);
        fixture.given(placed())
                .when(new CancelOrderCommand(ORDER, stranger, null, NOW))
                .expectNoEvents()
                .expectException(hasCode(ErrorCode.NOT_FOUND));
    }

    @Test
    void managerCancelsAnyOrderBeforeAFinalState() {
        Actor manager = new Actor(MANAGER, Role.MANAGER);
        fixture.given(placed())
                .when(new CancelOrderCommand(ORDER, manager, "storm", NOW))
                .expectEvents(new OrderCancelledEvent(ORDER, manager, "storm", OrderStatus.NEW, NOW));
    }

    @Test
    void cannotCancelACancelledOrder() {
        Actor manager = new Actor(MANAGER, Role.MANAGER);
        fixture.given(placed(), new OrderCancelledEvent(ORDER, manager, "storm", OrderStatus.NEW, NOW))
                .when(new CancelOrderCommand(ORDER, new Actor(CLIENT, Role.CLIENT), null, NOW))
                .expectNoEvents()
                .expectException(hasCode(ErrorCode.ORDER_NOT_CANCELLABLE));
        fixture.given(placed(), new OrderCancelledEvent(ORDER, manager, "storm", OrderStatus.NEW, NOW))
                .when(new CancelOrderCommand(ORDER, manager, null, NOW))
                .expectNoEvents()
                .expectException(CatworkException.class);
    }

    @Test
    void otherRolesCannotCancel() {
        fixture.given(placed())
                .when(new CancelOrderCommand(ORDER, new Actor(new AccountId(UUID.randomUUID()), Role.ASSEMBLER),
                        null, NOW))
                .expectNoEvents()
                .expectException(hasCode(ErrorCode.FORBIDDEN));
    }
}
