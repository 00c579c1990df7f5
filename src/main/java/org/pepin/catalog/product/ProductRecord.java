package org.pepin.catalog.product;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.pepin.catalog.PlantAttributes;
import org.pepin.catalog.PlantForm;
import org.pepin.catalog.Product;
import org.pepin.catalog.ProductDraft;
import org.pepin.catalog.ProductId;
import org.pepin.catalog.ProductKind;
import org.pepin.catalog.RevenueKind;
import org.pepin.catalog.SellingSeason;
import org.pepin.catalog.Unit;
import org.pepin.catalog.VatCategoryId;
import org.pepin.platform.CompanyId;
import org.pepin.shared.Quantity;
import org.pepin.shared.UnitPrice;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** The stored form of a product: flat columns, plant attributes and season inline. */
@Table("product")
record ProductRecord(
    @Id ProductId id,
    CompanyId companyId,
    @Version @Nullable Integer version,
    String code,
    String designation,
    @Nullable String description,
    String kind,
    String unit,
    @Nullable VatCategoryId vatCategoryId,
    boolean followsGoods,
    String revenueKind,
    BigDecimal salePrice,
    @Nullable BigDecimal costPrice,
    @Nullable String productGroup,
    boolean stocked,
    @Nullable BigDecimal lowStockThreshold,
    boolean isPlant,
    @Nullable String botanicalName,
    @Nullable String commonName,
    @Nullable String variety,
    @Nullable String plantForm,
    @Nullable BigDecimal containerLitres,
    @Nullable String girthClass,
    @Nullable String sizeClass,
    boolean passportRequired,
    boolean passportFinalUsers,
    @Nullable String passportNote,
    @Nullable String seasonStart,
    @Nullable String seasonEnd,
    boolean archived,
    Instant createdAt,
    String searchText) {

  static ProductRecord of(
      CompanyId company,
      ProductId id,
      @Nullable Integer version,
      ProductDraft d,
      boolean archived,
      Instant createdAt) {
    PlantAttributes p = d.plant();
    SellingSeason s = d.season();
    return new ProductRecord(
        id,
        company,
        version,
        d.code(),
        d.designation(),
        d.description(),
        d.kind().name(),
        d.unit().name(),
        d.vatCategory(),
        d.followsGoods(),
        d.revenueKind().name(),
        d.salePrice().value(),
        d.costPrice() == null ? null : d.costPrice().value(),
        d.group(),
        d.stocked(),
        d.lowStockThreshold() == null ? null : d.lowStockThreshold().value(),
        p != null,
        p == null ? null : p.botanicalName(),
        p == null ? null : p.commonName(),
        p == null ? null : p.variety(),
        p == null || p.form() == null ? null : p.form().name(),
        p == null ? null : p.containerLitres(),
        p == null ? null : p.girthClass(),
        p == null ? null : p.sizeClass(),
        p != null && p.passportRequired(),
        p != null && p.passportForFinalUsers(),
        p == null ? null : p.passportNote(),
        s == null ? null : s.startText(),
        s == null ? null : s.endText(),
        archived,
        createdAt,
        searchText(d));
  }

  ProductRecord withArchived(boolean value) {
    return new ProductRecord(
        id,
        companyId,
        version,
        code,
        designation,
        description,
        kind,
        unit,
        vatCategoryId,
        followsGoods,
        revenueKind,
        salePrice,
        costPrice,
        productGroup,
        stocked,
        lowStockThreshold,
        isPlant,
        botanicalName,
        commonName,
        variety,
        plantForm,
        containerLitres,
        girthClass,
        sizeClass,
        passportRequired,
        passportFinalUsers,
        passportNote,
        seasonStart,
        seasonEnd,
        value,
        createdAt,
        searchText);
  }

  Product view() {
    PlantAttributes plant =
        isPlant
            ? new PlantAttributes(
                botanicalName,
                commonName,
                variety,
                plantForm == null ? null : PlantForm.valueOf(plantForm),
                containerLitres,
                girthClass,
                sizeClass,
                passportRequired,
                passportFinalUsers,
                passportNote)
            : null;
    return new Product(
        id,
        version == null ? 0 : version,
        code,
        designation,
        description,
        ProductKind.valueOf(kind),
        Unit.valueOf(unit),
        vatCategoryId,
        followsGoods,
        RevenueKind.valueOf(revenueKind),
        new UnitPrice(salePrice),
        costPrice == null ? null : new UnitPrice(costPrice),
        productGroup,
        stocked,
        lowStockThreshold == null ? null : new Quantity(lowStockThreshold),
        plant,
        seasonStart == null || seasonEnd == null
            ? null
            : SellingSeason.parse(seasonStart, seasonEnd),
        archived);
  }

  /** Lower case without accents, as the search compares text. */
  static String normalise(String text) {
    return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT);
  }

  /** Lower-case words the list search matches: code, designation, names, variety, group. */
  static String searchText(ProductDraft d) {
    PlantAttributes p = d.plant();
    String text =
        Stream.of(
                d.code(),
                d.designation(),
                d.group(),
                p == null ? null : p.botanicalName(),
                p == null ? null : p.commonName(),
                p == null ? null : p.variety(),
                p == null ? null : p.sizeClass())
            .filter(x -> x != null && !x.isBlank())
            .collect(Collectors.joining(" "));
    text = normalise(text);
    return text.length() > 2000 ? text.substring(0, 2000) : text;
  }
}
