package org.pepin.shared;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A VAT rate in percent, 0 ≤ rate &lt; 100 with at most 2 decimals, kept at scale 2. The rates in
 * force are dated values that live in the database (CGI 278 ff.); the constants here are
 * conveniences for tests and defaults.
 *
 * @param percent the rate, e.g. {@code 5.5} ({@code vat-rate.range} when out of range)
 */
public record VatRate(BigDecimal percent) implements Comparable<VatRate> {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** 20 %, the standard rate (CGI 278). */
  public static final VatRate STANDARD_20 = of("20");

  /** 10 %, the intermediate rate (CGI 279). */
  public static final VatRate REDUCED_10 = of("10");

  /** 5.5 %, the reduced rate (CGI 278-0 bis). */
  public static final VatRate REDUCED_5_5 = of("5.5");

  /** 2.1 %, the super-reduced rate (CGI 281 quater ff.). */
  public static final VatRate SUPER_REDUCED_2_1 = of("2.1");

  /** 0 %, e.g. for exempt or reverse-charged supplies. */
  public static final VatRate ZERO = of("0");

  public VatRate {
    Objects.requireNonNull(percent, "percent");
    if (percent.signum() < 0
        || percent.compareTo(HUNDRED) >= 0
        || percent.stripTrailingZeros().scale() > 2) {
      throw new InvalidValue(
          "vat-rate.range", "VAT rate not in [0, 100) with 2 decimals: " + percent, percent);
    }
    percent = percent.setScale(2);
  }

  /** A rate written as a plain decimal, e.g. {@code "5.5"}. */
  public static VatRate of(String percent) {
    return new VatRate(Values.decimal(percent));
  }

  /** The rate as a fraction, e.g. 0.055 for 5.5 %. */
  public BigDecimal fraction() {
    return percent.movePointLeft(2);
  }

  /** The VAT on a base: base × rate / 100, rounded half up to the cent (EN 16931 BR-CO-17). */
  public Money vatOn(Money base) {
    return base.times(fraction());
  }

  @Override
  public int compareTo(VatRate other) {
    return percent.compareTo(other.percent);
  }

  /** The rate at 2 decimals, e.g. {@code 20.00}. */
  @Override
  public String toString() {
    return percent.toPlainString();
  }
}
