package io.catwork.matching.command;

import io.catwork.common.api.AccountId;
import io.catwork.hiring.api.ApplicantHiredEvent;
import io.catwork.matching.api.FindWorkerCommand;
import io.catwork.orders.api.AssignWorkerCommand;
import io.catwork.orders.api.OrderCancelledEvent;
import io.catwork.orders.api.OrderCompletedEvent;
import io.catwork.orders.api.OrderFailedEvent;
import io.catwork.orders.api.RecordNoWorkerAvailableCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Matching (DOMAIN.md §4). Keeps its own list of hired workers and their reservations (the subscribing group
 * {@code matching-lookup}); on {@link FindWorkerCommand} it tries the free workers in the policy's order, locks the
 * chosen worker's row, checks again that its slot is free, reserves it and assigns it to the order, all in one
 * transaction, so two orders can never get the same worker for overlapping slots.
 */
@Component
@ProcessingGroup(Matchmaker.GROUP)
class Matchmaker {
    static final String GROUP = "matching-lookup";

    private final PoolWorkerRepository workers;
    private final ReservationRepository reservations;
    private final MatchingPolicy policy;
    private final CommandGateway commands;

    Matchmaker(PoolWorkerRepository workers, ReservationRepository reservations, MatchingPolicy policy,
               CommandGateway commands) {
        this.workers = workers;
        this.reservations = reservations;
        this.policy = policy;
        this.commands = commands;
    }

    @CommandHandler
    void handle(FindWorkerCommand command) {
        if (reservations.existsById(command.orderId().value())) {
            return; // asked twice (a redelivery): the order has its worker already
        }
        for (PoolWorker candidate : policy.order(command.orderId(), workers.findFree(command.start(), command.end()))) {
            workers.lock(candidate.workerId());
            if (!reservations.overlaps(candidate.workerId(), command.start(), command.end())) {
                reservations.saveAndFlush(new Reservation(command.orderId().value(), candidate.workerId(),
                        command.start(), command.end()));
                Boolean assigned = commands.sendAndWait(new AssignWorkerCommand(command.orderId(),
                        new AccountId(candidate.workerId()), candidate.code()));
                if (!Boolean.TRUE.equals(assigned)) {
                    reservations.release(command.orderId().value());
                }
                return;
            }
        }
        commands.sendAndWait(new RecordNoWorkerAvailableCommand(command.orderId()));
    }

    @EventHandler
    void on(ApplicantHiredEvent event) {
        workers.save(new PoolWorker(event.workerId().value(), event.workerCode()));
    }

    @EventHandler
    void on(OrderCancelledEvent event) {
        reservations.release(event.orderId().value());
    }

    @EventHandler
    void on(OrderCompletedEvent event) {
        reservations.release(event.orderId().value());
    }

    @EventHandler
    void on(OrderFailedEvent event) {
        reservations.release(event.orderId().value());
    }
}
