package io.catwork.supplies.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.catwork.common.api.Access;
import io.catwork.common.api.CatworkException;
import io.catwork.common.api.WebhookSignatures;
import io.catwork.orders.api.OrderId;
import io.catwork.supplies.api.MarkCookieReceivedCommand;
import io.catwork.supplies.api.SuppliesErrorCode;
import io.catwork.supplies.api.SupplyKitId;
import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The supplier's delivery webhook (INTEGRATIONS.md): signed with HMAC over the timestamp and the raw body, at most
 * five minutes off our clock; a bad signature is a 401 and changes nothing. A repeated event id is answered 204 and
 * ignored: ids taken are recorded in the same transaction as the cookie's arrival.
 */
@RestController
class SupplierWebhookController {
    static final String DELIVERED = "cookie.delivered";
    /** The longest event id kept ({@code supplier_webhook_event.event_id}). */
    static final int MAX_EVENT_ID = 200;

    private final SupplierSecret secret;
    private final SupplierWebhookEventRepository received;
    private final CommandGateway commands;
    private final ObjectMapper json;
    private final Clock clock;

    SupplierWebhookController(SupplierSecret secret, SupplierWebhookEventRepository received,
                              CommandGateway commands, ObjectMapper json, Clock clock) {
        this.secret = secret;
        this.received = received;
        this.commands = commands;
        this.json = json;
        this.clock = clock;
    }

    @Access(open = true, maxBodyBytes = 4096, lengthRequired = true)
    @Operation(summary = "Receive the cookie supplier's signed delivery webhook")
    @PostMapping("/api/integrations/supplier/events")
    @Transactional
    ResponseEntity<Void> event(@RequestHeader(name = "X-Signature", required = false) String signature,
                               @RequestBody byte[] body) {
        if (!WebhookSignatures.verify(secret.value(), signature, body, clock.instant())) {
            throw new CatworkException(SuppliesErrorCode.WEBHOOK_SIGNATURE_INVALID,
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
        if (received.takeIfNew(eventId, clock.instant()) == 0) {
            return ResponseEntity.noContent().build(); // a repeat, perhaps at the very same moment: no effect
        }
        if (DELIVERED.equals(event.path("type").asText())) {
            OrderId orderId;
            try {
                orderId = OrderId.of(event.path("reference").asText());
            } catch (IllegalArgumentException e) {
                throw CatworkException.invalid("reference", "not an order id");
            }
            commands.sendAndWait(new MarkCookieReceivedCommand(SupplyKitId.forOrder(orderId), "SUPPLIER"));
        }
        return ResponseEntity.noContent().build();
    }
}
