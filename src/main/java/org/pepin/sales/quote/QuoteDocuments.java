package org.pepin.sales.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.pepin.customers.CustomerSnapshot;
import org.pepin.platform.CompanyId;
import org.pepin.platform.Documents;
import org.pepin.platform.Letter;
import org.pepin.platform.TermsOfSale;
import org.pepin.sales.QuoteRevision;
import org.pepin.sales.QuoteView;
import org.pepin.sales.SalesLine;
import org.pepin.sales.document.SalesFormats;
import org.pepin.shared.DocumentTotals;
import org.pepin.shared.Money;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The PDF of a quote revision ({@code templates/pdf/sales/quote.html}). */
@Component
public class QuoteDocuments {

  private final Documents documents;
  private final TermsOfSale terms;
  private final MessageSource messages;

  QuoteDocuments(Documents documents, TermsOfSale terms, MessageSource messages) {
    this.documents = documents;
    this.terms = terms;
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

  static Locale locale(CustomerSnapshot customer) {
    return customer.language().equals("en") ? Locale.ENGLISH : Locale.FRENCH;
  }

  byte[] pdf(CompanyId company, QuoteView quote, QuoteRevision revision) {
    Locale locale = locale(revision.customer());
    Map<String, @Nullable Object> model = new HashMap<>();
    model.put("quote", quote);
    model.put("revision", revision);
    model.put("lines", rows(revision, locale));
    model.put("addressee", addressee(revision.customer()));
    model.put(
        "terms",
        revision.termsOfSale() == null ? null : terms.version(company, revision.termsOfSale()));
    model.put(
        "paymentTerms",
        revision.paymentTerms() == null ? null : revision.paymentTerms().label(locale));
    model.put("downPayment", revision.downPaymentAmounts());
    model.put("documentDiscount", documentDiscount(revision, locale));
    return documents.render(company, "sales/quote", model, locale);
  }

  private static @Nullable String documentDiscount(QuoteRevision revision, Locale locale) {
    if (revision.discountPercent() != null) {
      return SalesFormats.percent(revision.discountPercent(), locale);
    }
    if (revision.discountAmount() != null) {
      return revision.discountAmount().format(locale);
    }
    return null;
  }

  private List<Row> rows(QuoteRevision revision, Locale locale) {
    List<Row> rows = new ArrayList<>();
    int index = 0;
    for (SalesLine line : revision.lines()) {
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
      DocumentTotals.LineResult amounts = revision.totals().lines().get(index++);
      Money net = amounts.net();
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
              net.format(locale)));
    }
    return rows;
  }

  static List<String> addressee(CustomerSnapshot customer) {
    return customer.billingAddress() == null
        ? List.of(customer.name())
        : Letter.addressLines(customer.name(), null, customer.billingAddress());
  }
}
