package io.catwork.supplies.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.catwork.orders.api.OrderId;
import io.catwork.supplies.api.CookieOrderFailedEvent;
import io.catwork.supplies.api.CookieOrderedEvent;
import io.catwork.supplies.api.CookieReceivedEvent;
import io.catwork.supplies.api.KitPackedEvent;
import io.catwork.supplies.api.MarkCookieReceivedCommand;
import io.catwork.supplies.api.MarkKitPackedCommand;
import io.catwork.supplies.api.OpenSupplyKitCommand;
import io.catwork.supplies.api.SupplyKitId;
import io.catwork.supplies.api.SupplyKitOpenedEvent;
import io.catwork.supplies.api.SupplyKitReadyEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The supply kit of one order (DOMAIN.md §5): READY once it is packed and holds its cookie. Marking the cookie
 * received or the kit packed again changes nothing.
 */
@Aggregate
class SupplyKit {
    @AggregateIdentifier
    private SupplyKitId kitId;
    private OrderId orderId;
    private boolean cookieOrdered;
    private boolean flagged;
    private boolean cookieReceived;
    private boolean packed;

    SupplyKit() {
        // for event sourcing
    }

    /** Opening twice (a redelivered order placement) opens it once. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(OpenSupplyKitCommand command) {
        if (kitId == null) {
            apply(new SupplyKitOpenedEvent(command.kitId(), command.orderId(), command.clientId(),
                    command.address(), command.deliverBy()));
        }
    }

    @CommandHandler
    void handle(RecordCookieOrderedCommand command) {
        if (!cookieOrdered && !cookieReceived) {
            apply(new CookieOrderedEvent(kitId, orderId, command.supplierOrderId(), command.eta()));
        }
    }

    @CommandHandler
    void handle(FlagCookieOrderFailedCommand command) {
        if (!cookieOrdered && !cookieReceived && !flagged) {
            apply(new CookieOrderFailedEvent(kitId, orderId, command.reason()));
        }
    }

    @CommandHandler
    void handle(MarkCookieReceivedCommand command) {
        if (cookieReceived) {
            return;
        }
        apply(new CookieReceivedEvent(kitId, orderId, command.source()));
        if (packed) {
            apply(new SupplyKitReadyEvent(kitId, orderId));
        }
    }

    @CommandHandler
    void handle(MarkKitPackedCommand command) {
        if (packed) {
            return;
        }
        apply(new KitPackedEvent(kitId, orderId));
        if (cookieReceived) {
            apply(new SupplyKitReadyEvent(kitId, orderId));
        }
    }

    @EventSourcingHandler
    void on(SupplyKitOpenedEvent event) {
        kitId = event.kitId();
        orderId = event.orderId();
    }

    @EventSourcingHandler
    void on(CookieOrderedEvent event) {
        cookieOrdered = true;
    }

    @EventSourcingHandler
    void on(CookieOrderFailedEvent event) {
        flagged = true;
    }

    @EventSourcingHandler
    void on(CookieReceivedEvent event) {
        cookieReceived = true;
    }

    @EventSourcingHandler
    void on(KitPackedEvent event) {
        packed = true;
    }
}
