package org.pepin.shared;

import java.util.Locale;
import java.util.Objects;

/**
 * A BIC (ISO 9362): 4 characters for the institution, 2 letters for its country, 2 for the location
 * and an optional 3-character branch code. ISO 9362:2014 allows digits in the institution code.
 * There is no check digit.
 *
 * @param value the BIC, upper-cased and without spaces ({@code bic.format})
 */
public record Bic(String value) {

  public Bic {
    value = Values.compact(Objects.requireNonNull(value, "value"), "").toUpperCase(Locale.ROOT);
    if (!value.matches("[A-Z0-9]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?")) {
      throw new InvalidValue("bic.format", "not a BIC: '" + value + "'", value);
    }
  }

  /** The ISO 3166-1 country code of the institution, e.g. {@code FR}. */
  public String country() {
    return value.substring(4, 6);
  }

  @Override
  public String toString() {
    return value;
  }
}
