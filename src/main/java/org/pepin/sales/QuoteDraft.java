package org.pepin.sales;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.pepin.customers.CustomerId;
import org.pepin.platform.UserId;
import org.pepin.shared.InvalidValue;

/**
 * A quote as the user gives it.
 *
 * @param customer the customer (or prospect)
 * @param validUntil the end of validity; {@code null}: the quote's date plus the company's default
 *     (30 days for the demo); never before the quote's date ({@code sales.quote.validity-past})
 * @param deliveryLeadTime the delivery or performance date or period, as printed (R-QUO-01), e.g. «
 *     3 semaines après acceptation »
 * @param salesRep the sales representative; {@code null}: the customer's
 * @param terms terms, discount, texts and lines
 */
public record QuoteDraft(
    CustomerId customer,
    @Nullable LocalDate validUntil,
    @Nullable String deliveryLeadTime,
    @Nullable UserId salesRep,
    SalesTerms terms) {

  public QuoteDraft {
    deliveryLeadTime = SalesTerms.clean(deliveryLeadTime);
    if (deliveryLeadTime != null && deliveryLeadTime.length() > 200) {
      throw new InvalidValue("sales.quote.lead-time-length", "lead time too long", 200);
    }
  }
}
