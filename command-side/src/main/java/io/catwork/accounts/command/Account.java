package io.catwork.accounts.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.catwork.accounts.api.AccountRegisteredEvent;
import io.catwork.accounts.api.RegisterAccountCommand;
import io.catwork.common.api.AccountId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** An account of any role. Its credentials live beside the event store, never in its events. */
@Aggregate
class Account {
    @AggregateIdentifier
    private AccountId accountId;

    Account() {
        // for event sourcing
    }

    @CommandHandler
    Account(RegisterAccountCommand command) {
        apply(new AccountRegisteredEvent(command.accountId(), command.role(), command.name(), command.email(),
                command.phone(), command.address(), command.workerCode()));
    }

    @EventSourcingHandler
    void on(AccountRegisteredEvent event) {
        accountId = event.accountId();
    }
}
