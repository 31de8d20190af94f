package io.catwork.supplies.command;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import io.catwork.accounts.api.AccountRegisteredEvent;
import io.catwork.common.api.Role;
import io.catwork.supplies.api.SupplyKitId;
import io.catwork.supplies.api.SupplyKitOpenedEvent;
import java.time.Clock;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Orders each new kit's cookie (DOMAIN.md §5). The subscribing group {@code supplies-lookup} keeps the clients'
 * contacts and, when a kit opens, schedules the persistent task {@code cookie-order} in the same transaction, so the
 * order is placed once per kit, survives restarts and runs on one node. The task calls the supplier; a retryable
 * failure throws, and db-scheduler tries again with backoff until the kit is flagged ({@link CookieOrderTasks}).
 */
@Component
@ProcessingGroup(CookieOrdering.GROUP)
class CookieOrdering {
    static final String GROUP = "supplies-lookup";
    private static final Logger log = LoggerFactory.getLogger(CookieOrdering.class);

    private final SupplyClientRepository clients;
    private final CookieOrderRepository cookieOrders;
    private final ObjectProvider<SchedulerClient> scheduler;
    private final SupplierGateway supplier;
    private final CommandGateway commands;
    private final Clock clock;

    CookieOrdering(SupplyClientRepository clients, CookieOrderRepository cookieOrders,
                   ObjectProvider<SchedulerClient> scheduler, SupplierGateway supplier, CommandGateway commands,
                   Clock clock) {
        this.clients = clients;
        this.cookieOrders = cookieOrders;
        this.scheduler = scheduler;
        this.supplier = supplier;
        this.commands = commands;
        this.clock = clock;
    }

    @EventHandler
    void on(AccountRegisteredEvent event) {
        if (event.role() == Role.CLIENT) {
            clients.save(new SuppliesLookupEntries.Client(event.accountId().value(), event.name(), event.email(),
                    event.phone()));
        }
    }

    @EventHandler
    void on(SupplyKitOpenedEvent event) {
        if (cookieOrders.existsById(event.kitId().value())) {
            return;
        }
        cookieOrders.save(new SuppliesLookupEntries.CookieOrder(event.kitId().value(), event.orderId().value(),
                event.clientId().value(), event.address(), event.deliverBy()));
        scheduler.getObject().schedule(CookieOrderTasks.COOKIE_ORDER.instance(event.kitId().toString())
                .data(event.kitId().toString()).scheduledTo(clock.instant()));
    }

    /** One attempt; throws when the supplier should be tried again later. */
    void order(String kitId) {
        SuppliesLookupEntries.CookieOrder order = cookieOrders.findById(UUID.fromString(kitId))
                .orElseThrow(() -> new IllegalStateException("no cookie order for kit " + kitId));
        SuppliesLookupEntries.Client client = clients.findById(order.clientId)
                .orElseThrow(() -> new IllegalStateException("no contacts of client " + order.clientId));
        SupplierGateway.Result result = supplier.order(new SupplierGateway.CookieOrderRequest(
                order.orderId.toString(), order.deliverBy, client.name, client.email, client.phone, order.address));
        SupplyKitId kit = new SupplyKitId(order.kitId);
        if (result instanceof SupplierGateway.Accepted accepted) {
            commands.sendAndWait(new RecordCookieOrderedCommand(kit, accepted.supplierOrderId(), accepted.eta()));
        } else if (result instanceof SupplierGateway.Refused refused) {
            log.warn("the supplier refused the cookie of order {}: {}", order.orderId, refused.reason());
            commands.sendAndWait(new FlagCookieOrderFailedCommand(kit, "refused by the supplier: " + refused.reason()));
        } else if (result instanceof SupplierGateway.RetryLater retry) {
            throw new SupplierUnavailable(retry.reason());
        }
    }

    void giveUp(String kitId, int attempts) {
        log.warn("no cookie for kit {} after {} attempts: flagging it", kitId, attempts);
        commands.sendAndWait(new FlagCookieOrderFailedCommand(new SupplyKitId(UUID.fromString(kitId)),
                "the supplier did not take the order after " + attempts + " attempts"));
    }

    /** A failed attempt worth repeating; db-scheduler's failure handler schedules the next one. */
    static final class SupplierUnavailable extends RuntimeException {
        SupplierUnavailable(String reason) {
            super(reason);
        }
    }
}
