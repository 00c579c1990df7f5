package org.pepin.shared;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A quantity with exactly 3 decimals; negative on credit notes.
 *
 * @param value the quantity; more than 3 significant decimals is refused ({@code quantity.scale})
 */
public record Quantity(BigDecimal value) {

  public Quantity {
    value = Values.scaled(Objects.requireNonNull(value, "value"), 3, "quantity.scale");
  }

  /** An exact quantity written as a plain decimal, e.g. {@code "2.5"}. */
  public static Quantity of(String value) {
    return new Quantity(Values.decimal(value));
  }

  public static Quantity of(long value) {
    return new Quantity(BigDecimal.valueOf(value));
  }

  public boolean isZero() {
    return value.signum() == 0;
  }

  @Override
  public String toString() {
    return value.toPlainString();
  }
}
