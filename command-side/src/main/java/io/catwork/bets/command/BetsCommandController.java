package io.catwork.bets.command;

import io.catwork.bets.api.BetId;
import io.catwork.bets.api.BetOutcome;
import io.catwork.bets.api.BetsErrorCode;
import io.catwork.common.api.Access;
import io.catwork.common.api.Actor;
import io.catwork.common.api.CatworkException;
import io.catwork.common.api.IdView;
import io.catwork.common.api.Money;
import io.catwork.common.api.Role;
import io.catwork.orders.api.OrderId;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Function;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Managers bet on orders and mark winning bets paid (API.md, Bets). */
@RestController
@Access(Role.MANAGER)
class BetsCommandController {
    private final CommandGateway commands;
    private final BetsLookup lookup;
    private final TransactionTemplate transactions;
    private final Clock clock;

    BetsCommandController(CommandGateway commands, BetsLookup lookup, TransactionTemplate transactions,
                          Clock clock) {
        this.commands = commands;
        this.lookup = lookup;
        this.transactions = transactions;
        this.clock = clock;
    }

    record BetRequest(@NotNull @DecimalMin("0.01") @DecimalMax("1000000.00") @Digits(integer = 7, fraction = 2)
                      BigDecimal amount,
                      @NotNull BetOutcome outcome) {
    }

    /** Placed in one transaction with the read of the order's betting row, under its lock. */
    @Operation(summary = "Bet on how an order turns out")
    @PostMapping("/api/orders/{id}/bets")
    ResponseEntity<IdView> bet(Actor actor, @PathVariable String id, @Valid @RequestBody BetRequest request) {
        OrderId orderId = parse(id, "id", OrderId::of);
        BetId betId = new BetId(UUID.randomUUID());
        transactions.executeWithoutResult(status -> {
            boolean open = lookup.isOpenLocked(orderId).orElseThrow(() -> CatworkException.notFound("order"));
            if (!open) {
                throw new CatworkException(BetsErrorCode.BETTING_CLOSED,
                        "betting is closed: the worker has checked in or the order is final");
            }
            commands.sendAndWait(new BetCommands.PlaceBet(orderId, betId, actor.id(), Money.of(request.amount()),
                    request.outcome(), clock.instant()));
        });
        return ResponseEntity.created(URI.create("/api/orders/" + orderId + "/bets")).body(new IdView(betId.value()));
    }

    @Operation(summary = "Mark a winning bet paid")
    @PostMapping("/api/bets/{betId}/paid")
    ResponseEntity<Void> paid(Actor actor, @PathVariable String betId) {
        BetId bet = parse(betId, "betId", BetId::of);
        OrderId orderId = lookup.orderOf(bet.value()).orElseThrow(() -> CatworkException.notFound("bet"));
        commands.sendAndWait(new BetCommands.MarkBetPaid(orderId, bet, actor.id(), clock.instant()));
        return ResponseEntity.ok().build();
    }

    private static <T> T parse(String value, String field, Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw CatworkException.invalid(field, "not an id");
        }
    }
}
