package org.pepin.customers;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.pepin.shared.InvalidValue;

/**
 * A customer's insolvency situation (see {@link InsolvencyStatus}).
 *
 * @param judgmentDate the date of the opening judgment
 * @param publicationDate its publication in the BODACC, from which the two months to declare a
 *     claim run (C. com. R622-24)
 */
public record Insolvency(
    InsolvencyStatus status,
    @Nullable LocalDate judgmentDate,
    @Nullable LocalDate publicationDate) {

  public static final Insolvency NONE = new Insolvency(InsolvencyStatus.NONE, null, null);

  public Insolvency {
    if (status == InsolvencyStatus.NONE) {
      judgmentDate = null;
      publicationDate = null;
    } else if (judgmentDate == null) {
      throw new InvalidValue(
          "customer.insolvency.judgment-required", "proceedings need the judgment date");
    } else if (publicationDate != null && publicationDate.isBefore(judgmentDate)) {
      throw new InvalidValue(
          "customer.insolvency.publication-before-judgment",
          "the publication cannot precede the judgment");
    }
  }

  /** The last day to declare a claim: two months after publication (C. com. R622-24). */
  public @Nullable LocalDate claimDeadline() {
    return publicationDate == null ? null : publicationDate.plusMonths(2);
  }
}
