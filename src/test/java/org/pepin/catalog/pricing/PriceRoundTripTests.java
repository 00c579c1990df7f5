package org.pepin.catalog.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pepin.shared.DocumentTotals;
import org.pepin.shared.DocumentTotals.Line;
import org.pepin.shared.DocumentTotals.LineKind;
import org.pepin.shared.Money;
import org.pepin.shared.Quantity;
import org.pepin.shared.UnitPrice;
import org.pepin.shared.VatRate;

/**
 * A list incl. VAT holds retail prices = price excl. VAT × (1 + rate) rounded to the cent; the
 * unit-price function turns them back into net prices (TTC / (1 + rate), 6 decimals). For every
 * price excl. VAT to the cent up to 300 € and every French rate, the net rounds back to the price
 * excl. VAT, and one unit's document total incl. VAT is the retail price — no cent of drift.
 */
class PriceRoundTripTests {

  @Test
  void retailPricesConvertToNetAndBackWithoutDrift() {
    List<String> drifts = new ArrayList<>();
    for (VatRate rate :
        List.of(
            VatRate.REDUCED_10,
            VatRate.STANDARD_20,
            VatRate.REDUCED_5_5,
            VatRate.SUPER_REDUCED_2_1)) {
      for (int cents = 1; cents <= 30_000; cents++) {
        BigDecimal excl = BigDecimal.valueOf(cents, 2);
        BigDecimal retail =
            excl.multiply(BigDecimal.ONE.add(rate.fraction())).setScale(2, RoundingMode.HALF_UP);
        Line line =
            new Line(
                Quantity.of(1),
                new UnitPrice(retail.setScale(6)),
                true,
                List.of(),
                rate,
                LineKind.GOODS);
        var totals = DocumentTotals.compute(List.of(line));
        if (line.netUnitPrice().value().setScale(2, RoundingMode.HALF_UP).compareTo(excl) != 0
            || !totals.totalGross().equals(Money.of(retail))) {
          drifts.add(rate + " % " + excl + " → " + retail + " → " + totals.totalGross());
        }
      }
    }
    assertThat(drifts).isEmpty();
  }
}
