package org.pepin.shared;

import java.util.Objects;

/**
 * A SIREN, the 9-digit number INSEE gives every French business in the Sirene register. The last
 * digit is a Luhn check digit (INSEE). A valid checksum does not prove that the business exists.
 *
 * @param value 9 digits; spaces, including no-break spaces, are removed first ({@code
 *     siren.format}, {@code siren.checksum})
 */
public record Siren(String value) {

  public Siren {
    value = Values.compact(Objects.requireNonNull(value, "value"), "");
    if (!value.matches("\\d{9}")) {
      throw new InvalidValue("siren.format", "a SIREN has 9 digits: '" + value + "'", value);
    }
    if (!Values.luhn(value)) {
      throw new InvalidValue("siren.checksum", "SIREN fails the Luhn check: " + value, value);
    }
  }

  /** A SIREN as typed, e.g. {@code "977 118 041"}. */
  public static Siren parse(String text) {
    return new Siren(text);
  }

  /** The SIREN in groups of three, e.g. {@code 977 118 041}. */
  public String format() {
    return value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6);
  }

  @Override
  public String toString() {
    return value;
  }
}
