package org.pepin.catalog.pricing;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pepin.catalog.ProductId;
import org.pepin.customers.CustomerId;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.UnitPrice;

/**
 * A price excl. VAT negotiated with one customer for one product, optionally dated; it replaces the
 * price of the customer's list. Rules: {@code customer-price.negative (price)}, {@code
 * price-list.dates (from, to)}.
 *
 * @param id {@code null} before it is saved
 */
public record CustomerPrice(
    @Nullable UUID id,
    CustomerId customer,
    ProductId product,
    UnitPrice price,
    @Nullable LocalDate validFrom,
    @Nullable LocalDate validTo) {

  public CustomerPrice {
    if (price.value().signum() < 0) {
      throw new InvalidValue(
          "customer-price.negative", "negative customer price: " + price, price.value());
    }
    if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
      throw new InvalidValue(
          "price-list.dates", "validity ends before it starts", validFrom, validTo);
    }
  }

  /** Whether it applies on the date. */
  public boolean validOn(LocalDate date) {
    return (validFrom == null || !date.isBefore(validFrom))
        && (validTo == null || !date.isAfter(validTo));
  }
}
