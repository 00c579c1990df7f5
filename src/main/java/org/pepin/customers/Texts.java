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
