package org.pepin.sales;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.pepin.customers.CustomerId;
import org.pepin.platform.UserId;
import org.pepin.shared.InvalidValue;

/**
 * An order as the user gives it (entered directly, or the amendment of an order).
 *
 * @param customer the customer
 * @param customerReference the customer's purchase-order number, repeated on delivery notes and
 *     invoices (C. com. L441-9; R-QUO-05)
 * @param commitmentNumber a public buyer's commitment number (numéro d'engagement), required when
 *     the customer says so (Chorus Pro; {@code sales.order.commitment-required})
 * @param requestedDelivery the delivery date the customer asked for
 * @param salesRep the sales representative; {@code null}: the customer's
 * @param terms terms, discount, texts and lines
 */
public record OrderDraft(
    CustomerId customer,
    @Nullable String customerReference,
    @Nullable String commitmentNumber,
    @Nullable LocalDate requestedDelivery,
    @Nullable UserId salesRep,
    SalesTerms terms) {

  public OrderDraft {
    customerReference = SalesTerms.clean(customerReference);
    commitmentNumber = SalesTerms.clean(commitmentNumber);
    if (customerReference != null && customerReference.length() > 50
        || commitmentNumber != null && commitmentNumber.length() > 50) {
      throw new InvalidValue("sales.order.reference-length", "reference too long", 50);
    }
  }
}
