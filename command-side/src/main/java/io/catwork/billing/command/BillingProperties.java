package io.catwork.billing.command;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code catwork.billing.*}: the business zone every period is counted in, whether weeks and months close by
 * themselves, and how many accounts a period close works on at once.
 *
 * @param zone             the business time zone: weeks, months and a worker's age are counted in it
 * @param schedulerEnabled close weeks and months automatically by the calendar (with catch-up after downtime)
 * @param closeConcurrency transactions a period close runs at once, twenty accounts each
 * @param closePageSize    how many accounts a period close reads per page
 */
@ConfigurationProperties("catwork.billing")
public record BillingProperties(@DefaultValue("Europe/Moscow") ZoneId zone,
                                @DefaultValue("true") boolean schedulerEnabled,
                                @DefaultValue("4") int closeConcurrency,
                                @DefaultValue("500") int closePageSize) {
}
