package org.pepin.sales.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.pepin.customers.CustomerKind;
import org.pepin.platform.CompanyIdentity;
import org.pepin.sales.OrderStatus;
import org.pepin.sales.OrderView;
import org.pepin.sales.QuoteRevision;
import org.pepin.sales.QuoteStatus;
import org.pepin.sales.QuoteView;
import org.pepin.sales.document.DocumentRows;
import org.pepin.sales.document.SalesFormats;
import org.pepin.sales.quote.QuoteDocuments;
import org.pepin.shared.DocumentTotals;
import org.pepin.shared.Money;

/**
 * What the public page of a quote link shows, already formatted in the customer's language: the
 * seller, the revision behind the link and where it stands for the customer.
 *
 * @param state whether the customer can still answer, and if not why
 * @param newerSent for {@link State#REPLACED}: the newer version was sent (else it is being
 *     prepared)
 * @param decidedAt date and time of the answer, formatted
 * @param order for {@link State#ACCEPTED}: the order made from the quote
 * @param downPaymentToPay for an accepted quote with a down payment: what remains to pay
 * @param bankAccount the seller's IBAN and BIC, for a transfer
 */
record PublicQuotePage(
    State state,
    Locale locale,
    String companyName,
    @Nullable String logo,
    @Nullable String companyAddress,
    @Nullable String companyEmail,
    @Nullable String companyPhone,
    @Nullable String bankAccount,
    String reference,
    String revision,
    String date,
    String validUntil,
    String customerName,
    boolean individual,
    boolean pricesIncludeVat,
    @Nullable String leadTime,
    @Nullable String paymentTerms,
    List<DocumentRows.Row> lines,
    List<DocumentRows.RateRow> rates,
    String totalNet,
    String totalVat,
    String totalGross,
    @Nullable String downPaymentKind,
    @Nullable String downPaymentPercent,
    @Nullable String downPaymentAmount,
    @Nullable String newerRevision,
    boolean newerSent,
    @Nullable String decidedAt,
    @Nullable String signer,
    @Nullable String reason,
    boolean earlyStartRequested,
    @Nullable OrderSummary order,
    @Nullable String downPaymentToPay,
    int withdrawalDays) {

  /** Where the revision behind the link stands, for its customer. */
  enum State {
    /** Sent, current, valid, unanswered: the customer may accept or refuse. */
    OPEN,
    ACCEPTED,
    REFUSED,
    /** A later version of the quote exists. */
    REPLACED,
    EXPIRED,
    CANCELLED,
    /** Answered otherwise (e.g. recorded by the staff): nothing to do online. */
    CLOSED;

    public boolean answerable() {
      return this == OPEN;
    }
  }

  /** The order made from an accepted quote, as the customer may know it. */
  record OrderSummary(
      @Nullable String number, boolean waitsWithdrawal, @Nullable String withdrawalUntil) {}

  static State state(QuoteView quote, QuoteRevision revision, LocalDate today) {
    if (revision.decision() != null) {
      return revision.decision().outcome() == QuoteStatus.ACCEPTED ? State.ACCEPTED : State.REFUSED;
    }
    if (!quote.current().id().equals(revision.id())) {
      return State.REPLACED;
    }
    if (quote.status() == QuoteStatus.CANCELLED) {
      return State.CANCELLED;
    }
    if (quote.status() == QuoteStatus.EXPIRED || revision.validUntil().isBefore(today)) {
      return State.EXPIRED;
    }
    if (quote.status() != QuoteStatus.SENT) {
      return State.CLOSED;
    }
    return State.OPEN;
  }

  static PublicQuotePage of(
      CompanyIdentity company,
      @Nullable String logo,
      QuoteView quote,
      QuoteRevision revision,
      LocalDate today,
      ZoneId zone,
      @Nullable OrderView order,
      QuoteDocuments documents,
      int withdrawalDays) {
    Locale locale = DocumentRows.locale(revision.customer());
    State state = state(quote, revision, today);
    DocumentTotals.Breakdown downPayment = revision.downPaymentAmounts();
    QuoteRevision.Decision decision = revision.decision();
    OrderSummary summary = null;
    String toPay = null;
    if (state == State.ACCEPTED && order != null) {
      summary =
          new OrderSummary(
              order.number(),
              order.status() == OrderStatus.WITHDRAWAL_PERIOD,
              order.withdrawalUntil() == null ? null : SalesFormats.date(order.withdrawalUntil()));
      if (!order.downPayments().isEmpty()) {
        toPay = order.downPaymentDue().format(locale);
      } else if (downPayment != null && order.status() != OrderStatus.CANCELLED) {
        toPay = downPayment.totalGross().format(locale);
      }
    }
    QuoteRevision current = quote.current();
    return new PublicQuotePage(
        state,
        locale,
        company.name(),
        logo,
        company.address() == null ? null : String.join(", ", company.address().lines()),
        company.email() == null ? null : company.email().value(),
        company.phone(),
        company.iban() == null
            ? null
            : company.iban().format()
                + (company.bic() == null ? "" : " (BIC " + company.bic().value() + ")"),
        quote.number() == null ? "" : quote.number(),
        revision.revision(),
        SalesFormats.date(revision.date()),
        SalesFormats.date(revision.validUntil()),
        revision.customer().name(),
        revision.customer().kind() == CustomerKind.INDIVIDUAL,
        revision.pricesIncludeVat(),
        revision.deliveryLeadTime(),
        revision.paymentTerms() == null ? null : revision.paymentTerms().label(locale),
        documents.rows(revision, locale),
        DocumentRows.rates(revision.totals(), locale),
        money(revision.totals().totalNet(), locale),
        money(revision.totals().totalVat(), locale),
        money(revision.totals().totalGross(), locale),
        revision.downPayment() == null ? null : revision.downPayment().kind().name(),
        revision.downPayment() == null || revision.downPayment().percent() == null
            ? null
            : SalesFormats.number(revision.downPayment().percent().value(), locale),
        downPayment == null ? null : money(downPayment.totalGross(), locale),
        state == State.REPLACED ? current.revision() : null,
        state == State.REPLACED && current.frozen(),
        decision == null
            ? null
            : DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").format(decision.at().atZone(zone)),
        decision == null ? null : decision.signerName(),
        decision == null ? null : decision.reason(),
        decision != null && decision.earlyStartRequested(),
        summary,
        toPay,
        withdrawalDays);
  }

  private static String money(Money money, Locale locale) {
    return money.format(locale);
  }

  /** The number and version, e.g. « DE-2026-0001 A ». */
  public String fullReference() {
    return reference + " " + revision;
  }
}
