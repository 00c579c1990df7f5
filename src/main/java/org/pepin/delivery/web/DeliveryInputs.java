package org.pepin.delivery.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.pepin.customers.CustomerId;
import org.pepin.customers.CustomerView;
import org.pepin.customers.Customers;
import org.pepin.delivery.DeliveryStatus;
import org.pepin.delivery.Transport;
import org.pepin.platform.CompanyId;
import org.pepin.shared.InvalidValue;

/**
 * Reads the text of the delivery screens' and API's fields: French or ISO dates, French or plain
 * decimals, statuses, transports, ids; each bad value an {@link InvalidValue} whose code has a
 * French message.
 */
final class DeliveryInputs {

  private static final DateTimeFormatter FRENCH =
      DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d{1,12}([.]\\d{1,3})?");
  private static final Pattern QUANTITY = Pattern.compile("-?\\d{1,12}(\\.\\d{1,3})?");

  private DeliveryInputs() {}

  static @Nullable String clean(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /**
   * A date as the French write it (29/11/2026) or as a date field and the API send it (2026-11-29);
   * blank is none; {@code delivery.form.date} otherwise.
   */
  static @Nullable LocalDate date(@Nullable String text) {
    String t = clean(text);
    if (t == null) {
      return null;
    }
    LocalDate date = parseDate(t);
    if (date == null) {
      throw new InvalidValue("delivery.form.date", "not a date: " + t, shorten(t));
    }
    return date;
  }

  /** {@code 29/11/2026} (strictly: no 31/02) or {@code 2026-11-29}; null for anything else. */
  static @Nullable LocalDate parseDate(String text) {
    try {
      return text.contains("/") ? LocalDate.parse(text, FRENCH) : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * The number a French or plain text writes ({@code 1 234,5}, {@code 1234.5}: spaces of thousands
   * and a decimal comma allowed), if its plain form matches {@code shape}; else null.
   */
  static @Nullable BigDecimal parseDecimal(String text, Pattern shape) {
    String plain =
        text.strip().replace(" ", "").replace("\u00a0", "").replace("\u202f", "").replace(',', '.');
    return shape.matcher(plain).matches() ? new BigDecimal(plain) : null;
  }

  /** A quantity zero or more with 3 decimals at most (1 234,5); blank is zero. */
  static BigDecimal quantity(@Nullable String text) {
    String t = clean(text);
    if (t == null) {
      return BigDecimal.ZERO;
    }
    BigDecimal quantity = parseDecimal(t, QUANTITY);
    if (quantity == null) {
      throw new InvalidValue("delivery.form.quantity", "not a quantity: " + t, shorten(t));
    }
    return quantity;
  }

  /** The id a form's choice sends; {@code delivery.form.choice} for anything else. */
  static UUID id(String text) {
    UUID uuid = uuid(text);
    if (uuid == null) {
      throw new InvalidValue("delivery.form.choice", "not an id: " + text, shorten(text));
    }
    return uuid;
  }

  /** {@code 1 234,5} or {@code 1234.5}, three decimals at most; {@code delivery.input.number}. */
  static BigDecimal decimal(String text) {
    BigDecimal number = parseDecimal(text, DECIMAL);
    if (number == null) {
      throw new InvalidValue("delivery.input.number", "not a number", shorten(text));
    }
    return number;
  }

  /** Statuses separated by commas; {@code delivery.input.status (text)} for an unknown one. */
  static Set<DeliveryStatus> statuses(String text) {
    Set<DeliveryStatus> statuses = EnumSet.noneOf(DeliveryStatus.class);
    for (String part : text.split(",")) {
      String name = part.strip().toUpperCase(Locale.ROOT);
      if (name.isEmpty()) {
        continue;
      }
      try {
        statuses.add(DeliveryStatus.valueOf(name));
      } catch (IllegalArgumentException e) {
        throw new InvalidValue("delivery.input.status", "unknown status " + name, shorten(part));
      }
    }
    return statuses;
  }

  /** OWN_TRUCK, CARRIER or PICKUP, any case; {@code delivery.input.transport (text)}. */
  static Transport transport(String text) {
    try {
      return Transport.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidValue("delivery.input.transport", "unknown transport", shorten(text));
    }
  }

  /** The customer of the company with this id or code; {@code delivery.input.customer-unknown}. */
  static CustomerId customer(Customers customers, CompanyId company, String text) {
    String t = text.strip();
    UUID uuid = uuid(t);
    var found =
        uuid != null
            ? customers.find(company, new CustomerId(uuid))
            : t.length() > 30
                ? java.util.Optional.<CustomerView>empty()
                : customers.findByCode(company, t.toUpperCase(Locale.ROOT));
    return found
        .map(CustomerView::id)
        .orElseThrow(
            () ->
                new InvalidValue(
                    "delivery.input.customer-unknown", "no customer " + t, shorten(t)));
  }

  /** A UUID, or {@code null} if the text is not one. */
  static @Nullable UUID uuid(@Nullable String text) {
    if (text == null || text.strip().length() != 36) {
      return null;
    }
    try {
      return UUID.fromString(text.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** A value quoted back in a message, cut to 40 characters. */
  static String shorten(String text) {
    String t = text.strip();
    return t.length() > 40 ? t.substring(0, 40) + "…" : t;
  }
}
