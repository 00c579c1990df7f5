package org.pepin.sales.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.pepin.shared.Percentage;
import org.pepin.shared.Quantity;
import org.pepin.shared.UnitPrice;
import org.pepin.shared.VatRate;

/**
 * Quantities, unit prices, discounts and rates of sales documents written the way of the document's
 * language: {@code 1 234,5}, {@code 1,286818}, {@code 15 % + 5 %}.
 */
public final class SalesFormats {

  private SalesFormats() {}

  private static DecimalFormat format(Locale locale, int minDecimals, int maxDecimals) {
    var symbols = DecimalFormatSymbols.getInstance(locale);
    if (locale.getLanguage().equals("fr")) {
      symbols.setGroupingSeparator('\u202f');
      symbols.setDecimalSeparator(',');
    }
    var format = new DecimalFormat("#,##0", symbols);
    format.setMinimumFractionDigits(minDecimals);
    format.setMaximumFractionDigits(maxDecimals);
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format;
  }

  public static String quantity(@Nullable Quantity quantity, Locale locale) {
    return quantity == null ? "" : format(locale, 0, 3).format(quantity.value());
  }

  /** A unit price with 2 to 6 decimals, as many as it has. */
  public static String price(@Nullable UnitPrice price, Locale locale) {
    return price == null ? "" : format(locale, 2, 6).format(price.value());
  }

  public static String number(BigDecimal value, Locale locale) {
    return format(locale, 0, 4).format(value);
  }

  public static String percent(@Nullable Percentage percentage, Locale locale) {
    return percentage == null ? "" : number(percentage.value(), locale) + "\u00a0%";
  }

  public static String rate(@Nullable VatRate rate, Locale locale) {
    return rate == null ? "" : number(rate.percent(), locale) + "\u00a0%";
  }

  /** A date as French documents and messages write it: {@code 29/11/2026}. */
  public static String date(java.time.LocalDate date) {
    return date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
  }

  /** Successive discounts: {@code 15 % + 5 %}. */
  public static String discounts(List<Percentage> discounts, Locale locale) {
    return discounts.stream().map(d -> percent(d, locale)).collect(Collectors.joining(" + "));
  }
}
