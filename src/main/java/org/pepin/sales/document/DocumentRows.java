package org.pepin.sales.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.pepin.customers.CustomerSnapshot;
import org.pepin.platform.Letter;
import org.pepin.sales.SalesLine;
import org.pepin.shared.DocumentTotals;
import org.pepin.shared.Money;
import org.pepin.shared.Percentage;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the quote and the order documents format alike: the language of the customer's documents,
 * the addressee, the rows of the lines table, the VAT breakdown and the document discount (no cost,
 * no margin).
 */
@Component
public class DocumentRows {

  private final MessageSource messages;

  DocumentRows(MessageSource messages) {
    this.messages = messages;
  }

  /**
   * One row of the lines table, formatted (no cost, no margin).
   *
   * @param unitPrice the unit price in the document's basis, or followed by "HT" when the line's
   *     price is excl. VAT in a quote incl. VAT (a fee following the goods)
   */
  public record Row(
      String cssClass,
      boolean priced,
      @Nullable String code,
      String designation,
      String quantity,
      String unit,
      String unitPrice,
      String discounts,
      String vat,
      String net) {}

  /** One line of the VAT breakdown: rate, base, VAT, formatted. */
  public record RateRow(String rate, String base, String vat) {}

  /** The language of the customer's documents. */
  public static Locale locale(CustomerSnapshot customer) {
    return customer.language().equals("en") ? Locale.ENGLISH : Locale.FRENCH;
  }

  /** The addressee block: the customer's name and billing address. */
  public static List<String> addressee(CustomerSnapshot customer) {
    return customer.billingAddress() == null
        ? List.of(customer.name())
        : Letter.addressLines(customer.name(), null, customer.billingAddress());
  }

  /** The document discount, as a percentage or an amount; {@code null} when none. */
  public static @Nullable String discount(
      @Nullable Percentage percent, @Nullable Money amount, Locale locale) {
    if (percent != null) {
      return SalesFormats.percent(percent, locale);
    }
    if (amount != null) {
      return amount.format(locale);
    }
    return null;
  }

  /** The VAT breakdown, formatted. */
  public static List<RateRow> rates(DocumentTotals.Result totals, Locale locale) {
    return totals.rates().stream()
        .map(
            r ->
                new RateRow(
                    SalesFormats.rate(r.rate(), locale),
                    r.base().format(locale),
                    r.vat().format(locale)))
        .toList();
  }

  /**
   * The lines of a document as its PDF (and the public page of a quote) show them, in the given
   * language.
   *
   * @param pricesIncludeVat the document's prices include VAT: a line priced excl. VAT says so
   */
  public List<Row> rows(
      List<SalesLine> lines,
      DocumentTotals.Result totals,
      boolean pricesIncludeVat,
      Locale locale) {
    List<Row> rows = new ArrayList<>();
    int index = 0;
    String excl =
        pricesIncludeVat ? messages.getMessage("pdf.quote.price-excl-vat", null, locale) : null;
    for (SalesLine line : lines) {
      if (!line.type().priced()) {
        rows.add(
            new Row(
                line.type().name().toLowerCase(Locale.ROOT),
                false,
                null,
                line.designation(),
                "",
                "",
                "",
                "",
                "",
                ""));
        continue;
      }
      DocumentTotals.LineResult amounts = totals.lines().get(index++);
      String price = SalesFormats.price(line.unitPrice(), locale);
      if (pricesIncludeVat && !line.priceIncludesVat()) {
        price = price + "\u00a0" + excl;
      }
      rows.add(
          new Row(
              "line",
              true,
              line.productCode(),
              line.designation(),
              SalesFormats.quantity(line.quantity(), locale),
              line.unit() == null
                  ? ""
                  : messages.getMessage("unit." + line.unit(), null, line.unit(), locale),
              price,
              SalesFormats.discounts(line.discounts(), locale),
              line.vatRate() == null
                  ? messages.getMessage("pdf.quote.follows-goods", null, locale)
                  : SalesFormats.rate(line.vatRate(), locale),
              amounts.net().format(locale)));
    }
    return rows;
  }
}
