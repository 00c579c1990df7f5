package org.pepin.platform;

import java.time.LocalDate;
import org.pepin.shared.VatRate;

/**
 * The dated legal rates every computation takes from the reference tables, never from code
 * (ARCHITECTURE §3 "Dated legal values"): VAT rates, the legal interest rate per half-year and kind
 * of creditor, the ECB main refinancing rate per half-year. The tables are global, shipped with the
 * values known at release time and kept up to date by the instance administrator (Paramètres › Taux
 * légaux).
 *
 * <p>A date for which no usable row exists is refused with {@link org.pepin.shared.InvalidValue},
 * whose French message says which rate to enter where, rather than guessing (france-compliance
 * R-PAY-05). Only confirmed rows are usable, except in demo and teaching companies ({@link
 * Companies#isDemo}), which may also use rows flagged unconfirmed or provisional (scenario §6
 * "Rates"); the returned {@link LegalRate} says which it is, so that a letter can show it.
 */
public interface LegalRates {

  /** The four French VAT rates (CGI 278 ff.). */
  enum VatKind {
    /** Taux normal (CGI 278). */
    STANDARD,
    /** Taux intermédiaire (CGI 278 bis, 279). */
    INTERMEDIATE,
    /** Taux réduit (CGI 278-0 bis, 278-0 bis A). */
    REDUCED,
    /** Taux particulier (CGI 281 quater ff.). */
    SUPER_REDUCED
  }

  /**
   * The legal interest rate has two values per half-year (C. mon. fin. L313-2): one when the
   * creditor is a private individual not acting for professional needs, one for every other case.
   */
  enum CreditorKind {
    /** "Tous les autres cas": the creditor is a business (the case of a seller's penalties). */
    PROFESSIONAL,
    /** The creditor is a private individual. */
    INDIVIDUAL
  }

  /**
   * The VAT rate of {@code kind} in force on {@code date}: the latest row on or before it.
   *
   * @throws org.pepin.shared.InvalidValue {@code legal-rate.missing-vat} or {@code
   *     legal-rate.unconfirmed}
   */
  VatRate vatRate(CompanyId company, VatKind kind, LocalDate date);

  /**
   * The legal interest rate of the half-year containing {@code date} (fixed by arrêté each
   * half-year; 3 × this rate is the floor of B2B late penalties, C. com. L441-10).
   *
   * @throws org.pepin.shared.InvalidValue {@code legal-rate.missing-interest} or {@code
   *     legal-rate.unconfirmed}
   */
  LegalRate legalInterestRate(CompanyId company, CreditorKind creditor, LocalDate date);

  /**
   * The ECB main refinancing operations rate in force on the first day of the half-year containing
   * {@code date}: 1 January for the first half-year, 1 July for the second (C. com. L441-10: the
   * default penalty rate is this rate + 10 points; public buyers owe it + 8 points, C. commande
   * publique R2192-10 ff.).
   *
   * @throws org.pepin.shared.InvalidValue {@code legal-rate.missing-ecb} or {@code
   *     legal-rate.unconfirmed}
   */
  LegalRate ecbRate(CompanyId company, LocalDate date);
}
