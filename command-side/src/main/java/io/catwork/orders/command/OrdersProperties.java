package io.catwork.orders.command;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code catwork.orders.*}: the order timing rules of DOMAIN.md §2; {@code maxLeadTime} bounds how far ahead an
 * order may be scheduled, so every accepted start fits every store. {@code matchingRetryInterval} is bound from
 * {@code catwork.matching.retry-interval} (see application.yml). {@code reportGrace}: the report is due by the end of the
 * service plus this.
 */
@ConfigurationProperties("catwork.orders")
public record OrdersProperties(@DefaultValue("PT2H") Duration minLeadTime,
                               @DefaultValue("P365D") Duration maxLeadTime,
                               @DefaultValue("PT15M") Duration checkInGrace,
                               @DefaultValue("PT5M") Duration matchingRetryInterval,
                               @DefaultValue("PT2H") Duration reportGrace) {
}
