package org.pepin.platform.company;

import java.time.Clock;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.CompanyId;
import org.springframework.stereotype.Component;

/** The instance clock shifted by the company's offset, read from the database at each call. */
@Component
class DefaultCompanyClock implements CompanyClock {

  private final Clock instanceClock;
  private final CompanyManagement companies;

  DefaultCompanyClock(Clock instanceClock, CompanyManagement companies) {
    this.instanceClock = instanceClock;
    this.companies = companies;
  }

  @Override
  public Clock clock(CompanyId company) {
    return Clock.offset(instanceClock.withZone(ZONE), companies.clockOffset(company));
  }
}
