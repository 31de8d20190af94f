package io.catwork.reviews.command;

import io.catwork.common.api.Access;
import io.catwork.common.api.Actor;
import io.catwork.common.api.CatworkException;
import io.catwork.common.api.IdView;
import io.catwork.common.api.Role;
import io.catwork.orders.api.OrderId;
import io.catwork.reviews.api.ReviewId;
import io.catwork.reviews.api.ReviewTrigger;
import io.catwork.reviews.api.ReviewsErrorCode;
import io.catwork.reviews.api.Verdict;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Managers open a review of any order by hand and submit a review's result (API.md, Quality review). */
@RestController
@Access(Role.MANAGER)
class ReviewsCommandController {
    private final CommandGateway commands;
    private final ReviewsLookup lookup;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ReviewsCommandController(CommandGateway commands, ReviewsLookup lookup, TransactionTemplate transactions,
                             Clock clock) {
        this.commands = commands;
        this.lookup = lookup;
        this.transactions = transactions;
        this.clock = clock;
    }

    record OpenRequest(@NotNull UUID orderId) {
    }

    record ResultRequest(@NotNull Verdict verdict, @NotNull Boolean clientContacted,
                         @NotBlank @Size(max = 4000) String findings, @Size(max = 4000) String actions) {
    }

    /** A manual review, refused (409) while a review of the order is open; under the order's lock. */
    @Operation(summary = "Open a quality review of any order")
    @PostMapping("/api/quality-reviews")
    ResponseEntity<IdView> open(@Valid @RequestBody OpenRequest request) {
        OrderId orderId = new OrderId(request.orderId());
        ReviewId reviewId = new ReviewId(UUID.randomUUID());
        transactions.executeWithoutResult(status -> {
            ReviewsLookup.Parties parties = lookup.lockOrder(orderId)
                    .orElseThrow(() -> CatworkException.invalid("orderId", "no such order"));
            if (lookup.hasOpenReview(orderId)) {
                throw new CatworkException(ReviewsErrorCode.REVIEW_ALREADY_OPEN,
                        "a review of this order is open; finish it first");
            }
            commands.sendAndWait(new ReviewCommands.OpenReview(reviewId, orderId, parties.clientId(),
                    parties.workerId(), ReviewTrigger.MANUAL, clock.instant()));
        });
        return ResponseEntity.created(URI.create("/api/quality-reviews/" + reviewId))
                .body(new IdView(reviewId.value()));
    }

    @Operation(summary = "Submit a quality review's result")
    @PostMapping("/api/quality-reviews/{id}/result")
    ResponseEntity<Void> result(Actor actor, @PathVariable String id, @Valid @RequestBody ResultRequest request) {
        ReviewId reviewId;
        try {
            reviewId = ReviewId.of(id);
        } catch (IllegalArgumentException e) {
            throw CatworkException.invalid("id", "not a review id");
        }
        commands.sendAndWait(new ReviewCommands.CompleteReview(reviewId, request.verdict(),
                request.clientContacted(), request.findings().strip(),
                request.actions() == null ? "" : request.actions().strip(), actor.id(), clock.instant()));
        return ResponseEntity.ok().build();
    }
}
