package org.pepin.sales;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pepin.catalog.ProductId;
import org.pepin.shared.DocumentTotals;
import org.pepin.shared.DocumentTotals.LineKind;
import org.pepin.shared.Money;
import org.pepin.shared.Percentage;
import org.pepin.shared.Quantity;
import org.pepin.shared.UnitPrice;
import org.pepin.shared.VatRate;

/**
 * A line of a quote revision or of an order, as priced and stored.
 *
 * @param unitPrice the unit price shown, in the basis of {@code priceIncludesVat}
 * @param priceOverridden whether the user replaced the catalogue's price
 * @param listDiscounts the discounts of the price list and quantity breaks, in order
 * @param manualDiscounts the discounts the user added, in order, after the list's
 * @param listNetUnitPrice the net unit price the catalogue gave (before manual changes): the
 *     reference of the manual discount that needs approval
 * @param costPrice the product's cost when priced, for the margin (never printed)
 * @param net the line net (DocumentTotals step 3)
 * @param base the line's taxable base (net − share of the document discount + shares of fees)
 * @param delivered the quantity delivered (orders; filled by delivery)
 * @param invoiced the quantity invoiced (orders; filled by invoicing)
 * @param cancelled the backorder cancelled (orders; with its reason in {@code cancelReason}): no
 *     longer to deliver
 */
public record SalesLine(
    SalesLineId id,
    int position,
    LineType type,
    @Nullable ProductId product,
    @Nullable String productCode,
    String designation,
    @Nullable Quantity quantity,
    @Nullable String unit,
    @Nullable UnitPrice unitPrice,
    boolean priceIncludesVat,
    boolean priceOverridden,
    List<Percentage> listDiscounts,
    List<Percentage> manualDiscounts,
    @Nullable VatRate vatRate,
    @Nullable LineKind kind,
    boolean percentOfLines,
    @Nullable UnitPrice listNetUnitPrice,
    @Nullable UnitPrice costPrice,
    @Nullable Money net,
    @Nullable Money base,
    Quantity delivered,
    Quantity invoiced,
    Quantity cancelled,
    @Nullable String cancelReason) {

  public SalesLine {
    listDiscounts = List.copyOf(listDiscounts);
    manualDiscounts = List.copyOf(manualDiscounts);
  }

  /** A line as priced: nothing delivered, invoiced nor cancelled yet. */
  public SalesLine(
      SalesLineId id,
      int position,
      LineType type,
      @Nullable ProductId product,
      @Nullable String productCode,
      String designation,
      @Nullable Quantity quantity,
      @Nullable String unit,
      @Nullable UnitPrice unitPrice,
      boolean priceIncludesVat,
      boolean priceOverridden,
      List<Percentage> listDiscounts,
      List<Percentage> manualDiscounts,
      @Nullable VatRate vatRate,
      @Nullable LineKind kind,
      boolean percentOfLines,
      @Nullable UnitPrice listNetUnitPrice,
      @Nullable UnitPrice costPrice,
      @Nullable Money net,
      @Nullable Money base) {
    this(
        id,
        position,
        type,
        product,
        productCode,
        designation,
        quantity,
        unit,
        unitPrice,
        priceIncludesVat,
        priceOverridden,
        listDiscounts,
        manualDiscounts,
        vatRate,
        kind,
        percentOfLines,
        listNetUnitPrice,
        costPrice,
        net,
        base,
        Quantity.of(0),
        Quantity.of(0),
        Quantity.of(0),
        null);
  }

  /**
   * The same line under a new id, nothing delivered nor invoiced: a line copied to a new document.
   */
  public SalesLine copy() {
    return new SalesLine(
        SalesLineId.random(),
        position,
        type,
        product,
        productCode,
        designation,
        quantity,
        unit,
        unitPrice,
        priceIncludesVat,
        priceOverridden,
        listDiscounts,
        manualDiscounts,
        vatRate,
        kind,
        percentOfLines,
        listNetUnitPrice,
        costPrice,
        net,
        base);
  }

  /** The list's then the manual discounts, as DocumentTotals applies them. */
  public List<Percentage> discounts() {
    var all = new ArrayList<>(listDiscounts);
    all.addAll(manualDiscounts);
    return List.copyOf(all);
  }

  /** The line as DocumentTotals takes it; only for a priced line. */
  public DocumentTotals.Line totalsLine() {
    if (!type.priced() || quantity == null || unitPrice == null || kind == null) {
      throw new IllegalStateException("not a priced line: " + designation);
    }
    return new DocumentTotals.Line(
        quantity, unitPrice, priceIncludesVat, discounts(), vatRate, kind);
  }

  /**
   * The margin excl. VAT: the line's net after the document discount less quantity × cost; {@code
   * null} without a cost price.
   */
  public @Nullable Money margin(Money discountShare) {
    if (net == null || costPrice == null || quantity == null) {
      return null;
    }
    return net.minus(discountShare)
        .minus(Money.rounded(quantity.value().multiply(costPrice.value())));
  }

  /** Whether the line is goods that a delivery takes out of the nursery (services are not). */
  public boolean deliverable() {
    return type == LineType.PRODUCT
        && product != null
        && quantity != null
        && kind == LineKind.GOODS
        && quantity.value().signum() > 0;
  }

  /** What remains to deliver (orders): ordered less delivered less the backorder cancelled. */
  public Quantity remainingToDeliver() {
    return quantity == null
        ? Quantity.of(0)
        : new Quantity(
            quantity
                .value()
                .subtract(delivered.value())
                .subtract(cancelled.value())
                .max(java.math.BigDecimal.ZERO));
  }
}
