package org.pepin.shared;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An intra-community VAT number: the prefix of an EU member state (Greece is {@code EL}; Northern
 * Ireland {@code XI}) followed by the national number (Directive 2006/112/EC art. 215; national
 * formats as published for the VIES service).
 *
 * <ul>
 *   <li>France: {@code FR}, a 2-character key and the 9-digit SIREN (DGFiP). A numeric key is
 *       {@code (12 + 3 × (SIREN mod 97)) mod 97} on 2 digits. A key with a letter (alphabet 0–9,
 *       A–Z without I and O) follows the check of python-stdnum {@code fr.tva}. The SIREN's own
 *       Luhn digit is not checked; numbers of Monaco businesses have {@code 000} in place of the
 *       SIREN's first digits.
 *   <li>Belgium: {@code BE} and 10 digits starting with 0 or 1 (an old 9-digit number gets a
 *       leading 0); 97 − (first 8 digits mod 97) equals the last 2 digits.
 *   <li>Other member states: the national format only; existence is checked against VIES online.
 * </ul>
 *
 * @param value the number, upper-cased, without spaces, dots or dashes ({@code vat-number.format},
 *     {@code vat-number.country}, {@code vat-number.key})
 */
public record VatNumber(String value) {

  private static final String KEY_ALPHABET = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";

  private static final Map<String, Pattern> FORMATS =
      Map.ofEntries(
          format("AT", "U\\d{8}"),
          format("BE", "[01]\\d{9}"),
          format("BG", "\\d{9,10}"),
          format("CY", "\\d{8}[A-Z]"),
          format("CZ", "\\d{8,10}"),
          format("DE", "\\d{9}"),
          format("DK", "\\d{8}"),
          format("EE", "\\d{9}"),
          format("EL", "\\d{9}"),
          format("ES", "[A-Z0-9]\\d{7}[A-Z0-9]"),
          format("FI", "\\d{8}"),
          format("FR", "[0-9A-HJ-NP-Z]{2}\\d{9}"),
          format("HR", "\\d{11}"),
          format("HU", "\\d{8}"),
          format("IE", "\\d{7}[A-W][A-IW]?|\\d[A-Z+*]\\d{5}[A-W]"),
          format("IT", "\\d{11}"),
          format("LT", "\\d{9}|\\d{12}"),
          format("LU", "\\d{8}"),
          format("LV", "\\d{11}"),
          format("MT", "\\d{8}"),
          format("NL", "\\d{9}B\\d{2}"),
          format("PL", "\\d{10}"),
          format("PT", "\\d{9}"),
          format("RO", "\\d{2,10}"),
          format("SE", "\\d{10}01"),
          format("SI", "\\d{8}"),
          format("SK", "\\d{10}"),
          format("XI", "\\d{9}|\\d{12}"));

  private static Map.Entry<String, Pattern> format(String country, String regex) {
    return Map.entry(country, Pattern.compile(regex));
  }

  public VatNumber {
    value = Values.compact(Objects.requireNonNull(value, "value"), ".-").toUpperCase(Locale.ROOT);
    if (value.length() < 2) {
      throw new InvalidValue("vat-number.format", "not a VAT number: '" + value + "'", value);
    }
    String country = value.substring(0, 2);
    Pattern format = FORMATS.get(country);
    if (format == null) {
      throw new InvalidValue(
          "vat-number.country", "not an EU VAT number prefix: " + country, country);
    }
    if (country.equals("BE") && value.matches("BE\\d{9}")) {
      value = "BE0" + value.substring(2);
    }
    if (!format.matcher(value.substring(2)).matches()) {
      throw new InvalidValue(
          "vat-number.format", "not a " + country + " VAT number: " + value, value);
    }
    boolean keyOk =
        switch (country) {
          case "FR" -> frenchKeyMatches(value.substring(2, 4), Long.parseLong(value.substring(4)));
          case "BE" ->
              97 - Long.parseLong(value.substring(2, 10)) % 97
                  == Integer.parseInt(value.substring(10));
          default -> true;
        };
    if (!keyOk) {
      throw new InvalidValue("vat-number.key", "VAT number key is wrong: " + value, value);
    }
  }

  private static boolean frenchKeyMatches(String key, long siren) {
    if (key.chars().allMatch(Character::isDigit)) {
      return key.equals(numericKey(siren));
    }
    int first = KEY_ALPHABET.indexOf(key.charAt(0));
    int second = KEY_ALPHABET.indexOf(key.charAt(1));
    int check = first < 10 ? first * 24 + second - 10 : first * 34 + second - 100;
    return (siren + 1 + check / 11) % 11 == check % 11;
  }

  private static String numericKey(long siren) {
    return "%02d".formatted((12 + 3 * (siren % 97)) % 97);
  }

  /** The French VAT number of a business, with its numeric key. */
  public static VatNumber forSiren(Siren siren) {
    return new VatNumber("FR" + numericKey(Long.parseLong(siren.value())) + siren.value());
  }

  /** The prefix of the member state, e.g. {@code FR}, {@code EL} for Greece. */
  public String country() {
    return value.substring(0, 2);
  }

  public boolean isFrench() {
    return country().equals("FR");
  }

  /**
   * The SIREN of a French number; empty for other countries, for Monaco numbers and for the rare
   * number whose 9 digits do not pass the SIREN's Luhn check.
   */
  public Optional<Siren> siren() {
    String digits = value.substring(4);
    return isFrench() && !digits.startsWith("000") && Values.luhn(digits)
        ? Optional.of(new Siren(digits))
        : Optional.empty();
  }

  @Override
  public String toString() {
    return value;
  }
}
