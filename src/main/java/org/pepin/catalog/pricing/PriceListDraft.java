package org.pepin.catalog.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.pepin.shared.InvalidValue;

/**
 * What a user gives to create or change a price-list version. The constructor checks the rules of
 * the fields themselves ({@code price-list.code-format (code)}, {@code price-list.name}, {@code
 * price-list.adjustment (value)} outside ]−100, 100] or more than 4 decimals, {@code
 * price-list.dates (from, to)}, {@code price-list.parent-self}); the service checks the parent and
 * the overlaps. See {@link org.pepin.catalog.PriceList} for the meaning of the fields.
 */
public record PriceListDraft(
    String code,
    String name,
    boolean includesVat,
    @Nullable String parentCode,
    @Nullable BigDecimal adjustment,
    @Nullable LocalDate validFrom,
    @Nullable LocalDate validTo) {

  private static final BigDecimal MAX = BigDecimal.valueOf(100);
  private static final BigDecimal MIN = BigDecimal.valueOf(-100);

  public PriceListDraft {
    code = normaliseCode(code);
    if (!code.matches("[A-Z0-9][A-Z0-9_-]{0,19}")) {
      throw new InvalidValue("price-list.code-format", "bad price list code: " + code, code);
    }
    name = name == null ? "" : name.strip();
    if (name.isEmpty() || name.length() > 100) {
      throw new InvalidValue("price-list.name", "name required, 100 characters at most");
    }
    parentCode = parentCode == null || parentCode.isBlank() ? null : normaliseCode(parentCode);
    if (code.equals(parentCode)) {
      throw new InvalidValue("price-list.parent-self", "a list cannot derive from itself");
    }
    if (adjustment != null) {
      if (adjustment.compareTo(MIN) <= 0
          || adjustment.compareTo(MAX) > 0
          || adjustment.stripTrailingZeros().scale() > 4) {
        throw new InvalidValue(
            "price-list.adjustment", "adjustment out of range: " + adjustment, adjustment);
      }
      adjustment = adjustment.signum() == 0 ? null : adjustment.setScale(4);
    }
    if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
      throw new InvalidValue(
          "price-list.dates", "validity ends before it starts", validFrom, validTo);
    }
  }

  /** Codes are kept in capitals without surrounding spaces. */
  public static String normaliseCode(@Nullable String code) {
    return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
  }
}
