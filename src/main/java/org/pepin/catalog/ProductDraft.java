package org.pepin.catalog;

import java.math.BigDecimal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.Quantity;
import org.pepin.shared.UnitPrice;

/**
 * What a user gives to create or change a product, already parsed into value types. The constructor
 * checks the rules that tie fields together and normalises the rest; a broken rule is an {@link
 * InvalidValue} whose code starts with {@code product.}:
 *
 * <ul>
 *   <li>{@code product.code-format (code)} — 1 to 30 capitals, digits, dots, dashes or underscores;
 *   <li>{@code product.designation} — required, 200 characters at most;
 *   <li>{@code product.price-negative (price)}, {@code product.cost-negative (price)};
 *   <li>{@code product.percent-range (price)} — a product sold as a percentage above 100 %;
 *   <li>{@code product.vat-category-required} — neither a VAT category nor "follows the goods";
 *   <li>{@code product.follows-goods-category} — both;
 *   <li>{@code product.follows-goods-kind} — a fee following the goods must be a service;
 *   <li>{@code product.stock-service} — a service cannot be stocked;
 *   <li>{@code product.threshold-negative (quantity)}.
 * </ul>
 *
 * <p>See {@link Product} for the meaning of the fields.
 */
public record ProductDraft(
    String code,
    String designation,
    @Nullable String description,
    ProductKind kind,
    Unit unit,
    @Nullable VatCategoryId vatCategory,
    boolean followsGoods,
    RevenueKind revenueKind,
    UnitPrice salePrice,
    @Nullable UnitPrice costPrice,
    @Nullable String group,
    boolean stocked,
    @Nullable Quantity lowStockThreshold,
    @Nullable PlantAttributes plant,
    @Nullable SellingSeason season) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public ProductDraft {
    code = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    if (!code.matches("[A-Z0-9][A-Z0-9._-]{0,29}")) {
      throw new InvalidValue("product.code-format", "bad product code: " + code, code);
    }
    designation = designation == null ? "" : designation.strip();
    if (designation.isEmpty() || designation.length() > 200) {
      throw new InvalidValue("product.designation", "designation required, 200 at most");
    }
    description = clean(description);
    if (description != null && description.length() > 4000) {
      throw new InvalidValue("product.description-length", "description too long", 4000);
    }
    group = clean(group);
    if (group != null) {
      group = group.toUpperCase(Locale.ROOT);
      if (!group.matches("[A-Z0-9][A-Z0-9_-]{0,19}")) {
        throw new InvalidValue("product.group-format", "bad group code: " + group, group);
      }
    }
    if (salePrice.value().signum() < 0) {
      throw new InvalidValue(
          "product.price-negative",
          "negative sale price: " + salePrice,
          salePrice.value().stripTrailingZeros().toPlainString());
    }
    if (costPrice != null && costPrice.value().signum() < 0) {
      throw new InvalidValue(
          "product.cost-negative",
          "negative cost price: " + costPrice,
          costPrice.value().stripTrailingZeros().toPlainString());
    }
    if (unit == Unit.PERCENT && salePrice.value().compareTo(HUNDRED) > 0) {
      throw new InvalidValue(
          "product.percent-range",
          "percentage above 100: " + salePrice,
          salePrice.value().stripTrailingZeros().toPlainString());
    }
    if (followsGoods && vatCategory != null) {
      throw new InvalidValue(
          "product.follows-goods-category", "a fee following the goods has no VAT category");
    }
    if (!followsGoods && vatCategory == null) {
      throw new InvalidValue("product.vat-category-required", "VAT category required");
    }
    if (followsGoods && kind != ProductKind.SERVICE) {
      throw new InvalidValue(
          "product.follows-goods-kind", "a fee following the goods is a service");
    }
    if (stocked && kind == ProductKind.SERVICE) {
      throw new InvalidValue("product.stock-service", "a service has no stock");
    }
    if (lowStockThreshold != null && lowStockThreshold.value().signum() < 0) {
      throw new InvalidValue(
          "product.threshold-negative",
          "negative threshold: " + lowStockThreshold,
          lowStockThreshold.value().stripTrailingZeros().toPlainString());
    }
    if (plant != null && plant.isEmpty()) {
      plant = null;
    }
  }

  private static @Nullable String clean(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
