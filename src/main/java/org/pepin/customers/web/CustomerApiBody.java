package org.pepin.customers.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.pepin.customers.Contact;
import org.pepin.customers.ContactChannel;
import org.pepin.customers.CustomerDraft;
import org.pepin.customers.CustomerKind;
import org.pepin.customers.CustomerStatus;
import org.pepin.customers.CustomerView;
import org.pepin.customers.DeliveryAddress;
import org.pepin.customers.InsolvencyStatus;
import org.pepin.customers.PartyRole;
import org.pepin.customers.PaymentMethod;
import org.pepin.customers.transfer.TermsText;
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
 * A third party in the JSON API, as sent ({@code POST}, {@code PUT}) and as answered (with {@code
 * id}, {@code version}, {@code status} and the other read-only fields). Identifiers, e-mails and
 * payment terms are text, parsed here field by field so that a problem document names each rejected
 * field ({@code siren}, {@code billingAddress.postalCode}, {@code contacts[0].email}…).
 *
 * @param paymentTerms the terms code ({@code DEOM45}) or wording ("45 jours fin de mois")
 * @param salesRep the user id of a member of the company
 * @param contacts on {@code PUT}, {@code null} keeps the current contacts (an empty list removes
 *     them)
 * @param deliveryAddresses on {@code PUT}, {@code null} keeps the current addresses
 * @param version on {@code PUT}, the version read (optimistic locking)
 * @param confirmDuplicates on {@code POST}, create even if records look alike
 */
record CustomerApiBody(
    @Nullable UUID id,
    @Nullable Integer version,
    @Nullable String code,
    @Nullable CustomerKind kind,
    @Nullable Set<PartyRole> roles,
    @Nullable String name,
    @Nullable String civility,
    @Nullable String firstName,
    @Nullable String lastName,
    @Nullable String legalForm,
    @Nullable String siren,
    @Nullable String siret,
    @Nullable String vatNumber,
    @Nullable String nafCode,
    @Nullable AddressBody billingAddress,
    @Nullable String email,
    @Nullable String phone,
    @Nullable String publicServiceCode,
    @Nullable Boolean commitmentRequired,
    @Nullable String paymentTerms,
    @Nullable String paymentTermsLabel,
    @Nullable PaymentMethod paymentMethod,
    @Nullable BigDecimal creditLimit,
    @Nullable UUID salesRep,
    @Nullable List<String> categories,
    @Nullable List<String> tags,
    @Nullable String language,
    @Nullable String notes,
    @Nullable Boolean blocked,
    @Nullable String blockReason,
    @Nullable Boolean marketingConsent,
    @Nullable List<ContactBody> contacts,
    @Nullable List<DeliveryAddressBody> deliveryAddresses,
    @Nullable Boolean confirmDuplicates,
    @Nullable CustomerStatus status,
    @Nullable Boolean codeEditable,
    @Nullable InsolvencyBody insolvency,
    @Nullable UUID mergedInto,
    @Nullable Instant lastActivityAt,
    @Nullable Instant createdAt) {

  /** A postal address; {@code countryCode} defaults to FR. */
  record AddressBody(
      @Nullable String line1,
      @Nullable String line2,
      @Nullable String postalCode,
      @Nullable String city,
      @Nullable String countryCode) {

    static @Nullable AddressBody of(@Nullable PostalAddress a) {
      return a == null
          ? null
          : new AddressBody(a.line1(), a.line2(), a.postalCode(), a.city(), a.countryCode());
    }

    @Nullable PostalAddress parse(Errors errors, String prefix) {
      try {
        return new PostalAddress(
            line1 == null ? "" : line1,
            line2,
            postalCode == null ? "" : postalCode,
            city == null ? "" : city,
            countryCode == null || countryCode.isBlank() ? "FR" : countryCode.strip());
      } catch (InvalidValue e) {
        String field =
            switch (e.code()) {
              case "postal-address.postal-code" -> "postalCode";
              case "postal-address.country" -> "countryCode";
              default ->
                  e.args().length > 0 && e.args()[0] instanceof String s && !s.equals("line1")
                      ? s
                      : "line1";
            };
        Inputs.reject(errors, prefix + field, e);
        return null;
      }
    }
  }

  /** A contact; {@code preferredChannel} defaults to e-mail when there is an address. */
  record ContactBody(
      @Nullable String civility,
      @Nullable String firstName,
      @Nullable String lastName,
      @Nullable String jobTitle,
      @Nullable String email,
      @Nullable String phone,
      @Nullable String mobile,
      @Nullable ContactChannel preferredChannel,
      @Nullable Boolean receivesInvoices,
      @Nullable Boolean receivesReminders) {

    static ContactBody of(Contact c) {
      return new ContactBody(
          c.civility(),
          c.firstName(),
          c.lastName(),
          c.jobTitle(),
          c.email() == null ? null : c.email().value(),
          c.phone(),
          c.mobile(),
          c.preferredChannel(),
          c.receivesInvoices(),
          c.receivesReminders());
    }
  }

  /** A delivery site. */
  record DeliveryAddressBody(
      @Nullable String label,
      @Nullable AddressBody address,
      @Nullable String siret,
      @Nullable String accessNotes) {

    static DeliveryAddressBody of(DeliveryAddress d) {
      return new DeliveryAddressBody(
          d.label(),
          AddressBody.of(d.address()),
          d.siret() == null ? null : d.siret().value(),
          d.accessNotes());
    }
  }

  /**
   * An insolvency situation ({@code PUT /{id}/insolvency}).
   *
   * @param claimDeadline read only: two months after publication (C. com. R622-24)
   */
  record InsolvencyBody(
      @Nullable InsolvencyStatus status,
      @Nullable LocalDate judgmentDate,
      @Nullable LocalDate publicationDate,
      @Nullable LocalDate claimDeadline) {}

  /** The answer for a third party. */
  static CustomerApiBody of(CustomerView v, Locale locale) {
    return new CustomerApiBody(
        v.id().value(),
        v.version(),
        v.code(),
        v.kind(),
        v.roles(),
        v.name(),
        v.civility(),
        v.firstName(),
        v.lastName(),
        v.legalForm(),
        v.siren() == null ? null : v.siren().value(),
        v.siret() == null ? null : v.siret().value(),
        v.vatNumber() == null ? null : v.vatNumber().value(),
        v.nafCode(),
        AddressBody.of(v.billingAddress()),
        v.email() == null ? null : v.email().value(),
        v.phone(),
        v.publicServiceCode(),
        v.commitmentRequired(),
        v.paymentTerms() == null ? null : v.paymentTerms().code(),
        v.paymentTerms() == null ? null : v.paymentTerms().label(locale),
        v.paymentMethod(),
        v.creditLimit() == null ? null : v.creditLimit().amount(),
        v.salesRep() == null ? null : v.salesRep().value(),
        List.copyOf(v.categories()),
        List.copyOf(v.tags()),
        v.language(),
        v.notes(),
        v.blocked(),
        v.blockReason(),
        v.marketingConsent(),
        v.contacts().stream().map(ContactBody::of).toList(),
        v.deliveryAddresses().stream().map(DeliveryAddressBody::of).toList(),
        null,
        v.status(),
        v.codeEditable(),
        new InsolvencyBody(
            v.insolvency().status(),
            v.insolvency().judgmentDate(),
            v.insolvency().publicationDate(),
            v.insolvency().claimDeadline()),
        v.mergedInto() == null ? null : v.mergedInto().value(),
        v.lastActivityAt(),
        v.createdAt());
  }

  /**
   * The draft of this body, or {@code null} with every rejected field recorded in {@code errors}.
   *
   * @param current the record being changed ({@code PUT}): its contacts and addresses are kept when
   *     the body has none
   */
  @Nullable CustomerDraft toDraft(Errors errors, @Nullable CustomerView current) {
    if (kind == null) {
      errors.rejectValue("kind", "error.required");
    }
    Siren siren = Inputs.optional(errors, "siren", this.siren, Siren::parse);
    Siret siret = Inputs.optional(errors, "siret", this.siret, Siret::parse);
    VatNumber vat = Inputs.optional(errors, "vatNumber", vatNumber, VatNumber::new);
    EmailAddress mail = Inputs.optional(errors, "email", email, EmailAddress::new);
    PaymentTerms terms = Inputs.optional(errors, "paymentTerms", paymentTerms, TermsText::parse);
    Money limit =
        value(errors, "creditLimit", () -> creditLimit == null ? null : Money.of(creditLimit));
    PostalAddress address = null;
    if (billingAddress == null) {
      Inputs.reject(
          errors,
          "billingAddress.line1",
          new InvalidValue("postal-address.required", "no address", "line1"));
    } else {
      address = billingAddress.parse(errors, "billingAddress.");
    }
    List<Contact> contactList =
        contacts == null
            ? (current == null ? List.of() : current.contacts())
            : contacts(errors, contacts);
    List<DeliveryAddress> addressList =
        deliveryAddresses == null
            ? (current == null ? List.of() : current.deliveryAddresses())
            : addresses(errors, deliveryAddresses);
    if (errors.hasErrors() || kind == null || address == null) {
      return null;
    }
    try {
      return new CustomerDraft(
          code,
          kind,
          roles == null
              ? Set.of()
              : roles.stream()
                  .filter(java.util.Objects::nonNull)
                  .collect(java.util.stream.Collectors.toSet()),
          name,
          civility,
          firstName,
          lastName,
          legalForm,
          siren,
          siret,
          vat,
          nafCode,
          address,
          mail,
          phone,
          publicServiceCode,
          Boolean.TRUE.equals(commitmentRequired),
          terms,
          paymentMethod,
          limit,
          salesRep == null ? null : new UserId(salesRep),
          labels(categories),
          labels(tags),
          language == null ? "fr" : language,
          notes,
          Boolean.TRUE.equals(blocked),
          blockReason,
          Boolean.TRUE.equals(marketingConsent),
          contactList,
          addressList);
    } catch (InvalidValue e) {
      Inputs.reject(errors, fieldOf(e), e);
      return null;
    }
  }

  private static List<Contact> contacts(Errors errors, List<ContactBody> bodies) {
    var list = new ArrayList<Contact>();
    for (int i = 0; i < bodies.size(); i++) {
      ContactBody c = bodies.get(i);
      String prefix = "contacts[" + i + "].";
      if (c == null) {
        errors.rejectValue(prefix + "lastName", "error.required");
        continue;
      }
      EmailAddress mail = Inputs.optional(errors, prefix + "email", c.email(), EmailAddress::new);
      if (c.email() != null && !c.email().isBlank() && mail == null) {
        continue;
      }
      ContactChannel channel =
          c.preferredChannel() != null
              ? c.preferredChannel()
              : mail != null ? ContactChannel.EMAIL : ContactChannel.PHONE;
      try {
        list.add(
            new Contact(
                c.civility(),
                c.firstName(),
                c.lastName(),
                c.jobTitle(),
                mail,
                c.phone(),
                c.mobile(),
                channel,
                Boolean.TRUE.equals(c.receivesInvoices()),
                Boolean.TRUE.equals(c.receivesReminders())));
      } catch (InvalidValue e) {
        String field =
            switch (e.code()) {
              case "customer.contact.email-required" -> "email";
              case "phone.format" -> "phone";
              case "customer.text-too-long" -> String.valueOf(e.args()[0]);
              default -> "lastName";
            };
        Inputs.reject(errors, prefix + field, e);
      }
    }
    return list;
  }

  private static List<DeliveryAddress> addresses(Errors errors, List<DeliveryAddressBody> bodies) {
    var list = new ArrayList<DeliveryAddress>();
    for (int i = 0; i < bodies.size(); i++) {
      DeliveryAddressBody d = bodies.get(i);
      String prefix = "deliveryAddresses[" + i + "].";
      if (d == null || d.address() == null) {
        Inputs.reject(
            errors,
            prefix + "address.line1",
            new InvalidValue("postal-address.required", "no address", "line1"));
        continue;
      }
      PostalAddress address = d.address().parse(errors, prefix + "address.");
      Siret siret = Inputs.optional(errors, prefix + "siret", d.siret(), Siret::parse);
      if (address == null || (d.siret() != null && !d.siret().isBlank() && siret == null)) {
        continue;
      }
      try {
        list.add(
            new DeliveryAddress(
                d.label() == null ? "" : d.label(), address, siret, d.accessNotes()));
      } catch (InvalidValue e) {
        String field =
            e.code().equals("customer.text-too-long") ? String.valueOf(e.args()[0]) : "label";
        Inputs.reject(errors, prefix + field, e);
      }
    }
    return list;
  }

  private static Set<String> labels(@Nullable List<String> values) {
    var set = new LinkedHashSet<String>();
    if (values != null) {
      values.stream().filter(java.util.Objects::nonNull).forEach(set::add);
    }
    return set;
  }

  private static <T> @Nullable T value(Errors errors, String field, Supplier<@Nullable T> parse) {
    try {
      return parse.get();
    } catch (InvalidValue e) {
      Inputs.reject(errors, field, e);
      return null;
    }
  }

  /** The field a rule of {@link CustomerDraft} is about. */
  static @Nullable String fieldOf(InvalidValue e) {
    return switch (e.code()) {
      case "customer.code-format", "customer.code-taken", "customer.code-locked" -> "code";
      case "customer.roles-required" -> "roles";
      case "customer.last-name-required" -> "lastName";
      case "customer.individual-identifiers" -> "siren";
      case "customer.name-required", "customer.name-too-long" -> "name";
      case "customer.siret-siren", "customer.siret-required" -> "siret";
      case "customer.vat-siren", "customer.vat-required" -> "vatNumber";
      case "customer.siren-required" -> "siren";
      case "customer.naf-format" -> "nafCode";
      case "customer.credit-limit-negative", "customer.credit-limit-too-large" -> "creditLimit";
      case "customer.block-reason-required" -> "blockReason";
      case "customer.language" -> "language";
      case "customer.label-format" -> "categories";
      case "customer.too-many" -> "contacts";
      case "customer.sales-rep-unknown" -> "salesRep";
      case "payment-terms.cap", "payment-terms.format" -> "paymentTerms";
      case "phone.format" -> "phone";
      case "customer.text-too-long" -> String.valueOf(e.args()[0]);
      default -> null;
    };
  }
}
