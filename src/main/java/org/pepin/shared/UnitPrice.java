package org.pepin.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A price per unit, with exactly 6 decimals, in the basis of its price list (excl. or incl. VAT;
 * ARCHITECTURE §3, step 1).
 *
 * @param value the price; more than 6 significant decimals is refused ({@code unit-price.scale})
 */
public record UnitPrice(BigDecimal value) {

  public UnitPrice {
    value = Values.scaled(Objects.requireNonNull(value, "value"), 6, "unit-price.scale");
  }

  /** An exact price written as a plain decimal, e.g. {@code "1.49"}. */
  public static UnitPrice of(String value) {
    return new UnitPrice(Values.decimal(value));
  }

  /** The price rounded half up to 6 decimals. */
  public static UnitPrice rounded(BigDecimal value) {
    return new UnitPrice(value.setScale(6, RoundingMode.HALF_UP));
  }

  @Override
  public String toString() {
    return value.toPlainString();
  }
}
