package org.pepin.sales.web;

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
import org.pepin.customers.Customers;
import org.pepin.platform.CompanyId;
import org.pepin.platform.UserId;
import org.pepin.sales.OrderStatus;
import org.pepin.shared.InvalidValue;

/**
 * The text of the order screens' and API's fields turned into values, each bad one an {@link
 * InvalidValue} with its French message: decimals ({@code 1 234,56} or {@code 1234.56}), dates
 * ({@code 29/11/2026} or {@code 2026-11-29}), statuses, a customer by id or code, a user id.
 */
final class OrderInputs {

  /** The statuses of an order still to deliver, for the {@code OPEN} filter. */
  static final Set<OrderStatus> OPEN =
      EnumSet.of(
          OrderStatus.WITHDRAWAL_PERIOD,
          OrderStatus.HELD,
          OrderStatus.CONFIRMED,
          OrderStatus.PARTIALLY_DELIVERED);

  private static final DateTimeFormatter FRENCH =
      DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d{1,15}([.]\\d{1,6})?");

  private OrderInputs() {}

  static @Nullable String clean(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** {@code 1 234,56}, {@code 1234.56}; {@code number.format} otherwise. */
  static BigDecimal decimal(String text) {
    String cleaned =
        text.strip().replace(" ", "").replace("\u00a0", "").replace("\u202f", "").replace(',', '.');
    if (!DECIMAL.matcher(cleaned).matches()) {
      throw new InvalidValue("number.format", "not a number", shorten(text));
    }
    return new BigDecimal(cleaned);
  }

  /** {@code 29/11/2026} or {@code 2026-11-29}; {@code sales.input.date} otherwise. */
  static LocalDate date(String text) {
    String t = text.strip();
    try {
      if (t.length() <= 10) {
        return t.contains("/") ? LocalDate.parse(t, FRENCH) : LocalDate.parse(t);
      }
    } catch (DateTimeParseException e) {
      // the message below
    }
    throw new InvalidValue("sales.input.date", "not a date: " + t, shorten(t));
  }

  static @Nullable LocalDate optionalDate(@Nullable String text) {
    return clean(text) == null ? null : date(text);
  }

  static @Nullable BigDecimal optionalDecimal(@Nullable String text) {
    return clean(text) == null ? null : decimal(text);
  }

  /**
   * Statuses separated by commas; {@code OPEN} stands for the orders still to deliver.
   *
   * @throws InvalidValue {@code sales.input.status (text)}
   */
  static Set<OrderStatus> statuses(@Nullable String text) {
    if (clean(text) == null) {
      return Set.of();
    }
    Set<OrderStatus> statuses = EnumSet.noneOf(OrderStatus.class);
    for (String part : text.split(",")) {
      String name = part.strip().toUpperCase(Locale.ROOT);
      if (name.isEmpty()) {
        continue;
      }
      if (name.equals("OPEN")) {
        statuses.addAll(OPEN);
        continue;
      }
      try {
        statuses.add(OrderStatus.valueOf(name));
      } catch (IllegalArgumentException e) {
        throw new InvalidValue("sales.input.status", "unknown status " + name, shorten(part));
      }
    }
    return statuses;
  }

  /**
   * The customer of the company with this id or code.
   *
   * @throws InvalidValue {@code sales.input.customer-unknown (text)}
   */
  static CustomerId customer(Customers customers, CompanyId company, String text) {
    String t = text.strip();
    UUID uuid = uuid(t);
    var found =
        uuid != null
            ? customers.find(company, new CustomerId(uuid))
            : t.length() > 20
                ? java.util.Optional.<org.pepin.customers.CustomerView>empty()
                : customers.findByCode(company, t.toUpperCase(Locale.ROOT));
    return found
        .map(org.pepin.customers.CustomerView::id)
        .orElseThrow(
            () -> new InvalidValue("sales.input.customer-unknown", "no customer " + t, shorten(t)));
  }

  /** A user id; {@code sales.input.user (text)} otherwise. */
  static UserId user(String text) {
    UUID uuid = uuid(text.strip());
    if (uuid == null) {
      throw new InvalidValue("sales.input.user", "not a user id", shorten(text));
    }
    return new UserId(uuid);
  }

  static @Nullable UUID uuid(String text) {
    if (text.length() != 36) {
      return null;
    }
    try {
      return UUID.fromString(text);
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
