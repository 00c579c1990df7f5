package org.pepin.shared;

import java.util.Arrays;

/**
 * A value that breaks a rule of the shared kernel. The {@link #code()} names the rule so that the
 * user interface can show its own (French) message, filled with {@link #args()}; the exception
 * message is an English sentence for logs.
 *
 * <p>Codes, as {@code code (args)}:
 *
 * <ul>
 *   <li>{@code number.format (text)} — not a plain decimal number;
 *   <li>{@code money.scale (amount)} — more than 2 decimals;
 *   <li>{@code unit-price.scale (value)} — more than 6 decimals;
 *   <li>{@code quantity.scale (value)} — more than 3 decimals;
 *   <li>{@code vat-rate.range (percent)} — outside [0, 100) or more than 2 decimals;
 *   <li>{@code percentage.range (value)} — outside [0, 100] or more than 4 decimals;
 *   <li>{@code siren.format (text)}, {@code siren.checksum (siren)};
 *   <li>{@code siret.format (text)}, {@code siret.checksum (siret)};
 *   <li>{@code vat-number.format (text)}, {@code vat-number.country (country prefix)}, {@code
 *       vat-number.key (number)};
 *   <li>{@code iban.format (text)}, {@code iban.length (iban, expected length or "15-34", actual
 *       length)}, {@code iban.checksum (iban)};
 *   <li>{@code bic.format (text)};
 *   <li>{@code email.format (text)};
 *   <li>{@code postal-address.required (field name: line1, postalCode, city or countryCode)},
 *       {@code postal-address.postal-code (postal code)}, {@code postal-address.country (country
 *       code)};
 *   <li>{@code date-range.order (start, end)}, {@code date-range.open (start)};
 *   <li>{@code payment-terms.days (kind, number)}, {@code payment-terms.installments (sum of the
 *       shares in percent)}, {@code payment-terms.cap (terms code)}, {@code payment-terms.format
 *       (text)};
 *   <li>{@code totals.line-rate (line kind)} — a fee following the goods has a rate, or another
 *       line has none; {@code totals.fee-includes-vat ()}; {@code totals.no-line-for-fee (index of
 *       the fee line)}; {@code totals.discount-exceeds-net (discount, net it applies to)}; {@code
 *       totals.down-payment-rate (rate)} — a down payment at a rate the order does not have.
 * </ul>
 */
public class InvalidValue extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String code;
  private final transient Object[] args;

  /**
   * @param code the message code, {@code <type>.<reason>}
   * @param message an English explanation for logs
   * @param args the values a user message may quote
   */
  public InvalidValue(String code, String message, Object... args) {
    super(code + ": " + message);
    this.code = code;
    this.args = args.clone();
  }

  /** The message code, e.g. {@code siren.checksum}. */
  public String code() {
    return code;
  }

  /** The arguments of the user message, in the order documented with the code. */
  public Object[] args() {
    return args == null ? new Object[0] : args.clone();
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + code + Arrays.toString(args()) + "]: " + getMessage();
  }
}
