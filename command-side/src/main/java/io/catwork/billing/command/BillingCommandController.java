package io.catwork.billing.command;

import io.catwork.billing.api.BillingErrorCode;
import io.catwork.billing.api.BillingPeriod;
import io.catwork.billing.api.InvoiceId;
import io.catwork.common.api.Access;
import io.catwork.common.api.AccountId;
import io.catwork.common.api.Actor;
import io.catwork.common.api.CatworkException;
import io.catwork.common.api.IdView;
import io.catwork.common.api.Money;
import io.catwork.common.api.Role;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Billing's front door: top-ups, bonuses, period closes and payout retries (API.md, Billing). */
@RestController
class BillingCommandController {
    private final CommandGateway commands;
    private final BillingLookup lookup;
    private final BillingRuns runs;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    BillingCommandController(CommandGateway commands, BillingLookup lookup, BillingRuns runs, JdbcTemplate jdbc,
                             Clock clock) {
        this.commands = commands;
        this.lookup = lookup;
        this.runs = runs;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** An amount in a request: positive, at most two fraction digits, at most {@link Money#MAX_REQUEST_AMOUNT}. */
    record AmountRequest(@NotNull @DecimalMin("0.01") @DecimalMax("1000000.00") @Digits(integer = 7, fraction = 2)
                         BigDecimal amount) {
    }

    record BonusRequest(@NotNull @DecimalMin("0.01") @DecimalMax("1000000.00") @Digits(integer = 7, fraction = 2)
                        BigDecimal amount,
                        @NotBlank @Size(max = 500) String reason) {
    }

    record RunRequest(@NotNull BillingPeriod.Kind kind, @NotNull LocalDate periodEnd) {
    }

    record TopUpView(BigDecimal amount, BigDecimal balance) {
    }

    record RunView(UUID runId) {
    }

    @Access(anyAccount = true)
    @Operation(summary = "Top up a client's balance")
    @PostMapping("/api/clients/{id}/top-ups")
    TopUpView topUp(Actor actor, @PathVariable String id, @Valid @RequestBody AmountRequest request) {
        AccountId client = account(actor, id, Role.CLIENT);
        Money amount = Money.of(request.amount());
        Money balance = commands.sendAndWait(new BillingCommands.TopUp(client, amount, clock.instant()));
        return new TopUpView(amount.amount(), balance.amount());
    }

    @Access(Role.MANAGER)
    @Operation(summary = "Give a worker a bonus")
    @PostMapping("/api/workers/{id}/bonuses")
    ResponseEntity<IdView> bonus(Actor actor, @PathVariable String id, @Valid @RequestBody BonusRequest request) {
        AccountId worker = account(actor, id, Role.WORKER);
        UUID bonusId = UUID.randomUUID();
        commands.sendAndWait(new BillingCommands.GiveBonus(worker, bonusId, Money.of(request.amount()),
                request.reason().strip(), actor.id(), clock.instant()));
        return ResponseEntity.created(URI.create("/api/workers/" + worker + "/earnings")).body(new IdView(bonusId));
    }

    @Access(Role.MANAGER)
    @Operation(summary = "Close a week or a month now")
    @PostMapping("/api/admin/billing/runs")
    ResponseEntity<RunView> run(Actor actor, @Valid @RequestBody RunRequest request) {
        return ResponseEntity.accepted().body(new RunView(runs.request(request.kind(), request.periodEnd(),
                actor.id())));
    }

    /** A period close as operators see it; {@code finishedAt} is null while it runs (or waits to run again). */
    record RunStatusView(UUID id, BillingPeriod.Kind kind, LocalDate periodEnd, UUID requestedBy, Instant requestedAt,
                         Instant startedAt, Instant finishedAt, int accounts, int invoices) {
    }

    @Access(Role.MANAGER)
    @Operation(summary = "List the latest period closes")
    @GetMapping("/api/admin/billing/runs")
    List<RunStatusView> recentRuns() {
        return jdbc.query("select id, kind, period_end, requested_by, requested_at, started_at, finished_at, accounts, "
                + "invoices from billing_run order by requested_at desc limit 100", (row, index) -> new RunStatusView(
                row.getObject("id", UUID.class), BillingPeriod.Kind.valueOf(row.getString("kind")),
                row.getObject("period_end", LocalDate.class), row.getObject("requested_by", UUID.class),
                instant(row.getTimestamp("requested_at")), instant(row.getTimestamp("started_at")),
                instant(row.getTimestamp("finished_at")), row.getInt("accounts"), row.getInt("invoices")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    @Access(Role.MANAGER)
    @Operation(summary = "Retry the payout of a worker's invoice")
    @PostMapping("/api/invoices/{id}/retry-payout")
    ResponseEntity<Void> retryPayout(@PathVariable String id) {
        InvoiceId invoice;
        try {
            invoice = InvoiceId.of(id);
        } catch (IllegalArgumentException e) {
            throw CatworkException.invalid("id", "not an invoice id");
        }
        commands.sendAndWait(new BillingCommands.RetryPayout(invoice, clock.instant()));
        return ResponseEntity.accepted().build();
    }

    /** The account a path names ({@code me} or an id), if the caller may act on it and it has {@code role}. */
    private AccountId account(Actor actor, String id, Role role) {
        UUID account;
        if ("me".equals(id)) {
            if (actor.id() == null) {
                throw CatworkException.notFound("account");
            }
            account = actor.id().value();
        } else {
            try {
                account = UUID.fromString(id);
            } catch (IllegalArgumentException e) {
                throw CatworkException.invalid("id", "must be an account id or 'me'");
            }
        }
        boolean allowed = actor.is(Role.MANAGER) || (actor.is(role) && actor.isAccount(new AccountId(account)));
        if (!allowed || lookup.roleOf(account).filter(role::equals).isEmpty()) {
            throw new CatworkException(BillingErrorCode.NOT_BILLABLE, "no " + role.name().toLowerCase()
                    + " " + id + " that you may act for");
        }
        return new AccountId(account);
    }
}
