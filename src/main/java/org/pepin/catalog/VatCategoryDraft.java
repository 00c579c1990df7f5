package org.pepin.catalog;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.LegalRates.VatKind;
import org.pepin.shared.InvalidValue;

/**
 * What a user gives to create or change a VAT category. A category takes a rate ({@code vatKind})
 * or is exempt with the legal mention documents print; a broken rule is an {@link InvalidValue}
 * whose code starts with {@code vat-category.}.
 *
 * @param code 1 to 20 capitals, digits, dashes or underscores ({@code vat-category.code-format})
 * @param name required, 100 characters at most ({@code vat-category.name})
 * @param vatKind the rate; {@code null} for an exempt category
 * @param exemptionCode EN 16931 VATEX code, only for an exempt category
 * @param exemptionReason required for an exempt category ({@code vat-category.reason-required}),
 *     refused with a rate ({@code vat-category.reason-with-rate})
 */
public record VatCategoryDraft(
    String code,
    String name,
    @Nullable VatKind vatKind,
    @Nullable String exemptionCode,
    @Nullable String exemptionReason) {

  public VatCategoryDraft {
    code = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    if (!code.matches("[A-Z0-9][A-Z0-9_-]{0,19}")) {
      throw new InvalidValue("vat-category.code-format", "bad VAT category code: " + code, code);
    }
    name = name == null ? "" : name.strip();
    if (name.isEmpty() || name.length() > 100) {
      throw new InvalidValue("vat-category.name", "name required, 100 characters at most");
    }
    exemptionCode = clean(exemptionCode);
    exemptionReason = clean(exemptionReason);
    if (vatKind == null && exemptionReason == null) {
      throw new InvalidValue(
          "vat-category.reason-required", "an exempt category needs its legal mention");
    }
    if (vatKind != null && (exemptionReason != null || exemptionCode != null)) {
      throw new InvalidValue(
          "vat-category.reason-with-rate", "a category with a rate has no exemption");
    }
    if (exemptionCode != null) {
      exemptionCode = exemptionCode.toUpperCase(Locale.ROOT);
      if (!exemptionCode.matches("VATEX-[A-Z0-9-]{1,30}")) {
        throw new InvalidValue(
            "vat-category.exemption-code", "not a VATEX code: " + exemptionCode, exemptionCode);
      }
    }
    if (exemptionReason != null && exemptionReason.length() > 300) {
      throw new InvalidValue("vat-category.reason-length", "mention too long", 300);
    }
  }

  private static @Nullable String clean(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
