package org.pepin.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pepin.customers.CustomerId;
import org.pepin.shared.DocumentTotals;
import org.pepin.shared.DocumentTotals.LineKind;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.Money;
import org.pepin.shared.Percentage;
import org.pepin.shared.Quantity;
import org.pepin.shared.UnitPrice;
import org.pepin.shared.VatRate;

/**
 * The answer of the unit-price function ({@link Pricing#price}): what a document line of the
 * product shows and the net unit price it comes to, with the explanation of how it got there.
 *
 * <p>A document line takes {@link #unitPrice()} in the basis {@link #includesVat()} with the
 * successive {@link #discounts()} (the list's discount then the quantity break, ARCHITECTURE §3
 * step 2); {@code DocumentTotals} then gives exactly {@link #netUnitPrice()} — see {@link
 * #line(Quantity)}.
 *
 * @param product the product
 * @param productCode its code
 * @param customer the customer priced for, {@code null} for none (base price)
 * @param quantity the quantity priced for (breaks)
 * @param date the date priced at (list versions, VAT rate, customer prices)
 * @param priceListCode the list used, {@code null} for the base price or a customer price
 * @param priceListName its name
 * @param unitPrice the price the line shows, 6 decimals, in the basis of {@code includesVat}; for a
 *     product sold as a percentage of other lines, the percentage
 * @param includesVat whether {@code unitPrice} includes VAT
 * @param discounts the successive discounts applied to the net unit price, in order
 * @param vatRate the product's VAT rate at the date; {@code null} for a fee following the goods
 * @param lineKind goods, service or fee following the goods (DocumentTotals step 4)
 * @param percentOfLines whether the product is sold as a percentage of other lines (GAR-EXT2)
 * @param netUnitPrice the unit price excl. VAT after discounts, 6 decimals HALF_UP (ARCHITECTURE §3
 *     steps 1–2)
 * @param steps the explanation, in computation order
 */
public record ResolvedPrice(
    ProductId product,
    String productCode,
    @Nullable CustomerId customer,
    Quantity quantity,
    LocalDate date,
    @Nullable String priceListCode,
    @Nullable String priceListName,
    UnitPrice unitPrice,
    boolean includesVat,
    List<Percentage> discounts,
    @Nullable VatRate vatRate,
    LineKind lineKind,
    boolean percentOfLines,
    UnitPrice netUnitPrice,
    List<PriceStep> steps) {

  public ResolvedPrice {
    discounts = List.copyOf(discounts);
    steps = List.copyOf(steps);
  }

  /**
   * The document line of this price for a quantity, as {@code DocumentTotals} takes it.
   *
   * @throws InvalidValue {@code pricing.percent-line (code)} for a product sold as a percentage:
   *     use {@link #percentLine(Money)}
   */
  public DocumentTotals.Line line(Quantity quantity) {
    if (percentOfLines) {
      throw new InvalidValue(
          "pricing.percent-line",
          "a percentage product is priced on the lines it covers: " + productCode,
          productCode);
    }
    return new DocumentTotals.Line(quantity, unitPrice, includesVat, discounts, vatRate, lineKind);
  }

  /**
   * For a product sold as a percentage of other lines: one unit whose price excl. VAT is that
   * percentage of {@code base} (the excl.-VAT value of the lines it covers), at 6 decimals.
   */
  public DocumentTotals.Line percentLine(Money base) {
    BigDecimal price =
        base.amount()
            .multiply(unitPrice.value())
            .movePointLeft(2)
            .setScale(6, RoundingMode.HALF_UP);
    return new DocumentTotals.Line(
        Quantity.of(1), new UnitPrice(price), false, List.of(), vatRate, lineKind);
  }
}
