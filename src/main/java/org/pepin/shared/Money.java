package org.pepin.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Collection;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount in euros, to the cent: always exactly 2 decimals, positive, zero or negative (credit
 * notes). Arithmetic that can produce more decimals rounds half up, the rule this system applies to
 * every amount (france-compliance §1.5).
 *
 * @param amount the amount; a value with more than 2 significant decimals is refused ({@code
 *     money.scale}), trailing zeros are normalised away
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

  /** 0.00 €. */
  public static final Money ZERO = new Money(BigDecimal.ZERO);

  private static final Currency EURO = Currency.getInstance("EUR");

  public Money {
    amount = Values.scaled(Objects.requireNonNull(amount, "amount"), 2, "money.scale");
  }

  /** An exact amount written as a plain decimal, e.g. {@code "1234.56"}. */
  public static Money of(String amount) {
    return new Money(Values.decimal(amount));
  }

  /** An exact amount; see {@link #rounded(BigDecimal)} for a computed one. */
  public static Money of(BigDecimal amount) {
    return new Money(amount);
  }

  /** The amount rounded half up to the cent. */
  public static Money rounded(BigDecimal amount) {
    return new Money(amount.setScale(2, RoundingMode.HALF_UP));
  }

  /** The sum of the amounts, {@link #ZERO} for none. */
  public static Money sum(Collection<Money> amounts) {
    return amounts.stream().reduce(ZERO, Money::plus);
  }

  public Money plus(Money other) {
    return new Money(amount.add(other.amount));
  }

  public Money minus(Money other) {
    return new Money(amount.subtract(other.amount));
  }

  public Money negate() {
    return new Money(amount.negate());
  }

  /** This amount times a factor, rounded half up to the cent. */
  public Money times(BigDecimal factor) {
    return rounded(amount.multiply(factor));
  }

  public boolean isZero() {
    return amount.signum() == 0;
  }

  public boolean isNegative() {
    return amount.signum() < 0;
  }

  public boolean isPositive() {
    return amount.signum() > 0;
  }

  @Override
  public int compareTo(Money other) {
    return amount.compareTo(other.amount);
  }

  /**
   * The amount as people read it in the given language, always in euros: {@code 1 234,56 €} in
   * French (Java's French format: U+202F narrow no-break space between groups, U+00A0 before the
   * sign), {@code €1,234.56} in English.
   */
  public String format(Locale locale) {
    NumberFormat format = NumberFormat.getCurrencyInstance(locale);
    format.setCurrency(EURO);
    format.setMinimumFractionDigits(2);
    format.setMaximumFractionDigits(2);
    return format.format(amount);
  }

  /** The plain amount, e.g. {@code 1234.56}. */
  @Override
  public String toString() {
    return amount.toPlainString();
  }
}
