package org.pepin.sales.quote;

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
import org.pepin.platform.TermsOfSale;
import org.pepin.platform.TermsOfSaleVersion;
import org.pepin.sales.QuoteRevision;
import org.pepin.sales.QuoteView;
import org.pepin.sales.SalesLine;
import org.pepin.sales.document.DocumentRows;
import org.pepin.sales.document.SalesFormats;
import org.pepin.sales.document.SalesSettingsStore;
import org.pepin.shared.DocumentTotals;
import org.pepin.shared.Money;
import org.pepin.shared.PostalAddress;
import org.pepin.shared.VatRate;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The PDF of a quote revision ({@code templates/pdf/sales/quote.html}) with the mentions of a
 * French quote (france-compliance §3, R-QUO-01): seller, number and version, date, validity,
 * customer and place of work, detailed lines, totals per VAT rate, payment terms, down payment
 * (acompte or arrhes, with its meaning, §4.5), delivery lead time, « devis gratuit », the « bon
 * pour accord » block and the terms of sale on the following pages; for individuals the legal
 * guarantees, the withdrawal information and the model withdrawal form (R-QUO-08). Margins and
 * costs are never printed. English when the customer's language is English.
 */
@Component
public class QuoteDocuments {

  private final Documents documents;
  private final TermsOfSale terms;
  private final SalesSettingsStore settings;
  private final MessageSource messages;
  private final DocumentRows rows;

  QuoteDocuments(
      Documents documents,
      TermsOfSale terms,
      SalesSettingsStore settings,
      MessageSource messages,
      DocumentRows rows) {
    this.documents = documents;
    this.terms = terms;
    this.settings = settings;
    this.messages = messages;
    this.rows = rows;
  }

  byte[] pdf(CompanyId company, QuoteView quote, QuoteRevision revision) {
    return documents.render(
        company,
        "sales/quote",
        model(company, quote, revision),
        DocumentRows.locale(revision.customer()));
  }

  Map<String, @Nullable Object> model(CompanyId company, QuoteView quote, QuoteRevision revision) {
    Locale locale = DocumentRows.locale(revision.customer());
    CustomerSnapshot customer = revision.customer();
    boolean individual = customer.kind() == CustomerKind.INDIVIDUAL;
    Map<String, @Nullable Object> model = new HashMap<>();
    model.put("quote", quote);
    model.put("revision", revision);
    model.put("lines", rows(revision, locale));
    model.put("rates", DocumentRows.rates(revision.totals(), locale));
    model.put("addressee", DocumentRows.addressee(customer));
    model.put("individual", individual);
    model.put("siret", customer.siret() == null ? null : customer.siret().format());
    model.put(
        "siren",
        customer.siret() == null && customer.siren() != null ? customer.siren().format() : null);
    model.put("vatNumber", customer.vatNumber() == null ? null : customer.vatNumber().value());
    model.put("place", place(revision));
    TermsOfSaleVersion version =
        revision.termsOfSale() == null ? null : terms.version(company, revision.termsOfSale());
    model.put("terms", version);
    model.put("termsHtml", version == null ? null : version.html());
    model.put(
        "paymentTerms",
        revision.paymentTerms() == null ? null : revision.paymentTerms().label(locale));
    DocumentTotals.Breakdown downPayment = revision.downPaymentAmounts();
    model.put("downPayment", downPayment);
    model.put(
        "downPaymentPercent",
        revision.downPayment() == null || revision.downPayment().percent() == null
            ? null
            : SalesFormats.number(revision.downPayment().percent().value(), locale));
    model.put(
        "downPaymentFixed",
        revision.downPayment() == null || revision.downPayment().amount() == null
            ? null
            : revision.downPayment().amount().format(locale));
    model.put(
        "balance",
        downPayment == null
            ? null
            : revision.totals().totalGross().minus(downPayment.totalGross()).format(locale));
    model.put(
        "documentDiscount",
        DocumentRows.discount(revision.discountPercent(), revision.discountAmount(), locale));
    Money linesTotal =
        Money.sum(revision.totals().lines().stream().map(DocumentTotals.LineResult::net).toList());
    Money discountTotal =
        Money.sum(
            revision.totals().lines().stream()
                .map(DocumentTotals.LineResult::discountShare)
                .toList());
    model.put("linesTotal", linesTotal.format(locale));
    model.put("discountTotal", discountTotal.negate().format(locale));
    model.put("feeNotes", feeNotes(revision, locale));
    model.put("withdrawalDays", settings.get(company).withdrawalDays());
    return model;
  }

  /** The place of delivery and work: the delivery site chosen, else the billing address. */
  private static @Nullable String place(QuoteRevision revision) {
    if (revision.deliveryAddress() != null) {
      return revision.deliveryAddress().label()
          + " — "
          + oneLine(revision.deliveryAddress().address());
    }
    PostalAddress billing = revision.customer().billingAddress();
    return billing == null ? null : oneLine(billing);
  }

  static String oneLine(PostalAddress address) {
    return String.join(", ", address.lines());
  }

  /** The lines of a revision as the PDF and the public page show them, in the given language. */
  public List<DocumentRows.Row> rows(QuoteRevision revision, Locale locale) {
    return rows.rows(revision.lines(), revision.totals(), revision.pricesIncludeVat(), locale);
  }

  /**
   * For each fee following the goods (delivery): how its amount excl. VAT was split over the goods'
   * rates, e.g. « LIV-Z2 : 216,75 € HT → 200,91 € à 10 %, 15,84 € à 20 % ».
   */
  private List<String> feeNotes(QuoteRevision revision, Locale locale) {
    List<String> notes = new ArrayList<>();
    int index = 0;
    for (SalesLine line : revision.lines()) {
      if (!line.type().priced()) {
        continue;
      }
      DocumentTotals.LineResult amounts = revision.totals().lines().get(index++);
      if (amounts.feeSplit().isEmpty()) {
        continue;
      }
      List<String> shares = new ArrayList<>();
      for (Map.Entry<VatRate, Money> share : amounts.feeSplit().entrySet()) {
        shares.add(
            messages.getMessage(
                "pdf.quote.fee.share",
                new Object[] {
                  share.getValue().format(locale), SalesFormats.rate(share.getKey(), locale)
                },
                locale));
      }
      notes.add(
          messages.getMessage(
              "pdf.quote.fee.split",
              new Object[] {
                line.productCode() != null ? line.productCode() : line.designation(),
                amounts.net().format(locale),
                String.join(", ", shares)
              },
              locale));
    }
    return notes;
  }
}
