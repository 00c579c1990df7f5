package org.pepin.catalog.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.pepin.shared.Percentage;
import org.pepin.shared.UnitPrice;
import org.springframework.stereotype.Component;

/**
 * Formats of the pricing screens ({@code @pricingFmt}): unit prices with 2 to 6 decimals the French
 * way ({@code 1 286,818}), percentages without trailing zeros.
 */
@Component("pricingFmt")
public class PricingFormats {

  /** A unit price: 2 to 6 decimals, French separators. */
  public String price(@Nullable UnitPrice price) {
    return price == null ? "" : number(price.value());
  }

  /** A decimal: 2 to 6 decimals, French separators. */
  public String number(@Nullable BigDecimal value) {
    if (value == null) {
      return "";
    }
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
    symbols.setGroupingSeparator('\u202f');
    symbols.setDecimalSeparator(',');
    DecimalFormat format = new DecimalFormat("#,##0.00####", symbols);
    return format.format(value);
  }

  /** A percentage, e.g. {@code 15} or {@code 33,3333}. */
  public String percent(@Nullable Percentage percentage) {
    return percentage == null ? "" : plain(percentage.value());
  }

  /** A decimal without trailing zeros, French decimal comma. */
  public String plain(@Nullable BigDecimal value) {
    return value == null ? "" : value.stripTrailingZeros().toPlainString().replace('.', ',');
  }

  /** Text for a form field: the plain decimal without trailing zeros. */
  public String input(@Nullable UnitPrice price) {
    return price == null ? "" : plain(price.value());
  }
}
