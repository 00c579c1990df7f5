package org.pepin.sales;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pepin.customers.CustomerId;
import org.pepin.customers.CustomerSnapshot;
import org.pepin.customers.DeliveryAddress;
import org.pepin.platform.TermsOfSaleId;
import org.pepin.platform.UserId;
import org.pepin.shared.DocumentTotals;
import org.pepin.shared.Money;
import org.pepin.shared.PaymentTerms;
import org.pepin.shared.Percentage;

/**
 * An order with its lines, totals and down payments.
 *
 * @param number the legal number, taken at the first confirmation ({@code null} for a draft)
 * @param quote the quote it was made from, and {@code quoteRevision} the exact revision accepted
 * @param revision 0 for the order as first recorded, then one more per amendment
 * @param statusReason for {@link OrderStatus#HELD}: the message key of the credit check's reason,
 *     with {@code statusArgs}; for {@link OrderStatus#CANCELLED}: the reason typed
 * @param pricingDate the date its prices were taken at (the quote's date for an order from a quote,
 *     so that an amendment keeps the prices agreed, R-QUO-06)
 * @param withdrawalUntil the last day of a consumer's withdrawal period, if the order waits it out
 */
public record OrderView(
    OrderId id,
    int version,
    @Nullable String number,
    CustomerId customer,
    @Nullable UserId salesRep,
    @Nullable QuoteId quote,
    @Nullable QuoteRevisionId quoteRevision,
    int revision,
    OrderStatus status,
    @Nullable String statusReason,
    List<String> statusArgs,
    LocalDate date,
    LocalDate pricingDate,
    CustomerSnapshot customerSnapshot,
    @Nullable String customerReference,
    @Nullable String commitmentNumber,
    @Nullable LocalDate requestedDelivery,
    @Nullable DeliveryAddress deliveryAddress,
    @Nullable PaymentTerms paymentTerms,
    boolean pricesIncludeVat,
    @Nullable DownPayment downPayment,
    @Nullable Percentage discountPercent,
    @Nullable Money discountAmount,
    @Nullable TermsOfSaleId termsOfSale,
    @Nullable String notes,
    List<SalesLine> lines,
    DocumentTotals.Result totals,
    @Nullable LocalDate withdrawalUntil,
    boolean earlyStartRequested,
    @Nullable Instant confirmedAt,
    Instant createdAt,
    Instant updatedAt,
    List<DownPaymentView> downPayments) {

  public OrderView {
    statusArgs = List.copyOf(statusArgs);
    lines = List.copyOf(lines);
    downPayments = List.copyOf(downPayments);
  }

  /** The down payments' amounts incl. VAT still to pay. */
  public Money downPaymentDue() {
    return Money.sum(downPayments.stream().map(DownPaymentView::due).toList());
  }

  /** The down payments paid. */
  public Money downPaymentPaid() {
    return Money.sum(downPayments.stream().map(DownPaymentView::paid).toList());
  }

  /** Whether something was delivered already (an order then no longer changes). */
  public boolean anythingDelivered() {
    return lines.stream().anyMatch(l -> l.delivered().value().signum() > 0);
  }
}
