package org.pepin.catalog.product;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.pepin.catalog.VatCategories;
import org.pepin.catalog.VatCategory;
import org.pepin.catalog.VatCategoryDraft;
import org.pepin.catalog.VatCategoryId;
import org.pepin.platform.ChangeHistory;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.CompanyId;
import org.pepin.platform.ConcurrentModification;
import org.pepin.platform.FieldChange;
import org.pepin.platform.LegalRates;
import org.pepin.platform.ResourceNotFound;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.VatRate;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and changes the company's VAT categories and answers the rate of a category at a date
 * from the platform's dated legal tables (a rate change is a new dated row there, CGI 278 ff.).
 * Changes are recorded in the category's history (entity type {@code vat-category}).
 */
@Service
@Transactional
public class VatCategoryManagement implements VatCategories {

  /** The entity type of the category's history. */
  public static final String ENTITY = "vat-category";

  private final VatCategoryRepository categories;
  private final ProductRepository products;
  private final LegalRates rates;
  private final CompanyClock clock;
  private final ChangeHistory history;

  VatCategoryManagement(
      VatCategoryRepository categories,
      ProductRepository products,
      LegalRates rates,
      CompanyClock clock,
      ChangeHistory history) {
    this.categories = categories;
    this.products = products;
    this.rates = rates;
    this.clock = clock;
    this.history = history;
  }

  /**
   * @throws InvalidValue {@code vat-category.code-taken (code)}
   */
  public VatCategoryId create(CompanyId company, VatCategoryDraft draft) {
    if (categories.findByCode(company.value(), draft.code()).isPresent()) {
      throw new InvalidValue(
          "vat-category.code-taken", "code already used: " + draft.code(), draft.code());
    }
    VatCategoryId id = VatCategoryId.random();
    categories.save(
        new VatCategoryRecord(
            id,
            company,
            null,
            draft.code(),
            draft.name(),
            draft.vatKind() == null ? null : draft.vatKind().name(),
            draft.exemptionCode(),
            draft.exemptionReason(),
            false,
            clock.now(company)));
    history.record(
        company,
        ENTITY,
        id,
        ChangeHistory.CREATED,
        null,
        FieldChange.between(Fields.EMPTY, Fields.of(draft, false)));
    return id;
  }

  /**
   * Changes a category as of the version the user edited.
   *
   * @throws ConcurrentModification if someone changed it since
   * @throws InvalidValue {@code vat-category.code-taken (code)}
   */
  public void update(CompanyId company, VatCategoryId id, int version, VatCategoryDraft draft) {
    VatCategoryRecord current = load(company, id);
    if (current.version() != null && current.version() != version) {
      throw new ConcurrentModification(ENTITY, id);
    }
    if (!draft.code().equals(current.code())
        && categories.findByCode(company.value(), draft.code()).isPresent()) {
      throw new InvalidValue(
          "vat-category.code-taken", "code already used: " + draft.code(), draft.code());
    }
    var next =
        new VatCategoryRecord(
            id,
            company,
            version,
            draft.code(),
            draft.name(),
            draft.vatKind() == null ? null : draft.vatKind().name(),
            draft.exemptionCode(),
            draft.exemptionReason(),
            current.archived(),
            current.createdAt());
    save(next, id);
    history.recordDifferences(
        company, ENTITY, id, Fields.of(current.view()), Fields.of(draft, current.archived()));
  }

  /** Archives a category: kept for the products and documents that use it, hidden from pickers. */
  public void archive(CompanyId company, VatCategoryId id, boolean archived) {
    VatCategoryRecord current = load(company, id);
    if (current.archived() == archived) {
      return;
    }
    save(
        new VatCategoryRecord(
            id,
            company,
            current.version(),
            current.code(),
            current.name(),
            current.vatKind(),
            current.exemptionCode(),
            current.exemptionReason(),
            archived,
            current.createdAt()),
        id);
    history.record(
        company,
        ENTITY,
        id,
        List.of(
            new FieldChange(
                "archived",
                String.valueOf(!archived),
                String.valueOf(archived),
                FieldChange.BOOLEAN_KEYS)));
  }

  /** How many products of the company use the category. */
  @Transactional(readOnly = true)
  public long productCount(CompanyId company, VatCategoryId id) {
    return products.countWithCategory(company.value(), id.value());
  }

  @Override
  @Transactional(readOnly = true)
  public List<VatCategory> list(CompanyId company) {
    return categories.findAllIn(company.value()).stream().map(VatCategoryRecord::view).toList();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<VatCategory> find(CompanyId company, VatCategoryId id) {
    return categories.findIn(company.value(), id.value()).map(VatCategoryRecord::view);
  }

  @Override
  @Transactional(readOnly = true)
  public VatCategory get(CompanyId company, VatCategoryId id) {
    return load(company, id).view();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<VatCategory> findByCode(CompanyId company, String code) {
    return categories.findByCode(company.value(), code).map(VatCategoryRecord::view);
  }

  @Override
  @Transactional(readOnly = true)
  public VatRate rate(CompanyId company, VatCategoryId id, LocalDate date) {
    return rate(company, get(company, id), date);
  }

  /** The rate of a category on a date; see {@link VatCategories#rate}. */
  VatRate rate(CompanyId company, VatCategory category, LocalDate date) {
    if (category.vatKind() == null) {
      return VatRate.ZERO;
    }
    try {
      return rates.vatRate(company, category.vatKind(), date);
    } catch (InvalidValue e) {
      if (e.code().equals("legal-rate.missing-vat")) {
        throw new InvalidValue(
            "vat-category.no-rate",
            "no " + category.vatKind() + " rate on " + date + " for " + category.code(),
            category.name(),
            date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
      }
      throw e;
    }
  }

  /**
   * The rate of the category on a date, or {@code null} when the tables have none. Outside any
   * transaction, so that the refused lookup does not mark the caller's transaction rollback-only.
   */
  @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
  public @Nullable VatRate rateOrNull(CompanyId company, VatCategory category, LocalDate date) {
    try {
      return rate(company, category, date);
    } catch (InvalidValue e) {
      return null;
    }
  }

  private VatCategoryRecord load(CompanyId company, VatCategoryId id) {
    return categories
        .findIn(company.value(), id.value())
        .orElseThrow(() -> new ResourceNotFound(ENTITY, id));
  }

  private void save(VatCategoryRecord record, VatCategoryId id) {
    try {
      categories.save(record);
    } catch (OptimisticLockingFailureException e) {
      throw new ConcurrentModification(ENTITY, id);
    }
  }

  /** The fields of a category as its history shows them. */
  public record Fields(
      @Nullable String code,
      @Nullable String name,
      LegalRates.@Nullable VatKind vatKind,
      @Nullable String exemptionCode,
      @Nullable String exemptionReason,
      boolean archived) {

    static final Fields EMPTY = new Fields(null, null, null, null, null, false);

    static Fields of(VatCategoryDraft d, boolean archived) {
      return new Fields(
          d.code(), d.name(), d.vatKind(), d.exemptionCode(), d.exemptionReason(), archived);
    }

    static Fields of(VatCategory c) {
      return new Fields(
          c.code(), c.name(), c.vatKind(), c.exemptionCode(), c.exemptionReason(), c.archived());
    }
  }
}
