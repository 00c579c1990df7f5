package org.pepin.catalog.web;

import org.pepin.catalog.product.ProductRow;
import org.pepin.platform.ExportTable;

/**
 * The product export: the list's columns, with the headers the product import recognises (the same
 * labels), so that an exported file can be edited and imported back.
 */
final class ProductTables {

  private ProductTables() {}

  static final ExportTable<ProductRow> PRODUCTS =
      ExportTable.<ProductRow>titled("catalog.products.title")
          .text("product.code", ProductRow::code)
          .text("product.designation", ProductRow::designation)
          .label("product.kind", "productKind.", ProductRow::kind)
          .label("product.unit", "unit.", ProductRow::unit)
          .text("product.vatCategory", ProductRow::vatCategory)
          .bool("product.followsGoods", ProductRow::followsGoods)
          .decimal("product.salePrice", ProductRow::salePrice)
          .decimal("product.costPrice", ProductRow::costPrice)
          .text("product.group", ProductRow::group)
          .label("product.form", "plantForm.", ProductRow::form)
          .text("product.sizeClass", ProductRow::sizeClass)
          .text("product.season", ProductRow::season)
          .bool("product.stocked", ProductRow::stocked)
          .decimal("product.onHand", ProductRow::onHand)
          .decimal("catalog.reserved", ProductRow::reserved)
          .decimal("product.lowStockThreshold", ProductRow::lowStockThreshold)
          .bool("product.archived", ProductRow::archived);
}
