package io.catwork.accounts.query;

import io.catwork.accounts.api.AccountRegisteredEvent;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup(AccountProjection.GROUP)
class AccountProjection {
    static final String GROUP = "accounts-projection";

    private final AccountViewRepository repository;

    AccountProjection(AccountViewRepository repository) {
        this.repository = repository;
    }

    @EventHandler
    void on(AccountRegisteredEvent event, @Timestamp Instant at) {
        repository.save(new AccountViewEntity(event.accountId().value(), event.role(), event.name(), event.email(),
                event.phone(), event.address(), event.workerCode(), at));
    }

    @ResetHandler
    void reset() {
        repository.deleteAllInBatch();
    }
}
