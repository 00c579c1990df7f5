package org.pepin.catalog.product;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.pepin.catalog.PlantAttributes;
import org.pepin.catalog.PlantForm;
import org.pepin.catalog.Product;
import org.pepin.catalog.ProductDraft;
import org.pepin.catalog.ProductId;
import org.pepin.catalog.ProductKind;
import org.pepin.catalog.ProductVat;
import org.pepin.catalog.Products;
import org.pepin.catalog.RevenueKind;
import org.pepin.catalog.Unit;
import org.pepin.catalog.VatCategory;
import org.pepin.platform.ChangeHistory;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.CompanyId;
import org.pepin.platform.ConcurrentModification;
import org.pepin.platform.FieldChange;
import org.pepin.platform.ResourceNotFound;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.VatRate;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes, archives and restores products, and answers other modules' questions about them
 * ({@link Products}). Every change is recorded field by field in the product's history (entity type
 * {@code product}). Codes are unique per company.
 */
@Service
@Transactional
public class ProductManagement implements Products {

  /** The entity type of the product's history. */
  public static final String ENTITY = "product";

  private final ProductRepository products;
  private final VatCategoryManagement categories;
  private final CompanyClock clock;
  private final ChangeHistory history;

  ProductManagement(
      ProductRepository products,
      VatCategoryManagement categories,
      CompanyClock clock,
      ChangeHistory history) {
    this.products = products;
    this.categories = categories;
    this.clock = clock;
    this.history = history;
  }

  /**
   * Creates a product.
   *
   * @throws InvalidValue {@code product.code-taken (code)}; {@code product.vat-category-unknown}
   *     for a category of another company or an archived one
   */
  public ProductId create(CompanyId company, ProductDraft draft) {
    return create(company, draft, null);
  }

  /** Creates a product; {@code origin} is recorded in its history (an import run). */
  public ProductId create(CompanyId company, ProductDraft draft, @Nullable String origin) {
    if (products.codeExists(company.value(), draft.code())) {
      throw new InvalidValue(
          "product.code-taken", "code already used: " + draft.code(), draft.code());
    }
    checkCategory(company, draft, null);
    ProductId id = ProductId.random();
    products.save(ProductRecord.of(company, id, null, draft, false, clock.now(company)));
    history.record(
        company,
        ENTITY,
        id,
        ChangeHistory.CREATED,
        origin,
        FieldChange.between(Fields.EMPTY, fields(company, draft, false)));
    return id;
  }

  /**
   * Changes a product as of the version the user edited.
   *
   * @throws ConcurrentModification if someone changed it since
   * @throws InvalidValue {@code product.code-taken (code)}, {@code product.vat-category-unknown},
   *     {@code product.stocked-in-use (code)} to stop keeping stock of a product that has some on
   *     hand or reserved
   */
  public void update(CompanyId company, ProductId id, int version, ProductDraft draft) {
    update(company, id, version, draft, null);
  }

  /** Changes a product; {@code origin} is recorded in its history (an import run). */
  public void update(
      CompanyId company, ProductId id, int version, ProductDraft draft, @Nullable String origin) {
    ProductRecord current = load(company, id);
    if (current.version() != null && current.version() != version) {
      throw new ConcurrentModification(ENTITY, id);
    }
    if (!draft.code().equals(current.code())
        && products.codeExists(company.value(), draft.code())) {
      throw new InvalidValue(
          "product.code-taken", "code already used: " + draft.code(), draft.code());
    }
    Product before = current.view();
    checkCategory(company, draft, before);
    if (before.stocked() && !draft.stocked() && products.holdsStock(company.value(), id.value())) {
      // orders reserved it and deliveries will take it out: the stock must be counted to zero and
      // the orders delivered or cancelled first, or the reservations would drift
      throw new InvalidValue("product.stocked-in-use", "stock on hand or reserved", before.code());
    }
    save(
        ProductRecord.of(company, id, version, draft, current.archived(), current.createdAt()), id);
    var changes =
        FieldChange.between(
            fields(company, before.toDraft(), before.archived()),
            fields(company, draft, current.archived()));
    history.record(company, ENTITY, id, ChangeHistory.UPDATED, origin, changes);
  }

  /**
   * The words the product list's search matches for this draft, as stored in {@code
   * product.search_text} (for bulk writers that must store what the application stores).
   */
  public static String searchText(ProductDraft draft) {
    return ProductRecord.searchText(draft);
  }

  /** Archives a product: kept for its documents and stock, hidden from pickers. */
  public void archive(CompanyId company, ProductId id) {
    setArchived(company, id, true);
  }

  /** Brings an archived product back. */
  public void restore(CompanyId company, ProductId id) {
    setArchived(company, id, false);
  }

  private void setArchived(CompanyId company, ProductId id, boolean archived) {
    ProductRecord current = load(company, id);
    if (current.archived() == archived) {
      return;
    }
    save(current.withArchived(archived), id);
    history.record(
        company,
        ENTITY,
        id,
        archived ? "archived" : "restored",
        null,
        List.of(
            new FieldChange(
                "archived",
                String.valueOf(!archived),
                String.valueOf(archived),
                FieldChange.BOOLEAN_KEYS)));
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Product> find(CompanyId company, ProductId id) {
    return products.findIn(company.value(), id.value()).map(ProductRecord::view);
  }

  @Override
  @Transactional(readOnly = true)
  public Product get(CompanyId company, ProductId id) {
    return load(company, id).view();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Product> findByCode(CompanyId company, String code) {
    return products
        .findByCode(company.value(), code.strip().toUpperCase(java.util.Locale.ROOT))
        .map(ProductRecord::view);
  }

  @Override
  @Transactional(readOnly = true)
  public List<Product> getAll(CompanyId company, Collection<ProductId> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return products
        .findAllIn(company.value(), ids.stream().map(ProductId::value).distinct().toList())
        .stream()
        .map(ProductRecord::view)
        .toList();
  }

  @Override
  @Transactional(readOnly = true)
  public VatRate vatRate(CompanyId company, ProductId id, LocalDate date) {
    ProductVat vat = vat(company, id, date);
    if (vat.rate() == null) {
      Product product = get(company, id);
      throw new InvalidValue(
          "product.follows-goods",
          "a fee following the goods has no rate of its own: " + product.code(),
          product.code());
    }
    return vat.rate();
  }

  @Override
  @Transactional(readOnly = true)
  public ProductVat vat(CompanyId company, ProductId id, LocalDate date) {
    Product product = get(company, id);
    if (product.followsGoods() || product.vatCategory() == null) {
      return new ProductVat(true, null, null);
    }
    VatCategory category = categories.get(company, product.vatCategory());
    return new ProductVat(false, categories.rate(company, category, date), category);
  }

  private void checkCategory(CompanyId company, ProductDraft draft, @Nullable Product before) {
    if (draft.vatCategory() == null) {
      return;
    }
    var category = categories.find(company, draft.vatCategory());
    boolean unchanged = before != null && draft.vatCategory().equals(before.vatCategory());
    if (category.isEmpty() || (category.get().archived() && !unchanged)) {
      throw new InvalidValue("product.vat-category-unknown", "no such VAT category");
    }
  }

  private ProductRecord load(CompanyId company, ProductId id) {
    return products
        .findIn(company.value(), id.value())
        .orElseThrow(() -> new ResourceNotFound(ENTITY, id));
  }

  private void save(ProductRecord record, ProductId id) {
    try {
      products.save(record);
    } catch (OptimisticLockingFailureException e) {
      throw new ConcurrentModification(ENTITY, id);
    }
  }

  private Fields fields(CompanyId company, ProductDraft d, boolean archived) {
    String category =
        d.vatCategory() == null
            ? null
            : categories.find(company, d.vatCategory()).map(VatCategory::code).orElse(null);
    PlantAttributes p = d.plant();
    return new Fields(
        d.code(),
        d.designation(),
        d.description(),
        d.kind(),
        d.unit(),
        category,
        d.followsGoods(),
        d.revenueKind(),
        d.salePrice().value(),
        d.costPrice() == null ? null : d.costPrice().value(),
        d.group(),
        d.stocked(),
        d.lowStockThreshold() == null ? null : d.lowStockThreshold().value(),
        p == null ? null : p.botanicalName(),
        p == null ? null : p.commonName(),
        p == null ? null : p.variety(),
        p == null ? null : p.form(),
        p == null ? null : p.containerLitres(),
        p == null ? null : p.girthClass(),
        p == null ? null : p.sizeClass(),
        p != null && p.passportRequired(),
        p != null && p.passportForFinalUsers(),
        p == null ? null : p.passportNote(),
        d.season() == null ? null : d.season().toString(),
        archived);
  }

  /** The fields of a product as its history shows them (labels {@code product.<field>}). */
  public record Fields(
      @Nullable String code,
      @Nullable String designation,
      @Nullable String description,
      @Nullable ProductKind kind,
      @Nullable Unit unit,
      @Nullable String vatCategory,
      boolean followsGoods,
      @Nullable RevenueKind revenueKind,
      @Nullable BigDecimal salePrice,
      @Nullable BigDecimal costPrice,
      @Nullable String group,
      boolean stocked,
      @Nullable BigDecimal lowStockThreshold,
      @Nullable String botanicalName,
      @Nullable String commonName,
      @Nullable String variety,
      @Nullable PlantForm form,
      @Nullable BigDecimal containerLitres,
      @Nullable String girthClass,
      @Nullable String sizeClass,
      boolean passportRequired,
      boolean passportForFinalUsers,
      @Nullable String passportNote,
      @Nullable String season,
      boolean archived) {

    static final Fields EMPTY =
        new Fields(
            null, null, null, null, null, null, false, null, null, null, null, false, null, null,
            null, null, null, null, null, null, false, false, null, null, false);
  }
}
