package org.pepin.sales.order;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.pepin.customers.CustomerKind;
import org.pepin.customers.CustomerSnapshot;
import org.pepin.platform.CompanyId;
import org.pepin.platform.Documents;
import org.pepin.platform.TermsOfSale;
import org.pepin.sales.OrderView;
import org.pepin.sales.QuoteView;
import org.pepin.sales.Quotes;
import org.pepin.sales.document.DocumentRows;
import org.pepin.sales.document.SalesSettingsStore;
import org.pepin.shared.DocumentTotals;
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
  private final DocumentRows rows;

  OrderDocuments(
      Documents documents,
      TermsOfSale terms,
      Quotes quotes,
      SalesSettingsStore settings,
      DocumentRows rows) {
    this.documents = documents;
    this.terms = terms;
    this.quotes = quotes;
    this.settings = settings;
    this.rows = rows;
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
    Locale locale = DocumentRows.locale(customer);
    Map<String, @Nullable Object> model = new HashMap<>();
    model.put("order", order);
    model.put("lines", rows.rows(order.lines(), order.totals(), false, locale));
    model.put("addressee", DocumentRows.addressee(customer));
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
    model.put(
        "documentDiscount",
        DocumentRows.discount(order.discountPercent(), order.discountAmount(), locale));
    model.put("quoteReference", quoteReference(company, order));
    model.put("consumer", customer.kind() == CustomerKind.INDIVIDUAL);
    model.put("withdrawalDays", settings.get(company).withdrawalDays());
    return documents.render(company, "sales/order", model, locale);
  }
}
