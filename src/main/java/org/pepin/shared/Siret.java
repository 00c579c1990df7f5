package org.pepin.shared;

import java.util.Objects;

/**
 * A SIRET, the 14-digit number of an establishment: its business's {@link Siren} followed by a
 * 5-digit NIC. Valid when both the 14 digits and the SIREN pass the Luhn check (INSEE), except for
 * the establishments of La Poste (SIREN 356 000 000) other than its head office 356 000 000 00048,
 * whose digits must add up to a multiple of 5 (INSEE rule, as in python-stdnum {@code fr.siret}).
 *
 * @param value 14 digits; spaces, including no-break spaces, are removed first ({@code
 *     siret.format}, {@code siret.checksum})
 */
public record Siret(String value) {

  private static final String LA_POSTE = "356000000";
  private static final String LA_POSTE_HEAD_OFFICE = "35600000000048";

  public Siret {
    value = Values.compact(Objects.requireNonNull(value, "value"), "");
    if (!value.matches("\\d{14}")) {
      throw new InvalidValue("siret.format", "a SIRET has 14 digits: '" + value + "'", value);
    }
    boolean valid =
        value.startsWith(LA_POSTE) && !value.equals(LA_POSTE_HEAD_OFFICE)
            ? value.chars().map(c -> c - '0').sum() % 5 == 0
            : Values.luhn(value) && Values.luhn(value.substring(0, 9));
    if (!valid) {
      throw new InvalidValue("siret.checksum", "SIRET fails its check: " + value, value);
    }
  }

  /** A SIRET as typed, e.g. {@code "977 118 041 00010"}. */
  public static Siret parse(String text) {
    return new Siret(text);
  }

  /** The SIREN of the establishment's business. */
  public Siren siren() {
    return new Siren(value.substring(0, 9));
  }

  /** The NIC, the establishment's 5-digit number within its business. */
  public String nic() {
    return value.substring(9);
  }

  /** The SIRET as printed, e.g. {@code 977 118 041 00010}. */
  public String format() {
    return siren().format() + " " + nic();
  }

  @Override
  public String toString() {
    return value;
  }
}
