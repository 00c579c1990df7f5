package org.pepin.catalog.product;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.pepin.catalog.VatCategory;
import org.pepin.catalog.VatCategoryId;
import org.pepin.platform.CompanyId;
import org.pepin.platform.LegalRates.VatKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** The stored form of a VAT category. */
@Table("vat_category")
record VatCategoryRecord(
    @Id VatCategoryId id,
    CompanyId companyId,
    @Version @Nullable Integer version,
    String code,
    String name,
    @Nullable String vatKind,
    @Nullable String exemptionCode,
    @Nullable String exemptionReason,
    boolean archived,
    Instant createdAt) {

  VatCategory view() {
    return new VatCategory(
        id,
        version == null ? 0 : version,
        code,
        name,
        vatKind == null ? null : VatKind.valueOf(vatKind),
        exemptionCode,
        exemptionReason,
        archived);
  }
}
