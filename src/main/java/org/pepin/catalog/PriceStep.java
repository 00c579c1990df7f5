package org.pepin.catalog;

import org.jspecify.annotations.Nullable;
import org.pepin.shared.Percentage;
import org.pepin.shared.UnitPrice;
import org.pepin.shared.VatRate;

/**
 * One step of the explanation of a unit price ("explain this price"), in the order the price was
 * computed. The UI shows it with message {@code pricing.step.<kind>}.
 *
 * @param kind what the step does
 * @param reference what it refers to: the list's code and name, the break's first quantity, the
 *     customer price's dates; {@code null} when nothing
 * @param percentage the discount or markup applied, for {@link Kind#LIST_ADJUSTMENT}, {@link
 *     Kind#LIST_MARKUP} and {@link Kind#BREAK}; the rate for a percentage product
 * @param rate the VAT rate used by a conversion
 * @param price the unit price after the step
 * @param includesVat whether {@code price} includes VAT
 */
public record PriceStep(
    Kind kind,
    @Nullable String reference,
    @Nullable Percentage percentage,
    @Nullable VatRate rate,
    UnitPrice price,
    boolean includesVat) {

  /** What a step does. */
  public enum Kind {
    /** The product's base sale price excl. VAT ("Public HT"). */
    BASE,
    /** The explicit price of the product in a price list. */
    LIST_PRICE,
    /** A price list's discount on the price of the list it derives from. */
    LIST_ADJUSTMENT,
    /** A price list's markup on the price of the list it derives from. */
    LIST_MARKUP,
    /** A price excl. VAT turned into a 2-decimal price incl. VAT for a list incl. VAT. */
    TO_INCL_VAT,
    /** A price incl. VAT turned into the net unit price: TTC / (1 + rate) at 6 decimals. */
    TO_EXCL_VAT,
    /** A fee following the goods keeps its price excl. VAT, even in a list incl. VAT. */
    FEE_EXCL_VAT,
    /** A quantity break, applied after the list's discount (cascade). */
    BREAK,
    /** A price negotiated with the customer, which replaces the list's. */
    CUSTOMER_PRICE,
    /** A product sold as a percentage of other lines: the price is that percentage. */
    PERCENT_OF_LINES
  }
}
