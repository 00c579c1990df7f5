package org.pepin.delivery.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pepin.shared.InvalidValue;

/** Reads the values the delivery screens' forms send: French dates and quantities, ids. */
final class DeliveryInputs {

  private DeliveryInputs() {}

  private static final DateTimeFormatter FRENCH =
      DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

  static @Nullable String clean(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** A date as the French write it (29/11/2026) or as a date field sends it; blank is none. */
  static @Nullable LocalDate date(@Nullable String text) {
    String t = clean(text);
    if (t == null) {
      return null;
    }
    try {
      return t.contains("/") ? LocalDate.parse(t, FRENCH) : LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      throw new InvalidValue("delivery.form.date", "not a date: " + t, shorten(t));
    }
  }

  /** A quantity zero or more with 3 decimals at most (1 234,5); blank is zero. */
  static BigDecimal quantity(@Nullable String text) {
    String t = clean(text);
    if (t == null) {
      return BigDecimal.ZERO;
    }
    String plain = t.replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace(',', '.');
    if (!plain.matches("-?\\d{1,12}(\\.\\d{1,3})?")) {
      throw new InvalidValue("delivery.form.quantity", "not a quantity: " + t, shorten(t));
    }
    return new BigDecimal(plain);
  }

  /** An id, or an unknown choice. */
  static UUID uuid(String text) {
    try {
      return UUID.fromString(text.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidValue("delivery.form.choice", "not an id: " + text, shorten(text));
    }
  }

  static String shorten(String text) {
    String t = text.strip();
    return t.length() > 40 ? t.substring(0, 40) + "…" : t;
  }
}
