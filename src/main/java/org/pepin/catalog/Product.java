package org.pepin.catalog;

import org.jspecify.annotations.Nullable;
import org.pepin.shared.Quantity;
import org.pepin.shared.UnitPrice;

/**
 * A product or service of the catalogue, as other modules read it.
 *
 * @param code unique in the company, e.g. {@code CHA-RN-6080}
 * @param designation the line text of documents
 * @param description longer text for documents, optional
 * @param kind goods or service
 * @param unit the sale unit
 * @param vatCategory the VAT category; {@code null} exactly when {@code followsGoods}
 * @param followsGoods a fee (delivery) whose VAT is that of the goods it accompanies, pro rata of
 *     the goods lines' excl.-VAT values (CGI 267 I-2°; ARCHITECTURE §3 step 4)
 * @param revenueKind own production, resale or service (accounts 701/707/706)
 * @param salePrice the base sale price excl. VAT, 6 decimals (the "Public HT" price the price lists
 *     start from); for the unit {@link Unit#PERCENT}, the percentage of the lines it applies to
 * @param costPrice purchase or production cost excl. VAT, for margins; optional
 * @param group product group for quantity breaks and analyses, e.g. {@code HAIE} (hedging plants)
 * @param stocked whether stock is kept (goods only)
 * @param lowStockThreshold the quantity under which the product shows on the low-stock list
 * @param plant plant attributes, {@code null} for other products
 * @param season the selling season, {@code null} when sold all year
 * @param archived kept for documents, hidden from pickers
 */
public record Product(
    ProductId id,
    int version,
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
    @Nullable SellingSeason season,
    boolean archived) {

  /** Whether the product is a plant (has plant attributes). */
  public boolean isPlant() {
    return plant != null;
  }

  /** Whether the product may be sold on the date (always, without a season). */
  public boolean inSeason(java.time.LocalDate date) {
    return season == null || season.contains(date);
  }

  /** The draft that would recreate this product (for forms and updates). */
  public ProductDraft toDraft() {
    return new ProductDraft(
        code,
        designation,
        description,
        kind,
        unit,
        vatCategory,
        followsGoods,
        revenueKind,
        salePrice,
        costPrice,
        group,
        stocked,
        lowStockThreshold,
        plant,
        season);
  }
}
