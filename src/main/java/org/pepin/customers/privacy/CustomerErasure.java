package org.pepin.customers.privacy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.pepin.customers.CustomerErased;
import org.pepin.customers.CustomerId;
import org.pepin.customers.CustomerKind;
import org.pepin.customers.CustomerView;
import org.pepin.customers.file.CustomerLifecycle;
import org.pepin.customers.file.CustomerManagement;
import org.pepin.customers.merge.CustomerMerge;
import org.pepin.customers.spi.CustomerLinks.LinkedRecord;
import org.pepin.platform.AuditLog;
import org.pepin.platform.ChangeHistory;
import org.pepin.platform.CompanyId;
import org.pepin.shared.InvalidValue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The erasure of an individual's personal data on request (GDPR art. 17, right to erasure;
 * france-compliance §9.1 and R-GDPR-03).
 *
 * <p>Only individuals are natural persons whose record can be erased: a business or a public body
 * is refused ({@code customer.erase-not-individual}); the people working there are contacts,
 * removed by editing the record. The record is anonymised in place (names, e-mail, phone,
 * addresses, notes, tags, consent, contacts, delivery addresses) together with the records merged
 * into it, and the personal values of its history are replaced; its code, kind, payment terms and
 * dates stay, since issued documents reference it. Art. 17(3)(b) keeps what a legal obligation
 * requires: issued invoices, credit notes, payments and accounting entries stay intact for 10 years
 * (C. com. L123-22) with the customer snapshot they hold; the report lists what was kept and why
 * ({@link ErasureReport}). {@link CustomerErased} lets other modules anonymise what they hold
 * outside legal retention (drafts, notes, message logs). The audit log records the erasure without
 * the person's name.
 */
@Service
@Transactional
public class CustomerErasure {

  /** Audit action of an erasure. */
  public static final String AUDIT_ACTION = "customer.erased";

  /** Fields of a customer's history whose values are personal data. */
  static final Set<String> PERSONAL_FIELDS =
      Set.of(
          "name",
          "civility",
          "firstName",
          "lastName",
          "billingAddress",
          "email",
          "phone",
          "notes",
          "blockReason",
          "tags",
          "contacts",
          "deliveryAddresses",
          "mergedFrom",
          "mergedInto");

  /** What the erasure removes, as message keys of the customer's fields. */
  static final List<String> ERASED_FIELDS =
      List.of(
          "customer.name",
          "customer.billingAddress",
          "customer.email",
          "customer.phone",
          "customer.notes",
          "customer.tags",
          "customer.blockReason",
          "customer.marketingConsent",
          "customer.contacts",
          "customer.deliveryAddresses");

  private final CustomerManagement customers;
  private final CustomerLifecycle lifecycle;
  private final CustomerMerge merge;
  private final ChangeHistory history;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final MessageSource messages;

  CustomerErasure(
      CustomerManagement customers,
      CustomerLifecycle lifecycle,
      CustomerMerge merge,
      ChangeHistory history,
      AuditLog audit,
      ApplicationEventPublisher events,
      MessageSource messages) {
    this.customers = customers;
    this.lifecycle = lifecycle;
    this.merge = merge;
    this.history = history;
    this.audit = audit;
    this.events = events;
    this.messages = messages;
  }

  /**
   * Erases the individual's personal data.
   *
   * @param locale the language of the report
   * @throws org.pepin.platform.ResourceNotFound unless it belongs to the company
   * @throws InvalidValue {@code customer.erase-not-individual}, {@code customer.read-only} (already
   *     erased, or merged: erase the record kept)
   */
  public ErasureReport erase(CompanyId company, CustomerId id, Locale locale) {
    CustomerView person = customers.get(company, id);
    if (person.kind() != CustomerKind.INDIVIDUAL) {
      throw new InvalidValue(
          "customer.erase-not-individual",
          "only an individual's data can be erased",
          person.kind().name());
    }
    if (!person.isEditable()) {
      throw new InvalidValue(
          "customer.read-only", "customer is " + person.status(), person.status().name());
    }
    List<CustomerView> merged = merge.mergedRecords(company, id);
    List<LinkedRecord> linked = new ArrayList<>(customers.linkedRecords(company, id));
    for (CustomerView m : merged) {
      linked.addAll(customers.linkedRecords(company, m.id()));
    }
    Instant erasedAt = lifecycle.erase(company, id);
    int values = history.erase(company, CustomerManagement.ENTITY, id, PERSONAL_FIELDS);
    for (CustomerView m : merged) {
      lifecycle.eraseMerged(company, m.id());
      values += history.erase(company, CustomerManagement.ENTITY, m.id(), PERSONAL_FIELDS);
    }
    audit.record(
        company,
        AUDIT_ACTION,
        CustomerManagement.ENTITY,
        id,
        person.code(),
        "merged records: "
            + merged.size()
            + "\nhistory values erased: "
            + values
            + "\nlegally retained records: "
            + linked.stream().filter(LinkedRecord::legallyRetained).count());
    events.publishEvent(new CustomerErased(company, id));
    merged.forEach(m -> events.publishEvent(new CustomerErased(company, m.id())));

    var kept = new ArrayList<ErasureReport.Kept>();
    kept.add(
        new ErasureReport.Kept(
            message("privacy.kept.record", locale, person.code()),
            message("privacy.reason.record", locale)));
    for (LinkedRecord record : linked) {
      if (record.legallyRetained()) {
        kept.add(
            new ErasureReport.Kept(
                message(record.type(), locale) + " " + record.reference(),
                message("privacy.reason.accounting", locale)));
      }
    }
    kept.add(
        new ErasureReport.Kept(
            message("privacy.kept.history", locale), message("privacy.reason.history", locale)));
    kept.add(
        new ErasureReport.Kept(
            message("privacy.kept.audit", locale), message("privacy.reason.audit", locale)));
    var erased = new ArrayList<String>();
    ERASED_FIELDS.forEach(f -> erased.add(message(f, locale)));
    merged.forEach(m -> erased.add(message("privacy.erased.merged", locale, m.code())));
    linked.stream()
        .filter(r -> !r.legallyRetained())
        .forEach(
            r ->
                erased.add(
                    message(
                        "privacy.erased.linked",
                        locale,
                        message(r.type(), locale),
                        r.reference())));
    return new ErasureReport(id, person.code(), erasedAt, List.copyOf(erased), List.copyOf(kept));
  }

  private String message(String key, Locale locale, Object... args) {
    String text = messages.getMessage(key, args, null, locale);
    return text == null ? key : text;
  }
}
