package io.catwork.accounts.command;

import io.catwork.accounts.api.AccountRegisteredEvent;
import io.catwork.accounts.api.RegisterAccountCommand;
import io.catwork.common.api.AccountId;
import io.catwork.common.api.Role;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class AccountTest {
    static final AccountId ID = new AccountId(UUID.fromString("00000000-0000-0000-0000-0000000000c1"));

    @Test
    void registersAClientAccount() {
        new AggregateTestFixture<>(Account.class)
                .givenNoPriorActivity()
                .when(new RegisterAccountCommand(ID, Role.CLIENT, "Murka", "murka@example.com", "+7 900", "Roof 7",
                        null))
                .expectEvents(new AccountRegisteredEvent(ID, Role.CLIENT, "Murka", "murka@example.com", "+7 900",
                        "Roof 7", null));
    }
}
