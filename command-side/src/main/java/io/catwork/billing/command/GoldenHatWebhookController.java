package io.catwork.billing.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.catwork.billing.api.BillingErrorCode;
import io.catwork.billing.api.InvoiceId;
import io.catwork.common.api.Access;
import io.catwork.common.api.CatworkException;
import io.catwork.common.api.WebhookSignatures;
import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Golden Hat's status webhook (INTEGRATIONS.md), under the supplier's rules: HMAC over the timestamp and the raw body,
 * at most five minutes off our clock, else 401 and nothing changes; a repeated event id is answered 204 and ignored.
 */
@RestController
class GoldenHatWebhookController {
    static final int MAX_EVENT_ID = 200;

    private final GoldenHatSecret secret;
    private final JdbcTemplate jdbc;
    private final CommandGateway commands;
    private final ObjectMapper json;
    private final Clock clock;

    GoldenHatWebhookController(GoldenHatSecret secret, JdbcTemplate jdbc, CommandGateway commands, ObjectMapper json,
                               Clock clock) {
        this.secret = secret;
        this.jdbc = jdbc;
        this.commands = commands;
        this.json = json;
        this.clock = clock;
    }

    @Access(open = true, maxBodyBytes = 4096, lengthRequired = true)
    @Operation(summary = "Receive Golden Hat's signed payout status webhook")
    @PostMapping("/api/integrations/golden-hat/events")
    @Transactional
    ResponseEntity<Void> event(@RequestHeader(name = "X-Signature", required = false) String signature,
                               @RequestBody byte[] body) {
        Instant now = clock.instant();
        if (!WebhookSignatures.verify(secret.value(), signature, body, now)) {
            throw new CatworkException(BillingErrorCode.GOLDEN_HAT_SIGNATURE_INVALID,
                    "missing, invalid or expired X-Signature");
        }
        JsonNode event;
        try {
            event = json.readTree(body);
        } catch (IOException e) {
            throw CatworkException.invalid("body", "not valid JSON");
        }
        String eventId = event.path("eventId").asText("");
        if (eventId.isBlank() || eventId.length() > MAX_EVENT_ID) {
            throw CatworkException.invalid("eventId", "must be 1 to " + MAX_EVENT_ID + " characters");
        }
        BillingCommands.PayoutOutcome outcome = switch (event.path("type").asText("")) {
            case "payout.succeeded" -> BillingCommands.PayoutOutcome.SUCCEEDED;
            case "payout.failed" -> BillingCommands.PayoutOutcome.FAILED;
            default -> null;
        };
        String payoutId = event.path("payoutId").asText("");
        if (outcome != null && (payoutId.isBlank() || payoutId.length() > HttpGoldenHatGateway.MAX_PAYOUT_ID)) {
            throw CatworkException.invalid("payoutId", "must be 1 to " + HttpGoldenHatGateway.MAX_PAYOUT_ID
                    + " characters");
        }
        InvoiceId invoice = null;
        if (outcome != null) {
            try {
                invoice = InvoiceId.of(event.path("reference").asText());
            } catch (IllegalArgumentException e) {
                throw CatworkException.invalid("reference", "not an invoice id");
            }
        }
        if (jdbc.update("insert into golden_hat_webhook_event (event_id, received_at) values (?, ?) "
                + "on conflict do nothing", eventId, Timestamp.from(now)) == 0) {
            return ResponseEntity.noContent().build(); // a repeat: no effect
        }
        if (outcome != null) {
            String reason = event.path("failureReason").asText("Golden Hat reported the payout failed");
            commands.sendAndWait(new BillingCommands.RecordPayoutOutcome(invoice, null, payoutId, outcome,
                    reason.length() > HttpGoldenHatGateway.MAX_REASON
                            ? reason.substring(0, HttpGoldenHatGateway.MAX_REASON) : reason, now));
        }
        return ResponseEntity.noContent().build();
    }
}
