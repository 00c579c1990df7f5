package org.pepin.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.pepin.customers.CustomerId;
import org.pepin.platform.CompanyId;
import org.pepin.shared.Quantity;

/**
 * The unit-price function: what quotes, orders, contracts and invoices ask to price a line. Every
 * call is scoped by the company.
 */
public interface Pricing {

  /**
   * The price of a product for a customer, a quantity and a date, with its explanation: the
   * product's base price excl. VAT, the customer's price list valid at the date (its explicit price
   * or its derivation from another list), the conversion of a price incl. VAT into the net unit
   * price (TTC / (1 + rate), 6 decimals HALF_UP — ARCHITECTURE §3 step 1), the quantity break after
   * the list's discount (cascade, step 2), and a customer-specific price which replaces the list's.
   *
   * @param customer {@code null} to price without a customer (base price excl. VAT)
   * @throws org.pepin.platform.ResourceNotFound for a product or customer of another company
   * @throws org.pepin.shared.InvalidValue {@code vat-category.no-rate} when the product's category
   *     has no rate at the date; {@code pricing.quantity} for a quantity that is not positive
   */
  ResolvedPrice price(
      CompanyId company,
      ProductId product,
      @Nullable CustomerId customer,
      Quantity quantity,
      LocalDate date);

  /**
   * The prices of several products for one customer at one date, as {@link #price} gives each of
   * them, in the order asked — what a document prices its lines with: the customer, its list and
   * the lists it derives from, the breaks, the customer's prices and the VAT categories are read
   * once for all the lines instead of once per line.
   *
   * @throws org.pepin.platform.ResourceNotFound for a product or customer of another company
   * @throws org.pepin.shared.InvalidValue as {@link #price}
   */
  List<ResolvedPrice> priceAll(
      CompanyId company, @Nullable CustomerId customer, List<Request> requests, LocalDate date);

  /** A product and a quantity to price. */
  record Request(ProductId product, Quantity quantity) {}

  /** The code of the price list assigned to the customer, if any. */
  Optional<String> assignedList(CompanyId company, CustomerId customer);

  /** The version of the list with this code valid on the date, if any. */
  Optional<PriceList> listAt(CompanyId company, String code, LocalDate date);
}
