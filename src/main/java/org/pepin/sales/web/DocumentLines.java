package org.pepin.sales.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.pepin.sales.SalesLine;
import org.pepin.shared.DocumentTotals;
import org.pepin.shared.Money;

/**
 * The lines of a saved quote revision or order as its page shows them: each with its amounts
 * (DocumentTotals' result of its priced line), its warnings and its margin, and the total margin —
 * margins only for the users who may see them (never printed).
 *
 * @param margin the margin excl. VAT over the lines with a cost price, {@code null} when hidden or
 *     when no line has one
 */
record DocumentLines(List<Line> lines, @Nullable Money margin, @Nullable BigDecimal marginRate) {

  /** One line with what the page shows beside it. */
  record Line(
      SalesLine line,
      DocumentTotals.@Nullable LineResult amounts,
      @Nullable Money margin,
      List<String> warnings) {}

  static DocumentLines of(
      List<SalesLine> lines,
      DocumentTotals.Result totals,
      Map<Integer, List<String>> warnings,
      boolean showMargin) {
    List<Line> shown = new ArrayList<>();
    Money margin = Money.ZERO;
    Money nets = Money.ZERO;
    boolean anyCost = false;
    int index = 0;
    for (SalesLine line : lines) {
      DocumentTotals.LineResult amounts = null;
      Money lineMargin = null;
      if (line.type().priced() && index < totals.lines().size()) {
        amounts = totals.lines().get(index++);
        lineMargin = line.margin(amounts.discountShare());
        if (lineMargin != null) {
          anyCost = true;
          margin = margin.plus(lineMargin);
          nets = nets.plus(amounts.net().minus(amounts.discountShare()));
        }
      }
      shown.add(
          new Line(
              line,
              amounts,
              showMargin ? lineMargin : null,
              warnings.getOrDefault(line.position(), List.of())));
    }
    BigDecimal rate = null;
    if (showMargin && anyCost && nets.isPositive()) {
      rate =
          margin
              .amount()
              .multiply(BigDecimal.valueOf(100))
              .divide(nets.amount(), 1, RoundingMode.HALF_UP);
    }
    return new DocumentLines(shown, showMargin && anyCost ? margin : null, rate);
  }
}
