package org.pepin.customers.privacy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.pepin.customers.CustomerId;
import org.pepin.customers.file.CustomerManagement;
import org.pepin.customers.file.CustomerSearch;
import org.pepin.platform.AuditLog;
import org.pepin.platform.Companies;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.CompanyId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The retention rule of the customer file (GDPR art. 5(1)(e), storage limitation; CNIL référentiel
 * "gestion des activités commerciales": prospects are kept 3 years from the last contact;
 * france-compliance §9.1, R-GDPR-01): every night, in every company, the active or archived third
 * parties without any activity for {@value CustomerSearch#RETENTION_YEARS} years are flagged and
 * the audit log records which ones, so that someone archives, erases or contacts them (the list's
 * {@code retentionDue} filter shows them). A record is flagged once; new activity ({@code
 * Customers.touch}, any change) makes it eligible again three years later. Accounting documents
 * follow their own 10-year rule (C. com. L123-22) and are not touched.
 *
 * <p>Runs on one instance at a time (ShedLock row {@value #LOCK}); each company in its own
 * transaction, so that one failing company does not stop the others.
 */
@Component
public class ProspectRetention {

  static final String LOCK = "customer-retention";

  /** Audit action listing the records flagged in a company. */
  public static final String AUDIT_ACTION = "customer.retention-flagged";

  private static final Logger LOG = LoggerFactory.getLogger(ProspectRetention.class);

  /** Codes listed in one audit entry at most; the summary gives the full count. */
  static final int LISTED = 200;

  private final Companies companies;
  private final CompanyClock clock;
  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final TransactionTemplate transaction;

  ProspectRetention(
      Companies companies,
      CompanyClock clock,
      JdbcClient jdbc,
      AuditLog audit,
      TransactionTemplate transaction) {
    this.companies = companies;
    this.clock = clock;
    this.jdbc = jdbc;
    this.audit = audit;
    this.transaction = transaction;
  }

  /** The nightly run over every company. */
  @Scheduled(cron = "${pepin.customers.retention-cron:0 30 3 * * *}", zone = "Europe/Paris")
  @SchedulerLock(name = LOCK, lockAtMostFor = "PT30M", lockAtLeastFor = "PT5S")
  public void run() {
    int total = 0;
    for (CompanyId company : companies.all()) {
      try {
        total += flag(company).size();
      } catch (RuntimeException e) {
        LOG.warn("Retention rule failed for company {}", company, e);
      }
    }
    LOG.info("Retention rule: {} third parties flagged", total);
  }

  /** « 3 : C0004, C0009, C0011 », at most 500 characters (the audit summary's size). */
  static String summary(int count, List<String> codes) {
    String text = count + " : " + String.join(", ", codes);
    return text.length() <= 500 ? text : text.substring(0, 498) + " …";
  }

  /**
   * Flags the company's records without activity for three years that were not flagged since their
   * last activity, and records them in the audit log.
   *
   * @return the records flagged now
   */
  public List<CustomerId> flag(CompanyId company) {
    return transaction.execute(
        status -> {
          Instant now = clock.now(company);
          Instant cutoff =
              clock.dateTime(company).minusYears(CustomerSearch.RETENTION_YEARS).toInstant();
          record Due(UUID id, String code) {}
          List<Due> due =
              jdbc.sql(
                      "SELECT id, code FROM customer WHERE company_id = :company"
                          + " AND status IN ('ACTIVE', 'ARCHIVED') AND last_activity_at < :cutoff"
                          + " AND (retention_flagged_at IS NULL"
                          + " OR retention_flagged_at < last_activity_at) ORDER BY code")
                  .param("company", company.value())
                  .param("cutoff", Timestamp.from(cutoff))
                  .query((rs, n) -> new Due(rs.getObject(1, UUID.class), rs.getString(2)))
                  .list();
          if (due.isEmpty()) {
            return List.<CustomerId>of();
          }
          for (Due d : due) {
            jdbc.sql(
                    "UPDATE customer SET retention_flagged_at = :now"
                        + " WHERE company_id = :company AND id = :id")
                .param("now", Timestamp.from(now))
                .param("company", company.value())
                .param("id", d.id())
                .update();
          }
          var codes = due.stream().map(Due::code).limit(LISTED).toList();
          audit.record(
              company,
              AUDIT_ACTION,
              CustomerManagement.ENTITY,
              null,
              summary(due.size(), codes),
              String.join(", ", codes) + (due.size() > LISTED ? ", …" : ""));
          return due.stream().map(d -> new CustomerId(d.id())).toList();
        });
  }
}
