package org.pepin.bench;

import java.util.Locale;

/**
 * The size of a generated data set (docs/performance.md, "Scale factors"). SF 1 is the nursery, SF
 * 10 a regional wholesaler, SF 100 a distributor; any other factor scales SF 1 linearly (SF 0.01 is
 * the CI smoke size).
 *
 * @param openItemsShare the share of receivables still open at D
 */
public record ScaleFactor(
    double sf,
    int customers,
    int products,
    int invoicesPerYear,
    int years,
    int linesPerInvoice,
    double openItemsShare) {

  public static final ScaleFactor SF1 = new ScaleFactor(1, 2_000, 300, 10_000, 3, 5, 0.08);
  public static final ScaleFactor SF10 = new ScaleFactor(10, 20_000, 1_000, 100_000, 3, 5, 0.08);
  public static final ScaleFactor SF100 = new ScaleFactor(100, 100_000, 5_000, 350_000, 3, 5, 0.08);

  public static ScaleFactor of(double sf) {
    if (sf == 1) {
      return SF1;
    }
    if (sf == 10) {
      return SF10;
    }
    if (sf == 100) {
      return SF100;
    }
    if (sf <= 0 || sf > 1000) {
      throw new IllegalArgumentException("scale factor out of range: " + sf);
    }
    return new ScaleFactor(
        sf,
        Math.max(10, (int) Math.round(SF1.customers * sf)),
        Math.max(5, (int) Math.round(SF1.products * sf)),
        Math.max(10, (int) Math.round(SF1.invoicesPerYear * sf)),
        SF1.years,
        SF1.linesPerInvoice,
        SF1.openItemsShare);
  }

  /** The factor as written in reports: {@code 1}, {@code 10}, {@code 0.01}. */
  public String label() {
    return sf == Math.rint(sf) ? Long.toString((long) sf) : String.format(Locale.ROOT, "%s", sf);
  }
}
