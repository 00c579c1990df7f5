package org.pepin.catalog.web;

import org.jspecify.annotations.Nullable;
import org.pepin.catalog.VatCategory;
import org.pepin.catalog.VatCategoryDraft;
import org.pepin.platform.Inputs;
import org.pepin.platform.LegalRates.VatKind;
import org.pepin.shared.InvalidValue;
import org.springframework.validation.Errors;

/** The VAT category form and the JSON body of the VAT category API. */
record VatCategoryForm(
    @Nullable Integer version,
    @Nullable String code,
    @Nullable String name,
    @Nullable String vatKind,
    @Nullable String exemptionCode,
    @Nullable String exemptionReason) {

  static VatCategoryForm blank() {
    return new VatCategoryForm(null, "", "", "STANDARD", "", "");
  }

  static VatCategoryForm of(VatCategory c) {
    return new VatCategoryForm(
        c.version(),
        c.code(),
        c.name(),
        c.vatKind() == null ? "" : c.vatKind().name(),
        c.exemptionCode(),
        c.exemptionReason());
  }

  /** The draft, or {@code null} with the errors recorded; a blank kind means exempt. */
  @Nullable VatCategoryDraft toDraft(Errors errors) {
    VatKind kind = Inputs.optional(errors, "vatKind", vatKind, CatalogForms.choice(VatKind.class));
    if (errors.hasErrors()) {
      return null;
    }
    try {
      return new VatCategoryDraft(
          code == null ? "" : code, name == null ? "" : name, kind, exemptionCode, exemptionReason);
    } catch (InvalidValue e) {
      Inputs.reject(errors, fieldOf(e.code()), e);
      return null;
    }
  }

  static @Nullable String fieldOf(String code) {
    return switch (code) {
      case "vat-category.code-format", "vat-category.code-taken" -> "code";
      case "vat-category.name" -> "name";
      case "vat-category.reason-required", "vat-category.reason-length" -> "exemptionReason";
      case "vat-category.exemption-code" -> "exemptionCode";
      case "vat-category.reason-with-rate" -> "vatKind";
      default -> null;
    };
  }
}
