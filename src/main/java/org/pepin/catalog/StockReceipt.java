package org.pepin.catalog;

import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.pepin.customers.CustomerId;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.Quantity;

/**
 * A receipt of goods into stock, which creates one lot: own production put on sale or a supplier's
 * delivery, with the plant-passport data of the lot (Regulation (EU) 2016/2031 art. 83). Blank
 * passport fields are filled from the product (botanical name) and the company (its plant-health
 * registration number and France, for own production); the traceability code defaults to the lot
 * number.
 *
 * @param lotNumber the lot number; {@code null} to have one generated ({@code L<yy>-<code>-<nn>})
 * @param supplier required for a supplier's lot ({@code stock.supplier-required})
 * @param receivedOn {@code null} for today
 * @param quantity strictly positive ({@code stock.quantity-positive})
 */
public record StockReceipt(
    ProductId product,
    @Nullable String lotNumber,
    LotOrigin origin,
    @Nullable CustomerId supplier,
    @Nullable LocalDate receivedOn,
    Quantity quantity,
    @Nullable String botanicalName,
    @Nullable String operatorNumber,
    @Nullable String traceabilityCode,
    @Nullable String countryOfOrigin,
    @Nullable String note) {

  public StockReceipt {
    lotNumber = clean(lotNumber);
    if (lotNumber != null) {
      lotNumber = lotNumber.toUpperCase(Locale.ROOT);
      if (!lotNumber.matches("[A-Z0-9][A-Z0-9._/-]{0,39}")) {
        throw new InvalidValue("stock.lot-format", "bad lot number: " + lotNumber, lotNumber);
      }
    }
    if (quantity.value().signum() <= 0) {
      throw new InvalidValue(
          "stock.quantity-positive",
          "quantity must be positive",
          quantity.value().stripTrailingZeros().toPlainString());
    }
    if (origin == LotOrigin.SUPPLIER && supplier == null) {
      throw new InvalidValue("stock.supplier-required", "a supplier's lot names its supplier");
    }
    if (origin == LotOrigin.OWN_PRODUCTION && supplier != null) {
      supplier = null;
    }
    botanicalName = clean(botanicalName);
    operatorNumber = clean(operatorNumber);
    traceabilityCode = clean(traceabilityCode);
    countryOfOrigin = clean(countryOfOrigin);
    if (countryOfOrigin != null) {
      countryOfOrigin = countryOfOrigin.toUpperCase(Locale.ROOT);
      if (!countryOfOrigin.matches("[A-Z]{2}")) {
        throw new InvalidValue(
            "stock.country", "not an ISO country code: " + countryOfOrigin, countryOfOrigin);
      }
    }
    note = clean(note);
    max(botanicalName, 200);
    max(operatorNumber, 40);
    max(traceabilityCode, 60);
    max(note, 1000);
  }

  private static void max(@Nullable String text, int length) {
    if (text != null && text.length() > length) {
      throw new InvalidValue("stock.text-length", "text too long", length);
    }
  }

  private static @Nullable String clean(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
