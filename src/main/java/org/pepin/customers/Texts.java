package org.pepin.customers;

import org.jspecify.annotations.Nullable;
import org.pepin.shared.InvalidValue;

/** Normalisation of the free text of a customer record. */
final class Texts {

  private Texts() {}

  /** Trimmed text, {@code null} when blank. */
  static @Nullable String clean(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /**
   * The text, refused ({@code customer.text-too-long}, args: the field and the limit) when longer
   * than the column that stores it.
   */
  static @Nullable String limit(@Nullable String text, String field, int max) {
    if (text != null && text.length() > max) {
      throw new InvalidValue(
          "customer.text-too-long", field + " longer than " + max + " characters", field, max);
    }
    return text;
  }

  /** The parts of an address, within the lengths of the address columns. */
  static void limit(org.pepin.shared.PostalAddress address, String prefix) {
    limit(address.line1(), prefix + "line1", 200);
    limit(address.line2(), prefix + "line2", 200);
    limit(address.postalCode(), prefix + "postalCode", 20);
    limit(address.city(), prefix + "city", 100);
  }

  /**
   * A phone number as typed, trimmed; digits, spaces, dots, dashes, parentheses and a leading plus
   * only ({@code phone.format}).
   */
  static @Nullable String phone(@Nullable String text) {
    String phone = clean(text);
    if (phone != null && !phone.matches("\\+?[0-9 .()\\-]{6,25}")) {
      throw new InvalidValue("phone.format", "not a phone number: " + phone, phone);
    }
    return phone;
  }
}
