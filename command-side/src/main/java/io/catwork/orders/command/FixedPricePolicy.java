package io.catwork.orders.command;

import io.catwork.orders.api.ServiceTypeId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** DOMAIN.md §4: every order costs {@code catwork.pricing.fixed-price} (100.00 KU); the default policy. */
@Component
@ConditionalOnProperty(name = "catwork.pricing.policy", havingValue = "fixed", matchIfMissing = true)
class FixedPricePolicy implements PricingPolicy {
    private final BigDecimal price;

    FixedPricePolicy(@Value("${catwork.pricing.fixed-price:100.00}") BigDecimal price) {
        this.price = price.setScale(2, RoundingMode.HALF_UP);
    }

    @Override
    public BigDecimal price(ServiceTypeId serviceType, int durationMinutes) {
        return price;
    }
}
