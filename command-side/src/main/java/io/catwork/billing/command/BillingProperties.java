package io.catwork.billing.command;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code catwork.billing.*}: the business zone every period is counted in, whether weeks and months close by
 * themselves, and how many accounts a period close works on at once.
 */
@ConfigurationProperties("catwork.billing")
public record BillingProperties(@DefaultValue("Europe/Moscow") ZoneId zone,
                                @DefaultValue("true") boolean schedulerEnabled,
                                @DefaultValue("4") int closeConcurrency,
                                @DefaultValue("500") int closePageSize) {
}
