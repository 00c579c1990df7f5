package org.pepin.customers.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.pepin.customers.Contact;
import org.pepin.customers.ContactChannel;
import org.pepin.customers.CustomerDraft;
import org.pepin.customers.CustomerKind;
import org.pepin.customers.CustomerView;
import org.pepin.customers.DeliveryAddress;
import org.pepin.customers.PartyRole;
import org.pepin.customers.PaymentMethod;
import org.pepin.platform.Inputs;
import org.pepin.platform.UserId;
import org.pepin.shared.EmailAddress;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.Money;
import org.pepin.shared.PaymentTerms;
import org.pepin.shared.PostalAddress;
import org.pepin.shared.Siren;
import org.pepin.shared.Siret;
import org.pepin.shared.VatNumber;
import org.springframework.validation.Errors;

/**
 * The customer form as typed: text fields, checkboxes, and repeatable rows of contacts and delivery
 * addresses. {@link #toDraft} parses every field, recording each error against its own field (a row
 * field is {@code contacts[2].email}), so that the page shows all errors at once, each next to its
 * field. Fields hidden by the kind switch are ignored (a company's identifiers for an individual).
 *
 * @param paymentTerms a common terms code, {@code ""} for the company's default, {@link #OTHER} to
 *     use {@code paymentTermsCode}
 * @param categories comma-separated
 * @param tags comma-separated
 * @param confirmDuplicates the "Créer quand même" checkbox after a duplicate warning
 */
public record CustomerForm(
    @Nullable Integer version,
    @Nullable String code,
    @Nullable String kind,
    @Nullable List<String> roles,
    @Nullable String name,
    @Nullable String civility,
    @Nullable String firstName,
    @Nullable String lastName,
    @Nullable String legalForm,
    @Nullable String siren,
    @Nullable String siret,
    @Nullable String vatNumber,
    @Nullable String nafCode,
    @Nullable String addressLine1,
    @Nullable String addressLine2,
    @Nullable String postalCode,
    @Nullable String city,
    @Nullable String countryCode,
    @Nullable String email,
    @Nullable String phone,
    @Nullable String publicServiceCode,
    @Nullable Boolean commitmentRequired,
    @Nullable String paymentTerms,
    @Nullable String paymentTermsCode,
    @Nullable String paymentMethod,
    @Nullable String creditLimit,
    @Nullable String salesRep,
    @Nullable String categories,
    @Nullable String tags,
    @Nullable String language,
    @Nullable String notes,
    @Nullable Boolean blocked,
    @Nullable String blockReason,
    @Nullable Boolean marketingConsent,
    @Nullable List<ContactRow> contacts,
    @Nullable List<AddressRow> addresses,
    @Nullable Boolean confirmDuplicates) {

  /** The value of the terms select that means "the code typed beside it". */
  static final String OTHER = "other";

  /** The terms offered in the select; any other valid code can be typed. */
  static final List<String> COMMON_TERMS =
      List.of("R", "D15", "D30", "D45", "D60", "DEOM30", "DEOM45", "NM10");

  /** One contact row; {@code remove} drops it on save. */
  public record ContactRow(
      @Nullable String civility,
      @Nullable String firstName,
      @Nullable String lastName,
      @Nullable String jobTitle,
      @Nullable String email,
      @Nullable String phone,
      @Nullable String mobile,
      @Nullable String channel,
      @Nullable Boolean receivesInvoices,
      @Nullable Boolean receivesReminders,
      @Nullable Boolean remove) {

    static ContactRow blank() {
      return new ContactRow(null, null, null, null, null, null, null, "EMAIL", false, false, false);
    }

    static ContactRow of(Contact c) {
      return new ContactRow(
          c.civility(),
          c.firstName(),
          c.lastName(),
          c.jobTitle(),
          c.email() == null ? null : c.email().value(),
          c.phone(),
          c.mobile(),
          c.preferredChannel().name(),
          c.receivesInvoices(),
          c.receivesReminders(),
          false);
    }

    boolean isBlank() {
      return Stream.of(civility, firstName, lastName, jobTitle, email, phone, mobile)
          .allMatch(s -> s == null || s.isBlank());
    }
  }

  /** One delivery address row; {@code remove} drops it on save. */
  public record AddressRow(
      @Nullable String label,
      @Nullable String line1,
      @Nullable String line2,
      @Nullable String postalCode,
      @Nullable String city,
      @Nullable String countryCode,
      @Nullable String siret,
      @Nullable String accessNotes,
      @Nullable Boolean remove) {

    static AddressRow blank() {
      return new AddressRow(null, null, null, null, null, "FR", null, null, false);
    }

    static AddressRow of(DeliveryAddress a) {
      var address = a.address();
      return new AddressRow(
          a.label(),
          address.line1(),
          address.line2(),
          address.postalCode(),
          address.city(),
          address.countryCode(),
          a.siret() == null ? null : a.siret().value(),
          a.accessNotes(),
          false);
    }

    boolean isBlank() {
      return Stream.of(label, line1, line2, postalCode, city, siret, accessNotes)
          .allMatch(s -> s == null || s.isBlank());
    }
  }

  /** An empty form for a new customer (a French business, role customer). */
  static CustomerForm blank() {
    return new CustomerForm(
        null,
        null,
        CustomerKind.BUSINESS.name(),
        List.of(PartyRole.CUSTOMER.name()),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        "FR",
        null,
        null,
        null,
        false,
        "",
        null,
        null,
        null,
        null,
        null,
        null,
        "fr",
        null,
        false,
        null,
        false,
        List.of(ContactRow.blank()),
        List.of(AddressRow.blank()),
        false);
  }

  /** The form showing a customer's current values, with a blank row to add a contact or site. */
  static CustomerForm of(CustomerView c) {
    var address = c.billingAddress();
    String terms = c.paymentTerms() == null ? null : c.paymentTerms().code();
    boolean common = terms == null || COMMON_TERMS.contains(terms);
    var contacts = new ArrayList<ContactRow>();
    c.contacts().forEach(k -> contacts.add(ContactRow.of(k)));
    contacts.add(ContactRow.blank());
    var addresses = new ArrayList<AddressRow>();
    c.deliveryAddresses().forEach(a -> addresses.add(AddressRow.of(a)));
    addresses.add(AddressRow.blank());
    return new CustomerForm(
        c.version(),
        c.code(),
        c.kind().name(),
        c.roles().stream().map(Enum::name).sorted().toList(),
        c.kind() == CustomerKind.INDIVIDUAL ? null : c.name(),
        c.civility(),
        c.firstName(),
        c.lastName(),
        c.legalForm(),
        c.siren() == null ? null : c.siren().format(),
        c.siret() == null ? null : c.siret().format(),
        c.vatNumber() == null ? null : c.vatNumber().value(),
        c.nafCode(),
        address == null ? null : address.line1(),
        address == null ? null : address.line2(),
        address == null ? null : address.postalCode(),
        address == null ? null : address.city(),
        address == null ? "FR" : address.countryCode(),
        c.email() == null ? null : c.email().value(),
        c.phone(),
        c.publicServiceCode(),
        c.commitmentRequired(),
        terms == null ? "" : common ? terms : OTHER,
        common ? null : terms,
        c.paymentMethod() == null ? null : c.paymentMethod().name(),
        c.creditLimit() == null ? null : plain(c.creditLimit().amount()),
        c.salesRep() == null ? null : c.salesRep().toString(),
        String.join(", ", c.categories()),
        String.join(", ", c.tags()),
        c.language(),
        c.notes(),
        c.blocked(),
        c.blockReason(),
        c.marketingConsent(),
        contacts,
        addresses,
        false);
  }

  /**
   * The same form without blank rows and rows ticked for removal, then one blank row of each kind:
   * what "Ajouter" shows (the new row is the last one).
   */
  CustomerForm tidied() {
    var keptContacts =
        new ArrayList<>(
            contactRows().stream()
                .filter(r -> !Boolean.TRUE.equals(r.remove()) && !r.isBlank())
                .toList());
    keptContacts.add(ContactRow.blank());
    var keptAddresses =
        new ArrayList<>(
            addressRows().stream()
                .filter(r -> !Boolean.TRUE.equals(r.remove()) && !r.isBlank())
                .toList());
    keptAddresses.add(AddressRow.blank());
    return withRows(keptContacts, keptAddresses);
  }

  private CustomerForm withRows(List<ContactRow> contactRows, List<AddressRow> addressRows) {
    return new CustomerForm(
        version,
        code,
        kind,
        roles,
        name,
        civility,
        firstName,
        lastName,
        legalForm,
        siren,
        siret,
        vatNumber,
        nafCode,
        addressLine1,
        addressLine2,
        postalCode,
        city,
        countryCode,
        email,
        phone,
        publicServiceCode,
        commitmentRequired,
        paymentTerms,
        paymentTermsCode,
        paymentMethod,
        creditLimit,
        salesRep,
        categories,
        tags,
        language,
        notes,
        blocked,
        blockReason,
        marketingConsent,
        contactRows,
        addressRows,
        confirmDuplicates);
  }

  /** The contact rows as posted (rows missing from a sparse list are skipped). */
  List<ContactRow> contactRows() {
    return contacts == null ? List.of() : contacts.stream().filter(Objects::nonNull).toList();
  }

  /** The address rows as posted (rows missing from a sparse list are skipped). */
  List<AddressRow> addressRows() {
    return addresses == null ? List.of() : addresses.stream().filter(Objects::nonNull).toList();
  }

  public boolean hasRole(String role) {
    return roles != null && roles.contains(role);
  }

  boolean confirmed() {
    return Boolean.TRUE.equals(confirmDuplicates);
  }

  /**
   * The draft, or {@code null} with the errors recorded against their fields. Blank rows and rows
   * ticked for removal are left out.
   */
  @Nullable CustomerDraft toDraft(Errors errors) {
    lengths(errors);
    CustomerKind k = Inputs.required(errors, "kind", kind, CustomerForm::kind);
    boolean individual = k == CustomerKind.INDIVIDUAL;
    var roleSet = EnumSet.noneOf(PartyRole.class);
    if (roles != null) {
      for (String role : roles) {
        PartyRole parsed = Inputs.optional(errors, "roles", role, CustomerForm::role);
        if (parsed != null) {
          roleSet.add(parsed);
        }
      }
    }
    Siren sirenValue = individual ? null : Inputs.optional(errors, "siren", siren, Siren::parse);
    Siret siretValue = individual ? null : Inputs.optional(errors, "siret", siret, Siret::parse);
    VatNumber vat =
        individual ? null : Inputs.optional(errors, "vatNumber", vatNumber, VatNumber::new);
    PostalAddress billing = address(errors);
    EmailAddress mail = Inputs.optional(errors, "email", email, EmailAddress::new);
    PaymentTerms terms = terms(errors);
    PaymentMethod method =
        Inputs.optional(errors, "paymentMethod", paymentMethod, CustomerForm::method);
    Money limit = Inputs.optional(errors, "creditLimit", creditLimit, CustomerForm::money);
    UserId rep = Inputs.optional(errors, "salesRep", salesRep, CustomerForm::userId);
    Set<String> categorySet = labels(errors, "categories", categories);
    Set<String> tagSet = labels(errors, "tags", tags);
    List<Contact> contactList = contacts(errors);
    List<DeliveryAddress> addressList = deliveryAddresses(errors);
    if (errors.hasErrors() || k == null || billing == null) {
      return null;
    }
    try {
      return new CustomerDraft(
          code,
          k,
          roleSet,
          individual ? null : name,
          individual ? civility : null,
          individual ? firstName : null,
          individual ? lastName : null,
          individual ? null : legalForm,
          sirenValue,
          siretValue,
          vat,
          individual ? null : nafCode,
          billing,
          mail,
          phone,
          k == CustomerKind.PUBLIC_BODY ? publicServiceCode : null,
          k == CustomerKind.PUBLIC_BODY && Boolean.TRUE.equals(commitmentRequired),
          terms,
          method,
          limit,
          rep,
          categorySet,
          tagSet,
          language,
          notes,
          Boolean.TRUE.equals(blocked),
          blockReason,
          individual && Boolean.TRUE.equals(marketingConsent),
          contactList,
          addressList);
    } catch (InvalidValue e) {
      String field = fieldOf(e.code());
      Inputs.reject(errors, individual && "name".equals(field) ? "lastName" : field, e);
      return null;
    }
  }

  /** The lengths the customer file stores; longer text is refused next to its field. */
  private void lengths(Errors errors) {
    max(errors, "civility", civility, 20);
    max(errors, "firstName", firstName, 100);
    max(errors, "lastName", lastName, 100);
    max(errors, "legalForm", legalForm, 60);
    max(errors, "addressLine1", addressLine1, 200);
    max(errors, "addressLine2", addressLine2, 200);
    max(errors, "postalCode", postalCode, 20);
    max(errors, "city", city, 100);
    max(errors, "publicServiceCode", publicServiceCode, 100);
    max(errors, "notes", notes, 4000);
    max(errors, "blockReason", blockReason, 500);
    max(errors, "categories", categories, 500);
    max(errors, "tags", tags, 500);
    var contactRows = contacts == null ? List.<ContactRow>of() : contacts;
    for (int i = 0; i < contactRows.size(); i++) {
      ContactRow row = contactRows.get(i);
      if (row != null) {
        String p = "contacts[" + i + "].";
        max(errors, p + "civility", row.civility(), 20);
        max(errors, p + "firstName", row.firstName(), 100);
        max(errors, p + "lastName", row.lastName(), 100);
        max(errors, p + "jobTitle", row.jobTitle(), 100);
      }
    }
    var addressRows = addresses == null ? List.<AddressRow>of() : addresses;
    for (int i = 0; i < addressRows.size(); i++) {
      AddressRow row = addressRows.get(i);
      if (row != null) {
        String p = "addresses[" + i + "].";
        max(errors, p + "label", row.label(), 100);
        max(errors, p + "line1", row.line1(), 200);
        max(errors, p + "line2", row.line2(), 200);
        max(errors, p + "postalCode", row.postalCode(), 20);
        max(errors, p + "city", row.city(), 100);
        max(errors, p + "accessNotes", row.accessNotes(), 1000);
      }
    }
  }

  /** Whether a field whose path starts with {@code prefix} was already rejected. */
  private static boolean rejected(Errors errors, String prefix) {
    return errors.getFieldErrors().stream().anyMatch(e -> e.getField().startsWith(prefix));
  }

  private static void max(Errors errors, String field, @Nullable String value, int max) {
    if (value != null && value.strip().length() > max && !errors.hasFieldErrors(field)) {
      errors.rejectValue(
          field, "error.customer.too-long", new Object[] {max}, "at most " + max + " characters");
    }
  }

  private @Nullable PostalAddress address(Errors errors) {
    String country = countryCode == null || countryCode.isBlank() ? "FR" : countryCode;
    boolean complete = true;
    if (addressLine1 == null || addressLine1.isBlank()) {
      errors.rejectValue("addressLine1", "error.required");
      complete = false;
    }
    if (postalCode == null || postalCode.isBlank()) {
      errors.rejectValue("postalCode", "error.required");
      complete = false;
    }
    if (city == null || city.isBlank()) {
      errors.rejectValue("city", "error.required");
      complete = false;
    }
    if (!complete
        || rejected(errors, "addressLine")
        || rejected(errors, "postalCode")
        || rejected(errors, "city")) {
      return null;
    }
    try {
      return new PostalAddress(addressLine1, addressLine2, postalCode, city, country);
    } catch (InvalidValue e) {
      Inputs.reject(errors, addressField(e, ""), e);
      return null;
    }
  }

  private @Nullable PaymentTerms terms(Errors errors) {
    if (OTHER.equals(paymentTerms)) {
      return Inputs.required(errors, "paymentTermsCode", paymentTermsCode, PaymentTerms::parse);
    }
    return Inputs.optional(errors, "paymentTerms", paymentTerms, PaymentTerms::parse);
  }

  private List<Contact> contacts(Errors errors) {
    var list = new ArrayList<Contact>();
    if (contacts == null) {
      return list;
    }
    for (int i = 0; i < contacts.size(); i++) {
      ContactRow row = contacts.get(i);
      if (row == null || Boolean.TRUE.equals(row.remove()) || row.isBlank()) {
        continue;
      }
      String p = "contacts[" + i + "].";
      if (rejected(errors, p)) {
        continue;
      }
      EmailAddress mail = Inputs.optional(errors, p + "email", row.email(), EmailAddress::new);
      ContactChannel channel =
          Inputs.optional(errors, p + "channel", row.channel(), CustomerForm::channel);
      if (row.email() != null && !row.email().isBlank() && mail == null) {
        continue;
      }
      try {
        list.add(
            new Contact(
                row.civility(),
                row.firstName(),
                row.lastName() == null ? "" : row.lastName(),
                row.jobTitle(),
                mail,
                row.phone(),
                row.mobile(),
                channel == null ? ContactChannel.EMAIL : channel,
                Boolean.TRUE.equals(row.receivesInvoices()),
                Boolean.TRUE.equals(row.receivesReminders())));
      } catch (InvalidValue e) {
        String field =
            switch (e.code()) {
              case "customer.contact.name-required" -> "lastName";
              case "customer.contact.email-required" -> "email";
              case "phone.format" ->
                  Objects.equals(e.args().length > 0 ? e.args()[0] : null, clean(row.mobile()))
                          && !Objects.equals(clean(row.phone()), clean(row.mobile()))
                      ? "mobile"
                      : "phone";
              default -> null;
            };
        Inputs.reject(errors, field == null ? null : p + field, e);
      }
    }
    return list;
  }

  private List<DeliveryAddress> deliveryAddresses(Errors errors) {
    var list = new ArrayList<DeliveryAddress>();
    if (addresses == null) {
      return list;
    }
    for (int i = 0; i < addresses.size(); i++) {
      AddressRow row = addresses.get(i);
      if (row == null || Boolean.TRUE.equals(row.remove()) || row.isBlank()) {
        continue;
      }
      String p = "addresses[" + i + "].";
      if (rejected(errors, p)) {
        continue;
      }
      Siret site = Inputs.optional(errors, p + "siret", row.siret(), Siret::parse);
      PostalAddress where;
      try {
        where =
            new PostalAddress(
                row.line1(),
                row.line2(),
                row.postalCode(),
                row.city(),
                row.countryCode() == null || row.countryCode().isBlank()
                    ? "FR"
                    : row.countryCode());
      } catch (InvalidValue e) {
        Inputs.reject(errors, p + addressField(e, "row"), e);
        continue;
      }
      try {
        list.add(
            new DeliveryAddress(
                row.label() == null ? "" : row.label(), where, site, row.accessNotes()));
      } catch (InvalidValue e) {
        Inputs.reject(errors, p + "label", e);
      }
    }
    return list;
  }

  /** The field of an address error: billing fields are prefixed, row fields are not. */
  private static String addressField(InvalidValue e, String mode) {
    boolean billing = mode.isEmpty();
    return switch (e.code()) {
      case "postal-address.postal-code" -> "postalCode";
      case "postal-address.country" -> "countryCode";
      default -> {
        String part = e.args().length > 0 ? String.valueOf(e.args()[0]) : "line1";
        yield switch (part) {
          case "postalCode", "city", "countryCode" -> part;
          default -> billing ? "addressLine1" : "line1";
        };
      }
    };
  }

  private static Set<String> labels(Errors errors, String field, @Nullable String text) {
    var set = new LinkedHashSet<String>();
    if (text == null) {
      return set;
    }
    for (String part : text.split(",")) {
      String label = part.strip();
      if (label.length() > 60) {
        errors.rejectValue(field, "error.customer.label-format");
        return set;
      }
      if (!label.isEmpty()) {
        set.add(label);
      }
    }
    return set;
  }

  /** The form field of a draft or service error code; {@code null} for the summary only. */
  static @Nullable String fieldOf(String code) {
    return switch (code) {
      case "customer.code-format", "customer.code-taken", "customer.code-locked" -> "code";
      case "customer.roles-required" -> "roles";
      case "customer.last-name-required" -> "lastName";
      case "customer.name-required", "customer.name-too-long" -> "name";
      case "customer.individual-identifiers", "customer.siren-required" -> "siren";
      case "customer.siret-siren", "customer.siret-required" -> "siret";
      case "customer.vat-siren", "customer.vat-required" -> "vatNumber";
      case "customer.naf-format" -> "nafCode";
      case "customer.credit-limit-negative", "customer.credit-limit-too-large" -> "creditLimit";
      case "customer.block-reason-required" -> "blockReason";
      case "customer.language" -> "language";
      case "customer.sales-rep-unknown" -> "salesRep";
      case "payment-terms.cap", "payment-terms.days", "payment-terms.installments" ->
          "paymentTerms";
      case "phone.format" -> "phone";
      default -> null;
    };
  }

  static CustomerKind kind(String text) {
    try {
      return CustomerKind.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidValue("customer.kind", "unknown kind " + text, text);
    }
  }

  static PartyRole role(String text) {
    try {
      return PartyRole.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidValue("customer.role", "unknown role " + text, text);
    }
  }

  static PaymentMethod method(String text) {
    try {
      return PaymentMethod.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidValue("customer.payment-method", "unknown payment method " + text, text);
    }
  }

  static ContactChannel channel(String text) {
    try {
      return ContactChannel.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidValue("customer.channel", "unknown channel " + text, text);
    }
  }

  static UserId userId(String text) {
    try {
      return UserId.of(text.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidValue("customer.sales-rep-unknown", "not a user id: " + text);
    }
  }

  /** An amount typed the French way ({@code 15 000,50}) or plainly ({@code 15000.50}). */
  static Money money(String text) {
    String compact = text.replaceAll("[\\s\\u00a0\\u202f€]", "");
    if (compact.contains(",")) {
      if (compact.contains(".")) {
        compact = compact.replace(".", "");
      }
      compact = compact.replace(',', '.');
    }
    if (!compact.matches("-?\\d{1,15}(\\.\\d+)?")) {
      throw new InvalidValue("number.format", "not an amount: " + text, text);
    }
    return Money.of(compact);
  }

  /** An amount as the field shows it back: {@code 15000,00}. */
  static String plain(BigDecimal amount) {
    return amount.toPlainString().replace('.', ',');
  }

  private static @Nullable String clean(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
