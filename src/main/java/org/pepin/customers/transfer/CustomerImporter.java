package org.pepin.customers.transfer;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.pepin.customers.CustomerDraft;
import org.pepin.customers.CustomerKind;
import org.pepin.customers.CustomerView;
import org.pepin.customers.PartyRole;
import org.pepin.customers.PaymentMethod;
import org.pepin.customers.file.CustomerManagement;
import org.pepin.platform.CompanyId;
import org.pepin.platform.ImportContext;
import org.pepin.platform.ImportField;
import org.pepin.platform.ImportLine;
import org.pepin.platform.ImportOutcome;
import org.pepin.platform.Importer;
import org.pepin.platform.Member;
import org.pepin.platform.Members;
import org.pepin.platform.Role;
import org.pepin.platform.UserId;
import org.pepin.shared.EmailAddress;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.Money;
import org.pepin.shared.PaymentTerms;
import org.pepin.shared.PostalAddress;
import org.pepin.shared.Siren;
import org.pepin.shared.Siret;
import org.pepin.shared.VatNumber;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Imports third parties (Clients › Importer, or {@code POST /api/v1/imports/customers}) with every
 * field of the customer form except contacts and delivery sites (see {@link ContactImporter}). Key:
 * the customer code — a line whose code exists updates that record (or leaves it unchanged), never
 * creates a second one; a new code creates the record, without the duplicate check of the form (the
 * file is the user's decision; the code is the key). Every field goes through the same rules as the
 * form ({@link CustomerDraft}): identifiers with a wrong check key, an unknown country, an e-mail
 * without domain or a French postal code without 5 digits reject the line with the French message,
 * and in an all-or-nothing import the whole file.
 *
 * <p>A column that is not in the file leaves the field alone on update; an empty cell of a column
 * in the file clears it. The sales rep is given by login or name; one who is not a member of the
 * company (a file exported from another company) is ignored, leaving the record's rep unchanged.
 * The columns are those of the customer list's export, so that an exported file imports back.
 */
@Component
@Order(20)
class CustomerImporter implements Importer {

  static final ImportField<String> CODE =
      ImportField.text("code", "customer.code")
          .required()
          .synonyms("code client", "customer code", "référence", "ref");
  static final ImportField<CustomerKind> KIND =
      ImportField.enumeration("kind", "customer.kind", CustomerKind.class, "customerKind.")
          .synonyms("type de tiers", "type de client", "customer kind");
  static final ImportField<Set<PartyRole>> ROLES =
      ImportField.enumSet("roles", "customer.roles", PartyRole.class, "partyRole.")
          .synonyms("rôle", "role");
  static final ImportField<String> NAME =
      ImportField.text("name", "customer.name")
          .synonyms("société", "nom de la société", "entreprise", "company", "company name");
  static final ImportField<String> CIVILITY =
      ImportField.text("civility", "customer.civility").synonyms("titre", "title");
  static final ImportField<String> FIRST_NAME =
      ImportField.text("firstName", "customer.firstName").synonyms("first name");
  static final ImportField<String> LAST_NAME =
      ImportField.text("lastName", "customer.lastName")
          .synonyms("nom de famille", "last name", "surname");
  static final ImportField<String> LEGAL_FORM =
      ImportField.text("legalForm", "customer.legalForm").synonyms("forme", "statut juridique");
  static final ImportField<Siren> SIREN =
      ImportField.value("siren", "customer.siren", Siren::parse);
  static final ImportField<Siret> SIRET =
      ImportField.value("siret", "customer.siret", Siret::parse).synonyms("siret");
  static final ImportField<VatNumber> VAT =
      ImportField.value("vatNumber", "customer.vatNumber", VatNumber::new)
          .synonyms(
              "tva", "n° tva", "numéro de tva", "tva intracommunautaire", "vat", "vat number");
  static final ImportField<String> NAF =
      ImportField.text("nafCode", "customer.nafCode").synonyms("naf", "ape", "code ape");
  static final ImportField<String> LINE1 =
      ImportField.text("addressLine1", "address.line1")
          .synonyms("adresse 1", "adresse ligne 1", "rue", "street");
  static final ImportField<String> LINE2 =
      ImportField.text("addressLine2", "address.line2")
          .synonyms("adresse 2", "adresse ligne 2", "complément");
  static final ImportField<String> POSTAL_CODE =
      ImportField.text("postalCode", "address.postalCode").synonyms("cp", "code postal", "zip");
  static final ImportField<String> CITY =
      ImportField.text("city", "address.city").synonyms("commune", "localité");
  static final ImportField<String> COUNTRY =
      ImportField.text("countryCode", "address.country").synonyms("pays", "code pays", "country");
  static final ImportField<EmailAddress> EMAIL =
      ImportField.value("email", "customer.email", EmailAddress::new)
          .synonyms("e-mail", "mail", "courriel", "adresse e-mail", "adresse mail");
  static final ImportField<String> PHONE =
      ImportField.text("phone", "customer.phone").synonyms("tél", "tel", "phone");
  static final ImportField<String> SERVICE_CODE =
      ImportField.text("publicServiceCode", "customer.publicServiceCode")
          .synonyms("code service", "service code");
  static final ImportField<Boolean> COMMITMENT =
      ImportField.bool("commitmentRequired", "customer.commitmentRequired")
          .synonyms("engagement obligatoire");
  static final ImportField<PaymentTerms> TERMS =
      ImportField.value("paymentTerms", "customer.paymentTerms", TermsText::parse)
          .synonyms("conditions de règlement", "délai de paiement", "payment terms");
  static final ImportField<PaymentMethod> METHOD =
      ImportField.enumeration(
              "paymentMethod", "customer.paymentMethod", PaymentMethod.class, "paymentMethod.")
          .synonyms("mode de paiement", "règlement", "payment method");
  static final ImportField<BigDecimal> CREDIT_LIMIT =
      ImportField.decimal("creditLimit", "customer.creditLimit")
          .synonyms("encours autorisé", "plafond", "credit limit");
  static final ImportField<String> SALES_REP =
      ImportField.text("salesRep", "customer.salesRep")
          .synonyms("représentant", "commercial", "sales rep");
  static final ImportField<String> CATEGORIES =
      ImportField.text("categories", "customer.categories").synonyms("catégorie", "category");
  static final ImportField<String> TAGS =
      ImportField.text("tags", "customer.tags").synonyms("étiquette", "tag", "mots-clés");
  static final ImportField<String> LANGUAGE =
      ImportField.text("language", "customer.language").synonyms("langue");
  static final ImportField<String> NOTES =
      ImportField.text("notes", "customer.notes").synonyms("note", "remarques", "commentaire");
  static final ImportField<Boolean> BLOCKED =
      ImportField.bool("blocked", "customer.blocked").synonyms("bloqué", "blocked");
  static final ImportField<String> BLOCK_REASON =
      ImportField.text("blockReason", "customer.blockReason").synonyms("motif de blocage");
  static final ImportField<Boolean> MARKETING =
      ImportField.bool("marketingConsent", "customer.marketingConsent")
          .synonyms("consentement marketing", "opt-in");

  private static final List<ImportField<?>> FIELDS =
      List.of(
          CODE,
          KIND,
          ROLES,
          NAME,
          CIVILITY,
          FIRST_NAME,
          LAST_NAME,
          LEGAL_FORM,
          SIREN,
          SIRET,
          VAT,
          NAF,
          LINE1,
          LINE2,
          POSTAL_CODE,
          CITY,
          COUNTRY,
          EMAIL,
          PHONE,
          SERVICE_CODE,
          COMMITMENT,
          TERMS,
          METHOD,
          CREDIT_LIMIT,
          SALES_REP,
          CATEGORIES,
          TAGS,
          LANGUAGE,
          NOTES,
          BLOCKED,
          BLOCK_REASON,
          MARKETING);

  private final CustomerManagement customers;
  private final Members members;

  CustomerImporter(CustomerManagement customers, Members members) {
    this.customers = customers;
    this.members = members;
  }

  @Override
  public String type() {
    return "customers";
  }

  @Override
  public String labelKey() {
    return "import.type.customers";
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
    return List.of(CODE);
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
    String code = normalisedCode(line.get(CODE));
    Optional<CustomerView> existing = customers.findByCode(company, code);
    if (existing.isPresent() && !existing.get().isEditable()) {
      throw new InvalidValue(
          "customer.read-only", "customer " + code + " is read only", existing.get().status());
    }
    CustomerDraft draft = draft(company, code, line, existing.orElse(null));
    if (existing.isEmpty()) {
      if (write) {
        customers.create(company, draft, true, context.origin());
      }
      return ImportOutcome.CREATED;
    }
    CustomerView current = existing.get();
    if (current.toDraft().equals(draft)) {
      return ImportOutcome.UNCHANGED;
    }
    if (write) {
      customers.update(company, current.id(), current.version(), draft, context.origin());
    }
    return ImportOutcome.UPDATED;
  }

  @Override
  public @Nullable ImportField<?> fieldOf(InvalidValue rule) {
    return switch (rule.code()) {
      case "customer.code-format", "customer.code-taken", "customer.read-only" -> CODE;
      case "customer.import.kind-required" -> KIND;
      case "customer.roles-required" -> ROLES;
      case "customer.last-name-required" -> LAST_NAME;
      case "customer.individual-identifiers", "customer.siren-required" -> SIREN;
      case "customer.name-required", "customer.name-too-long" -> NAME;
      case "customer.siret-siren", "customer.siret-required" -> SIRET;
      case "customer.vat-siren", "customer.vat-required" -> VAT;
      case "customer.naf-format" -> NAF;
      case "customer.credit-limit-negative", "customer.credit-limit-too-large", "money.scale" ->
          CREDIT_LIMIT;
      case "customer.block-reason-required" -> BLOCK_REASON;
      case "customer.language" -> LANGUAGE;
      case "customer.label-format" -> CATEGORIES;
      case "payment-terms.cap", "payment-terms.format" -> TERMS;
      case "phone.format" -> PHONE;
      case "postal-address.postal-code" -> POSTAL_CODE;
      case "postal-address.country" -> COUNTRY;
      case "postal-address.required" -> addressField(rule);
      case "customer.text-too-long" -> textField(rule);
      default -> null;
    };
  }

  private static ImportField<?> addressField(InvalidValue rule) {
    String part = rule.args().length > 0 ? String.valueOf(rule.args()[0]) : "";
    return switch (part) {
      case "postalCode" -> POSTAL_CODE;
      case "city" -> CITY;
      case "countryCode" -> COUNTRY;
      default -> LINE1;
    };
  }

  private static @Nullable ImportField<?> textField(InvalidValue rule) {
    String field = rule.args().length > 0 ? String.valueOf(rule.args()[0]) : "";
    return switch (field) {
      case "billingAddress.line1" -> LINE1;
      case "billingAddress.line2" -> LINE2;
      case "billingAddress.postalCode" -> POSTAL_CODE;
      case "billingAddress.city" -> CITY;
      default -> FIELDS.stream().filter(f -> f.name().equals(field)).findFirst().orElse(null);
    };
  }

  /**
   * The draft of a line: the file's value for every column it has, the record's own value (or the
   * default of a new record) for the others.
   */
  private CustomerDraft draft(
      CompanyId company, String code, ImportLine line, @Nullable CustomerView current) {
    CustomerDraft base = current == null ? null : current.toDraft();
    CustomerKind kind = pick(line, KIND, base == null ? null : base.kind());
    if (kind == null) {
      throw new InvalidValue("customer.import.kind-required", "kind required to create " + code);
    }
    Set<PartyRole> roles =
        pick(line, ROLES, base == null ? Set.of(PartyRole.CUSTOMER) : base.roles());
    PostalAddress address = address(line, base == null ? null : base.billingAddress());
    BigDecimal limit =
        pick(
            line,
            CREDIT_LIMIT,
            base == null || base.creditLimit() == null ? null : base.creditLimit().amount());
    return new CustomerDraft(
        code,
        kind,
        roles == null ? Set.of() : roles,
        pick(line, NAME, base == null ? null : base.name()),
        pick(line, CIVILITY, base == null ? null : base.civility()),
        pick(line, FIRST_NAME, base == null ? null : base.firstName()),
        pick(line, LAST_NAME, base == null ? null : base.lastName()),
        pick(line, LEGAL_FORM, base == null ? null : base.legalForm()),
        pick(line, SIREN, base == null ? null : base.siren()),
        pick(line, SIRET, base == null ? null : base.siret()),
        pick(line, VAT, base == null ? null : base.vatNumber()),
        pick(line, NAF, base == null ? null : base.nafCode()),
        address,
        pick(line, EMAIL, base == null ? null : base.email()),
        pick(line, PHONE, base == null ? null : base.phone()),
        pick(line, SERVICE_CODE, base == null ? null : base.publicServiceCode()),
        bool(line, COMMITMENT, base != null && base.commitmentRequired()),
        pick(line, TERMS, base == null ? null : base.paymentTerms()),
        pick(line, METHOD, base == null ? null : base.paymentMethod()),
        limit == null ? null : Money.of(limit),
        salesRep(company, line, base == null ? null : base.salesRep()),
        labels(line, CATEGORIES, base == null ? Set.of() : base.categories()),
        labels(line, TAGS, base == null ? Set.of() : base.tags()),
        language(line, base == null ? "fr" : base.language()),
        pick(line, NOTES, base == null ? null : base.notes()),
        bool(line, BLOCKED, base != null && base.blocked()),
        pick(line, BLOCK_REASON, base == null ? null : base.blockReason()),
        bool(line, MARKETING, base != null && base.marketingConsent()),
        base == null ? List.of() : base.contacts(),
        base == null ? List.of() : base.deliveryAddresses());
  }

  /** The line's value if its column is in the file (empty cell: none), else the current one. */
  static <T> @Nullable T pick(ImportLine line, ImportField<T> field, @Nullable T current) {
    return line.isMapped(field) ? line.get(field) : current;
  }

  static boolean bool(ImportLine line, ImportField<Boolean> field, boolean current) {
    return line.isMapped(field) ? Boolean.TRUE.equals(line.get(field)) : current;
  }

  private static PostalAddress address(ImportLine line, @Nullable PostalAddress current) {
    String line1 = pick(line, LINE1, current == null ? null : current.line1());
    String line2 = pick(line, LINE2, current == null ? null : current.line2());
    String postalCode = pick(line, POSTAL_CODE, current == null ? null : current.postalCode());
    String city = pick(line, CITY, current == null ? null : current.city());
    String country = pick(line, COUNTRY, current == null ? null : current.countryCode());
    return new PostalAddress(
        line1 == null ? "" : line1,
        line2,
        postalCode == null ? "" : postalCode,
        city == null ? "" : city,
        country == null || country.isBlank() ? "FR" : country);
  }

  private static Set<String> labels(
      ImportLine line, ImportField<String> field, Set<String> current) {
    if (!line.isMapped(field)) {
      return current;
    }
    String text = line.get(field);
    var set = new LinkedHashSet<String>();
    if (text != null) {
      Arrays.stream(text.split("[,;\\n]"))
          .map(String::strip)
          .filter(s -> !s.isEmpty())
          .forEach(set::add);
    }
    return set;
  }

  /** {@code fr} or {@code en}, also written as a language's name ("Français", "English"). */
  private static String language(ImportLine line, String current) {
    if (!line.isMapped(LANGUAGE)) {
      return current;
    }
    String text = line.get(LANGUAGE);
    if (text == null) {
      return "fr";
    }
    return switch (normalise(text)) {
      case "fr", "francais", "french", "fr-fr" -> "fr";
      case "en", "anglais", "english", "en-gb", "en-us" -> "en";
      default -> text;
    };
  }

  /**
   * The member named by login or name; a name that is no member of the company leaves the current
   * rep (the file may come from another company, whose users are not these).
   */
  private @Nullable UserId salesRep(CompanyId company, ImportLine line, @Nullable UserId current) {
    if (!line.isMapped(SALES_REP)) {
      return current;
    }
    String text = line.get(SALES_REP);
    if (text == null) {
      return null;
    }
    String wanted = normalise(text);
    return members.of(company).stream()
        .filter(
            m ->
                normalise(m.username()).equals(wanted) || normalise(m.displayName()).equals(wanted))
        .map(Member::id)
        .findFirst()
        .orElse(current);
  }

  static String normalisedCode(@Nullable String code) {
    return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
  }

  static String normalise(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("\\s+", " ")
        .strip();
  }
}
