package io.catwork.supplies.command;

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
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The embedded default's supplier (no {@code catwork.supplier.base-url}): it takes every cookie order and, after
 * {@code catwork.supplier.sandbox-delay}, delivers it through Catwork's real signed webhook. Logged as a sandbox.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${catwork.supplier.base-url:}' == ''")
class SandboxSupplier {
    static final TaskDescriptor<String> DELIVERY = TaskDescriptor.of("sandbox-cookie-delivery", String.class);
    private static final Logger log = LoggerFactory.getLogger(SandboxSupplier.class);

    @Bean
    SupplierGateway sandboxSupplierGateway(ObjectProvider<SchedulerClient> scheduler, SupplierProperties properties,
                                           Clock clock) {
        log.warn("catwork.supplier.base-url is not set: cookies come from the SANDBOX supplier, delivered after {}",
                properties.sandboxDelay());
        return request -> {
            String supplierOrderId = "sandbox-" + UUID.randomUUID();
            scheduler.getObject().schedule(DELIVERY.instance(supplierOrderId)
                    .data(request.orderId() + "|" + supplierOrderId)
                    .scheduledTo(clock.instant().plus(properties.sandboxDelay())));
            log.info("SANDBOX supplier took the cookie order of order {} as {}", request.orderId(), supplierOrderId);
            return new SupplierGateway.Accepted(supplierOrderId, clock.instant().plus(properties.sandboxDelay()));
        };
    }

    /** Posts the signed {@code cookie.delivered} webhook to this very application. */
    @Bean
    OneTimeTask<String> sandboxCookieDeliveryTask(SupplierSecret secret, ObjectMapper json, Environment environment,
                                                  Clock clock) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return Tasks.oneTime(DELIVERY).onFailureRetryLater().execute((instance, context) -> {
            String[] parts = instance.getData().split("\\|", 2);
            try {
                byte[] body = json.writeValueAsBytes(Map.of("eventId", "sandbox-event-" + parts[1],
                        "type", "cookie.delivered", "supplierOrderId", parts[1], "reference", parts[0]));
                String port = environment.getProperty("local.server.port", environment.getProperty("server.port",
                        "8080"));
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + "/api/integrations/supplier/events"))
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json")
                        .header("X-Signature", WebhookSignatures.sign(secret.value(),
                                clock.instant().getEpochSecond(), body))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (response.statusCode() != 204) {
                    throw new IllegalStateException("webhook answered " + response.statusCode());
                }
                log.info("SANDBOX supplier delivered the cookie of order {}", parts[0]);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }
}
