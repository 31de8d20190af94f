package io.catwork.orders.command;

import io.catwork.common.api.AccountId;
import io.catwork.common.api.Actor;
import io.catwork.common.api.CatworkException;
import io.catwork.common.api.Role;
import io.catwork.orders.api.OrderId;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Who is assigned to an order, read from the order itself (its events), for the photo uploads, which must refuse a
 * stranger before they read a byte of the photo. The command that follows checks again: this is only the early
 * answer, not the rule.
 */
@Component
class Assignments {
    private final Repository<Order> orders;

    Assignments(Repository<Order> orders) {
        this.orders = orders;
    }

    /** 404 unless {@code actor} is the worker assigned to the order: another's order is not theirs to see. */
    void requireAssignedWorker(OrderId orderId, Actor actor) {
        if (!actor.is(Role.WORKER) || !actor.isAccount(assignedWorker(orderId))) {
            throw CatworkException.notFound("order");
        }
    }

    private AccountId assignedWorker(OrderId orderId) {
        UnitOfWork<?> reading = DefaultUnitOfWork.startAndGet(null);
        try {
            return orders.load(orderId.toString()).invoke(Order::assignedWorker);
        } catch (AggregateNotFoundException unknown) {
            return null;
        } finally {
            reading.rollback();
        }
    }
}
