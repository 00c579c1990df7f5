package org.pepin.customers.merge;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.pepin.customers.Contact;
import org.pepin.customers.CustomerDraft;
import org.pepin.customers.CustomerId;
import org.pepin.customers.CustomerMerged;
import org.pepin.customers.CustomerView;
import org.pepin.customers.DeliveryAddress;
import org.pepin.customers.PartyRole;
import org.pepin.customers.file.CustomerLifecycle;
import org.pepin.customers.file.CustomerManagement;
import org.pepin.customers.file.DraftCopy;
import org.pepin.platform.AuditLog;
import org.pepin.platform.ChangeHistory;
import org.pepin.platform.CompanyId;
import org.pepin.shared.InvalidValue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges a duplicate third party into the record kept (issue 5): the kept record receives the
 * duplicate's contacts, delivery addresses, categories, tags and roles that it does not already
 * have; the duplicate becomes {@code MERGED}, read-only, pointing to the kept record; both
 * histories record the merge and the kept record's timeline shows the duplicate's history too
 * ({@link #timeline}); the audit log records it; {@link CustomerMerged} tells downstream modules to
 * move their drafts and open links. Documents already issued keep their own customer snapshot.
 */
@Service
@Transactional
public class CustomerMerge {

  /** Audit action of a merge. */
  public static final String AUDIT_ACTION = "customer.merged";

  private final CustomerManagement customers;
  private final CustomerLifecycle lifecycle;
  private final ChangeHistory history;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;

  CustomerMerge(
      CustomerManagement customers,
      CustomerLifecycle lifecycle,
      ChangeHistory history,
      AuditLog audit,
      ApplicationEventPublisher events) {
    this.customers = customers;
    this.lifecycle = lifecycle;
    this.history = history;
    this.audit = audit;
    this.events = events;
  }

  /**
   * Merges {@code merged} into {@code kept}.
   *
   * @throws org.pepin.platform.ResourceNotFound if either is not a record of the company
   * @throws InvalidValue {@code customer.merge-same}, {@code customer.merge-kind} (a business and
   *     an individual are not duplicates), {@code customer.read-only} (merged or erased already),
   *     {@code customer.too-many}
   */
  public MergeResult merge(CompanyId company, CustomerId merged, CustomerId kept) {
    CustomerView from = customers.get(company, merged);
    CustomerView into = customers.get(company, kept);
    if (from.id().equals(into.id())) {
      throw new InvalidValue("customer.merge-same", "a record cannot be merged into itself");
    }
    for (CustomerView view : List.of(from, into)) {
      if (!view.isEditable()) {
        throw new InvalidValue(
            "customer.read-only", "customer is " + view.status(), view.status().name());
      }
    }
    if (from.kind() != into.kind()) {
      throw new InvalidValue(
          "customer.merge-kind", "different kinds", from.kind().name(), into.kind().name());
    }
    List<Contact> contacts = new ArrayList<>(into.contacts());
    List<Contact> addedContacts = new ArrayList<>();
    for (Contact contact : from.contacts()) {
      if (contacts.stream().noneMatch(c -> sameContact(c, contact))) {
        contacts.add(contact);
        addedContacts.add(contact);
      }
    }
    List<DeliveryAddress> addresses = new ArrayList<>(into.deliveryAddresses());
    List<DeliveryAddress> addedAddresses = new ArrayList<>();
    for (DeliveryAddress address : from.deliveryAddresses()) {
      if (addresses.stream().noneMatch(a -> sameAddress(a, address))) {
        addresses.add(address);
        addedAddresses.add(address);
      }
    }
    var categories = new LinkedHashSet<>(into.categories());
    categories.addAll(from.categories());
    var tags = new LinkedHashSet<>(into.tags());
    tags.addAll(from.tags());
    var roles = EnumSet.noneOf(PartyRole.class);
    roles.addAll(into.roles());
    roles.addAll(from.roles());
    CustomerDraft draft =
        DraftCopy.of(into.toDraft())
            .contacts(contacts)
            .deliveryAddresses(addresses)
            .categories(categories)
            .tags(tags)
            .roles(roles)
            .build();
    lifecycle.receiveMerged(company, kept, into.version(), draft, from);
    lifecycle.markMerged(company, merged, into);
    audit.record(
        company,
        AUDIT_ACTION,
        CustomerManagement.ENTITY,
        merged,
        from.code() + " " + from.name() + " → " + into.code() + " " + into.name(),
        null);
    events.publishEvent(new CustomerMerged(company, merged, kept));
    return new MergeResult(
        kept,
        into.code(),
        merged,
        from.code(),
        addedContacts.stream().map(Contact::fullName).toList(),
        addedAddresses.stream().map(DeliveryAddress::label).toList());
  }

  /**
   * The timeline of a record: its own history and that of every record merged into it, newest first
   * — what the customer page and the API show.
   */
  @Transactional(readOnly = true)
  public ChangeHistory.History timeline(CompanyId company, CustomerId id, int limit) {
    customers.get(company, id);
    return history.of(
        company, CustomerManagement.ENTITY, id, lifecycle.mergedInto(company, id), limit);
  }

  /** The records merged into this one (directly or through a chain of merges). */
  @Transactional(readOnly = true)
  public List<CustomerView> mergedRecords(CompanyId company, CustomerId id) {
    return lifecycle.mergedInto(company, id).stream()
        .map(m -> customers.find(company, m))
        .flatMap(java.util.Optional::stream)
        .toList();
  }

  private static boolean sameContact(Contact a, Contact b) {
    if (a.email() != null && b.email() != null) {
      return a.email().value().equalsIgnoreCase(b.email().value());
    }
    return a.fullName().toLowerCase(Locale.ROOT).equals(b.fullName().toLowerCase(Locale.ROOT));
  }

  private static boolean sameAddress(DeliveryAddress a, DeliveryAddress b) {
    return a.label().equalsIgnoreCase(b.label()) || Objects.equals(a.address(), b.address());
  }

  /**
   * What a merge did.
   *
   * @param contactsAdded the names of the contacts the kept record received
   * @param addressesAdded the labels of the delivery addresses it received
   */
  public record MergeResult(
      CustomerId kept,
      String keptCode,
      CustomerId merged,
      String mergedCode,
      List<String> contactsAdded,
      List<String> addressesAdded) {}
}
