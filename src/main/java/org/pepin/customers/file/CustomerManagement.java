package org.pepin.customers.file;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.pepin.customers.Contact;
import org.pepin.customers.CustomerDraft;
import org.pepin.customers.CustomerId;
import org.pepin.customers.CustomerStatus;
import org.pepin.customers.CustomerView;
import org.pepin.customers.Customers;
import org.pepin.customers.DeliveryAddress;
import org.pepin.customers.DuplicateCandidate;
import org.pepin.customers.Insolvency;
import org.pepin.customers.PossibleDuplicates;
import org.pepin.customers.spi.CustomerLinks;
import org.pepin.platform.AuditLog;
import org.pepin.platform.ChangeHistory;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.CompanyId;
import org.pepin.platform.ConcurrentModification;
import org.pepin.platform.FieldChange;
import org.pepin.platform.Members;
import org.pepin.platform.Numbering;
import org.pepin.platform.ResourceNotFound;
import org.pepin.shared.InvalidValue;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes, archives and deletes third parties. Every change is recorded in the record's
 * history (field by field, shown as its timeline); deletions, blocks and insolvency changes also go
 * to the audit log. Codes are unique per company: generated from the {@code CUSTOMER} numbering
 * series when not given, and editable once after creation.
 */
@Service
@Transactional
public class CustomerManagement implements Customers {

  /** The entity type of the customer's history and audit entries. */
  public static final String ENTITY = "customer";

  private final CustomerRepository customers;
  private final JdbcClient jdbc;
  private final Numbering numbering;
  private final CompanyClock clock;
  private final ChangeHistory history;
  private final AuditLog audit;
  private final Members members;
  private final ObjectProvider<CustomerLinks> links;

  CustomerManagement(
      CustomerRepository customers,
      JdbcClient jdbc,
      Numbering numbering,
      CompanyClock clock,
      ChangeHistory history,
      AuditLog audit,
      Members members,
      ObjectProvider<CustomerLinks> links) {
    this.customers = customers;
    this.jdbc = jdbc;
    this.numbering = numbering;
    this.clock = clock;
    this.history = history;
    this.audit = audit;
    this.members = members;
    this.links = links;
  }

  /**
   * Creates a third party.
   *
   * @param confirmDuplicates whether the user confirmed the creation despite look-alikes
   * @throws PossibleDuplicates if records look like it and the user has not confirmed
   * @throws InvalidValue {@code customer.code-taken}, {@code customer.sales-rep-unknown}
   */
  public CustomerId create(CompanyId company, CustomerDraft draft, boolean confirmDuplicates) {
    return create(company, draft, confirmDuplicates, null);
  }

  /** Creates a third party; {@code origin} is recorded in its history (an import run). */
  public CustomerId create(
      CompanyId company, CustomerDraft draft, boolean confirmDuplicates, @Nullable String origin) {
    checkSalesRep(company, draft);
    if (!confirmDuplicates) {
      var candidates = duplicates(company, draft, null);
      if (!candidates.isEmpty()) {
        throw new PossibleDuplicates(candidates);
      }
    }
    String code = draft.code() == null ? nextCode(company) : draft.code();
    if (customers.codeExists(company.value(), code)) {
      throw new InvalidValue("customer.code-taken", "code already used: " + code, code);
    }
    CustomerId id = CustomerId.random();
    var record =
        CustomerMapping.record(
            company, id, null, code, 0, draft, CustomerMapping.State.created(now(company)));
    customers.save(record);
    history.record(
        company,
        ENTITY,
        id,
        ChangeHistory.CREATED,
        origin,
        FieldChange.between(HistoryFields.empty(), historyFields(company, code, draft)));
    return id;
  }

  /**
   * Changes a third party as of the version the user edited. The code may change once.
   *
   * @throws ConcurrentModification if someone changed it since
   * @throws InvalidValue {@code customer.read-only} for a merged or erased record, {@code
   *     customer.code-locked}, {@code customer.code-taken}
   */
  public void update(CompanyId company, CustomerId id, int version, CustomerDraft draft) {
    update(company, id, version, draft, null);
  }

  /** Changes a third party; {@code origin} is recorded in its history (an import run). */
  public void update(
      CompanyId company, CustomerId id, int version, CustomerDraft draft, @Nullable String origin) {
    CustomerRecord current = load(company, id);
    requireEditable(current);
    if (current.version() != null && current.version() != version) {
      throw new ConcurrentModification(ENTITY, id);
    }
    checkSalesRep(company, draft);
    String code = draft.code() == null ? current.code() : draft.code();
    int codeChanges = current.codeChanges();
    if (!code.equals(current.code())) {
      if (codeChanges > 0) {
        throw new InvalidValue(
            "customer.code-locked", "the code was already changed once", current.code());
      }
      if (customers.codeExists(company.value(), code)) {
        throw new InvalidValue("customer.code-taken", "code already used: " + code, code);
      }
      codeChanges++;
    }
    CustomerDraft before = CustomerMapping.view(current).toDraft();
    var next =
        CustomerMapping.record(
            company,
            id,
            version,
            code,
            codeChanges,
            draft,
            CustomerMapping.State.of(current, now(company)));
    save(next);
    var changes =
        FieldChange.between(
            historyFields(company, current.code(), before), historyFields(company, code, draft));
    history.record(company, ENTITY, id, ChangeHistory.UPDATED, origin, changes);
    if (before.blocked() != draft.blocked()) {
      audit.record(
          company,
          draft.blocked() ? "customer.blocked" : "customer.unblocked",
          ENTITY,
          id,
          code + " " + draft.name(),
          draft.blockReason());
    }
  }

  /** Archives a third party: kept for its documents, hidden from pickers. */
  public void archive(CompanyId company, CustomerId id) {
    changeStatus(company, id, CustomerStatus.ACTIVE, CustomerStatus.ARCHIVED, "archived");
  }

  /** Brings an archived third party back. */
  public void restore(CompanyId company, CustomerId id) {
    changeStatus(company, id, CustomerStatus.ARCHIVED, CustomerStatus.ACTIVE, "restored");
  }

  /**
   * Deletes a third party that no document references.
   *
   * @throws InvalidValue {@code customer.has-documents} (archive it instead)
   */
  public void delete(CompanyId company, CustomerId id) {
    CustomerRecord current = load(company, id);
    var linked = linkedRecords(company, id);
    if (!linked.isEmpty()) {
      throw new InvalidValue(
          "customer.has-documents", "customer has " + linked.size() + " documents", linked.size());
    }
    customers.delete(current);
    audit.record(
        company, "customer.deleted", ENTITY, id, current.code() + " " + current.name(), null);
  }

  /** The records of downstream modules that reference the customer. */
  @Transactional(readOnly = true)
  public List<CustomerLinks.LinkedRecord> linkedRecords(CompanyId company, CustomerId id) {
    return links.orderedStream().flatMap(l -> l.linkedRecords(company, id).stream()).toList();
  }

  @Override
  public void recordInsolvency(CompanyId company, CustomerId id, Insolvency insolvency) {
    CustomerRecord current = load(company, id);
    requireEditable(current);
    var state = CustomerMapping.State.of(current, now(company));
    Insolvency before = state.insolvency();
    var view = CustomerMapping.view(current);
    save(
        CustomerMapping.record(
            company,
            id,
            current.version(),
            current.code(),
            current.codeChanges(),
            view.toDraft(),
            state.with(insolvency)));
    var changes = new ArrayList<FieldChange>();
    FieldChange.of("insolvencyStatus", before.status(), insolvency.status())
        .ifPresent(changes::add);
    FieldChange.of("insolvencyJudgmentDate", before.judgmentDate(), insolvency.judgmentDate())
        .ifPresent(changes::add);
    FieldChange.of(
            "insolvencyPublicationDate", before.publicationDate(), insolvency.publicationDate())
        .ifPresent(changes::add);
    history.record(company, ENTITY, id, changes);
    if (!changes.isEmpty()) {
      audit.record(
          company,
          "customer.insolvency",
          ENTITY,
          id,
          current.code() + " " + current.name(),
          FieldChange.describe(changes));
    }
  }

  @Override
  public void touch(CompanyId company, CustomerId id) {
    customers.touch(company.value(), id.value(), now(company));
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<CustomerView> find(CompanyId company, CustomerId id) {
    return customers.findIn(company.value(), id.value()).map(CustomerMapping::view);
  }

  @Override
  @Transactional(readOnly = true)
  public CustomerView get(CompanyId company, CustomerId id) {
    return CustomerMapping.view(load(company, id));
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<CustomerView> findByCode(CompanyId company, String code) {
    return customers.findByCode(company.value(), code.strip()).map(CustomerMapping::view);
  }

  /**
   * Existing active or archived records that look like the draft: same SIREN, same name and postal
   * code, or same e-mail (of the record or of a contact).
   *
   * @param exclude the record being edited, if any
   */
  @Transactional(readOnly = true)
  public List<DuplicateCandidate> duplicates(
      CompanyId company, CustomerDraft draft, @Nullable CustomerId exclude) {
    Map<CustomerId, DuplicateCandidate> found = new LinkedHashMap<>();
    String base =
        "SELECT c.id, c.code, c.name FROM customer c WHERE c.company_id = :company"
            + " AND c.status IN ('ACTIVE', 'ARCHIVED') AND c.id <> :exclude AND ";
    var excluded = exclude == null ? new java.util.UUID(0, 0) : exclude.value();
    if (draft.siren() != null) {
      collect(
          found,
          "siren",
          jdbc.sql(base + "c.siren = :siren")
              .param("company", company.value())
              .param("exclude", excluded)
              .param("siren", draft.siren().value()));
    }
    collect(
        found,
        "name",
        jdbc.sql(base + "LOWER(c.name) = :name AND c.postal_code = :postal")
            .param("company", company.value())
            .param("exclude", excluded)
            .param("name", draft.name().toLowerCase(java.util.Locale.ROOT))
            .param("postal", draft.billingAddress().postalCode()));
    var emails = new ArrayList<String>();
    if (draft.email() != null) {
      emails.add(draft.email().value().toLowerCase(java.util.Locale.ROOT));
    }
    for (Contact contact : draft.contacts()) {
      if (contact.email() != null) {
        emails.add(contact.email().value().toLowerCase(java.util.Locale.ROOT));
      }
    }
    if (!emails.isEmpty()) {
      collect(
          found,
          "email",
          jdbc.sql(
                  base
                      + "(LOWER(c.email) IN (:emails) OR EXISTS (SELECT 1 FROM customer_contact k"
                      + " WHERE k.customer_id = c.id AND k.company_id = c.company_id"
                      + " AND LOWER(k.email) IN (:emails)))")
              .param("company", company.value())
              .param("exclude", excluded)
              .param("emails", emails));
    }
    return List.copyOf(found.values());
  }

  private static void collect(
      Map<CustomerId, DuplicateCandidate> found, String reason, JdbcClient.StatementSpec query) {
    query
        .query(
            (rs, n) ->
                new DuplicateCandidate(
                    new CustomerId(rs.getObject("id", java.util.UUID.class)),
                    rs.getString("code"),
                    rs.getString("name"),
                    reason))
        .list()
        .forEach(c -> found.putIfAbsent(c.id(), c));
  }

  /** The next free code of the company's {@code CUSTOMER} series (C0001…). */
  String nextCode(CompanyId company) {
    while (true) {
      String code = numbering.next(company, CustomerCodes.KIND.key(), clock.today(company));
      if (!customers.codeExists(company.value(), code)) {
        return code;
      }
    }
  }

  private void changeStatus(
      CompanyId company, CustomerId id, CustomerStatus from, CustomerStatus to, String action) {
    CustomerRecord current = load(company, id);
    if (!CustomerStatus.valueOf(current.status()).equals(from)) {
      throw new InvalidValue(
          "customer.status", "customer is " + current.status(), current.status());
    }
    var state = CustomerMapping.State.of(current, now(company)).with(to);
    save(
        CustomerMapping.record(
            company,
            id,
            current.version(),
            current.code(),
            current.codeChanges(),
            CustomerMapping.view(current).toDraft(),
            state));
    history.record(
        company,
        ENTITY,
        id,
        action,
        null,
        FieldChange.of("status", from, to).map(List::of).orElse(List.of()));
  }

  private void checkSalesRep(CompanyId company, CustomerDraft draft) {
    if (draft.salesRep() != null && members.find(company, draft.salesRep()).isEmpty()) {
      throw new InvalidValue("customer.sales-rep-unknown", "not a member of the company");
    }
  }

  private void save(CustomerRecord record) {
    try {
      customers.save(record);
    } catch (OptimisticLockingFailureException e) {
      throw new ConcurrentModification(ENTITY, record.id());
    }
  }

  CustomerRecord load(CompanyId company, CustomerId id) {
    return customers
        .findIn(company.value(), id.value())
        .orElseThrow(() -> new ResourceNotFound(ENTITY, id));
  }

  private static void requireEditable(CustomerRecord record) {
    var status = CustomerStatus.valueOf(record.status());
    if (status == CustomerStatus.MERGED || status == CustomerStatus.ERASED) {
      throw new InvalidValue("customer.read-only", "customer is " + status, status.name());
    }
  }

  /** The fields of a draft as the history shows them, the sales rep by name. */
  HistoryFields historyFields(CompanyId company, String code, CustomerDraft draft) {
    String rep =
        draft.salesRep() == null
            ? null
            : members
                .find(company, draft.salesRep())
                .map(org.pepin.platform.Member::displayName)
                .orElse(draft.salesRep().toString());
    return HistoryFields.of(code, draft, rep);
  }

  private Instant now(CompanyId company) {
    return clock.now(company);
  }

  /**
   * The fields of a customer as its history shows them: the draft's fields, with contacts and
   * delivery addresses as one line each.
   */
  public record HistoryFields(
      @Nullable String code,
      @Nullable Object kind,
      @Nullable Object roles,
      @Nullable String name,
      @Nullable String legalForm,
      @Nullable Object siren,
      @Nullable Object siret,
      @Nullable Object vatNumber,
      @Nullable String nafCode,
      @Nullable Object billingAddress,
      @Nullable Object email,
      @Nullable String phone,
      @Nullable String publicServiceCode,
      @Nullable Boolean commitmentRequired,
      @Nullable String paymentTerms,
      @Nullable Object paymentMethod,
      @Nullable Object creditLimit,
      @Nullable Object salesRep,
      @Nullable Object categories,
      @Nullable Object tags,
      @Nullable String language,
      @Nullable String notes,
      @Nullable Boolean blocked,
      @Nullable String blockReason,
      @Nullable Boolean marketingConsent,
      @Nullable Object contacts,
      @Nullable Object deliveryAddresses) {

    static HistoryFields empty() {
      return new HistoryFields(
          null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
          null, null, null, null, null, null, null, null, null, null, null, null);
    }

    static HistoryFields of(String code, CustomerDraft d, @Nullable String salesRepName) {
      return new HistoryFields(
          code,
          d.kind(),
          d.roles(),
          d.name(),
          d.legalForm(),
          d.siren() == null ? null : d.siren().format(),
          d.siret() == null ? null : d.siret().format(),
          d.vatNumber(),
          d.nafCode(),
          d.billingAddress(),
          d.email(),
          d.phone(),
          d.publicServiceCode(),
          d.commitmentRequired() ? Boolean.TRUE : null,
          d.paymentTerms() == null ? null : d.paymentTerms().label(java.util.Locale.FRENCH),
          d.paymentMethod(),
          d.creditLimit(),
          salesRepName,
          d.categories(),
          d.tags(),
          d.language(),
          d.notes(),
          d.blocked() ? Boolean.TRUE : null,
          d.blockReason(),
          d.marketingConsent() ? Boolean.TRUE : null,
          d.contacts().stream().map(HistoryFields::line).toList(),
          d.deliveryAddresses().stream().map(HistoryFields::line).toList());
    }

    private static String line(Contact c) {
      return c.fullName()
          + (c.jobTitle() == null ? "" : " (" + c.jobTitle() + ")")
          + (c.email() == null ? "" : " <" + c.email() + ">")
          + (c.phone() == null ? "" : " " + c.phone());
    }

    private static String line(DeliveryAddress a) {
      return a.label() + " : " + String.join(", ", a.address().lines());
    }
  }
}
