package org.pepin.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One dated version of a price list (tarif), as other modules read it. Customers are assigned a
 * list by its code, so that they follow its versions; versions of one code never overlap.
 *
 * @param code e.g. {@code PUBLIC}, {@code PRO}; shared by the list's versions
 * @param name e.g. « Professionnel »
 * @param includesVat whether its prices are entered incl. VAT (lists for individuals hold 2-decimal
 *     retail prices incl. VAT; ARCHITECTURE §3 step 1); fees following the goods keep a price excl.
 *     VAT in every list
 * @param parentCode the list it derives from; {@code null}: it starts from the products' base price
 *     excl. VAT ("Public HT")
 * @param adjustment the percentage applied to the parent's price, negative for a discount (e.g.
 *     {@code -15}), positive for a markup; {@code null} for none
 * @param validFrom first day of validity, {@code null} for no start
 * @param validTo last day of validity, {@code null} for no end
 * @param archived no longer offered for assignment
 */
public record PriceList(
    PriceListId id,
    int version,
    String code,
    String name,
    boolean includesVat,
    @Nullable String parentCode,
    @Nullable BigDecimal adjustment,
    @Nullable LocalDate validFrom,
    @Nullable LocalDate validTo,
    boolean archived) {

  /** Whether this version is valid on the date. */
  public boolean validOn(LocalDate date) {
    return (validFrom == null || !date.isBefore(validFrom))
        && (validTo == null || !date.isAfter(validTo));
  }
}
