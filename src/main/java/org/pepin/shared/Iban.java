package org.pepin.shared;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An IBAN (ISO 13616): a 2-letter country code, 2 check digits and the national account number
 * (BBAN). Its length is fixed per country (SWIFT IBAN registry; all SEPA countries are known here,
 * other countries only get the 15–34 bound), and the number read with the first 4 characters moved
 * to the end and letters replaced by 10–35 is 1 modulo 97 (ISO 7064 MOD 97-10).
 *
 * @param value the IBAN, upper-cased and without spaces ({@code iban.format}, {@code iban.length},
 *     {@code iban.checksum})
 */
public record Iban(String value) {

  /** IBAN lengths of the SEPA countries (SWIFT IBAN registry). */
  private static final Map<String, Integer> LENGTHS =
      Stream.of(
              ("AD24 AL28 AT20 BE16 BG22 CH21 CY28 CZ24 DE22 DK18 EE20 "
                      + "ES24 FI18 FO18 FR27 GB22 GI23 GL18 GR27 HR21 HU28 IE22 "
                      + "IS26 IT27 LI21 LT20 LU20 LV21 MC27 MD24 ME22 MK19 MT31 "
                      + "NL18 NO15 PL28 PT25 RO24 RS22 SE24 SI19 SK24 SM27 VA22")
                  .split(" "))
          .collect(Collectors.toMap(e -> e.substring(0, 2), e -> Integer.parseInt(e.substring(2))));

  public Iban {
    value = Values.compact(Objects.requireNonNull(value, "value"), "").toUpperCase(Locale.ROOT);
    if (!value.matches("[A-Z]{2}\\d{2}[A-Z0-9]+")) {
      throw new InvalidValue("iban.format", "not an IBAN: '" + value + "'", value);
    }
    Integer expected = LENGTHS.get(value.substring(0, 2));
    if (expected == null
        ? value.length() < 15 || value.length() > 34
        : value.length() != expected) {
      throw new InvalidValue(
          "iban.length",
          "wrong IBAN length " + value.length() + ": " + value,
          value,
          expected == null ? "15-34" : expected,
          value.length());
    }
    if (mod97(value.substring(4) + value.substring(0, 4)) != 1) {
      throw new InvalidValue("iban.checksum", "IBAN check digits are wrong: " + value, value);
    }
  }

  private static int mod97(String text) {
    int remainder = 0;
    for (char c : text.toCharArray()) {
      int n = Character.digit(c, 36);
      remainder = (remainder * (n < 10 ? 10 : 100) + n) % 97;
    }
    return remainder;
  }

  /** The ISO 3166-1 country code, e.g. {@code FR}. */
  public String country() {
    return value.substring(0, 2);
  }

  /** The IBAN in groups of 4 characters, e.g. {@code FR76 3000 4012 3400 0123 4567 862}. */
  public String format() {
    return value.replaceAll("(.{4})(?!$)", "$1 ");
  }

  @Override
  public String toString() {
    return value;
  }
}
