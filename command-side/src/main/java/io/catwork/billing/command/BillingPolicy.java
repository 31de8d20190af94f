package io.catwork.billing.command;

import io.catwork.common.api.AccountId;
import io.catwork.common.api.Money;
import io.catwork.orders.api.FailureReason;
import io.catwork.orders.api.OrderCancelledEvent;
import io.catwork.orders.api.OrderCompletedEvent;
import io.catwork.orders.api.OrderFailedEvent;
import io.catwork.orders.api.OrderId;
import io.catwork.orders.api.OrderPlacedEvent;
import io.catwork.orders.api.WorkerAssignedEvent;
import io.catwork.orders.api.WorkerFinedEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Turns the orders' life into money (DOMAIN.md §6): a priced order charges its client, a completed one earns its
 * worker 60 %, a failed or cancelled one drops or credits the charge, a NO_CHECK_IN failure fines the worker. A
 * tracking group that sees every order's events in order (one segment) and parks an order's failure for that order
 * alone; the accounts ignore a repeat, so a redelivered event changes nothing. Never replayed.
 */
@Component
@ProcessingGroup(BillingPolicy.GROUP)
@DisallowReplay
class BillingPolicy {
    static final String GROUP = "billing-policy";

    private final JdbcTemplate jdbc;
    private final CommandGateway commands;
    private final Clock clock;

    BillingPolicy(JdbcTemplate jdbc, CommandGateway commands, Clock clock) {
        this.jdbc = jdbc;
        this.commands = commands;
        this.clock = clock;
    }

    @EventHandler
    void on(OrderPlacedEvent event) {
        jdbc.update("insert into billing_order (order_id, client_id, priced) values (?, ?, false) "
                + "on conflict do nothing", event.orderId().value(), event.clientId().value());
    }

    @EventHandler
    void on(WorkerAssignedEvent event, @Timestamp Instant pricedAt) {
        AccountId client = clientOf(event.orderId());
        jdbc.update("update billing_order set priced = true where order_id = ?", event.orderId().value());
        commands.sendAndWait(new BillingCommands.ChargeOrder(client, event.orderId(), Money.of(event.price()),
                pricedAt, clock.instant()));
    }

    @EventHandler
    void on(OrderCompletedEvent event) {
        commands.sendAndWait(new BillingCommands.RecordEarning(event.workerId(), event.orderId(),
                Money.of(event.price()), event.completedAt(), clock.instant()));
    }

    @EventHandler
    void on(OrderFailedEvent event) {
        dropCharge(event.orderId(), "the order failed: " + event.reason());
    }

    @EventHandler
    void on(OrderCancelledEvent event) {
        dropCharge(event.orderId(), "the order was cancelled");
    }

    @EventHandler
    void on(WorkerFinedEvent event, @Timestamp Instant finedAt) {
        if (event.reason() == FailureReason.NO_CHECK_IN) {
            commands.sendAndWait(new BillingCommands.RecordFine(event.workerId(), event.orderId(),
                    Money.of(event.amount()), finedAt, clock.instant()));
        }
    }

    private void dropCharge(OrderId orderId, String reason) {
        UUID pricedFor = jdbc.query("select client_id from billing_order where order_id = ? and priced",
                rows -> rows.next() ? rows.getObject(1, UUID.class) : null, orderId.value());
        if (pricedFor != null) {
            commands.sendAndWait(new BillingCommands.DropCharge(new AccountId(pricedFor), orderId, reason,
                    clock.instant()));
        }
    }

    private AccountId clientOf(OrderId orderId) {
        UUID client = jdbc.query("select client_id from billing_order where order_id = ?",
                rows -> rows.next() ? rows.getObject(1, UUID.class) : null, orderId.value());
        if (client == null) {
            throw new IllegalStateException("no client known for order " + orderId);
        }
        return new AccountId(client);
    }
}
