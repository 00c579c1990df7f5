package org.pepin.sales;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pepin.shared.DocumentTotals;
import org.pepin.shared.Money;
import org.pepin.shared.Percentage;

/**
 * A quote or an order as priced, before or after it is saved: its lines with their amounts, the
 * totals per VAT rate (DocumentTotals), the warnings and the margin.
 *
 * @param lines the lines, priced (ids are new for a preview)
 * @param totals the amounts, one result per priced line in the order of {@code lines}
 * @param warnings out of season, beyond stock, free delivery
 * @param manualDiscountRate how far the manual changes (line discounts, prices typed, document
 *     discount) take the total below the price lists' total, in %; compared with the company's
 *     approval threshold
 * @param margin the total margin excl. VAT over the lines with a cost price; {@code null} when none
 *     has one
 * @param marginRate the margin as a percentage of those lines' nets
 * @param downPayment the down payment's amounts when the document asks for one
 */
public record PricedDocument(
    List<SalesLine> lines,
    DocumentTotals.Result totals,
    List<LineWarning> warnings,
    Percentage manualDiscountRate,
    @Nullable Money margin,
    @Nullable Percentage marginRate,
    DocumentTotals.@Nullable Breakdown downPayment) {

  public PricedDocument {
    lines = List.copyOf(lines);
    warnings = List.copyOf(warnings);
  }

  /** The amounts of a priced line (by its position among all lines). */
  public DocumentTotals.@Nullable LineResult amounts(int position) {
    int index = 0;
    for (SalesLine line : lines) {
      if (line.position() == position) {
        return line.type().priced() ? totals.lines().get(index) : null;
      }
      if (line.type().priced()) {
        index++;
      }
    }
    return null;
  }

  public List<LineWarning> warnings(int position) {
    return warnings.stream().filter(w -> w.position() == position).toList();
  }
}
