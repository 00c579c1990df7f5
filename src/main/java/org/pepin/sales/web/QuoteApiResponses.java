package org.pepin.sales.web;

import static org.pepin.sales.web.SalesApiAmounts.percents;
import static org.pepin.sales.web.SalesApiAmounts.priced;
import static org.pepin.sales.web.SalesApiAmounts.text;
import static org.pepin.sales.web.SalesApiAmounts.uuid;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pepin.customers.DeliveryAddress;
import org.pepin.sales.DownPayment;
import org.pepin.sales.DownPaymentKind;
import org.pepin.sales.LineType;
import org.pepin.sales.LineWarning;
import org.pepin.sales.PricedDocument;
import org.pepin.sales.QuoteRevision;
import org.pepin.sales.QuoteRow;
import org.pepin.sales.QuoteStatus;
import org.pepin.sales.QuoteView;
import org.pepin.sales.SalesLine;
import org.pepin.sales.SalesSettings;
import org.pepin.sales.web.SalesApiAmounts.PricedLine;
import org.pepin.sales.web.SalesApiAmounts.TotalsResponse;
import org.pepin.shared.DocumentTotals;
import org.pepin.shared.DocumentTotals.LineKind;
import org.pepin.shared.Money;
import org.pepin.shared.VatRate;
import org.springframework.context.MessageSource;

/**
 * What the quote API answers: a quote with its current revision (lines with their amounts, totals
 * per VAT rate, down payment, warnings), a revision, a priced preview, a list row, the sales
 * settings. Amounts are JSON numbers (2 decimals; unit prices up to 6), rates and percentages in %.
 * Margins are given only to ADMIN, MANAGER and ACCOUNTING ({@code null} otherwise).
 */
final class QuoteApiResponses {

  private QuoteApiResponses() {}

  record CustomerRef(UUID id, String code, String name) {}

  /** A quote: header, current revision and the list of its revisions. */
  record QuoteResponse(
      UUID id,
      int version,
      @Nullable String number,
      @Nullable String reference,
      QuoteStatus status,
      @Nullable String statusReason,
      CustomerRef customer,
      @Nullable UUID salesRep,
      @Nullable UUID order,
      Instant createdAt,
      Instant updatedAt,
      RevisionResponse current,
      List<RevisionSummary> revisions) {}

  record RevisionSummary(
      UUID id,
      String revision,
      LocalDate date,
      LocalDate validUntil,
      @Nullable Instant sentAt,
      BigDecimal totalGross,
      @Nullable QuoteStatus decision,
      boolean current,
      @Nullable String pdf) {}

  /** One revision, as it was sent (or is being drafted). */
  record RevisionResponse(
      UUID id,
      String revision,
      LocalDate date,
      LocalDate validUntil,
      CustomerRef customer,
      @Nullable DeliveryAddressResponse deliveryAddress,
      @Nullable String deliveryLeadTime,
      @Nullable String paymentTerms,
      @Nullable String paymentTermsLabel,
      boolean pricesIncludeVat,
      @Nullable BigDecimal discountPercent,
      @Nullable BigDecimal discountAmount,
      @Nullable UUID termsOfSale,
      @Nullable String introduction,
      @Nullable String notes,
      List<LineResponse> lines,
      TotalsResponse totals,
      @Nullable DownPaymentResponse downPayment,
      List<WarningResponse> warnings,
      BigDecimal manualDiscountRate,
      boolean approvalRequired,
      @Nullable UUID approvedBy,
      @Nullable Instant approvedAt,
      boolean frozen,
      @Nullable Instant sentAt,
      @Nullable UUID sentBy,
      @Nullable String pdfSha256,
      @Nullable DecisionResponse decision,
      @Nullable BigDecimal margin,
      @Nullable BigDecimal marginRate) {}

  record DeliveryAddressResponse(
      String label,
      String line1,
      @Nullable String line2,
      String postalCode,
      String city,
      String countryCode) {}

  /** A line with its amounts (DocumentTotals steps 1 to 5); no amounts for sections and notes. */
  record LineResponse(
      UUID id,
      int position,
      LineType type,
      @Nullable UUID product,
      @Nullable String productCode,
      String designation,
      @Nullable BigDecimal quantity,
      @Nullable String unit,
      @Nullable BigDecimal unitPrice,
      boolean priceIncludesVat,
      boolean priceOverridden,
      List<BigDecimal> listDiscounts,
      List<BigDecimal> manualDiscounts,
      @Nullable BigDecimal vatRate,
      @Nullable LineKind kind,
      boolean percentOfLines,
      @Nullable BigDecimal netUnitPrice,
      @Nullable BigDecimal net,
      @Nullable BigDecimal discountShare,
      @Nullable BigDecimal feeShare,
      @Nullable BigDecimal base,
      List<RateAmount> feeSplit,
      @Nullable BigDecimal margin) {}

  record RateAmount(BigDecimal rate, BigDecimal amount) {}

  /** The down payment asked and its amounts (ARCHITECTURE §3 step 7). */
  record DownPaymentResponse(
      DownPaymentKind kind,
      @Nullable BigDecimal percent,
      @Nullable BigDecimal amount,
      @Nullable TotalsResponse amounts) {}

  record WarningResponse(int position, String code, List<String> args, String message) {}

  record DecisionResponse(
      QuoteStatus outcome,
      Instant at,
      String channel,
      @Nullable String signerName,
      @Nullable String signerIp,
      @Nullable String reason,
      boolean earlyStartRequested) {}

  /** A quote priced without saving it. */
  record PreviewResponse(
      List<LineResponse> lines,
      TotalsResponse totals,
      @Nullable DownPaymentResponse downPayment,
      List<WarningResponse> warnings,
      BigDecimal manualDiscountRate,
      boolean approvalRequired,
      @Nullable BigDecimal margin,
      @Nullable BigDecimal marginRate) {}

  /** A quote in the list. */
  record QuoteSummary(
      UUID id,
      @Nullable String number,
      String revision,
      QuoteStatus status,
      CustomerRef customer,
      @Nullable UUID salesRep,
      LocalDate date,
      LocalDate validUntil,
      BigDecimal totalNet,
      BigDecimal totalGross,
      @Nullable Instant sentAt,
      Instant updatedAt) {

    static QuoteSummary of(QuoteRow r) {
      return new QuoteSummary(
          r.id().value(),
          r.number(),
          r.revision(),
          r.status(),
          new CustomerRef(r.customer().value(), r.customerCode(), r.customerName()),
          uuid(r.salesRep()),
          r.date(),
          r.validUntil(),
          r.totalNet().amount(),
          r.totalGross().amount(),
          r.sentAt(),
          r.updatedAt());
    }
  }

  /**
   * The conversion rate over quotes dated in the period.
   *
   * @param answered quotes accepted, converted, refused or expired
   * @param converted quotes accepted or converted
   * @param rate converted / answered in % (1 decimal); {@code null} when none was answered
   */
  record ConversionResponse(
      LocalDate from, LocalDate to, long answered, long converted, @Nullable BigDecimal rate) {}

  /** The company's sales settings (Paramètres › Ventes). */
  record SettingsResponse(
      int version,
      int quoteValidityDays,
      BigDecimal discountApprovalThreshold,
      @Nullable BigDecimal individualDownPaymentPercent,
      @Nullable BigDecimal individualDownPaymentAbove,
      @Nullable String freeDeliveryProductCode,
      @Nullable BigDecimal freeDeliveryAbove,
      int withdrawalDays) {

    static SettingsResponse of(SalesSettings s) {
      return new SettingsResponse(
          s.version(),
          s.quoteValidityDays(),
          s.discountApprovalThreshold().value(),
          s.individualDownPayment() == null ? null : s.individualDownPayment().value(),
          s.individualDownPaymentAbove() == null ? null : s.individualDownPaymentAbove().amount(),
          s.freeDeliveryProductCode(),
          s.freeDeliveryAbove() == null ? null : s.freeDeliveryAbove().amount(),
          s.withdrawalDays());
    }
  }

  // ------------------------------------------------------------------ building

  /** Builds the answers in the caller's language, with or without margins. */
  record Writer(MessageSource messages, Locale locale, boolean margins) {

    QuoteResponse quote(
        QuoteView q, boolean approvalRequired, List<LineWarning> warnings, String pdfBase) {
      QuoteRevision current = q.current();
      List<RevisionSummary> revisions = new ArrayList<>();
      for (QuoteView.Summary s : q.revisions()) {
        revisions.add(
            new RevisionSummary(
                s.id().value(),
                s.revision(),
                s.date(),
                s.validUntil(),
                s.sentAt(),
                s.totalGross().amount(),
                s.decision(),
                s.id().equals(current.id()),
                s.sentAt() == null ? null : pdfBase + "/revisions/" + s.id() + "/pdf"));
      }
      return new QuoteResponse(
          q.id().value(),
          q.version(),
          q.number(),
          q.reference(),
          q.status(),
          q.statusReason(),
          new CustomerRef(
              q.customer().value(), current.customer().code(), current.customer().name()),
          uuid(q.salesRep()),
          uuid(q.order()),
          q.createdAt(),
          q.updatedAt(),
          revision(current, approvalRequired, warnings),
          revisions);
    }

    RevisionResponse revision(
        QuoteRevision r, boolean approvalRequired, List<LineWarning> warnings) {
      List<LineResponse> lines = lines(r.lines(), r.totals());
      Margin margin = margin(r.lines(), r.totals());
      DeliveryAddress d = r.deliveryAddress();
      var decision = r.decision();
      return new RevisionResponse(
          r.id().value(),
          r.revision(),
          r.date(),
          r.validUntil(),
          new CustomerRef(r.customer().id().value(), r.customer().code(), r.customer().name()),
          d == null
              ? null
              : new DeliveryAddressResponse(
                  d.label(),
                  d.address().line1(),
                  d.address().line2(),
                  d.address().postalCode(),
                  d.address().city(),
                  d.address().countryCode()),
          r.deliveryLeadTime(),
          r.paymentTerms() == null ? null : r.paymentTerms().code(),
          r.paymentTerms() == null ? null : r.paymentTerms().label(locale),
          r.pricesIncludeVat(),
          r.discountPercent() == null ? null : r.discountPercent().value(),
          r.discountAmount() == null ? null : r.discountAmount().amount(),
          r.termsOfSale() == null ? null : r.termsOfSale().value(),
          r.introduction(),
          r.notes(),
          lines,
          TotalsResponse.of(r.totals().breakdown()),
          downPayment(r.downPayment(), r.downPaymentAmounts()),
          warnings(warnings),
          r.manualDiscountRate().value(),
          approvalRequired,
          uuid(r.approvedBy()),
          r.approvedAt(),
          r.frozen(),
          r.sentAt(),
          uuid(r.sentBy()),
          r.pdfSha256(),
          decision == null
              ? null
              : new DecisionResponse(
                  decision.outcome(),
                  decision.at(),
                  decision.channel(),
                  decision.signerName(),
                  decision.signerIp(),
                  decision.reason(),
                  decision.earlyStartRequested()),
          margins ? margin.amount() : null,
          margins ? margin.rate() : null);
    }

    PreviewResponse preview(PricedDocument p, @Nullable DownPayment downPayment, boolean approval) {
      return new PreviewResponse(
          lines(p.lines(), p.totals()),
          TotalsResponse.of(p.totals().breakdown()),
          downPayment(downPayment, p.downPayment()),
          warnings(p.warnings()),
          p.manualDiscountRate().value(),
          approval,
          margins && p.margin() != null ? p.margin().amount() : null,
          margins && p.marginRate() != null ? p.marginRate().value() : null);
    }

    private List<LineResponse> lines(List<SalesLine> lines, DocumentTotals.Result totals) {
      return priced(lines, totals).stream().map(this::line).toList();
    }

    private LineResponse line(PricedLine p) {
      SalesLine l = p.line();
      DocumentTotals.LineResult a = p.amounts();
      return new LineResponse(
          l.id().value(),
          l.position(),
          l.type(),
          uuid(l.product()),
          l.productCode(),
          l.designation(),
          l.quantity() == null ? null : l.quantity().value(),
          l.unit(),
          l.unitPrice() == null ? null : l.unitPrice().value(),
          l.priceIncludesVat(),
          l.priceOverridden(),
          percents(l.listDiscounts()),
          percents(l.manualDiscounts()),
          a == null || a.line().vatRate() == null ? null : a.line().vatRate().percent(),
          l.kind(),
          l.percentOfLines(),
          a == null ? null : a.netUnitPrice().value(),
          a == null ? null : a.net().amount(),
          a == null ? null : a.discountShare().amount(),
          a == null ? null : a.feeShare().amount(),
          a == null ? null : a.base().amount(),
          a == null ? List.of() : split(a.feeSplit()),
          p.margin(margins));
    }

    private static List<RateAmount> split(Map<VatRate, Money> split) {
      return split.entrySet().stream()
          .map(e -> new RateAmount(e.getKey().percent(), e.getValue().amount()))
          .toList();
    }

    private static @Nullable DownPaymentResponse downPayment(
        @Nullable DownPayment d, DocumentTotals.@Nullable Breakdown amounts) {
      if (d == null) {
        return null;
      }
      return new DownPaymentResponse(
          d.kind(),
          d.percent() == null ? null : d.percent().value(),
          d.amount() == null ? null : d.amount().amount(),
          TotalsResponse.ofNullable(amounts));
    }

    List<WarningResponse> warnings(List<LineWarning> warnings) {
      return warnings.stream()
          .map(
              w -> new WarningResponse(w.position(), w.code(), w.args(), text(w, messages, locale)))
          .toList();
    }

    /** The margin of stored lines, as the pricer computes it. */
    private static Margin margin(List<SalesLine> lines, DocumentTotals.Result totals) {
      Money margin = Money.ZERO;
      Money nets = Money.ZERO;
      boolean any = false;
      for (PricedLine p : priced(lines, totals)) {
        DocumentTotals.LineResult a = p.amounts();
        if (a == null) {
          continue;
        }
        Money m = p.line().margin(a.discountShare());
        if (m != null) {
          any = true;
          margin = margin.plus(m);
          nets = nets.plus(a.net().minus(a.discountShare()));
        }
      }
      if (!any) {
        return new Margin(null, null);
      }
      BigDecimal rate =
          nets.isPositive()
              ? margin
                  .amount()
                  .multiply(BigDecimal.valueOf(100))
                  .divide(nets.amount(), 4, RoundingMode.HALF_UP)
              : null;
      return new Margin(margin.amount(), rate);
    }

    private record Margin(@Nullable BigDecimal amount, @Nullable BigDecimal rate) {}
  }
}
