package org.scorelink.scorecard.entity;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount of money.
 *
 * @param amount   the amount, not negative
 * @param currency ISO 4217 code, e.g. {@code EUR}
 */
public record Cost(BigDecimal amount, String currency) {

    public Cost {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }
}
