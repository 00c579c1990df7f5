package org.pepin.catalog.product;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.pepin.catalog.PlantAttributes;
import org.pepin.catalog.PlantForm;
import org.pepin.catalog.Product;
import org.pepin.catalog.ProductDraft;
import org.pepin.catalog.ProductKind;
import org.pepin.catalog.RevenueKind;
import org.pepin.catalog.SellingSeason;
import org.pepin.catalog.Unit;
import org.pepin.catalog.VatCategory;
import org.pepin.catalog.VatCategoryId;
import org.pepin.platform.CompanyId;
import org.pepin.platform.ImportContext;
import org.pepin.platform.ImportField;
import org.pepin.platform.ImportLine;
import org.pepin.platform.ImportOutcome;
import org.pepin.platform.Importer;
import org.pepin.platform.Role;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.Quantity;
import org.pepin.shared.UnitPrice;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Imports products (Catalogue › Articles › Importer), idempotent on the product code: a new code
 * creates the product, an existing one gets the values of the file's columns (an empty cell of a
 * column present in the file clears an optional value; a column absent from the file leaves the
 * value alone), and a line identical to the product changes nothing. The headers are those of the
 * product export, so an exported file can be edited and imported back. The VAT category is given by
 * its code; "follows the goods" replaces it for delivery fees.
 */
@Component
@Order(30)
class ProductImporter implements Importer {

  static final ImportField<String> CODE =
      ImportField.text("code", "product.code")
          .required()
          .synonyms("code article", "référence", "ref");
  static final ImportField<String> DESIGNATION =
      ImportField.text("designation", "product.designation").synonyms("libellé", "nom", "name");
  static final ImportField<String> DESCRIPTION =
      ImportField.text("description", "product.description");
  static final ImportField<ProductKind> KIND =
      ImportField.enumeration("kind", "product.kind", ProductKind.class, "productKind.");
  static final ImportField<Unit> UNIT =
      ImportField.enumeration("unit", "product.unit", Unit.class, "unit.");
  static final ImportField<String> VAT_CATEGORY =
      ImportField.text("vatCategory", "product.vatCategory").synonyms("TVA", "catégorie TVA");
  static final ImportField<Boolean> FOLLOWS_GOODS =
      ImportField.bool("followsGoods", "product.followsGoods");
  static final ImportField<RevenueKind> REVENUE_KIND =
      ImportField.enumeration(
          "revenueKind", "product.revenueKind", RevenueKind.class, "revenueKind.");
  static final ImportField<BigDecimal> SALE_PRICE =
      ImportField.decimal("salePrice", "product.salePrice").synonyms("prix", "prix HT", "price");
  static final ImportField<BigDecimal> COST_PRICE =
      ImportField.decimal("costPrice", "product.costPrice");
  static final ImportField<String> GROUP = ImportField.text("group", "product.group");
  static final ImportField<PlantForm> FORM =
      ImportField.enumeration("form", "product.form", PlantForm.class, "plantForm.");
  static final ImportField<String> SIZE_CLASS = ImportField.text("sizeClass", "product.sizeClass");
  static final ImportField<String> SEASON =
      ImportField.text("season", "product.season").synonyms("saison", "season");
  static final ImportField<String> BOTANICAL =
      ImportField.text("botanicalName", "product.botanicalName");
  static final ImportField<String> COMMON = ImportField.text("commonName", "product.commonName");
  static final ImportField<String> VARIETY = ImportField.text("variety", "product.variety");
  static final ImportField<Boolean> STOCKED = ImportField.bool("stocked", "product.stocked");
  static final ImportField<BigDecimal> THRESHOLD =
      ImportField.decimal("lowStockThreshold", "product.lowStockThreshold");
  static final ImportField<Boolean> ARCHIVED = ImportField.bool("archived", "product.archived");

  private final ProductManagement products;
  private final VatCategoryManagement categories;

  ProductImporter(ProductManagement products, VatCategoryManagement categories) {
    this.products = products;
    this.categories = categories;
  }

  @Override
  public String type() {
    return "products";
  }

  @Override
  public String labelKey() {
    return "import.type.products";
  }

  @Override
  public Set<Role> roles() {
    return Set.of(Role.ADMIN, Role.MANAGER, Role.SALES);
  }

  @Override
  public List<ImportField<?>> fields() {
    return List.of(
        CODE,
        DESIGNATION,
        DESCRIPTION,
        KIND,
        UNIT,
        VAT_CATEGORY,
        FOLLOWS_GOODS,
        REVENUE_KIND,
        SALE_PRICE,
        COST_PRICE,
        GROUP,
        FORM,
        SIZE_CLASS,
        SEASON,
        BOTANICAL,
        COMMON,
        VARIETY,
        STOCKED,
        THRESHOLD,
        ARCHIVED);
  }

  @Override
  public List<ImportField<?>> key() {
    return List.of(CODE);
  }

  @Override
  public ImportOutcome check(ImportContext context, ImportLine line) {
    return run(context, line, false);
  }

  @Override
  public ImportOutcome apply(ImportContext context, ImportLine line) {
    return run(context, line, true);
  }

  @Override
  public @Nullable ImportField<?> fieldOf(InvalidValue rule) {
    return switch (rule.code()) {
      case "product.code-format" -> CODE;
      case "product.designation" -> DESIGNATION;
      case "product.price-negative", "product.percent-range", "product.import-price" -> SALE_PRICE;
      case "product.cost-negative" -> COST_PRICE;
      case "product.vat-category-required",
          "product.vat-category-unknown",
          "product.vat-category-code",
          "product.follows-goods-category" ->
          VAT_CATEGORY;
      case "product.group-format" -> GROUP;
      case "season.format", "season.empty" -> SEASON;
      case "product.threshold-negative" -> THRESHOLD;
      case "product.stock-service", "product.follows-goods-kind" -> KIND;
      default -> null;
    };
  }

  private ImportOutcome run(ImportContext context, ImportLine line, boolean apply) {
    CompanyId company = context.company();
    String code = Objects.requireNonNull(line.get(CODE)).strip();
    Product existing = products.findByCode(company, code).orElse(null);
    ProductDraft base = existing == null ? null : existing.toDraft();
    ProductDraft draft = merge(company, line, code, base);
    boolean archived =
        line.isMapped(ARCHIVED) && line.get(ARCHIVED) != null
            ? Boolean.TRUE.equals(line.get(ARCHIVED))
            : existing != null && existing.archived();
    if (existing == null) {
      if (apply) {
        var id = products.create(company, draft, context.origin());
        if (archived) {
          products.archive(company, id);
        }
      }
      return ImportOutcome.CREATED;
    }
    boolean same = draft.equals(base) && archived == existing.archived();
    if (same) {
      return ImportOutcome.UNCHANGED;
    }
    if (apply) {
      if (!draft.equals(base)) {
        products.update(company, existing.id(), existing.version(), draft, context.origin());
      }
      if (archived != existing.archived()) {
        if (archived) {
          products.archive(company, existing.id());
        } else {
          products.restore(company, existing.id());
        }
      }
    }
    return ImportOutcome.UPDATED;
  }

  private ProductDraft merge(
      CompanyId company, ImportLine line, String code, @Nullable ProductDraft base) {
    String designation = pick(line, DESIGNATION, base == null ? null : base.designation());
    ProductKind kind = pick(line, KIND, base == null ? ProductKind.GOODS : base.kind());
    if (kind == null) {
      kind = ProductKind.GOODS;
    }
    Unit unit = pick(line, UNIT, base == null ? Unit.UNIT : base.unit());
    if (unit == null) {
      unit = Unit.UNIT;
    }
    RevenueKind defaultRevenue =
        kind == ProductKind.SERVICE ? RevenueKind.SERVICE : RevenueKind.RESALE;
    RevenueKind revenue =
        pick(line, REVENUE_KIND, base == null ? defaultRevenue : base.revenueKind());
    if (revenue == null) {
      revenue = defaultRevenue;
    }
    boolean followsGoods =
        Boolean.TRUE.equals(pick(line, FOLLOWS_GOODS, base != null && base.followsGoods()));
    VatCategoryId category = base == null ? null : base.vatCategory();
    if (line.isMapped(VAT_CATEGORY)) {
      String categoryCode = line.get(VAT_CATEGORY);
      category =
          categoryCode == null || categoryCode.isBlank()
              ? null
              : categories
                  .findByCode(company, categoryCode.strip())
                  .filter(c -> !c.archived())
                  .map(VatCategory::id)
                  .orElseThrow(
                      () ->
                          new InvalidValue(
                              "product.vat-category-code",
                              "no VAT category " + categoryCode,
                              categoryCode.strip()));
    }
    if (followsGoods) {
      category = null;
    }
    BigDecimal price = pick(line, SALE_PRICE, base == null ? null : base.salePrice().value());
    if (price == null) {
      throw new InvalidValue("product.import-price", "sale price required");
    }
    BigDecimal cost =
        pick(
            line,
            COST_PRICE,
            base == null || base.costPrice() == null ? null : base.costPrice().value());
    BigDecimal threshold =
        pick(
            line,
            THRESHOLD,
            base == null || base.lowStockThreshold() == null
                ? null
                : base.lowStockThreshold().value());
    boolean stocked =
        Boolean.TRUE.equals(
            pick(line, STOCKED, base == null ? kind == ProductKind.GOODS : base.stocked()));
    PlantAttributes plant = base == null ? null : base.plant();
    String seasonText = null;
    SellingSeason season = base == null ? null : base.season();
    if (line.isMapped(SEASON)) {
      seasonText = line.get(SEASON);
      season = seasonText == null || seasonText.isBlank() ? null : season(seasonText);
    }
    PlantForm form = pick(line, FORM, plant == null ? null : plant.form());
    PlantAttributes attributes =
        new PlantAttributes(
            pick(line, BOTANICAL, plant == null ? null : plant.botanicalName()),
            pick(line, COMMON, plant == null ? null : plant.commonName()),
            pick(line, VARIETY, plant == null ? null : plant.variety()),
            form,
            plant == null ? null : plant.containerLitres(),
            plant == null ? null : plant.girthClass(),
            pick(line, SIZE_CLASS, plant == null ? null : plant.sizeClass()),
            plant != null && plant.passportRequired(),
            plant != null && plant.passportForFinalUsers(),
            plant == null ? null : plant.passportNote());
    return new ProductDraft(
        code,
        designation == null ? "" : designation,
        pick(line, DESCRIPTION, base == null ? null : base.description()),
        kind,
        unit,
        category,
        followsGoods,
        revenue,
        UnitPrice.rounded(price),
        cost == null ? null : UnitPrice.rounded(cost),
        pick(line, GROUP, base == null ? null : base.group()),
        stocked && kind == ProductKind.GOODS,
        threshold == null ? null : Quantity.of(threshold.toPlainString()),
        attributes,
        season);
  }

  /** "15/11–31/03" (also with a hyphen or "au"). */
  static SellingSeason season(String text) {
    String[] parts = text.strip().split("\\s*(–|—|-|au|to)\\s*");
    if (parts.length != 2) {
      throw new InvalidValue("season.format", "not a season: " + text, text);
    }
    return SellingSeason.parse(parts[0], parts[1]);
  }

  /** The file's value when its column is in the file, else the current value. */
  private static <T> @Nullable T pick(ImportLine line, ImportField<T> field, @Nullable T current) {
    return line.isMapped(field) ? line.get(field) : current;
  }
}
