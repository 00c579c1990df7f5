package org.pepin.customers.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.pepin.customers.Contact;
import org.pepin.customers.CustomerFilter;
import org.pepin.customers.CustomerId;
import org.pepin.customers.CustomerView;
import org.pepin.customers.DeliveryAddress;
import org.pepin.customers.file.CustomerManagement;
import org.pepin.customers.file.CustomerSearch;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.CompanyId;
import org.pepin.platform.ExportFormat;
import org.pepin.platform.ExportTable;
import org.pepin.platform.Exports;
import org.pepin.platform.Member;
import org.pepin.platform.Members;
import org.pepin.platform.UserId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * CSV and XLSX exports of the customer list (every page of what the list shows with its filters),
 * of the contacts and of the delivery sites of the customers it shows. Their column headers are the
 * labels the {@link CustomerImporter customers}, {@link ContactImporter customer-contacts} and
 * {@link DeliveryAddressImporter customer-addresses} importers recognise, and their values are
 * written the way those importers read them (identifiers grouped by spaces so that a spreadsheet
 * keeps them as text, payment terms as their wording or code, the sales rep by name), so that an
 * exported file imports back, into the same company or another one.
 */
@Component
@Transactional(readOnly = true)
public class CustomerExports {

  private final CustomerSearch search;
  private final CustomerManagement customers;
  private final Members members;
  private final Exports exports;
  private final CompanyClock clock;

  CustomerExports(
      CustomerSearch search,
      CustomerManagement customers,
      Members members,
      Exports exports,
      CompanyClock clock) {
    this.search = search;
    this.customers = customers;
    this.members = members;
    this.exports = exports;
    this.clock = clock;
  }

  /** What an export holds: the customers or their contacts. */
  public enum Content {
    CUSTOMERS,
    CONTACTS,
    ADDRESSES;

    /**
     * The content an export route serves: {@code …/contacts/export}, {@code …/addresses/export}.
     */
    public static Content of(String path) {
      if (path.endsWith("/contacts/export")) {
        return CONTACTS;
      }
      return path.endsWith("/addresses/export") ? ADDRESSES : CUSTOMERS;
    }
  }

  /** The download name, e.g. {@code clients-2026-11-29.csv}. */
  public String fileName(CompanyId company, Content content, ExportFormat format, Locale locale) {
    ExportTable<?> table =
        switch (content) {
          case CUSTOMERS -> ExportTable.titled(CUSTOMERS_TITLE);
          case CONTACTS -> CONTACTS;
          case ADDRESSES -> ADDRESSES;
        };
    return exports.fileName(table, format, locale, clock.today(company));
  }

  /**
   * Writes the customers of the list (or their contacts) in the list's order.
   *
   * @param sort a sortable field of {@link CustomerSearch#SORTS}
   */
  public void write(
      CompanyId company,
      CustomerFilter filter,
      String sort,
      boolean ascending,
      Content content,
      ExportFormat format,
      Locale locale,
      OutputStream out)
      throws IOException {
    var ids = new ArrayList<CustomerId>();
    search.forEach(company, filter, sort, ascending, row -> ids.add(row.id()));
    Consumer<Consumer<CustomerView>> views =
        sink -> ids.forEach(id -> customers.find(company, id).ifPresent(sink));
    switch (content) {
      case CUSTOMERS -> exports.write(customerTable(company, locale), format, locale, out, views);
      case CONTACTS ->
          exports.write(
              CONTACTS,
              format,
              locale,
              out,
              sink ->
                  views.accept(
                      view -> view.contacts().forEach(c -> sink.accept(new ContactRow(view, c)))));
      case ADDRESSES ->
          exports.write(
              ADDRESSES,
              format,
              locale,
              out,
              sink ->
                  views.accept(
                      view ->
                          view.deliveryAddresses()
                              .forEach(a -> sink.accept(new AddressRow(view, a)))));
    }
  }

  static final String CUSTOMERS_TITLE = "customer.transfer.title";
  static final String CONTACTS_TITLE = "customer.transfer.contacts.title";
  static final String ADDRESSES_TITLE = "customer.transfer.addresses.title";

  /** The customer columns, headers as the importer's field labels, in the importer's order. */
  ExportTable<CustomerView> customerTable(CompanyId company, Locale locale) {
    Map<UserId, String> reps = new HashMap<>();
    for (Member member : members.of(company)) {
      reps.put(member.id(), member.displayName());
    }
    return ExportTable.<CustomerView>titled(CUSTOMERS_TITLE)
        .text("customer.code", CustomerView::code)
        .label("customer.kind", "customerKind.", CustomerView::kind)
        .label("customer.roles", "partyRole.", CustomerView::roles)
        .text("customer.name", CustomerView::name)
        .text("customer.civility", CustomerView::civility)
        .text("customer.firstName", CustomerView::firstName)
        .text("customer.lastName", CustomerView::lastName)
        .text("customer.legalForm", CustomerView::legalForm)
        .text("customer.siren", v -> v.siren() == null ? null : v.siren().format())
        .text("customer.siret", v -> v.siret() == null ? null : v.siret().format())
        .text("customer.vatNumber", v -> v.vatNumber() == null ? null : v.vatNumber().value())
        .text("customer.nafCode", CustomerView::nafCode)
        .text("address.line1", v -> v.billingAddress() == null ? null : v.billingAddress().line1())
        .text("address.line2", v -> v.billingAddress() == null ? null : v.billingAddress().line2())
        .text(
            "address.postalCode",
            v -> v.billingAddress() == null ? null : v.billingAddress().postalCode())
        .text("address.city", v -> v.billingAddress() == null ? null : v.billingAddress().city())
        .text(
            "address.country",
            v -> v.billingAddress() == null ? null : v.billingAddress().countryCode())
        .text("customer.email", v -> v.email() == null ? null : v.email().value())
        .text("customer.phone", CustomerView::phone)
        .text("customer.publicServiceCode", CustomerView::publicServiceCode)
        .bool("customer.commitmentRequired", CustomerView::commitmentRequired)
        .text(
            "customer.paymentTerms",
            v -> v.paymentTerms() == null ? null : TermsText.text(v.paymentTerms(), locale))
        .label("customer.paymentMethod", "paymentMethod.", CustomerView::paymentMethod)
        .decimal(
            "customer.creditLimit", v -> v.creditLimit() == null ? null : v.creditLimit().amount())
        .text("customer.salesRep", v -> rep(company, reps, v.salesRep()))
        .text("customer.categories", v -> labels(v.categories()))
        .text("customer.tags", v -> labels(v.tags()))
        .text("customer.language", CustomerView::language)
        .text("customer.notes", CustomerView::notes)
        .bool("customer.blocked", CustomerView::blocked)
        .text("customer.blockReason", CustomerView::blockReason)
        .bool("customer.marketingConsent", CustomerView::marketingConsent)
        .label("customer.status", "customerStatus.", CustomerView::status)
        .label("customer.insolvencyStatus", "insolvencyStatus.", v -> v.insolvency().status())
        .dateTime("customer.createdAt", CustomerView::createdAt)
        .dateTime("customer.lastActivityAt", CustomerView::lastActivityAt);
  }

  private @Nullable String rep(CompanyId company, Map<UserId, String> reps, @Nullable UserId id) {
    if (id == null) {
      return null;
    }
    return reps.computeIfAbsent(
        id, u -> members.find(company, u).map(Member::displayName).orElse(null));
  }

  private static @Nullable String labels(java.util.Set<String> labels) {
    return labels.isEmpty() ? null : String.join(", ", labels);
  }

  /** One contact of a customer, a line of the contacts export. */
  record ContactRow(CustomerView customer, Contact contact) {}

  static final ExportTable<ContactRow> CONTACTS =
      ExportTable.<ContactRow>titled(CONTACTS_TITLE)
          .text("customer.transfer.customerCode", r -> r.customer().code())
          .text("customer.transfer.customerName", r -> r.customer().name())
          .text("customer.transfer.contact.civility", r -> r.contact().civility())
          .text("customer.transfer.contact.firstName", r -> r.contact().firstName())
          .text("customer.transfer.contact.lastName", r -> r.contact().lastName())
          .text("customer.transfer.contact.jobTitle", r -> r.contact().jobTitle())
          .text(
              "customer.transfer.contact.email",
              r -> r.contact().email() == null ? null : r.contact().email().value())
          .text("customer.transfer.contact.phone", r -> r.contact().phone())
          .text("customer.transfer.contact.mobile", r -> r.contact().mobile())
          .label(
              "customer.transfer.contact.preferredChannel",
              "contactChannel.",
              r -> r.contact().preferredChannel())
          .bool("customer.transfer.contact.receivesInvoices", r -> r.contact().receivesInvoices())
          .bool(
              "customer.transfer.contact.receivesReminders", r -> r.contact().receivesReminders());

  /** One delivery site of a customer, a line of the sites export. */
  record AddressRow(CustomerView customer, DeliveryAddress site) {}

  static final ExportTable<AddressRow> ADDRESSES =
      ExportTable.<AddressRow>titled(ADDRESSES_TITLE)
          .text("customer.transfer.customerCode", r -> r.customer().code())
          .text("customer.transfer.customerName", r -> r.customer().name())
          .text("customer.transfer.address.label", r -> r.site().label())
          .text("address.line1", r -> r.site().address().line1())
          .text("address.line2", r -> r.site().address().line2())
          .text("address.postalCode", r -> r.site().address().postalCode())
          .text("address.city", r -> r.site().address().city())
          .text("address.country", r -> r.site().address().countryCode())
          .text(
              "customer.transfer.address.siret",
              r -> r.site().siret() == null ? null : r.site().siret().format())
          .text("customer.transfer.address.accessNotes", r -> r.site().accessNotes());
}
