package org.pepin.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.pepin.platform.CompanyId;
import org.pepin.shared.VatRate;

/** The VAT categories of a company. Every call is scoped by the company. */
public interface VatCategories {

  /** The company's categories (archived ones included), by code. */
  List<VatCategory> list(CompanyId company);

  Optional<VatCategory> find(CompanyId company, VatCategoryId id);

  /**
   * @throws org.pepin.platform.ResourceNotFound unless the category belongs to the company
   */
  VatCategory get(CompanyId company, VatCategoryId id);

  Optional<VatCategory> findByCode(CompanyId company, String code);

  /**
   * The rate of the category on {@code date}: its kind's rate in force that day in the legal
   * tables, 0 when exempt.
   *
   * @throws org.pepin.shared.InvalidValue {@code vat-category.no-rate (category name, date)}
   */
  VatRate rate(CompanyId company, VatCategoryId category, LocalDate date);
}
