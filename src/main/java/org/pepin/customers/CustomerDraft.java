package org.pepin.customers;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.UserId;
import org.pepin.shared.EmailAddress;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.Money;
import org.pepin.shared.PaymentTerms;
import org.pepin.shared.PostalAddress;
import org.pepin.shared.Siren;
import org.pepin.shared.Siret;
import org.pepin.shared.VatNumber;

/**
 * What a user gives to create or change a third party, already parsed into value types (each of
 * which checked its own format and check key). The constructor checks the rules that tie fields
 * together and normalises the rest; a broken rule is an {@link InvalidValue} whose code starts with
 * {@code customer.}.
 *
 * <p>Identifier rules (france-compliance R-ID-01, R-EINV-06, R-EINV-14): a French business has a
 * SIREN (given, or derived from its SIRET or French VAT number); a SIRET starts with the SIREN; a
 * French VAT number carries the SIREN; a business in another EU member state has its VAT number; a
 * public body has the SIRET Chorus Pro addresses invoices to; an individual has none of these.
 *
 * @param code the customer code; {@code null} to have one generated (C0001…)
 * @param name the company or body's name; for individuals, derived from civility and names
 * @param siret the SIRET of the head office (billing establishment)
 * @param billingAddress the head office's address, printed on documents
 * @param publicServiceCode for public bodies, the Chorus Pro service code
 * @param commitmentRequired for public bodies, whether invoices must carry a commitment number
 * @param paymentTerms {@code null} for the company's default terms
 * @param creditLimit {@code null} for no limit
 * @param salesRep the member who follows the customer
 * @param language {@code fr} or {@code en}, the language of the documents sent
 * @param blockReason required when {@code blocked}
 * @param marketingConsent an individual's consent to marketing e-mails (R-GDPR-04)
 */
public record CustomerDraft(
    @Nullable String code,
    CustomerKind kind,
    Set<PartyRole> roles,
    @Nullable String name,
    @Nullable String civility,
    @Nullable String firstName,
    @Nullable String lastName,
    @Nullable String legalForm,
    @Nullable Siren siren,
    @Nullable Siret siret,
    @Nullable VatNumber vatNumber,
    @Nullable String nafCode,
    PostalAddress billingAddress,
    @Nullable EmailAddress email,
    @Nullable String phone,
    @Nullable String publicServiceCode,
    boolean commitmentRequired,
    @Nullable PaymentTerms paymentTerms,
    @Nullable PaymentMethod paymentMethod,
    @Nullable Money creditLimit,
    @Nullable UserId salesRep,
    Set<String> categories,
    Set<String> tags,
    String language,
    @Nullable String notes,
    boolean blocked,
    @Nullable String blockReason,
    boolean marketingConsent,
    List<Contact> contacts,
    List<DeliveryAddress> deliveryAddresses) {

  /** EU member states (ISO codes) whose businesses are identified by their VAT number. */
  static final Set<String> EU =
      Set.of(
          "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE",
          "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK");

  public static final int MAX_CONTACTS = 50;
  public static final int MAX_ADDRESSES = 50;

  public CustomerDraft {
    code = code == null || code.isBlank() ? null : code.strip().toUpperCase(Locale.ROOT);
    if (code != null && !code.matches("[A-Z0-9][A-Z0-9_-]{0,19}")) {
      throw new InvalidValue(
          "customer.code-format", "a code has up to 20 letters, digits, - or _: " + code, code);
    }
    roles = Set.copyOf(roles);
    if (roles.isEmpty()) {
      throw new InvalidValue("customer.roles-required", "a third party needs a role");
    }
    civility = Texts.clean(civility);
    firstName = Texts.clean(firstName);
    lastName = Texts.clean(lastName);
    legalForm = Texts.clean(legalForm);
    nafCode = Texts.clean(nafCode);
    phone = Texts.phone(phone);
    notes = Texts.clean(notes);
    blockReason = Texts.clean(blockReason);
    publicServiceCode = Texts.clean(publicServiceCode);
    if (kind == CustomerKind.INDIVIDUAL) {
      if (lastName == null) {
        throw new InvalidValue("customer.last-name-required", "an individual needs a last name");
      }
      if (siren != null || siret != null || vatNumber != null || legalForm != null) {
        throw new InvalidValue(
            "customer.individual-identifiers",
            "an individual has no SIREN, SIRET, VAT number or legal form");
      }
      name = String.join(" ", nonNull(civility, firstName, lastName));
    } else {
      name = Texts.clean(name);
      if (name == null) {
        throw new InvalidValue("customer.name-required", "a company needs a name");
      }
      civility = null;
      firstName = null;
      lastName = null;
    }
    if (name.length() > 200) {
      throw new InvalidValue("customer.name-too-long", "name longer than 200 characters");
    }
    if (siren == null && siret != null) {
      siren = siret.siren();
    }
    if (siren == null && vatNumber != null && vatNumber.isFrench()) {
      siren = vatNumber.siren().orElse(null);
    }
    if (siren != null && siret != null && !siret.siren().equals(siren)) {
      throw new InvalidValue(
          "customer.siret-siren",
          "SIRET " + siret + " does not start with SIREN " + siren,
          siret.format(),
          siren.format());
    }
    if (siren != null
        && vatNumber != null
        && vatNumber.isFrench()
        && vatNumber.siren().isPresent()
        && !vatNumber.siren().get().equals(siren)) {
      throw new InvalidValue(
          "customer.vat-siren",
          "VAT number " + vatNumber + " is not that of SIREN " + siren,
          vatNumber.value(),
          siren.format());
    }
    String country = billingAddress.countryCode();
    if (kind == CustomerKind.BUSINESS && country.equals("FR") && siren == null) {
      throw new InvalidValue("customer.siren-required", "a French business needs its SIREN");
    }
    if (kind == CustomerKind.BUSINESS
        && !country.equals("FR")
        && EU.contains(country)
        && vatNumber == null) {
      throw new InvalidValue(
          "customer.vat-required", "a business in the EU needs its VAT number", country);
    }
    if (kind == CustomerKind.PUBLIC_BODY && siret == null) {
      throw new InvalidValue("customer.siret-required", "a public body needs its SIRET");
    }
    if (kind != CustomerKind.PUBLIC_BODY) {
      publicServiceCode = null;
      commitmentRequired = false;
    }
    if (nafCode != null) {
      nafCode = nafCode.toUpperCase(Locale.ROOT);
      if (!nafCode.matches("\\d{2}\\.?\\d{2}[A-Z]")) {
        throw new InvalidValue("customer.naf-format", "not a NAF code: " + nafCode, nafCode);
      }
      if (nafCode.length() == 5) {
        nafCode = nafCode.substring(0, 2) + "." + nafCode.substring(2);
      }
    }
    if (kind != CustomerKind.INDIVIDUAL && paymentTerms != null) {
      paymentTerms.requireWithinB2bCap();
    }
    if (creditLimit != null && creditLimit.isNegative()) {
      throw new InvalidValue(
          "customer.credit-limit-negative", "a credit limit cannot be negative", creditLimit);
    }
    if (creditLimit != null && creditLimit.amount().compareTo(new BigDecimal("1000000000")) >= 0) {
      throw new InvalidValue("customer.credit-limit-too-large", "credit limit too large");
    }
    if (blocked && blockReason == null) {
      throw new InvalidValue(
          "customer.block-reason-required", "blocking a customer needs a reason");
    }
    if (!blocked) {
      blockReason = null;
    }
    language = language == null || language.isBlank() ? "fr" : language.strip();
    if (!language.equals("fr") && !language.equals("en")) {
      throw new InvalidValue("customer.language", "language fr or en: " + language, language);
    }
    if (kind != CustomerKind.INDIVIDUAL) {
      marketingConsent = false;
    }
    categories = labels(categories);
    tags = labels(tags);
    contacts = List.copyOf(contacts);
    deliveryAddresses = List.copyOf(deliveryAddresses);
    if (contacts.size() > MAX_CONTACTS || deliveryAddresses.size() > MAX_ADDRESSES) {
      throw new InvalidValue("customer.too-many", "at most 50 contacts and 50 addresses");
    }
    Texts.limit(civility, "civility", 20);
    Texts.limit(firstName, "firstName", 100);
    Texts.limit(lastName, "lastName", 100);
    Texts.limit(legalForm, "legalForm", 60);
    Texts.limit(publicServiceCode, "publicServiceCode", 100);
    Texts.limit(notes, "notes", 4000);
    Texts.limit(blockReason, "blockReason", 500);
    Texts.limit(String.join(",", categories), "categories", 500);
    Texts.limit(String.join(",", tags), "tags", 500);
    Texts.limit(billingAddress, "billingAddress.");
  }

  /** Categories and tags: trimmed, without blanks or duplicates, sorted, 60 characters each. */
  private static Set<String> labels(@Nullable Set<String> values) {
    var result = new TreeSet<String>(String.CASE_INSENSITIVE_ORDER);
    if (values != null) {
      for (String value : values) {
        String label = Texts.clean(value);
        if (label == null) {
          continue;
        }
        if (label.length() > 60 || label.contains(",")) {
          throw new InvalidValue(
              "customer.label-format", "a category or tag has at most 60 characters, no comma");
        }
        result.add(label);
      }
    }
    return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(result));
  }

  private static List<String> nonNull(@Nullable String... parts) {
    return java.util.Arrays.stream(parts).filter(java.util.Objects::nonNull).toList();
  }

  public boolean hasRole(PartyRole role) {
    return roles.contains(role);
  }
}
