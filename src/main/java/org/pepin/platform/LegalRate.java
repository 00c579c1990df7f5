package org.pepin.platform;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A row of the legal reference tables: a rate in percent, the date it applies from, whether it is
 * confirmed, and where it comes from.
 *
 * @param type which rate
 * @param validFrom its first day (1 January or 1 July for half-yearly rates)
 * @param percent e.g. {@code 2.62} for 2.62 %
 * @param status confirmed, or a value that only demo and teaching companies may use
 * @param source the text and publication the value comes from
 */
public record LegalRate(
    LegalRateType type, LocalDate validFrom, BigDecimal percent, Status status, String source) {

  /** How far a row can be trusted. */
  public enum Status {
    /** Checked against its publication: every company uses it. */
    CONFIRMED,
    /** A value believed right but not checked against a primary source: demo companies only. */
    UNCONFIRMED,
    /**
     * A stand-in for a half-year whose value was not published when the row was made (the previous
     * value, shown "non confirmé (démo)"): demo and teaching companies only.
     */
    PROVISIONAL
  }

  public boolean confirmed() {
    return status == Status.CONFIRMED;
  }
}
