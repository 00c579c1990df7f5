package org.pepin.sales.order;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.pepin.customers.CustomerKind;
import org.pepin.customers.CustomerSnapshot;
import org.pepin.platform.CompanyId;
import org.pepin.platform.Documents;
import org.pepin.platform.Letter;
import org.pepin.platform.TermsOfSale;
import org.pepin.sales.OrderView;
import org.pepin.sales.QuoteView;
import org.pepin.sales.Quotes;
import org.pepin.sales.SalesLine;
import org.pepin.sales.document.SalesFormats;
import org.pepin.sales.document.SalesSettingsStore;
import org.pepin.shared.DocumentTotals;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The order confirmation PDF ({@code templates/pdf/sales/order.html}): seller and customer, the
 * customer's purchase-order number (R-QUO-05) and a public buyer's commitment number, lines, totals
 * per VAT rate, the down payment and its nature (acompte or arrhes, france-compliance §4.5),
 * payment terms, requested delivery, the terms-of-sale version (R-QUO-07), and for a consumer the
 * withdrawal information and form (C. conso L221-5, L221-18; R-QUO-08). Rendered when asked for:
 * the order's data are what the confirmation states.
 */
@Component
@Transactional(readOnly = true)
public class OrderDocuments {

  private final Documents documents;
  private final TermsOfSale terms;
  private final Quotes quotes;
  private final SalesSettingsStore settings;
  private final MessageSource messages;

  OrderDocuments(
      Documents documents,
      TermsOfSale terms,
      Quotes quotes,
      SalesSettingsStore settings,
      MessageSource messages) {
    this.documents = documents;
    this.terms = terms;
    this.quotes = quotes;
    this.settings = settings;
    this.messages = messages;
  }

  /** One row of the lines table, formatted. */
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

  /** The language of the customer's documents. */
  public static Locale locale(CustomerSnapshot customer) {
    return customer.language().equals("en") ? Locale.ENGLISH : Locale.FRENCH;
  }

  /** The file name of the confirmation: {@code Commande-CO-2026-0012.pdf}. */
  public static String fileName(OrderView order) {
    return "Commande-"
        + (order.number() == null ? "brouillon" : order.number().replace(' ', '-'))
        + ".pdf";
  }

  /** The quote and revision the order comes from, e.g. {@code DE-2026-0031 B}. */
  public @Nullable String quoteReference(CompanyId company, OrderView order) {
    if (order.quote() == null) {
      return null;
    }
    QuoteView quote = quotes.find(company, order.quote()).orElse(null);
    if (quote == null || quote.number() == null) {
      return null;
    }
    String letter =
        quote.revisions().stream()
            .filter(r -> r.id().equals(order.quoteRevision()))
            .map(QuoteView.Summary::revision)
            .findFirst()
            .orElse(quote.current().revision());
    return quote.number() + " " + letter;
  }

  /** The down payment's amounts: as requested, or as the order's terms would ask. */
  public static DocumentTotals.@Nullable Breakdown downPayment(OrderView order) {
    if (!order.downPayments().isEmpty()) {
      return order.downPayments().get(0).amounts();
    }
    return order.downPayment() == null ? null : order.downPayment().amounts(order.totals());
  }

  /** The PDF of the order as it stands. */
  public byte[] pdf(CompanyId company, OrderView order) {
    CustomerSnapshot customer = order.customerSnapshot();
    Locale locale = locale(customer);
    Map<String, @Nullable Object> model = new HashMap<>();
    model.put("order", order);
    model.put("lines", rows(order, locale));
    model.put("addressee", addressee(customer));
    model.put(
        "delivery",
        order.deliveryAddress() == null
            ? null
            : order.deliveryAddress().label()
                + " — "
                + String.join(", ", order.deliveryAddress().address().lines()));
    model.put(
        "terms", order.termsOfSale() == null ? null : terms.version(company, order.termsOfSale()));
    model.put(
        "paymentTerms", order.paymentTerms() == null ? null : order.paymentTerms().label(locale));
    model.put("downPayment", downPayment(order));
    model.put("documentDiscount", documentDiscount(order, locale));
    model.put("quoteReference", quoteReference(company, order));
    model.put("consumer", customer.kind() == CustomerKind.INDIVIDUAL);
    model.put("withdrawalDays", settings.get(company).withdrawalDays());
    return documents.render(company, "sales/order", model, locale);
  }

  private static @Nullable String documentDiscount(OrderView order, Locale locale) {
    if (order.discountPercent() != null) {
      return SalesFormats.percent(order.discountPercent(), locale);
    }
    if (order.discountAmount() != null) {
      return order.discountAmount().format(locale);
    }
    return null;
  }

  private List<Row> rows(OrderView order, Locale locale) {
    List<Row> rows = new ArrayList<>();
    int index = 0;
    for (SalesLine line : order.lines()) {
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
      DocumentTotals.LineResult amounts = order.totals().lines().get(index++);
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
              SalesFormats.price(line.unitPrice(), locale),
              SalesFormats.discounts(line.discounts(), locale),
              line.vatRate() == null
                  ? messages.getMessage("pdf.quote.follows-goods", null, locale)
                  : SalesFormats.rate(line.vatRate(), locale),
              amounts.net().format(locale)));
    }
    return rows;
  }

  static List<String> addressee(CustomerSnapshot customer) {
    return customer.billingAddress() == null
        ? List.of(customer.name())
        : Letter.addressLines(customer.name(), null, customer.billingAddress());
  }
}
