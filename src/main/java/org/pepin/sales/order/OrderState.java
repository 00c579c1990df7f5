package org.pepin.sales.order;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pepin.customers.CustomerId;
import org.pepin.customers.CustomerSnapshot;
import org.pepin.customers.DeliveryAddress;
import org.pepin.platform.TermsOfSaleId;
import org.pepin.platform.UserId;
import org.pepin.sales.DownPayment;
import org.pepin.sales.DownPaymentView;
import org.pepin.sales.OrderId;
import org.pepin.sales.OrderStatus;
import org.pepin.sales.OrderView;
import org.pepin.sales.QuoteId;
import org.pepin.sales.QuoteRevisionId;
import org.pepin.sales.SalesLine;
import org.pepin.shared.DocumentTotals;
import org.pepin.shared.Money;
import org.pepin.shared.PaymentTerms;
import org.pepin.shared.Percentage;

/** An order being changed by {@link OrderService}: the fields of {@link OrderView}, mutable. */
@SuppressWarnings("NullAway")
final class OrderState {

  OrderId id;
  int version;
  @Nullable String number;
  CustomerId customer;
  @Nullable UserId salesRep;
  @Nullable QuoteId quote;
  @Nullable QuoteRevisionId quoteRevision;
  int revision;
  OrderStatus status;
  @Nullable String statusReason;
  List<String> statusArgs;
  LocalDate date;
  LocalDate pricingDate;
  CustomerSnapshot customerSnapshot;
  @Nullable String customerReference;
  @Nullable String commitmentNumber;
  @Nullable LocalDate requestedDelivery;
  @Nullable DeliveryAddress deliveryAddress;
  @Nullable PaymentTerms paymentTerms;
  boolean pricesIncludeVat;
  @Nullable DownPayment downPayment;
  @Nullable Percentage discountPercent;
  @Nullable Money discountAmount;
  @Nullable TermsOfSaleId termsOfSale;
  @Nullable String notes;
  List<SalesLine> lines;
  DocumentTotals.Result totals;
  @Nullable LocalDate withdrawalUntil;
  boolean earlyStartRequested;
  @Nullable Instant confirmedAt;
  Instant createdAt;
  Instant updatedAt;
  List<DownPaymentView> downPayments;

  static OrderState of(OrderView o) {
    var s = new OrderState();
    s.id = o.id();
    s.version = o.version();
    s.number = o.number();
    s.customer = o.customer();
    s.salesRep = o.salesRep();
    s.quote = o.quote();
    s.quoteRevision = o.quoteRevision();
    s.revision = o.revision();
    s.status = o.status();
    s.statusReason = o.statusReason();
    s.statusArgs = o.statusArgs();
    s.date = o.date();
    s.pricingDate = o.pricingDate();
    s.customerSnapshot = o.customerSnapshot();
    s.customerReference = o.customerReference();
    s.commitmentNumber = o.commitmentNumber();
    s.requestedDelivery = o.requestedDelivery();
    s.deliveryAddress = o.deliveryAddress();
    s.paymentTerms = o.paymentTerms();
    s.pricesIncludeVat = o.pricesIncludeVat();
    s.downPayment = o.downPayment();
    s.discountPercent = o.discountPercent();
    s.discountAmount = o.discountAmount();
    s.termsOfSale = o.termsOfSale();
    s.notes = o.notes();
    s.lines = o.lines();
    s.totals = o.totals();
    s.withdrawalUntil = o.withdrawalUntil();
    s.earlyStartRequested = o.earlyStartRequested();
    s.confirmedAt = o.confirmedAt();
    s.createdAt = o.createdAt();
    s.updatedAt = o.updatedAt();
    s.downPayments = o.downPayments();
    return s;
  }

  OrderView view() {
    return new OrderView(
        id,
        version,
        number,
        customer,
        salesRep,
        quote,
        quoteRevision,
        revision,
        status,
        statusReason,
        statusArgs,
        date,
        pricingDate,
        customerSnapshot,
        customerReference,
        commitmentNumber,
        requestedDelivery,
        deliveryAddress,
        paymentTerms,
        pricesIncludeVat,
        downPayment,
        discountPercent,
        discountAmount,
        termsOfSale,
        notes,
        lines,
        totals,
        withdrawalUntil,
        earlyStartRequested,
        confirmedAt,
        createdAt,
        updatedAt,
        downPayments);
  }
}
