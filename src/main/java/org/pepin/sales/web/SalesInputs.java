package org.pepin.sales.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pepin.shared.EmailAddress;
import org.pepin.shared.InvalidValue;

/**
 * Parsers of what the sales forms type: French or plain decimals ({@code 1 234,56}, {@code 1.5},
 * {@code 15 %}, {@code 45 €}), dates ({@code 29/11/2026} or the browser's {@code 2026-11-29}),
 * lists of e-mail addresses. A value that cannot be read is an {@link InvalidValue} with the code
 * of the field's message.
 */
final class SalesInputs {

  private SalesInputs() {}

  private static final DateTimeFormatter FRENCH =
      DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

  /** A decimal with at most {@code integerDigits} digits before the decimal separator. */
  static BigDecimal decimal(String text, int integerDigits) {
    String t =
        text.strip()
            .replace("\u00a0", "")
            .replace("\u202f", "")
            .replace(" ", "")
            .replace("€", "")
            .replace("%", "");
    if (t.indexOf(',') >= 0 && t.indexOf('.') < 0) {
      t = t.replace(',', '.');
    }
    if (!t.matches("-?\\d{1,40}(\\.\\d{1,12})?")) {
      throw new InvalidValue("number.format", "not a number: " + text, shorten(text));
    }
    BigDecimal value = new BigDecimal(t);
    if (value.abs().compareTo(BigDecimal.TEN.pow(integerDigits)) >= 0) {
      throw new InvalidValue(
          "sales.form.too-large", "number too large: " + text, BigDecimal.TEN.pow(integerDigits));
    }
    return value;
  }

  /** A date as the French write it or as a date field sends it. */
  static LocalDate date(String text) {
    String t = text.strip();
    try {
      return t.contains("/") ? LocalDate.parse(t, FRENCH) : LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      throw new InvalidValue("sales.form.date", "not a date: " + text, shorten(text));
    }
  }

  /** An id, or an unknown choice. */
  static UUID uuid(String text) {
    try {
      return UUID.fromString(text.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidValue("sales.form.choice", "not an id: " + text, shorten(text));
    }
  }

  /** Addresses separated by commas, semicolons or spaces; empty for a blank text. */
  static List<EmailAddress> emails(@Nullable String text) {
    List<EmailAddress> addresses = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return addresses;
    }
    String[] parts = text.split("[,;\\s]+");
    if (parts.length > 20) {
      throw new InvalidValue("sales.form.too-many-recipients", "too many recipients", 20);
    }
    for (String part : parts) {
      if (!part.isBlank()) {
        addresses.add(new EmailAddress(shorten(part)));
      }
    }
    return addresses;
  }

  /** The first word of what a picker filled ({@code C0042 — Dubois Claire}): the code. */
  static String code(String text) {
    String t = text.strip();
    int end = 0;
    while (end < t.length() && !Character.isWhitespace(t.charAt(end)) && t.charAt(end) != '—') {
      end++;
    }
    return t.substring(0, end);
  }

  /** A typed value as an error message repeats it: at most 60 characters. */
  static String shorten(String text) {
    return text.length() > 60 ? text.substring(0, 60) + "…" : text;
  }
}
