package org.pepin.customers.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
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
import org.pepin.shared.InvalidValue;
import org.pepin.shared.PostalAddress;
import org.pepin.shared.Siret;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Imports the delivery sites of existing third parties ({@code POST
 * /api/v1/imports/customer-addresses}), one site a line, with the columns of the sites export. Key:
 * the customer's code and the site's name (case and accents ignored): a site of that customer with
 * the same name is updated or left unchanged, any other is added (50 at most). A code that no third
 * party of the company has rejects the line: import the customers first.
 */
@Component
@Order(22)
class DeliveryAddressImporter implements Importer {

  static final ImportField<String> CUSTOMER =
      ImportField.text("customerCode", "customer.transfer.customerCode")
          .required()
          .synonyms("code du client", "code tiers");
  static final ImportField<String> LABEL =
      ImportField.text("label", "customer.transfer.address.label")
          .required()
          .synonyms("site", "chantier", "nom du site", "adresse de livraison", "delivery site");
  static final ImportField<String> LINE1 =
      ImportField.text("addressLine1", "address.line1").synonyms("adresse 1", "rue", "street");
  static final ImportField<String> LINE2 =
      ImportField.text("addressLine2", "address.line2").synonyms("adresse 2", "complément");
  static final ImportField<String> POSTAL_CODE =
      ImportField.text("postalCode", "address.postalCode").synonyms("cp", "code postal", "zip");
  static final ImportField<String> CITY =
      ImportField.text("city", "address.city").synonyms("commune", "localité");
  static final ImportField<String> COUNTRY =
      ImportField.text("countryCode", "address.country").synonyms("pays", "code pays", "country");
  static final ImportField<Siret> SIRET =
      ImportField.value("siret", "customer.transfer.address.siret", Siret::parse).synonyms("siret");
  static final ImportField<String> NOTES =
      ImportField.text("accessNotes", "customer.transfer.address.accessNotes")
          .synonyms("accès", "consignes", "instructions de livraison", "access notes");

  private static final List<ImportField<?>> FIELDS =
      List.of(CUSTOMER, LABEL, LINE1, LINE2, POSTAL_CODE, CITY, COUNTRY, SIRET, NOTES);

  private final CustomerManagement customers;

  DeliveryAddressImporter(CustomerManagement customers) {
    this.customers = customers;
  }

  @Override
  public String type() {
    return "customer-addresses";
  }

  @Override
  public String labelKey() {
    return "import.type.customer-addresses";
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
    return List.of(CUSTOMER, LABEL);
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
    CustomerView customer = ContactImporter.customer(customers, company, line.get(CUSTOMER));
    List<DeliveryAddress> sites = new ArrayList<>(customer.deliveryAddresses());
    String label = line.get(LABEL);
    int index = -1;
    for (int i = 0; i < sites.size(); i++) {
      if (label != null
          && CustomerImporter.normalise(sites.get(i).label())
              .equals(CustomerImporter.normalise(label))) {
        index = i;
        break;
      }
    }
    DeliveryAddress current = index < 0 ? null : sites.get(index);
    DeliveryAddress site = site(line, current);
    if (site.equals(current)) {
      return ImportOutcome.UNCHANGED;
    }
    if (index < 0) {
      sites.add(site);
    } else {
      sites.set(index, site);
    }
    CustomerDraft draft = ContactImporter.with(customer.toDraft(), customer.contacts(), sites);
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
      case "customer.address.label-required" -> LABEL;
      case "postal-address.postal-code" -> POSTAL_CODE;
      case "postal-address.country" -> COUNTRY;
      case "postal-address.required" ->
          switch (rule.args().length > 0 ? String.valueOf(rule.args()[0]) : "") {
            case "postalCode" -> POSTAL_CODE;
            case "city" -> CITY;
            case "countryCode" -> COUNTRY;
            default -> LINE1;
          };
      case "customer.text-too-long" ->
          switch (rule.args().length > 0 ? String.valueOf(rule.args()[0]) : "") {
            case "label" -> LABEL;
            case "accessNotes" -> NOTES;
            case "address.line2" -> LINE2;
            case "address.postalCode" -> POSTAL_CODE;
            case "address.city" -> CITY;
            default -> LINE1;
          };
      default -> null;
    };
  }

  /** The site of a line; columns missing from the file keep the current site's values. */
  private static DeliveryAddress site(ImportLine line, @Nullable DeliveryAddress current) {
    PostalAddress a = current == null ? null : current.address();
    String line1 = CustomerImporter.pick(line, LINE1, a == null ? null : a.line1());
    String postalCode = CustomerImporter.pick(line, POSTAL_CODE, a == null ? null : a.postalCode());
    String city = CustomerImporter.pick(line, CITY, a == null ? null : a.city());
    String country = CustomerImporter.pick(line, COUNTRY, a == null ? null : a.countryCode());
    var address =
        new PostalAddress(
            line1 == null ? "" : line1,
            CustomerImporter.pick(line, LINE2, a == null ? null : a.line2()),
            postalCode == null ? "" : postalCode,
            city == null ? "" : city,
            country == null || country.isBlank() ? "FR" : country);
    String label = line.get(LABEL);
    return new DeliveryAddress(
        label == null ? "" : current == null ? label : current.label(),
        address,
        CustomerImporter.pick(line, SIRET, current == null ? null : current.siret()),
        CustomerImporter.pick(line, NOTES, current == null ? null : current.accessNotes()));
  }
}
