package org.pepin.catalog.web;

import static org.pepin.catalog.web.CatalogForms.choice;
import static org.pepin.catalog.web.CatalogForms.clean;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.pepin.catalog.PlantAttributes;
import org.pepin.catalog.PlantForm;
import org.pepin.catalog.Product;
import org.pepin.catalog.ProductDraft;
import org.pepin.catalog.ProductKind;
import org.pepin.catalog.RevenueKind;
import org.pepin.catalog.SellingSeason;
import org.pepin.catalog.Unit;
import org.pepin.catalog.VatCategoryId;
import org.pepin.platform.Inputs;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.Quantity;
import org.pepin.shared.UnitPrice;
import org.springframework.validation.Errors;

/**
 * The product form and the JSON body of the product API: text fields (numbers also as JSON
 * numbers), parsed into a {@link ProductDraft} with one error per field. Prices are excl. VAT, 6
 * decimals at most; seasons are two days written {@code dd/mm}.
 */
record ProductForm(
    @Nullable Integer version,
    @Nullable String code,
    @Nullable String designation,
    @Nullable String description,
    @Nullable String kind,
    @Nullable String unit,
    @Nullable String vatCategory,
    @Nullable Boolean followsGoods,
    @Nullable String revenueKind,
    @Nullable String salePrice,
    @Nullable String costPrice,
    @Nullable String group,
    @Nullable Boolean stocked,
    @Nullable String lowStockThreshold,
    @Nullable String botanicalName,
    @Nullable String commonName,
    @Nullable String variety,
    @Nullable String form,
    @Nullable String containerLitres,
    @Nullable String girthClass,
    @Nullable String sizeClass,
    @Nullable Boolean passportRequired,
    @Nullable Boolean passportForFinalUsers,
    @Nullable String passportNote,
    @Nullable String seasonStart,
    @Nullable String seasonEnd) {

  /** An empty form for a new product: a plant sold as goods. */
  static ProductForm blank() {
    return new ProductForm(
        null,
        "",
        "",
        "",
        "GOODS",
        "PLANT",
        null,
        false,
        "OWN_PRODUCTION",
        "",
        "",
        "",
        true,
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        false,
        false,
        "",
        "",
        "");
  }

  /** The form showing a product. */
  static ProductForm of(Product p, CatalogFormats fmt) {
    PlantAttributes a = p.plant();
    return new ProductForm(
        p.version(),
        p.code(),
        p.designation(),
        p.description(),
        p.kind().name(),
        p.unit().name(),
        p.vatCategory() == null ? null : p.vatCategory().toString(),
        p.followsGoods(),
        p.revenueKind().name(),
        fmt.input(p.salePrice().value()),
        p.costPrice() == null ? "" : fmt.input(p.costPrice().value()),
        p.group(),
        p.stocked(),
        p.lowStockThreshold() == null ? "" : fmt.input(p.lowStockThreshold().value()),
        a == null ? "" : a.botanicalName(),
        a == null ? "" : a.commonName(),
        a == null ? "" : a.variety(),
        a == null || a.form() == null ? "" : a.form().name(),
        a == null || a.containerLitres() == null ? "" : fmt.input(a.containerLitres()),
        a == null ? "" : a.girthClass(),
        a == null ? "" : a.sizeClass(),
        a != null && a.passportRequired(),
        a != null && a.passportForFinalUsers(),
        a == null ? "" : a.passportNote(),
        p.season() == null ? "" : p.season().startText(),
        p.season() == null ? "" : p.season().endText());
  }

  /** The draft, or {@code null} with the errors recorded. */
  @Nullable ProductDraft toDraft(Errors errors) {
    ProductKind k = Inputs.required(errors, "kind", kind, choice(ProductKind.class));
    Unit u = Inputs.required(errors, "unit", unit, choice(Unit.class));
    RevenueKind r = Inputs.required(errors, "revenueKind", revenueKind, choice(RevenueKind.class));
    VatCategoryId category =
        Boolean.TRUE.equals(followsGoods)
            ? null
            : Inputs.optional(
                errors, "vatCategory", vatCategory, CatalogForms.id(VatCategoryId::new));
    UnitPrice price =
        Inputs.required(
            errors,
            "salePrice",
            salePrice,
            t -> positive(UnitPrice.of(decimalText(t)), "product.price-negative"));
    UnitPrice cost =
        Inputs.optional(
            errors,
            "costPrice",
            costPrice,
            t -> positive(UnitPrice.of(decimalText(t)), "product.cost-negative"));
    Quantity threshold =
        Inputs.optional(
            errors, "lowStockThreshold", lowStockThreshold, t -> Quantity.of(decimalText(t)));
    PlantForm f = Inputs.optional(errors, "form", form, choice(PlantForm.class));
    BigDecimal litres =
        Inputs.optional(errors, "containerLitres", containerLitres, CatalogForms::decimal);
    SellingSeason season = null;
    if (clean(seasonStart) != null || clean(seasonEnd) != null) {
      var start = Inputs.required(errors, "seasonStart", seasonStart, SellingSeason::parseDay);
      var end = Inputs.required(errors, "seasonEnd", seasonEnd, SellingSeason::parseDay);
      if (start != null && end != null) {
        try {
          season = new SellingSeason(start, end);
        } catch (InvalidValue e) {
          Inputs.reject(errors, "seasonEnd", e);
        }
      }
    }
    if (clean(code) == null) {
      errors.rejectValue("code", "error.required");
    }
    if (clean(designation) == null) {
      errors.rejectValue("designation", "error.required");
    }
    PlantAttributes plant = null;
    try {
      plant =
          new PlantAttributes(
              botanicalName,
              commonName,
              variety,
              f,
              litres,
              girthClass,
              sizeClass,
              Boolean.TRUE.equals(passportRequired),
              Boolean.TRUE.equals(passportForFinalUsers),
              passportNote);
    } catch (InvalidValue e) {
      Inputs.reject(errors, "containerLitres", e);
    }
    if (errors.hasErrors() || k == null || u == null || r == null || price == null) {
      return null;
    }
    try {
      return new ProductDraft(
          code,
          designation,
          description,
          k,
          u,
          category,
          Boolean.TRUE.equals(followsGoods),
          r,
          price,
          cost,
          group,
          Boolean.TRUE.equals(stocked),
          threshold,
          plant,
          season);
    } catch (InvalidValue e) {
      Inputs.reject(errors, fieldOf(e.code()), e);
      return null;
    }
  }

  /** The price, refused with {@code code} when negative (the same rule as the draft's). */
  private static UnitPrice positive(UnitPrice price, String code) {
    if (price.value().signum() < 0) {
      throw new InvalidValue(
          code, "negative price", price.value().stripTrailingZeros().toPlainString());
    }
    return price;
  }

  /** The JSON number or French text of a decimal, as plain text. */
  private static String decimalText(String text) {
    return CatalogForms.decimal(text).toPlainString();
  }

  /** The form field a rule is about. */
  static @Nullable String fieldOf(String code) {
    return switch (code) {
      case "product.code-format", "product.code-taken" -> "code";
      case "product.designation" -> "designation";
      case "product.description-length" -> "description";
      case "product.group-format" -> "group";
      case "product.price-negative", "product.percent-range" -> "salePrice";
      case "product.cost-negative" -> "costPrice";
      case "product.vat-category-required",
          "product.vat-category-unknown",
          "product.follows-goods-category" ->
          "vatCategory";
      case "product.follows-goods-kind" -> "followsGoods";
      case "product.stock-service", "product.stocked-in-use" -> "stocked";
      case "product.threshold-negative" -> "lowStockThreshold";
      default -> null;
    };
  }
}
