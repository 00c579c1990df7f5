package org.pepin.platform.terms;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.CompanyId;
import org.pepin.platform.TermsOfSaleId;
import org.pepin.platform.TermsOfSaleVersion;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One version of a company's terms of sale. Lifecycle: upcoming (its date is after the company's
 * today: it may still be corrected or withdrawn), then in force from its date (frozen for good),
 * then superseded by the next version's date. Versions are numbered 1, 2, 3… in date order.
 */
@Table("terms_of_sale")
record TermsVersion(
    @Id TermsOfSaleId id,
    @Version @Nullable Integer version,
    CompanyId companyId,
    int number,
    String title,
    String body,
    LocalDate appliesFrom,
    Instant createdAt) {

  /** Whether the version is in force or was, on {@code today}: then it never changes. */
  boolean frozenOn(LocalDate today) {
    return !appliesFrom.isAfter(today);
  }

  TermsVersion corrected(int editedVersion, String title, String body, LocalDate appliesFrom) {
    return new TermsVersion(
        id, editedVersion, companyId, number, title, body, appliesFrom, createdAt);
  }

  TermsOfSaleVersion toApi() {
    return new TermsOfSaleVersion(id, number, title, body, appliesFrom);
  }
}
