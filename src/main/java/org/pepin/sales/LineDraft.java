package org.pepin.sales;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pepin.catalog.ProductId;
import org.pepin.shared.DocumentTotals.LineKind;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.Percentage;
import org.pepin.shared.Quantity;
import org.pepin.shared.UnitPrice;
import org.pepin.shared.VatRate;

/**
 * A line as the user gives it, on a quote or an order. The constructor checks what belongs to the
 * line alone; a broken rule is an {@link InvalidValue} whose code starts with {@code sales.line.}:
 *
 * <ul>
 *   <li>{@code sales.line.product-required} — a product line without product;
 *   <li>{@code sales.line.designation-required} — a free line, a section or a note without text;
 *   <li>{@code sales.line.designation-length} — more than 2 000 characters;
 *   <li>{@code sales.line.quantity-positive (quantity)} — a missing, zero or negative quantity;
 *   <li>{@code sales.line.price-required}, {@code sales.line.price-negative (price)};
 *   <li>{@code sales.line.rate-required} — a free line without VAT rate;
 *   <li>{@code sales.line.discount-range (discount)} — a discount outside 0–100 %;
 *   <li>{@code sales.line.too-many-discounts} — more than 3 successive discounts.
 * </ul>
 *
 * @param type what the line is
 * @param product the product of a {@link LineType#PRODUCT} line
 * @param designation the text; for a product line, replaces the product's designation when given
 * @param quantity the quantity of a priced line, positive
 * @param unitPrice for a product line, a price that replaces the catalogue's (in the basis of the
 *     catalogue's price: incl. VAT on a list incl. VAT); for a free line, its price
 * @param priceIncludesVat for a free line, whether {@code unitPrice} includes VAT ({@code null}:
 *     the document's basis)
 * @param discounts successive manual discounts, applied after those of the price list and breaks
 * @param vatRate the rate of a free line
 * @param kind goods or service, for a free line (a fee following the goods is a catalogue product)
 */
public record LineDraft(
    LineType type,
    @Nullable ProductId product,
    @Nullable String designation,
    @Nullable Quantity quantity,
    @Nullable UnitPrice unitPrice,
    @Nullable Boolean priceIncludesVat,
    List<Percentage> discounts,
    @Nullable VatRate vatRate,
    @Nullable LineKind kind) {

  public static final int MAX_DESIGNATION = 2000;
  public static final int MAX_DISCOUNTS = 3;

  public LineDraft {
    discounts = List.copyOf(discounts);
    designation = designation == null || designation.isBlank() ? null : designation.strip();
    if (designation != null && designation.length() > MAX_DESIGNATION) {
      throw new InvalidValue(
          "sales.line.designation-length", "designation too long", MAX_DESIGNATION);
    }
    if (type == LineType.PRODUCT && product == null) {
      throw new InvalidValue("sales.line.product-required", "a product line needs a product");
    }
    if (type != LineType.PRODUCT && designation == null) {
      throw new InvalidValue("sales.line.designation-required", "the line needs a text");
    }
    if (type.priced() && (quantity == null || quantity.value().signum() <= 0)) {
      throw new InvalidValue(
          "sales.line.quantity-positive",
          "quantity must be positive: " + quantity,
          quantity == null ? "" : french(quantity.value()));
    }
    if (type == LineType.FREE && unitPrice == null) {
      throw new InvalidValue("sales.line.price-required", "a free line needs a price");
    }
    if (unitPrice != null && unitPrice.value().signum() < 0) {
      throw new InvalidValue(
          "sales.line.price-negative", "negative price", french(unitPrice.value()));
    }
    if (type == LineType.FREE && vatRate == null) {
      throw new InvalidValue("sales.line.rate-required", "a free line needs a VAT rate");
    }
    if (discounts.size() > MAX_DISCOUNTS) {
      throw new InvalidValue("sales.line.too-many-discounts", "at most 3 discounts");
    }
    for (Percentage d : discounts) {
      if (d.value().signum() < 0 || d.compareTo(Percentage.HUNDRED) > 0) {
        throw new InvalidValue(
            "sales.line.discount-range", "discount out of range: " + d, french(d.value()));
      }
    }
    if (!type.priced()) {
      quantity = null;
      unitPrice = null;
      discounts = List.of();
      vatRate = null;
      kind = null;
      priceIncludesVat = null;
    }
    if (type == LineType.FREE && kind == null) {
      kind = LineKind.SERVICE;
    }
    if (type == LineType.FREE && kind == LineKind.FEE_FOLLOWING_GOODS) {
      kind = LineKind.SERVICE;
    }
  }

  /** A number as a French message shows it: {@code 0,5}. */
  static String french(java.math.BigDecimal value) {
    return value.stripTrailingZeros().toPlainString().replace('.', ',');
  }

  /** A catalogue product line at the catalogue's price. */
  public static LineDraft product(ProductId product, Quantity quantity) {
    return new LineDraft(
        LineType.PRODUCT, product, null, quantity, null, null, List.of(), null, null);
  }

  /** A section title. */
  public static LineDraft section(String title) {
    return new LineDraft(LineType.SECTION, null, title, null, null, null, List.of(), null, null);
  }

  /** A note between lines. */
  public static LineDraft note(String text) {
    return new LineDraft(LineType.NOTE, null, text, null, null, null, List.of(), null, null);
  }

  /** The same line with successive manual discounts. */
  public LineDraft withDiscounts(List<Percentage> discounts) {
    return new LineDraft(
        type,
        product,
        designation,
        quantity,
        unitPrice,
        priceIncludesVat,
        discounts,
        vatRate,
        kind);
  }
}
