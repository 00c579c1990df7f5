package org.pepin.catalog.product;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.pepin.catalog.PlantForm;
import org.pepin.catalog.ProductId;
import org.pepin.catalog.ProductKind;
import org.pepin.catalog.Unit;

/** One line of the product list. */
public record ProductRow(
    ProductId id,
    String code,
    String designation,
    ProductKind kind,
    Unit unit,
    @Nullable String vatCategory,
    boolean followsGoods,
    BigDecimal salePrice,
    @Nullable BigDecimal costPrice,
    @Nullable String group,
    @Nullable PlantForm form,
    @Nullable String sizeClass,
    @Nullable String season,
    boolean stocked,
    BigDecimal onHand,
    BigDecimal reserved,
    @Nullable BigDecimal lowStockThreshold,
    boolean archived) {

  /** On hand minus reserved. */
  public BigDecimal available() {
    return onHand.subtract(reserved);
  }

  /** Whether the stock is under the product's threshold. */
  public boolean lowStock() {
    return stocked && lowStockThreshold != null && onHand.compareTo(lowStockThreshold) < 0;
  }
}
