package io.catwork.orders.command;

import io.catwork.common.api.CatworkException;
import io.catwork.orders.api.CreateServiceTypeCommand;
import io.catwork.orders.api.ServiceTypeCreatedEvent;
import io.catwork.orders.api.ServiceTypeId;
import io.catwork.orders.api.ServiceTypeUpdatedEvent;
import io.catwork.orders.api.UpdateServiceTypeCommand;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ServiceTypeTest {
    static final ServiceTypeId GROOMING = new ServiceTypeId(UUID.fromString("00000000-0000-0000-0000-0000000000f1"));
    static final ServiceTypeId NAPPING = new ServiceTypeId(UUID.fromString("00000000-0000-0000-0000-0000000000f2"));

    /** The name set as the lookup keeps it, without a database. */
    static final class Names implements ServiceTypeNames {
        final Map<String, ServiceTypeId> taken = new HashMap<>();

        @Override
        public boolean isTaken(String name, ServiceTypeId except) {
            ServiceTypeId owner = taken.get(name.strip().toLowerCase(Locale.ROOT));
            return owner != null && !owner.equals(except);
        }

        @Override
        public Optional<OrderableServiceType> find(ServiceTypeId id) {
            return Optional.empty();
        }
    }

    private AggregateTestFixture<ServiceType> fixture;
    private Names names;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ServiceType.class);
        names = new Names();
        fixture.registerInjectableResource(names);
    }

    @Test
    void createsAServiceType() {
        fixture.givenNoPriorActivity()
                .when(new CreateServiceTypeCommand(GROOMING, "Grooming", "brush", 60))
                .expectEvents(new ServiceTypeCreatedEvent(GROOMING, "Grooming", "brush", 60));
    }

    @Test
    void cannotCreateATakenName() {
        names.taken.put("grooming", NAPPING);
        fixture.givenNoPriorActivity()
                .when(new CreateServiceTypeCommand(GROOMING, "GROOMING", "brush", 60))
                .expectNoEvents()
                .expectException(CatworkException.class);
    }

    @Test
    void deactivatesAndRenames() {
        names.taken.put("grooming", GROOMING);
        fixture.given(new ServiceTypeCreatedEvent(GROOMING, "Grooming", "brush", 60))
                .when(new UpdateServiceTypeCommand(GROOMING, "Grooming deluxe", "brush", 90, false))
                .expectEvents(new ServiceTypeUpdatedEvent(GROOMING, "Grooming deluxe", "brush", 90, false));
    }

    @Test
    void keepingItsOwnNameIsNotAConflict() {
        names.taken.put("grooming", GROOMING);
        fixture.given(new ServiceTypeCreatedEvent(GROOMING, "Grooming", "brush", 60))
                .when(new UpdateServiceTypeCommand(GROOMING, "Grooming", "brush", 60, false))
                .expectEvents(new ServiceTypeUpdatedEvent(GROOMING, "Grooming", "brush", 60, false));
    }

    @Test
    void cannotTakeAnotherTypesName() {
        names.taken.put("napping", NAPPING);
        fixture.given(new ServiceTypeCreatedEvent(GROOMING, "Grooming", "brush", 60))
                .when(new UpdateServiceTypeCommand(GROOMING, "Napping", "brush", 60, true))
                .expectNoEvents()
                .expectException(CatworkException.class);
    }

    @Test
    void anUnchangedUpdateRecordsNothing() {
        fixture.given(new ServiceTypeCreatedEvent(GROOMING, "Grooming", "brush", 60))
                .when(new UpdateServiceTypeCommand(GROOMING, "Grooming", "brush", 60, true))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
