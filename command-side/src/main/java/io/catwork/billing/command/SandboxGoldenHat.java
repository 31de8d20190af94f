package io.catwork.billing.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import io.catwork.common.api.WebhookSignatures;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The embedded default's Golden Hat (no {@code catwork.golden-hat.base-url}): it takes every payout as PENDING and,
 * after {@code catwork.golden-hat.sandbox-delay}, reports it paid through Catwork's real signed webhook. No money
 * moves. Logged as a sandbox.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${catwork.golden-hat.base-url:}' == ''")
class SandboxGoldenHat {
    static final TaskDescriptor<String> PAID = TaskDescriptor.of("sandbox-golden-hat-paid", String.class);
    private static final Logger log = LoggerFactory.getLogger(SandboxGoldenHat.class);

    @Bean
    GoldenHatGateway sandboxGoldenHatGateway(ObjectProvider<SchedulerClient> scheduler,
                                             GoldenHatProperties properties, Clock clock) {
        log.warn("catwork.golden-hat.base-url is not set: payouts go to the SANDBOX Golden Hat, reported paid after {}"
                + " (no money moves)", properties.sandboxDelay());
        return new GoldenHatGateway() {
            @Override
            public Result pay(PayoutRequest request) {
                String payoutId = "sandbox-payout-" + request.idempotencyKey();
                scheduler.getObject().scheduleIfNotExists(PAID.instance(payoutId)
                        .data(request.invoiceId() + "|" + payoutId)
                        .scheduledTo(clock.instant().plus(properties.sandboxDelay())));
                log.info("SANDBOX Golden Hat took the payout of invoice {} ({} KU) as {}", request.invoiceId(),
                        request.amount(), payoutId);
                return new Answered(payoutId, "PENDING", null);
            }

            @Override
            public Result status(String payoutId) {
                return new Answered(payoutId, "SUCCEEDED", null);
            }
        };
    }

    /** Posts the signed {@code payout.succeeded} webhook to this very application. */
    @Bean
    OneTimeTask<String> sandboxGoldenHatPaidTask(GoldenHatSecret secret, ObjectMapper json, Environment environment,
                                                 Clock clock) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return Tasks.oneTime(PAID).onFailureRetryLater().execute((instance, context) -> {
            String[] parts = instance.getData().split("\\|", 2);
            try {
                byte[] body = json.writeValueAsBytes(Map.of("eventId", "sandbox-event-" + parts[1],
                        "type", "payout.succeeded", "payoutId", parts[1], "reference", parts[0]));
                String port = environment.getProperty("local.server.port", environment.getProperty("server.port",
                        "8080"));
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + "/api/integrations/golden-hat/events"))
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json")
                        .header("X-Signature", WebhookSignatures.sign(secret.value(),
                                clock.instant().getEpochSecond(), body))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (response.statusCode() != 204) {
                    throw new IllegalStateException("webhook answered " + response.statusCode());
                }
                log.info("SANDBOX Golden Hat paid invoice {}", parts[0]);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }
}
