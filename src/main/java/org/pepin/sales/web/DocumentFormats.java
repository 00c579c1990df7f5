package org.pepin.sales.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.pepin.sales.LineWarning;
import org.pepin.sales.document.SalesFormats;
import org.pepin.shared.Money;
import org.pepin.shared.PaymentTerms;
import org.pepin.shared.Percentage;
import org.pepin.shared.Quantity;
import org.pepin.shared.UnitPrice;
import org.pepin.shared.VatRate;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The formats of the sales screens ({@code ${@docFmt.money(m)}}), in the user's language: amounts
 * {@code 1 234,56 €}, quantities {@code 1 234,5}, unit prices {@code 1,286818 €}, rates {@code 10
 * %}, successive discounts {@code 15 % + 5 %}, dates {@code 29/11/2026}; the texts of line
 * warnings; the values put back into the editor's inputs ({@code 1,49}).
 */
@Component("docFmt")
class DocumentFormats {

  private final MessageSource messages;

  DocumentFormats(MessageSource messages) {
    this.messages = messages;
  }

  static Locale locale() {
    return LocaleContextHolder.getLocale();
  }

  public String money(@Nullable Money money) {
    return money == null ? "" : money.format(locale());
  }

  public String qty(@Nullable Quantity quantity) {
    return SalesFormats.quantity(quantity, locale());
  }

  public String price(@Nullable UnitPrice price) {
    return price == null ? "" : SalesFormats.price(price, locale()) + "\u00a0€";
  }

  /** A number with up to 4 decimals, as the language writes it: {@code 15,5}. */
  public String number(@Nullable BigDecimal value) {
    return value == null ? "" : SalesFormats.number(value, locale());
  }

  public String percent(@Nullable Percentage percentage) {
    return SalesFormats.percent(percentage, locale());
  }

  public String rate(@Nullable VatRate rate) {
    return SalesFormats.rate(rate, locale());
  }

  public String discounts(List<Percentage> discounts) {
    return SalesFormats.discounts(discounts, locale());
  }

  public String date(java.time.@Nullable LocalDate date) {
    return date == null ? "" : SalesFormats.date(date);
  }

  /** The days from {@code from} to {@code to} (negative when {@code to} is before). */
  public long days(java.time.LocalDate from, java.time.LocalDate to) {
    return java.time.temporal.ChronoUnit.DAYS.between(from, to);
  }

  public String terms(@Nullable PaymentTerms terms) {
    return terms == null ? "" : terms.label(locale());
  }

  /** The name of a unit of the catalogue ({@code PLANT} → « plant »). */
  public String unit(@Nullable String unit) {
    if (unit == null) {
      return "";
    }
    return messages.getMessage("unit." + unit, null, unit.toLowerCase(Locale.ROOT), locale());
  }

  /** A line warning in words. */
  public String warning(LineWarning warning) {
    Object[] args = warning.args().toArray();
    if (warning.code().equals("sales.warning.free-delivery") && args.length > 0) {
      try {
        args[0] = SalesFormats.number(new BigDecimal(String.valueOf(args[0])), locale());
      } catch (NumberFormatException e) {
        // keep the argument as it is
      }
    }
    return messages.getMessage(warning.code(), args, warning.code(), locale());
  }

  /** A decimal as typed back into an input: {@code 1,49} in French, {@code 1.49} in English. */
  static String input(@Nullable BigDecimal value) {
    if (value == null) {
      return "";
    }
    String plain = value.stripTrailingZeros().toPlainString();
    return locale().getLanguage().equals("fr") ? plain.replace('.', ',') : plain;
  }
}
