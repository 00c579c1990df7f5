package org.pepin.catalog;

import org.jspecify.annotations.Nullable;
import org.pepin.shared.VatRate;

/**
 * The VAT treatment of a product on a date, as a document line takes it.
 *
 * @param followsGoods a fee whose VAT is that of the goods it accompanies: no rate of its own
 *     ({@code rate} and {@code category} are null; DocumentTotals spreads it)
 * @param rate the rate in force at the date (0 for an exempt category); {@code null} for a fee
 *     following the goods
 * @param category the VAT category; {@code null} for a fee following the goods
 */
public record ProductVat(
    boolean followsGoods, @Nullable VatRate rate, @Nullable VatCategory category) {

  /** The EN 16931 category code (S, K, G, E), {@code null} for a fee following the goods. */
  public @Nullable String en16931Code() {
    return category == null ? null : category.en16931Code();
  }

  /** The legal exemption mention to print, if the category is exempt. */
  public @Nullable String exemptionReason() {
    return category == null ? null : category.exemptionReason();
  }
}
