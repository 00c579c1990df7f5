package org.pepin.customers.file;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.pepin.customers.CustomerDraft;
import org.pepin.customers.CustomerId;
import org.pepin.customers.CustomerKind;
import org.pepin.customers.CustomerStatus;
import org.pepin.customers.CustomerView;
import org.pepin.platform.ChangeHistory;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.CompanyId;
import org.pepin.platform.ConcurrentModification;
import org.pepin.platform.FieldChange;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.PostalAddress;
import org.pepin.shared.Siret;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record-level steps of the customer file's special operations — a head office moving, a
 * duplicate merged into the record kept, an individual's personal data erased — each saved with its
 * own history action. The services of {@code customers.merge} and {@code customers.privacy}
 * orchestrate them (checks, events, reports); this class only changes the stored record.
 *
 * <p>Documents already issued are never touched: they hold their own {@link
 * org.pepin.customers.CustomerSnapshot} (CGI annexe II art. 242 nonies A; C. com. L123-22).
 */
@Component
@Transactional
public class CustomerLifecycle {

  /** History action of a head-office move (new SIRET and billing address). */
  public static final String HEAD_OFFICE_MOVED = "head-office-moved";

  /** History action on the record merged away. */
  public static final String MERGED = "merged";

  /** History action on the record kept by a merge. */
  public static final String MERGED_FROM = "merged-from";

  /** History action of an erasure (GDPR art. 17). */
  public static final String ERASED = "erased";

  /** The name an erased individual's record keeps (its code identifies it on documents). */
  public static final String ERASED_NAME = "Personne effacée";

  private final CustomerManagement management;
  private final CustomerRepository customers;
  private final ChangeHistory history;
  private final CompanyClock clock;
  private final JdbcClient jdbc;

  CustomerLifecycle(
      CustomerManagement management,
      CustomerRepository customers,
      ChangeHistory history,
      CompanyClock clock,
      JdbcClient jdbc) {
    this.management = management;
    this.customers = customers;
    this.history = history;
    this.clock = clock;
    this.jdbc = jdbc;
  }

  /**
   * Moves the head office of a business or public body: its SIRET (same SIREN: a new establishment
   * of the same legal person) and its billing address change; the timeline shows the move as one
   * entry. Documents issued before keep the old address in their snapshot.
   *
   * @throws ConcurrentModification if the record changed since {@code version}
   * @throws InvalidValue {@code customer.read-only}, {@code customer.siret-siren}, {@code
   *     customer.head-office-individual}
   */
  public void moveHeadOffice(
      CompanyId company, CustomerId id, int version, Siret siret, PostalAddress address) {
    CustomerRecord current = management.load(company, id);
    requireEditable(current);
    if (current.version() != null && current.version() != version) {
      throw new ConcurrentModification(CustomerManagement.ENTITY, id);
    }
    CustomerView view = CustomerMapping.view(current);
    if (view.kind() == CustomerKind.INDIVIDUAL) {
      throw new InvalidValue(
          "customer.head-office-individual", "an individual has no head office (SIRET)");
    }
    CustomerDraft before = view.toDraft();
    CustomerDraft after = DraftCopy.of(before).siret(siret).billingAddress(address).build();
    save(
        CustomerMapping.record(
            company,
            id,
            current.version(),
            current.code(),
            current.codeChanges(),
            after,
            CustomerMapping.State.of(current, now(company))));
    history.record(
        company,
        CustomerManagement.ENTITY,
        id,
        HEAD_OFFICE_MOVED,
        null,
        FieldChange.between(
            management.historyFields(company, current.code(), before),
            management.historyFields(company, current.code(), after)));
  }

  /**
   * Gives the record kept by a merge the data it received (contacts, addresses, categories, tags,
   * roles), recorded as a {@value #MERGED_FROM} entry naming the merged record.
   */
  public void receiveMerged(
      CompanyId company, CustomerId kept, int version, CustomerDraft draft, CustomerView merged) {
    CustomerRecord current = management.load(company, kept);
    requireEditable(current);
    if (current.version() != null && current.version() != version) {
      throw new ConcurrentModification(CustomerManagement.ENTITY, kept);
    }
    CustomerDraft before = CustomerMapping.view(current).toDraft();
    save(
        CustomerMapping.record(
            company,
            kept,
            current.version(),
            current.code(),
            current.codeChanges(),
            draft,
            CustomerMapping.State.of(current, now(company))));
    var changes = new ArrayList<FieldChange>();
    FieldChange.of("mergedFrom", null, merged.code() + " " + merged.name()).ifPresent(changes::add);
    changes.addAll(
        FieldChange.between(
            management.historyFields(company, current.code(), before),
            management.historyFields(company, current.code(), draft)));
    history.record(company, CustomerManagement.ENTITY, kept, MERGED_FROM, null, changes);
  }

  /**
   * Marks a record as merged into {@code kept}: status {@code MERGED}, read-only, pointing to the
   * record kept; recorded as a {@value #MERGED} entry.
   */
  public void markMerged(CompanyId company, CustomerId merged, CustomerView kept) {
    CustomerRecord current = management.load(company, merged);
    requireEditable(current);
    CustomerStatus before = CustomerStatus.valueOf(current.status());
    var state = CustomerMapping.State.of(current, now(company));
    var mergedState =
        new CustomerMapping.State(
            CustomerStatus.MERGED,
            state.insolvency(),
            kept.id(),
            state.erasedAt(),
            state.marketingConsentAt(),
            state.lastActivityAt(),
            state.createdAt(),
            state.now());
    save(
        CustomerMapping.record(
            company,
            merged,
            current.version(),
            current.code(),
            current.codeChanges(),
            CustomerMapping.view(current).toDraft(),
            mergedState));
    var changes = new ArrayList<FieldChange>();
    FieldChange.of("status", before, CustomerStatus.MERGED).ifPresent(changes::add);
    FieldChange.of("mergedInto", null, kept.code() + " " + kept.name()).ifPresent(changes::add);
    history.record(company, CustomerManagement.ENTITY, merged, MERGED, null, changes);
  }

  /**
   * Erases the personal data of an individual's record in place (GDPR art. 17, france-compliance
   * §9.1, R-GDPR-03): names, e-mail, phone, billing address, notes, tags, block reason, marketing
   * consent, contacts and delivery addresses are removed; the row stays with its code, kind, roles,
   * payment terms and dates, because issued documents reference it (they keep their own snapshot of
   * the name and address, C. com. L123-22). Status becomes {@code ERASED}; an {@value #ERASED}
   * entry without personal values is added to the history.
   *
   * @return the time of the erasure
   * @throws InvalidValue {@code customer.erase-not-individual}, {@code customer.read-only}
   */
  public Instant erase(CompanyId company, CustomerId id) {
    CustomerRecord current = management.load(company, id);
    requireEditable(current);
    return erase(company, current);
  }

  /**
   * Erases the personal data of a record merged into an erased one: the same person's data, kept
   * read-only since the merge (status stays pointing to the record kept, now {@code ERASED}).
   */
  public Instant eraseMerged(CompanyId company, CustomerId id) {
    CustomerRecord current = management.load(company, id);
    if (CustomerStatus.valueOf(current.status()) != CustomerStatus.MERGED) {
      throw new InvalidValue(
          "customer.status", "customer is " + current.status(), current.status());
    }
    return erase(company, current);
  }

  private Instant erase(CompanyId company, CustomerRecord current) {
    CustomerId id = current.id();
    if (CustomerKind.valueOf(current.kind()) != CustomerKind.INDIVIDUAL) {
      throw new InvalidValue(
          "customer.erase-not-individual",
          "only an individual's data can be erased",
          current.kind());
    }
    Instant now = now(company);
    CustomerStatus before = CustomerStatus.valueOf(current.status());
    var erased =
        new CustomerRecord(
            current.id(),
            current.companyId(),
            current.version(),
            current.code(),
            current.codeChanges(),
            current.kind(),
            current.roles(),
            CustomerStatus.ERASED.name(),
            ERASED_NAME,
            null,
            null,
            ERASED_NAME,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            current.countryCode(),
            null,
            null,
            null,
            false,
            current.paymentTerms(),
            current.paymentMethod(),
            current.creditLimit(),
            current.insolvencyStatus(),
            current.insolvencyJudgmentDate(),
            current.insolvencyPublicationDate(),
            current.salesRepId(),
            current.categories(),
            null,
            current.language(),
            null,
            current.blocked(),
            null,
            false,
            null,
            current.mergedIntoId(),
            now,
            current.lastActivityAt(),
            current.createdAt(),
            CustomerMapping.normalise(current.code()),
            List.of(),
            List.of());
    save(erased);
    history.record(
        company,
        CustomerManagement.ENTITY,
        id,
        ERASED,
        null,
        FieldChange.of("status", before, CustomerStatus.ERASED).map(List::of).orElse(List.of()));
    return now;
  }

  /**
   * The records merged into this one, directly or through a chain of merges, so that its timeline
   * also shows their history.
   */
  @Transactional(readOnly = true)
  public List<CustomerId> mergedInto(CompanyId company, CustomerId kept) {
    var found = new ArrayList<CustomerId>();
    var frontier = List.of(kept.value());
    while (!frontier.isEmpty() && found.size() < 500) {
      List<UUID> next =
          jdbc.sql(
                  "SELECT id FROM customer WHERE company_id = :company"
                      + " AND merged_into_id IN (:ids) ORDER BY created_at, id")
              .param("company", company.value())
              .param("ids", frontier)
              .query(UUID.class)
              .list();
      next.forEach(n -> found.add(new CustomerId(n)));
      frontier = next;
    }
    return List.copyOf(found);
  }

  private void save(CustomerRecord record) {
    try {
      customers.save(record);
    } catch (OptimisticLockingFailureException e) {
      throw new ConcurrentModification(CustomerManagement.ENTITY, record.id());
    }
  }

  private static void requireEditable(CustomerRecord record) {
    var status = CustomerStatus.valueOf(record.status());
    if (status == CustomerStatus.MERGED || status == CustomerStatus.ERASED) {
      throw new InvalidValue("customer.read-only", "customer is " + status, status.name());
    }
  }

  private Instant now(CompanyId company) {
    return clock.now(company);
  }
}
