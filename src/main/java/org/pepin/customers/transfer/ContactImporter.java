package org.pepin.customers.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.pepin.customers.Contact;
import org.pepin.customers.ContactChannel;
import org.pepin.customers.CustomerDraft;
import org.pepin.customers.CustomerView;
import org.pepin.customers.DeliveryAddress;
import org.pepin.customers.file.CustomerManagement;
import org.pepin.platform.CompanyId;
import org.pepin.platform.ImportContext;
import org.pepin.platform.ImportField;
import org.pepin.platform.ImportLine;
import org.pepin.platform.ImportOutcome;
import org.pepin.platform.Importer;
import org.pepin.platform.Role;
import org.pepin.shared.EmailAddress;
import org.pepin.shared.InvalidValue;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Imports the contacts of existing third parties ({@code POST /api/v1/imports/customer-contacts}),
 * one contact a line, with the columns of the contacts export. Key: the customer's code, the
 * contact's last name and first name (case ignored): a contact of that customer with the same name
 * is updated or left unchanged, any other is added to the customer's contacts (50 at most). A code
 * that no third party of the company has rejects the line: import the customers first. Each change
 * is an update of the customer, in its history with the run as origin.
 */
@Component
@Order(21)
class ContactImporter implements Importer {

  static final ImportField<String> CUSTOMER =
      ImportField.text("customerCode", "customer.transfer.customerCode")
          .required()
          .synonyms("code du client", "code tiers");
  static final ImportField<String> CIVILITY =
      ImportField.text("civility", "customer.transfer.contact.civility").synonyms("titre");
  static final ImportField<String> FIRST_NAME =
      ImportField.text("firstName", "customer.transfer.contact.firstName").synonyms("first name");
  static final ImportField<String> LAST_NAME =
      ImportField.text("lastName", "customer.transfer.contact.lastName")
          .required()
          .synonyms("nom de famille", "last name", "surname", "nom");
  static final ImportField<String> JOB_TITLE =
      ImportField.text("jobTitle", "customer.transfer.contact.jobTitle")
          .synonyms("poste", "rôle", "job title");
  static final ImportField<EmailAddress> EMAIL =
      ImportField.value("email", "customer.transfer.contact.email", EmailAddress::new)
          .synonyms("e-mail", "mail", "courriel", "adresse e-mail");
  static final ImportField<String> PHONE =
      ImportField.text("phone", "customer.transfer.contact.phone")
          .synonyms("tél", "tel", "téléphone fixe", "phone");
  static final ImportField<String> MOBILE =
      ImportField.text("mobile", "customer.transfer.contact.mobile")
          .synonyms("portable", "téléphone mobile", "mobile phone");
  static final ImportField<ContactChannel> CHANNEL =
      ImportField.enumeration(
              "preferredChannel",
              "customer.transfer.contact.preferredChannel",
              ContactChannel.class,
              "contactChannel.")
          .synonyms("canal", "préférence de contact");
  static final ImportField<Boolean> INVOICES =
      ImportField.bool("receivesInvoices", "customer.transfer.contact.receivesInvoices")
          .synonyms("factures", "destinataire des factures");
  static final ImportField<Boolean> REMINDERS =
      ImportField.bool("receivesReminders", "customer.transfer.contact.receivesReminders")
          .synonyms("relances", "destinataire des relances");

  private static final List<ImportField<?>> FIELDS =
      List.of(
          CUSTOMER,
          CIVILITY,
          FIRST_NAME,
          LAST_NAME,
          JOB_TITLE,
          EMAIL,
          PHONE,
          MOBILE,
          CHANNEL,
          INVOICES,
          REMINDERS);

  private final CustomerManagement customers;

  ContactImporter(CustomerManagement customers) {
    this.customers = customers;
  }

  @Override
  public String type() {
    return "customer-contacts";
  }

  @Override
  public String labelKey() {
    return "import.type.customer-contacts";
  }

  @Override
  public Set<Role> roles() {
    return Set.of(Role.ADMIN, Role.MANAGER, Role.SALES, Role.ACCOUNTING);
  }

  @Override
  public List<ImportField<?>> fields() {
    return FIELDS;
  }

  @Override
  public List<ImportField<?>> key() {
    return List.of(CUSTOMER, LAST_NAME, FIRST_NAME);
  }

  @Override
  public ImportOutcome check(ImportContext context, ImportLine line) {
    return run(context, line, false);
  }

  @Override
  public ImportOutcome apply(ImportContext context, ImportLine line) {
    return run(context, line, true);
  }

  private ImportOutcome run(ImportContext context, ImportLine line, boolean write) {
    CompanyId company = context.company();
    CustomerView customer = customer(customers, company, line.get(CUSTOMER));
    List<Contact> contacts = new ArrayList<>(customer.contacts());
    int index = indexOf(contacts, line.get(FIRST_NAME), line.get(LAST_NAME));
    Contact current = index < 0 ? null : contacts.get(index);
    Contact contact = contact(line, current);
    if (contact.equals(current)) {
      return ImportOutcome.UNCHANGED;
    }
    if (index < 0) {
      contacts.add(contact);
    } else {
      contacts.set(index, contact);
    }
    CustomerDraft draft = with(customer.toDraft(), contacts, customer.deliveryAddresses());
    if (write) {
      customers.update(company, customer.id(), customer.version(), draft, context.origin());
    }
    return index < 0 ? ImportOutcome.CREATED : ImportOutcome.UPDATED;
  }

  @Override
  public @Nullable ImportField<?> fieldOf(InvalidValue rule) {
    return switch (rule.code()) {
      case "customer.import.unknown-customer", "customer.read-only", "customer.too-many" ->
          CUSTOMER;
      case "customer.contact.name-required" -> LAST_NAME;
      case "customer.contact.email-required" -> EMAIL;
      case "phone.format" -> PHONE;
      case "customer.text-too-long" ->
          FIELDS.stream()
              .filter(f -> rule.args().length > 0 && f.name().equals(rule.args()[0]))
              .findFirst()
              .orElse(null);
      default -> null;
    };
  }

  private static int indexOf(
      List<Contact> contacts, @Nullable String firstName, @Nullable String lastName) {
    for (int i = 0; i < contacts.size(); i++) {
      Contact c = contacts.get(i);
      if (same(c.lastName(), lastName) && same(c.firstName(), firstName)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean same(@Nullable String a, @Nullable String b) {
    return Objects.equals(
        a == null || a.isBlank() ? null : CustomerImporter.normalise(a),
        b == null || b.isBlank() ? null : CustomerImporter.normalise(b));
  }

  /** The contact of a line; columns missing from the file keep the current contact's values. */
  private static Contact contact(ImportLine line, @Nullable Contact current) {
    EmailAddress email =
        CustomerImporter.pick(line, EMAIL, current == null ? null : current.email());
    ContactChannel channel =
        CustomerImporter.pick(line, CHANNEL, current == null ? null : current.preferredChannel());
    if (channel == null) {
      channel = email != null ? ContactChannel.EMAIL : ContactChannel.PHONE;
    }
    return new Contact(
        CustomerImporter.pick(line, CIVILITY, current == null ? null : current.civility()),
        CustomerImporter.pick(line, FIRST_NAME, current == null ? null : current.firstName()),
        CustomerImporter.pick(line, LAST_NAME, current == null ? null : current.lastName()),
        CustomerImporter.pick(line, JOB_TITLE, current == null ? null : current.jobTitle()),
        email,
        CustomerImporter.pick(line, PHONE, current == null ? null : current.phone()),
        CustomerImporter.pick(line, MOBILE, current == null ? null : current.mobile()),
        channel,
        CustomerImporter.bool(line, INVOICES, current != null && current.receivesInvoices()),
        CustomerImporter.bool(line, REMINDERS, current != null && current.receivesReminders()));
  }

  /**
   * The editable third party with the code of a line.
   *
   * @throws InvalidValue {@code customer.import.unknown-customer}, {@code customer.read-only}
   */
  static CustomerView customer(
      CustomerManagement customers, CompanyId company, @Nullable String text) {
    String code = CustomerImporter.normalisedCode(text);
    CustomerView customer =
        customers
            .findByCode(company, code)
            .orElseThrow(
                () ->
                    new InvalidValue(
                        "customer.import.unknown-customer", "no customer " + code, code));
    if (!customer.isEditable()) {
      throw new InvalidValue(
          "customer.read-only", "customer " + code + " is read only", customer.status());
    }
    return customer;
  }

  /** The same draft with other contacts and delivery sites. */
  static CustomerDraft with(
      CustomerDraft d, List<Contact> contacts, List<DeliveryAddress> deliveryAddresses) {
    return new CustomerDraft(
        d.code(),
        d.kind(),
        d.roles(),
        d.name(),
        d.civility(),
        d.firstName(),
        d.lastName(),
        d.legalForm(),
        d.siren(),
        d.siret(),
        d.vatNumber(),
        d.nafCode(),
        d.billingAddress(),
        d.email(),
        d.phone(),
        d.publicServiceCode(),
        d.commitmentRequired(),
        d.paymentTerms(),
        d.paymentMethod(),
        d.creditLimit(),
        d.salesRep(),
        d.categories(),
        d.tags(),
        d.language(),
        d.notes(),
        d.blocked(),
        d.blockReason(),
        d.marketingConsent(),
        contacts,
        deliveryAddresses);
  }
}
