package org.pepin.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.pepin.platform.CompanyId;
import org.pepin.shared.VatRate;

/** The catalogue as other modules use it. Every call is scoped by the company. */
public interface Products {

  /** The product, if it belongs to the company. */
  Optional<Product> find(CompanyId company, ProductId id);

  /**
   * @throws org.pepin.platform.ResourceNotFound unless the product belongs to the company
   */
  Product get(CompanyId company, ProductId id);

  /** The product with this code in the company (archived ones included). */
  Optional<Product> findByCode(CompanyId company, String code);

  /** The products of the company with these ids, in no particular order. */
  List<Product> getAll(CompanyId company, java.util.Collection<ProductId> ids);

  /**
   * The VAT rate the product takes on {@code date}: the rate of its category's {@link
   * org.pepin.platform.LegalRates.VatKind} in force that day in the legal tables, or 0 for an
   * exempt category.
   *
   * @throws org.pepin.shared.InvalidValue {@code product.follows-goods (code)} for a fee following
   *     the goods (it has no rate of its own: use {@link #vat}); {@code vat-category.no-rate
   *     (category name, date)} when the legal tables have no usable rate at the date
   */
  VatRate vatRate(CompanyId company, ProductId product, LocalDate date);

  /**
   * The VAT treatment of the product on {@code date}: rate, category and exemption mention, or
   * "follows the goods".
   *
   * @throws org.pepin.shared.InvalidValue {@code vat-category.no-rate (category name, date)}
   */
  ProductVat vat(CompanyId company, ProductId product, LocalDate date);
}
