package org.pepin.sales;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pepin.customers.CustomerSnapshot;
import org.pepin.customers.DeliveryAddress;
import org.pepin.platform.TermsOfSaleId;
import org.pepin.platform.UserId;
import org.pepin.shared.DocumentTotals;
import org.pepin.shared.Money;
import org.pepin.shared.PaymentTerms;
import org.pepin.shared.Percentage;

/**
 * One revision (A, B…) of a quote: what was (or will be) sent. Once sent it never changes
 * (france-compliance R-QUO-02): a change makes the next revision.
 *
 * @param revision the letter: A, B… Z, then AA…
 * @param customer the customer as frozen when the revision was last saved
 * @param pricesIncludeVat whether the document shows prices incl. VAT (individuals)
 * @param termsOfSale the terms-of-sale version in force on the quote's date (R-QUO-07)
 * @param totals the amounts by DocumentTotals
 * @param manualDiscountRate the rate of manual discount (see {@link PricedDocument})
 * @param approvedBy the manager who approved the manual discounts, if they needed it
 * @param sentAt when the revision was sent (and frozen); {@code null} for a draft
 * @param pdfSha256 the SHA-256 of the PDF kept when it was sent
 * @param decision the customer's answer to this revision
 */
public record QuoteRevision(
    QuoteRevisionId id,
    QuoteId quote,
    String revision,
    LocalDate date,
    LocalDate validUntil,
    CustomerSnapshot customer,
    @Nullable DeliveryAddress deliveryAddress,
    @Nullable String deliveryLeadTime,
    @Nullable PaymentTerms paymentTerms,
    boolean pricesIncludeVat,
    @Nullable DownPayment downPayment,
    @Nullable Percentage discountPercent,
    @Nullable Money discountAmount,
    @Nullable TermsOfSaleId termsOfSale,
    @Nullable String introduction,
    @Nullable String notes,
    List<SalesLine> lines,
    DocumentTotals.Result totals,
    Percentage manualDiscountRate,
    @Nullable UserId approvedBy,
    @Nullable Instant approvedAt,
    @Nullable Instant sentAt,
    @Nullable UserId sentBy,
    @Nullable String pdfSha256,
    @Nullable Decision decision,
    Instant createdAt) {

  public QuoteRevision {
    lines = List.copyOf(lines);
  }

  /** Whether the revision was sent, hence frozen. */
  public boolean frozen() {
    return sentAt != null;
  }

  /** The down payment's amounts (ARCHITECTURE §3 step 7), if the revision asks for one. */
  public DocumentTotals.@Nullable Breakdown downPaymentAmounts() {
    return downPayment == null ? null : downPayment.amounts(totals);
  }

  /**
   * The customer's answer.
   *
   * @param outcome {@link QuoteStatus#ACCEPTED} or {@link QuoteStatus#REFUSED}
   * @param channel {@code ONLINE} (the public link) or {@code MANUAL} (recorded by the staff, e.g.
   *     a signed paper)
   * @param signerName the name typed with « bon pour accord »
   * @param signerIp the address the online answer came from
   * @param reason the reason of a refusal
   * @param earlyStartRequested a consumer's express request to start before the end of the
   *     withdrawal period (C. conso L221-25)
   */
  public record Decision(
      QuoteStatus outcome,
      Instant at,
      String channel,
      @Nullable String signerName,
      @Nullable String signerIp,
      @Nullable String reason,
      boolean earlyStartRequested) {}
}
