package org.pepin.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The time of a company: the instance clock plus the company's own offset, kept in the database
 * (teaching sandboxes and the demo timeline move it). Business code asks this clock, never {@code
 * LocalDate.now()}. The zone is Europe/Paris.
 */
public interface CompanyClock {

  ZoneId ZONE = ZoneId.of("Europe/Paris");

  /** A {@link Clock} for the company, in Europe/Paris. */
  Clock clock(CompanyId company);

  default Instant now(CompanyId company) {
    return clock(company).instant();
  }

  default ZonedDateTime dateTime(CompanyId company) {
    return ZonedDateTime.now(clock(company));
  }

  default LocalDate today(CompanyId company) {
    return LocalDate.now(clock(company));
  }
}
