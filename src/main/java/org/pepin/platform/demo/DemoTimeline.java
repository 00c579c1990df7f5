package org.pepin.platform.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.CompanyId;
import org.pepin.platform.DemoContext;
import org.pepin.platform.DemoContribution;
import org.pepin.platform.DemoStep;
import org.pepin.platform.company.CompanyManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Replays the steps of every module's {@link DemoContribution} into a company, in date order, each
 * in its own transaction with the company clock set to the step's date (D + day), so that documents
 * get chronological numbers and every business rule applies as in real use. At the end the company
 * clock is back to the instance's time.
 */
@Component
public class DemoTimeline {

  private static final Logger log = LoggerFactory.getLogger(DemoTimeline.class);

  private final ObjectProvider<DemoContribution> contributions;
  private final CompanyManagement companies;
  private final CompanyClock clock;
  private final TransactionTemplate transaction;

  DemoTimeline(
      ObjectProvider<DemoContribution> contributions,
      CompanyManagement companies,
      CompanyClock clock,
      TransactionTemplate transaction) {
    this.contributions = contributions;
    this.companies = companies;
    this.clock = clock;
    this.transaction = transaction;
  }

  /** All steps of all modules, by day then order. */
  public List<DemoStep> steps() {
    return contributions
        .orderedStream()
        .flatMap(c -> c.demoSteps().stream())
        .sorted(Comparator.comparingInt(DemoStep::day).thenComparingInt(DemoStep::order))
        .toList();
  }

  /** Loads the case into {@code company}, with D = the company's date now. */
  public void replayInto(CompanyId company) {
    Duration original = companies.clockOffset(company);
    LocalDate loadDate = clock.today(company);
    // Move by calendar days in the company's zone, not by 24-hour blocks: a step 200 days back
    // from 23:30 in winter would otherwise land on the next day's 00:30 in summer time.
    var now = clock.now(company).atZone(CompanyClock.ZONE);
    var context = new DemoContext(company, loadDate, loadDate, new HashMap<>());
    try {
      for (DemoStep step : steps()) {
        companies.setClockOffset(
            company, original.plus(Duration.between(now, now.plusDays(step.day()))));
        var stepContext =
            new DemoContext(company, loadDate, loadDate.plusDays(step.day()), context.refs());
        transaction.executeWithoutResult(status -> step.action().accept(stepContext));
        log.debug("demo D{}{}: {}", step.day() < 0 ? "" : "+", step.day(), step.description());
      }
    } finally {
      companies.setClockOffset(company, original);
    }
  }
}
