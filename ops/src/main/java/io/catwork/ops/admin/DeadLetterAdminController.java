package io.catwork.ops.admin;

import io.catwork.common.api.Access;
import io.catwork.common.api.Actor;
import io.catwork.common.api.CatworkException;
import io.catwork.common.api.Role;
import io.catwork.ops.processing.DeadLetters;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Managers see what every processing group has parked (its dead letters, one row per parked sequence) and retry a
 * sequence once its cause is removed; a retry that fails again leaves it parked with one more attempt. Audited.
 */
@Access(Role.MANAGER)
@RestController
@RequestMapping("/api/admin/dead-letters")
class DeadLetterAdminController {
    private static final Logger audit = LoggerFactory.getLogger("io.catwork.audit");

    private final DeadLetters deadLetters;

    DeadLetterAdminController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Operation(summary = "List the parked (dead-letter) sequences of every processing group")
    @GetMapping
    List<DeadLetters.ParkedSequence> list(@RequestParam(required = false) String group) {
        return deadLetters.list(Optional.ofNullable(group));
    }

    @Operation(summary = "Retry a parked sequence once its cause is removed")
    @PostMapping("/{group}/{sequence}/retry")
    ResponseEntity<DeadLetters.RetryOutcome> retry(Actor actor, @PathVariable String group,
                                                   @PathVariable String sequence) {
        if (!deadLetters.hasQueue(group)) {
            throw CatworkException.notFound("processing group with dead letters " + group);
        }
        audit.info("manager {} retries the dead letters of {} sequence {}", actor.id(), group, sequence);
        DeadLetters.RetryOutcome outcome = deadLetters.retry(group, sequence)
                .orElseThrow(() -> CatworkException.notFound("parked sequence " + sequence + " of " + group));
        audit.info("retry of {} sequence {}: {}", group, sequence, outcome.healed() ? "healed"
                : "still failing, " + outcome.remaining() + " parked");
        return ResponseEntity.accepted().body(outcome);
    }
}
