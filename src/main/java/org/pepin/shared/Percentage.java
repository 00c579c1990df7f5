package org.pepin.shared;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A percentage from 0 to 100 inclusive with at most 4 decimals, kept at scale 4: line and document
 * discounts, down payments, instalment shares.
 *
 * @param value the percentage, e.g. {@code 15} for 15 % ({@code percentage.range} when out of
 *     range)
 */
public record Percentage(BigDecimal value) implements Comparable<Percentage> {

  private static final BigDecimal HUNDRED_VALUE = BigDecimal.valueOf(100);

  public static final Percentage ZERO = of("0");
  public static final Percentage HUNDRED = of("100");

  public Percentage {
    Objects.requireNonNull(value, "value");
    if (value.signum() < 0
        || value.compareTo(HUNDRED_VALUE) > 0
        || value.stripTrailingZeros().scale() > 4) {
      throw new InvalidValue(
          "percentage.range", "percentage not in [0, 100] with 4 decimals: " + value, value);
    }
    value = value.setScale(4);
  }

  /** A percentage written as a plain decimal, e.g. {@code "33.3333"}. */
  public static Percentage of(String value) {
    return new Percentage(Values.decimal(value));
  }

  /** The percentage as a fraction, e.g. 0.15 for 15 %. */
  public BigDecimal fraction() {
    return value.movePointLeft(2);
  }

  /** This percentage of a number, exactly (no rounding). */
  public BigDecimal applyTo(BigDecimal number) {
    return number.multiply(fraction());
  }

  @Override
  public int compareTo(Percentage other) {
    return value.compareTo(other.value);
  }

  /** The percentage without trailing zeros, e.g. {@code 15} or {@code 33.3333}. */
  @Override
  public String toString() {
    return value.stripTrailingZeros().toPlainString();
  }
}
