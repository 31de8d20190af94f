package io.catwork.orders.command;

import io.catwork.orders.api.ServiceTypeId;
import java.math.BigDecimal;

/** What an order costs, computed once a worker is assigned. Chosen by {@code catwork.pricing.policy}. */
public interface PricingPolicy {
    BigDecimal price(ServiceTypeId serviceType, int durationMinutes);
}
