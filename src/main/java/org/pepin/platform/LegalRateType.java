package org.pepin.platform;

import java.time.LocalDate;
import java.time.Month;

/**
 * The rates of the legal reference tables. VAT rates stay in force from their date until the next
 * row; the legal interest rate and the ECB rate are set per half-year, so each half-year needs its
 * own row (a missing half-year is never filled with the previous value).
 */
public enum LegalRateType {
  VAT_STANDARD(false),
  VAT_INTERMEDIATE(false),
  VAT_REDUCED(false),
  VAT_SUPER_REDUCED(false),
  LEGAL_INTEREST_PROFESSIONAL(true),
  LEGAL_INTEREST_INDIVIDUAL(true),
  ECB_MRO(true);

  private final boolean halfYearly;

  LegalRateType(boolean halfYearly) {
    this.halfYearly = halfYearly;
  }

  /** Whether the rate is fixed per half-year (rows dated 1 January or 1 July). */
  public boolean halfYearly() {
    return halfYearly;
  }

  public static LegalRateType of(LegalRates.VatKind kind) {
    return switch (kind) {
      case STANDARD -> VAT_STANDARD;
      case INTERMEDIATE -> VAT_INTERMEDIATE;
      case REDUCED -> VAT_REDUCED;
      case SUPER_REDUCED -> VAT_SUPER_REDUCED;
    };
  }

  public static LegalRateType of(LegalRates.CreditorKind kind) {
    return switch (kind) {
      case PROFESSIONAL -> LEGAL_INTEREST_PROFESSIONAL;
      case INDIVIDUAL -> LEGAL_INTEREST_INDIVIDUAL;
    };
  }

  /** The first day of the half-year containing {@code date}: 1 January or 1 July. */
  public static LocalDate halfYearStart(LocalDate date) {
    return LocalDate.of(date.getYear(), date.getMonthValue() <= 6 ? Month.JANUARY : Month.JULY, 1);
  }

  /** 1 for January–June, 2 for July–December. */
  public static int halfYear(LocalDate date) {
    return date.getMonthValue() <= 6 ? 1 : 2;
  }
}
