package io.catwork.orders.command;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code catwork.orders.*}: the order timing rules of DOMAIN.md §2; {@code maxLeadTime} bounds how far ahead an
 * order may be scheduled, so every accepted start fits every store. {@code matchingRetryInterval} is bound from
 * {@code catwork.matching.retry-interval} (see application.yml). {@code reportGrace}: the report is due by the end of the
 * service plus this.
 *
 * @param minLeadTime           the earliest scheduled start of an order after its creation
 * @param maxLeadTime           the latest scheduled start of an order after its creation; a later one is a 400
 * @param checkInGrace          the check-in deadline after the scheduled start; a worker not checked in by then fails
 *                              the order
 * @param matchingRetryInterval how long the order saga waits before matching again when no worker is free; set it
 *                              through catwork.matching.retry-interval
 * @param reportGrace           the report is due by the end of the service plus this; a missing one opens a review
 */
@ConfigurationProperties("catwork.orders")
public record OrdersProperties(@DefaultValue("PT2H") Duration minLeadTime,
                               @DefaultValue("P365D") Duration maxLeadTime,
                               @DefaultValue("PT15M") Duration checkInGrace,
                               @DefaultValue("PT5M") Duration matchingRetryInterval,
                               @DefaultValue("PT2H") Duration reportGrace) {
}
