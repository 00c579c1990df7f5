package org.pepin.sales.document;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.pepin.platform.Companies;
import org.pepin.platform.CompanyId;
import org.pepin.sales.order.OrderService;
import org.pepin.sales.quote.QuoteService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The nightly work of sales, per company and by its own clock: sent quotes past their validity
 * become expired; orders whose consumer withdrawal period ended become confirmed. Both compare with
 * the company's today, so a day missed (downtime, time travel) is caught up on the next run.
 */
@Component
public class SalesDailyJob {

  static final String LOCK = "sales-daily";
  private static final Logger LOG = LoggerFactory.getLogger(SalesDailyJob.class);

  private final Companies companies;
  private final QuoteService quotes;
  private final OrderService orders;

  SalesDailyJob(Companies companies, QuoteService quotes, OrderService orders) {
    this.companies = companies;
    this.quotes = quotes;
    this.orders = orders;
  }

  @Scheduled(cron = "${pepin.sales.daily-cron:0 15 2 * * *}", zone = "Europe/Paris")
  @SchedulerLock(name = LOCK, lockAtMostFor = "PT30M", lockAtLeastFor = "PT5S")
  public void run() {
    for (CompanyId company : companies.all()) {
      try {
        run(company);
      } catch (RuntimeException e) {
        LOG.warn("Sales daily job failed for company {}", company, e);
      }
    }
  }

  /** One company's run; returns the quotes expired and the orders confirmed. */
  public int[] run(CompanyId company) {
    return new int[] {quotes.expire(company), orders.endWithdrawalPeriods(company)};
  }
}
