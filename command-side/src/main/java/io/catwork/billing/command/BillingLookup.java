package io.catwork.billing.command;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import io.catwork.accounts.api.AccountRegisteredEvent;
import io.catwork.billing.api.BillingPeriod;
import io.catwork.billing.api.ClientChargedEvent;
import io.catwork.billing.api.PayoutRequestedEvent;
import io.catwork.billing.api.WorkerBonusGivenEvent;
import io.catwork.billing.api.WorkerEarnedEvent;
import io.catwork.billing.api.WorkerFineRecordedEvent;
import io.catwork.common.api.AccountId;
import io.catwork.common.api.Role;
import io.catwork.hiring.api.ApplicantHiredEvent;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Billing's command-side lookup (subscribing: written in the transaction of the event it takes): which accounts are
 * clients and workers, which accounts have activity in a period not yet closed for them, and, when a payout is
 * requested, its persistent task, scheduled once per Idempotency-Key.
 */
@Component
@ProcessingGroup(BillingLookup.GROUP)
class BillingLookup {
    static final String GROUP = "billing-lookup";

    private final JdbcTemplate jdbc;
    private final ObjectProvider<SchedulerClient> scheduler;
    private final Clock clock;

    BillingLookup(JdbcTemplate jdbc, ObjectProvider<SchedulerClient> scheduler, Clock clock) {
        this.jdbc = jdbc;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    @EventHandler
    void on(AccountRegisteredEvent event) {
        if (event.role() == Role.CLIENT || event.role() == Role.WORKER) {
            jdbc.update("insert into billing_account (account_id, role) values (?, ?) on conflict do nothing",
                    event.accountId().value(), event.role().name());
        }
    }

    @EventHandler
    void on(ApplicantHiredEvent event) {
        if (jdbc.update("update billing_account set payout_account = ? where account_id = ?", event.payoutAccount(),
                event.workerId().value()) == 0) {
            jdbc.update("insert into billing_account (account_id, role, payout_account) values (?, ?, ?)",
                    event.workerId().value(), Role.WORKER.name(), event.payoutAccount());
        }
    }

    @EventHandler
    void on(ClientChargedEvent event) {
        due(BillingPeriod.Kind.CLIENT_WEEKLY, event.accountId(), event.weekStart());
    }

    @EventHandler
    void on(WorkerEarnedEvent event) {
        due(BillingPeriod.Kind.WORKER_MONTHLY, event.accountId(), event.monthStart());
    }

    @EventHandler
    void on(WorkerFineRecordedEvent event) {
        due(BillingPeriod.Kind.WORKER_MONTHLY, event.accountId(), event.monthStart());
    }

    @EventHandler
    void on(WorkerBonusGivenEvent event) {
        due(BillingPeriod.Kind.WORKER_MONTHLY, event.accountId(), event.monthStart());
    }

    @EventHandler
    void on(PayoutRequestedEvent event) {
        String recipient = jdbc.query("select payout_account from billing_account where account_id = ?",
                rows -> rows.next() ? rows.getString(1) : null, event.accountId().value());
        scheduler.getObject().scheduleIfNotExists(GoldenHatTasks.PAYOUT.instance(event.idempotencyKey())
                .data(new GoldenHatTasks.Payout(event.invoiceId().toString(), event.idempotencyKey(),
                        event.amount().toString(), recipient != null ? recipient : event.accountId().toString())
                        .encode())
                .scheduledTo(clock.instant()));
    }

    private void due(BillingPeriod.Kind kind, AccountId account, LocalDate periodStart) {
        jdbc.update("insert into billing_due (kind, account_id, period_start) values (?, ?, ?) on conflict do nothing",
                kind.name(), account.value(), periodStart);
    }

    /** The role of a billed or paid account, if it is one. */
    Optional<Role> roleOf(UUID account) {
        return jdbc.query("select role from billing_account where account_id = ?",
                rows -> rows.next() ? Optional.of(Role.valueOf(rows.getString(1))) : Optional.empty(), account);
    }
}
