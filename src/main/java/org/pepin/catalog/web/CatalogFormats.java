package org.pepin.catalog.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.pepin.shared.Quantity;
import org.pepin.shared.UnitPrice;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Number formats of the catalogue's pages ({@code @catalogFmt}): prices with 2 to 6 decimals (1,35
 * ; 1,286818), quantities without useless decimals (1 800 ; 2,5), in the user's locale.
 */
@Component("catalogFmt")
public class CatalogFormats {

  /** A unit price: at least 2 decimals, up to 6 when they matter. */
  public String price(@Nullable Object value) {
    BigDecimal d = decimalOf(value);
    return d == null ? "" : format(d, 2, 6);
  }

  /** A VAT rate in percent: 10 ; 5,5 ; 2,1. */
  public String rate(@Nullable Object value) {
    BigDecimal d = value instanceof org.pepin.shared.VatRate r ? r.percent() : decimalOf(value);
    return d == null ? "" : format(d, 0, 2);
  }

  /** A quantity: up to 3 decimals, none when whole. */
  public String qty(@Nullable Object value) {
    BigDecimal d = decimalOf(value);
    return d == null ? "" : format(d, 0, 3);
  }

  /** A price as a form field shows it: plain, with a decimal comma in French. */
  public String input(@Nullable BigDecimal value) {
    if (value == null) {
      return "";
    }
    String plain = value.stripTrailingZeros().toPlainString();
    if (value.scale() > 0 && value.stripTrailingZeros().scale() < 2) {
      plain = value.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }
    return "fr".equals(LocaleContextHolder.getLocale().getLanguage())
        ? plain.replace('.', ',')
        : plain;
  }

  private static @Nullable BigDecimal decimalOf(@Nullable Object value) {
    if (value instanceof BigDecimal d) {
      return d;
    }
    if (value instanceof UnitPrice p) {
      return p.value();
    }
    if (value instanceof Quantity q) {
      return q.value();
    }
    if (value instanceof Number n) {
      return new BigDecimal(n.toString());
    }
    return null;
  }

  private static String format(BigDecimal value, int min, int max) {
    Locale locale = LocaleContextHolder.getLocale();
    var format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(locale));
    format.setMinimumFractionDigits(min);
    format.setMaximumFractionDigits(max);
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(value);
  }
}
