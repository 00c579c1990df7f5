package org.pepin.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A postal address. Every part is trimmed; the first line, postal code, city and country are
 * required, the country is an ISO 3166-1 alpha-2 code, and a French postal code has 5 digits (La
 * Poste).
 *
 * @param line1 the street line (number, street) or the building
 * @param line2 a complement (building, lieu-dit, BP), or {@code null}
 * @param postalCode the postal code
 * @param city the city, as written by the customer
 * @param countryCode the ISO 3166-1 alpha-2 code, upper case, e.g. {@code FR}
 */
public record PostalAddress(
    String line1, @Nullable String line2, String postalCode, String city, String countryCode) {

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  public PostalAddress {
    line1 = required(line1, "line1");
    line2 = line2 == null || line2.isBlank() ? null : line2.strip();
    postalCode = required(postalCode, "postalCode");
    city = required(city, "city");
    countryCode = required(countryCode, "countryCode").toUpperCase(Locale.ROOT);
    if (!COUNTRIES.contains(countryCode)) {
      throw new InvalidValue(
          "postal-address.country", "not an ISO 3166-1 country: " + countryCode, countryCode);
    }
    if (countryCode.equals("FR") && !postalCode.matches("\\d{5}")) {
      throw new InvalidValue(
          "postal-address.postal-code",
          "a French postal code has 5 digits: " + postalCode,
          postalCode);
    }
  }

  /** An address in France. */
  public static PostalAddress france(
      String line1, @Nullable String line2, String postalCode, String city) {
    return new PostalAddress(line1, line2, postalCode, city, "FR");
  }

  private static String required(@Nullable String text, String field) {
    if (text == null || text.isBlank()) {
      throw new InvalidValue("postal-address.required", field + " is required", field);
    }
    return text.strip();
  }

  /**
   * The lines to print under the recipient's name, following NF Z10-011 (La Poste): the street
   * lines, then postal code and city in capitals, e.g. {@code 78490 MONTFORT-L'AMAURY}; abroad, a
   * last line with the country's name in capitals, in French, the language of the country of
   * posting (UPU convention), e.g. {@code BELGIQUE}.
   */
  public List<String> lines() {
    var lines = new ArrayList<String>(4);
    lines.add(line1);
    if (line2 != null) {
      lines.add(line2);
    }
    lines.add(postalCode + " " + city.toUpperCase(Locale.FRENCH));
    if (!countryCode.equals("FR")) {
      lines.add(
          new Locale("", countryCode).getDisplayCountry(Locale.FRENCH).toUpperCase(Locale.FRENCH));
    }
    return List.copyOf(lines);
  }
}
