package io.catwork.billing.command;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import io.catwork.billing.api.BillingErrorCode;
import io.catwork.billing.api.BillingPeriod;
import io.catwork.billing.api.WorkerInvoiceIssuedEvent;
import io.catwork.billing.api.WorkerInvoiceStatus;
import io.catwork.common.api.AccountId;
import io.catwork.common.api.CatworkException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Period closes (DOMAIN.md §6). A run closes one period for every account with activity up to it: one command per
 * account, twenty accounts to a transaction, several transactions at once, the accounts streamed page by page so
 * memory stays flat however many there are. Each account decides for itself whether the period is closed already, so a re-run, a
 * catch-up that overlaps a manager's run, or a second node issues nothing twice; a run whose accounts did not all
 * close fails and its task runs it again.
 */
@Component
class BillingRuns {
    private static final Logger log = LoggerFactory.getLogger(BillingRuns.class);
    /** Accounts closed in one transaction. */
    private static final int BATCH = 20;

    private final JdbcTemplate jdbc;
    private final CommandGateway commands;
    private final ObjectProvider<SchedulerClient> scheduler;
    private final BillingCalendar calendar;
    private final BillingProperties properties;
    private final Clock clock;
    private final TransactionTemplate transactions;

    BillingRuns(JdbcTemplate jdbc, CommandGateway commands, ObjectProvider<SchedulerClient> scheduler,
                BillingCalendar calendar, BillingProperties properties, Clock clock,
                PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.jdbc = jdbc;
        this.commands = commands;
        this.scheduler = scheduler;
        this.calendar = calendar;
        this.properties = properties;
        this.clock = clock;
    }

    /** A manager's run: recorded and scheduled at once; refused for a period that has not closed. */
    @Transactional
    UUID request(BillingPeriod.Kind kind, LocalDate periodEnd, AccountId requestedBy) {
        BillingPeriod period;
        try {
            period = BillingPeriod.endingOn(kind, periodEnd);
        } catch (IllegalArgumentException e) {
            throw CatworkException.invalid("periodEnd", e.getMessage());
        }
        if (!period.hasClosed(clock.instant(), calendar.zone())) {
            throw new CatworkException(BillingErrorCode.PERIOD_NOT_CLOSED, "the period " + period.start() + " to "
                    + period.end() + " closes at " + period.closesAt(calendar.zone()) + " and cannot be run before");
        }
        UUID runId = record(kind, periodEnd, requestedBy);
        scheduler.getObject().schedule(BillingTasks.RUN.instance(runId.toString()).data(runId.toString())
                .scheduledTo(clock.instant()));
        return runId;
    }

    UUID record(BillingPeriod.Kind kind, LocalDate periodEnd, AccountId requestedBy) {
        UUID runId = UUID.randomUUID();
        jdbc.update("insert into billing_run (id, kind, period_end, requested_by, requested_at) values (?, ?, ?, ?, ?)",
                runId, kind.name(), periodEnd, requestedBy == null ? null : requestedBy.value(),
                Timestamp.from(clock.instant()));
        return runId;
    }

    /** Runs a recorded run to its end; throws when some account could not be closed, to be run again. */
    void run(UUID runId) {
        Map<String, Object> row = jdbc.queryForMap("select kind, period_end from billing_run where id = ?", runId);
        BillingPeriod.Kind kind = BillingPeriod.Kind.valueOf((String) row.get("kind"));
        LocalDate periodEnd = ((java.sql.Date) row.get("period_end")).toLocalDate();
        BillingPeriod period = BillingPeriod.endingOn(kind, periodEnd);
        jdbc.update("update billing_run set started_at = ?, finished_at = null where id = ?",
                Timestamp.from(clock.instant()), runId);
        AtomicInteger invoices = new AtomicInteger();
        int accounts = 0;
        List<AccountId> failed = new ArrayList<>();
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, properties.closeConcurrency()));
        try {
            UUID after = null;
            while (true) {
                List<UUID> page = after == null
                        ? jdbc.queryForList("select distinct account_id from billing_due where kind = ? "
                                + "and period_start <= ? order by account_id limit ?", UUID.class, kind.name(),
                        period.start(), properties.closePageSize())
                        : jdbc.queryForList("select distinct account_id from billing_due where kind = ? "
                                + "and period_start <= ? and account_id > ? order by account_id limit ?", UUID.class,
                        kind.name(), period.start(), after, properties.closePageSize());
                if (page.isEmpty()) {
                    break;
                }
                List<List<UUID>> batches = new ArrayList<>();
                for (int from = 0; from < page.size(); from += BATCH) {
                    batches.add(page.subList(from, Math.min(page.size(), from + BATCH)));
                }
                List<Future<BatchOutcome>> closes = new ArrayList<>(batches.size());
                for (List<UUID> batch : batches) {
                    closes.add(workers.submit(() -> closeBatch(kind, batch, period)));
                }
                for (Future<BatchOutcome> close : closes) {
                    BatchOutcome outcome = outcomeOf(close);
                    invoices.addAndGet(outcome.issued());
                    failed.addAll(outcome.failed());
                }
                accounts += page.size();
                after = page.get(page.size() - 1);
            }
        } finally {
            workers.shutdown();
        }
        jdbc.update("update billing_run set accounts = ?, invoices = ? where id = ?", accounts, invoices.get(), runId);
        log.info("billing run {}: {} ending {}, {} accounts, {} invoices issued, {} failed", runId, kind, periodEnd,
                accounts, invoices.get(), failed.size());
        if (!failed.isEmpty()) {
            throw new IllegalStateException(failed.size() + " accounts of run " + runId + " could not be closed");
        }
        jdbc.update("update billing_run set finished_at = ? where id = ?", Timestamp.from(clock.instant()), runId);
    }

    private record BatchOutcome(int issued, List<AccountId> failed) {
    }

    /**
     * Closes a batch of accounts in one transaction: one commit for all their invoices. Should any of them fail (a
     * concurrent change of an account, say), the batch rolls back and each account is closed on its own, in its own
     * transaction, once more after a conflict; only what still fails then is counted failed.
     */
    private BatchOutcome closeBatch(BillingPeriod.Kind kind, List<UUID> accounts, BillingPeriod period) {
        try {
            Integer issued = transactions.execute(status -> {
                int count = 0;
                for (UUID account : accounts) {
                    count += close(kind, new AccountId(account), period) ? 1 : 0;
                }
                return count;
            });
            return new BatchOutcome(issued == null ? 0 : issued, List.of());
        } catch (RuntimeException batchFailed) {
            int issued = 0;
            List<AccountId> failed = new ArrayList<>();
            for (UUID id : accounts) {
                AccountId account = new AccountId(id);
                try {
                    issued += closeAlone(kind, account, period) ? 1 : 0;
                } catch (RuntimeException e) {
                    log.warn("closing {} {} for account {} failed: {}", kind, period.end(), account, e.toString());
                    failed.add(account);
                }
            }
            return new BatchOutcome(issued, failed);
        }
    }

    private static BatchOutcome outcomeOf(Future<BatchOutcome> close) {
        try {
            return close.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while closing", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a batch of closes failed", e.getCause());
        }
    }

    private boolean closeAlone(BillingPeriod.Kind kind, AccountId account, BillingPeriod period) {
        try {
            return Boolean.TRUE.equals(transactions.execute(status -> close(kind, account, period)));
        } catch (ConcurrencyException conflict) {
            // the account changed meanwhile: once more, on its new state
            return Boolean.TRUE.equals(transactions.execute(status -> close(kind, account, period)));
        }
    }

    /**
     * Closes the period for one account, within the caller's transaction: its invoice, a worker's payout request and
     * the account's activity rows are committed together. True when this call issued the invoice.
     */
    private boolean close(BillingPeriod.Kind kind, AccountId account, BillingPeriod period) {
        boolean issued;
        Instant at = clock.instant();
        if (kind == BillingPeriod.Kind.CLIENT_WEEKLY) {
            Boolean answer = commands.sendAndWait(new BillingCommands.CloseClientWeek(account, period.end(), at));
            issued = Boolean.TRUE.equals(answer);
        } else {
            WorkerInvoiceIssuedEvent invoice = commands.sendAndWait(new BillingCommands.CloseWorkerMonth(account,
                    period.end(), at));
            issued = invoice != null && invoice.issuedAt().equals(at);
            if (invoice != null && invoice.status() == WorkerInvoiceStatus.PAYOUT_PENDING) {
                commands.sendAndWait(new BillingCommands.RequestPayout(invoice.invoiceId(), account, invoice.amount(),
                        clock.instant()));
            }
        }
        jdbc.update("delete from billing_due where kind = ? and account_id = ? and period_start <= ?", kind.name(),
                account.value(), period.start());
        return issued;
    }

    /**
     * The calendar's close: every period of {@code kind} that has closed since the last one closed by the calendar,
     * oldest first (after downtime, all the missed ones). On the very first run, the latest closed period only.
     */
    void catchUp(BillingPeriod.Kind kind) {
        BillingPeriod latest = calendar.lastClosed(kind, clock.instant());
        List<LocalDate> cursor = jdbc.queryForList("select last_period_end from billing_cursor where kind = ?",
                LocalDate.class, kind.name());
        BillingPeriod next = cursor.isEmpty() ? latest : BillingPeriod.endingOn(kind, cursor.get(0)).next();
        while (!next.start().isAfter(latest.start())) {
            run(record(kind, next.end(), null));
            jdbc.update("delete from billing_cursor where kind = ?", kind.name());
            jdbc.update("insert into billing_cursor (kind, last_period_end) values (?, ?)", kind.name(), next.end());
            next = next.next();
        }
    }
}
