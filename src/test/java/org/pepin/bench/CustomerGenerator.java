package org.pepin.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.pepin.customers.Contact;
import org.pepin.customers.ContactChannel;
import org.pepin.customers.CustomerDraft;
import org.pepin.customers.CustomerKind;
import org.pepin.customers.DeliveryAddress;
import org.pepin.customers.PartyRole;
import org.pepin.customers.PaymentMethod;
import org.pepin.customers.file.CustomerMapping;
import org.pepin.shared.EmailAddress;
import org.pepin.shared.Money;
import org.pepin.shared.PaymentTerms;
import org.pepin.shared.PostalAddress;
import org.pepin.shared.Siren;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Customers of a generated data set: 80 % businesses, 3 % public bodies, 17 % individuals, in the
 * towns around the nursery, with one or two contacts and up to two delivery sites. Every record is
 * built as a {@link CustomerDraft}, so it passes the validation of user input (valid
 * SIREN/SIRET/VAT keys, postal codes, e-mails), then written by bulk SQL with the columns the
 * application writes (same search text).
 */
final class CustomerGenerator implements DataGenerator {

  static final String[] TOWNS = {
    "78000 Versailles",
    "78100 Saint-Germain-en-Laye",
    "78490 Montfort-l'Amaury",
    "78120 Rambouillet",
    "78310 Maurepas",
    "78610 Le Perray-en-Yvelines",
    "78160 Marly-le-Roi",
    "78200 Mantes-la-Jolie",
    "78300 Poissy",
    "78400 Chatou",
    "78500 Sartrouville",
    "78700 Conflans-Sainte-Honorine",
    "78190 Trappes",
    "78180 Montigny-le-Bretonneux",
    "78150 Le Chesnay-Rocquencourt",
    "78220 Viroflay",
    "78230 Le Pecq",
    "78290 Croissy-sur-Seine",
    "78340 Les Clayes-sous-Bois",
    "78370 Plaisir",
    "78390 Bois-d'Arcy",
    "78410 Aubergenville",
    "78420 Carrières-sur-Seine",
    "78480 Verneuil-sur-Seine",
    "78510 Triel-sur-Seine",
    "78540 Vernouillet",
    "78550 Houdan",
    "78590 Noisy-le-Roi",
    "78620 L'Étang-la-Ville",
    "78640 Neauphle-le-Château",
    "78660 Ablis",
    "78690 Les Essarts-le-Roi",
    "78720 Dampierre",
    "78730 Saint-Arnoult-en-Yvelines",
    "78760 Jouars-Pontchartrain",
    "78770 Thoiry",
    "78810 Feucherolles",
    "78830 Bonnelles",
    "78850 Thiverval-Grignon",
    "78870 Bailly"
  };
  static final String[] TRADES = {
    "Paysages",
    "Jardins",
    "Espaces verts",
    "Création paysagère",
    "Pépinière",
    "Jardinerie",
    "Golf",
    "Hôtel",
    "Résidence",
    "Domaine",
    "Entretien",
    "Arbres et haies",
    "Parcs",
    "Aménagements",
    "Terrasses"
  };
  static final String[] NAMES = {
    "Martin",
    "Bernard",
    "Thomas",
    "Petit",
    "Robert",
    "Richard",
    "Durand",
    "Dubois",
    "Moreau",
    "Laurent",
    "Simon",
    "Michel",
    "Lefebvre",
    "Leroy",
    "Roux",
    "David",
    "Bertrand",
    "Morel",
    "Fournier",
    "Girard",
    "Bonnet",
    "Dupont",
    "Lambert",
    "Fontaine",
    "Rousseau",
    "Vincent",
    "Muller",
    "Lefèvre",
    "Faure",
    "André",
    "Mercier",
    "Blanc",
    "Guérin",
    "Boyer",
    "Garnier",
    "Chevalier",
    "François",
    "Legrand",
    "Gauthier",
    "Garcia"
  };
  static final String[] FIRST_NAMES = {
    "Marie",
    "Jean",
    "Pierre",
    "Claire",
    "Sophie",
    "Thomas",
    "Nicolas",
    "Julie",
    "Camille",
    "Hervé",
    "Nathalie",
    "Éric",
    "Isabelle",
    "Philippe",
    "Sandrine",
    "Laurent",
    "Hélène",
    "François",
    "Anne",
    "Julien"
  };
  static final String[] FORMS = {"SARL", "SAS", "EURL", "SA", "SCI", "SASU"};
  static final String[] CATEGORIES = {
    "Paysagiste",
    "Jardinerie",
    "Revendeur",
    "Collectivité",
    "Particulier",
    "Hôtellerie",
    "Golf et loisirs",
    "Immobilier",
    "Contrat d'entretien"
  };

  static final List<String> CUSTOMER_COLUMNS =
      List.of(
          "id",
          "company_id",
          "version",
          "code",
          "code_changes",
          "kind",
          "roles",
          "status",
          "name",
          "civility",
          "first_name",
          "last_name",
          "legal_form",
          "siren",
          "siret",
          "vat_number",
          "naf_code",
          "address_line1",
          "address_line2",
          "postal_code",
          "city",
          "country_code",
          "email",
          "phone",
          "public_service_code",
          "commitment_required",
          "payment_terms",
          "payment_method",
          "credit_limit",
          "insolvency_status",
          "sales_rep_id",
          "categories",
          "tags",
          "language",
          "notes",
          "blocked",
          "marketing_consent",
          "last_activity_at",
          "created_at",
          "search_text");
  static final List<String> CONTACT_COLUMNS =
      List.of(
          "customer_id",
          "position",
          "company_id",
          "civility",
          "first_name",
          "last_name",
          "job_title",
          "email",
          "phone",
          "mobile",
          "preferred_channel",
          "receives_invoices",
          "receives_reminders");
  static final List<String> ADDRESS_COLUMNS =
      List.of(
          "customer_id",
          "position",
          "company_id",
          "label",
          "address_line1",
          "address_line2",
          "postal_code",
          "city",
          "country_code",
          "siret",
          "access_notes");

  @Override
  public String name() {
    return "customers";
  }

  @Override
  public boolean complete(BenchContext context) {
    Long customers =
        new JdbcTemplate(context.dataSource())
            .queryForObject(
                "SELECT COUNT(*) FROM customer WHERE company_id = ?",
                Long.class,
                context.company().value());
    return customers != null && customers == context.scale().customers();
  }

  /** Deletes the company's customers (their contacts and sites go with them). */
  @Override
  public void delete(BenchContext context) {
    new JdbcTemplate(context.dataSource())
        .update("DELETE FROM customer WHERE company_id = ?", context.company().value());
  }

  @Override
  public long generate(BenchContext context) throws Exception {
    Random random = context.random(name());
    UUID company = context.company().value();
    OffsetDateTime start = Instant.parse("2023-01-01T08:00:00Z").atOffset(ZoneOffset.UTC);
    try (Connection connection = context.dataSource().getConnection()) {
      connection.setAutoCommit(false);
      try (var customers = new BulkWriter(connection, "customer", CUSTOMER_COLUMNS);
          var contacts =
              new BulkWriter(connection, "customer_contact", CONTACT_COLUMNS, customers);
          var addresses =
              new BulkWriter(connection, "customer_delivery_address", ADDRESS_COLUMNS, customers)) {
        for (int n = 1; n <= context.scale().customers(); n++) {
          String code = code(n);
          CustomerDraft draft = draft(n, code, random);
          UUID id = UUID.randomUUID();
          OffsetDateTime created = start.plus(random.nextInt(3 * 365 * 24), ChronoUnit.HOURS);
          customers.add(row(id, company, code, draft, created));
          int position = 0;
          for (Contact contact : draft.contacts()) {
            contacts.add(
                id,
                position++,
                company,
                contact.civility(),
                contact.firstName(),
                contact.lastName(),
                contact.jobTitle(),
                contact.email() == null ? null : contact.email().value(),
                contact.phone(),
                contact.mobile(),
                contact.preferredChannel().name(),
                contact.receivesInvoices(),
                contact.receivesReminders());
          }
          position = 0;
          for (DeliveryAddress site : draft.deliveryAddresses()) {
            PostalAddress a = site.address();
            addresses.add(
                id,
                position++,
                company,
                site.label(),
                a.line1(),
                a.line2(),
                a.postalCode(),
                a.city(),
                a.countryCode(),
                null,
                site.accessNotes());
          }
        }
        customers.close();
        contacts.close();
        addresses.close();
        connection.commit();
        return customers.written() + contacts.written() + addresses.written();
      }
    }
  }

  /** The generated code of the n-th customer: {@code G000001}. */
  static String code(int n) {
    return "G%06d".formatted(n);
  }

  /** The n-th customer as a user would have typed it (validated by the draft's rules). */
  static CustomerDraft draft(int n, String code, Random random) {
    int kindDraw = random.nextInt(100);
    CustomerKind kind =
        kindDraw < 80
            ? CustomerKind.BUSINESS
            : kindDraw < 83 ? CustomerKind.PUBLIC_BODY : CustomerKind.INDIVIDUAL;
    String[] town = TOWNS[random.nextInt(TOWNS.length)].split(" ", 2);
    var address =
        PostalAddress.france(
            (1 + random.nextInt(120)) + " rue " + pick(random, NAMES), null, town[0], town[1]);
    String lastName = pick(random, NAMES);
    String firstName = pick(random, FIRST_NAMES);
    Siren siren = Identifiers.siren(n);
    var contacts = new ArrayList<Contact>();
    var sites = new ArrayList<DeliveryAddress>();
    String slug = "c" + n;
    if (kind != CustomerKind.INDIVIDUAL) {
      int count = 1 + random.nextInt(2);
      for (int i = 0; i < count; i++) {
        contacts.add(
            new Contact(
                random.nextBoolean() ? "M." : "Mme",
                pick(random, FIRST_NAMES),
                pick(random, NAMES),
                i == 0 ? "Gérant" : "Comptable",
                new EmailAddress("contact" + i + "@" + slug + ".example"),
                "01 34 %02d %02d %02d"
                    .formatted(random.nextInt(100), random.nextInt(100), random.nextInt(100)),
                null,
                ContactChannel.EMAIL,
                i == count - 1,
                i == count - 1));
      }
      int siteCount = random.nextInt(3);
      for (int i = 0; i < siteCount; i++) {
        String[] siteTown = TOWNS[random.nextInt(TOWNS.length)].split(" ", 2);
        sites.add(
            new DeliveryAddress(
                "Chantier " + pick(random, NAMES) + " " + (i + 1),
                PostalAddress.france(
                    "Lieu-dit " + pick(random, NAMES), null, siteTown[0], siteTown[1]),
                null,
                "Livraison 8 h – 12 h"));
      }
    }
    String name =
        switch (kind) {
          case BUSINESS -> pick(random, TRADES) + " " + lastName + " " + n;
          case PUBLIC_BODY -> "Commune de " + town[1] + " " + n;
          case INDIVIDUAL -> null;
        };
    return new CustomerDraft(
        code,
        kind,
        Set.of(PartyRole.CUSTOMER),
        name,
        kind == CustomerKind.INDIVIDUAL ? (random.nextBoolean() ? "M." : "Mme") : null,
        kind == CustomerKind.INDIVIDUAL ? firstName : null,
        kind == CustomerKind.INDIVIDUAL ? lastName : null,
        kind == CustomerKind.BUSINESS ? pick(random, FORMS) : null,
        kind == CustomerKind.INDIVIDUAL ? null : siren,
        kind == CustomerKind.INDIVIDUAL ? null : Identifiers.headOffice(siren),
        kind == CustomerKind.BUSINESS ? Identifiers.vat(siren) : null,
        null,
        address,
        new EmailAddress(
            (kind == CustomerKind.INDIVIDUAL ? "client" : "contact") + "@" + slug + ".example"),
        null,
        kind == CustomerKind.PUBLIC_BODY ? "SERV-" + n : null,
        kind == CustomerKind.PUBLIC_BODY,
        kind == CustomerKind.INDIVIDUAL ? PaymentTerms.onReceipt() : PaymentTerms.days(30),
        kind == CustomerKind.INDIVIDUAL ? PaymentMethod.CARD : PaymentMethod.TRANSFER,
        kind == CustomerKind.BUSINESS
            ? Money.of(BigDecimal.valueOf(5_000L * (1 + random.nextInt(8))))
            : null,
        null,
        Set.of(
            kind == CustomerKind.INDIVIDUAL
                ? "Particulier"
                : kind == CustomerKind.PUBLIC_BODY ? "Collectivité" : pick(random, CATEGORIES)),
        Set.of(),
        "fr",
        null,
        false,
        null,
        false,
        contacts,
        sites);
  }

  static Object[] row(UUID id, UUID company, String code, CustomerDraft d, OffsetDateTime created) {
    PostalAddress a = d.billingAddress();
    return new Object[] {
      id,
      company,
      0,
      code,
      0,
      d.kind().name(),
      CustomerMapping.codes(d.roles()),
      "ACTIVE",
      d.name(),
      d.civility(),
      d.firstName(),
      d.lastName(),
      d.legalForm(),
      d.siren() == null ? null : d.siren().value(),
      d.siret() == null ? null : d.siret().value(),
      d.vatNumber() == null ? null : d.vatNumber().value(),
      d.nafCode(),
      a.line1(),
      a.line2(),
      a.postalCode(),
      a.city(),
      a.countryCode(),
      d.email() == null ? null : d.email().value(),
      d.phone(),
      d.publicServiceCode(),
      d.commitmentRequired(),
      d.paymentTerms() == null ? null : d.paymentTerms().code(),
      d.paymentMethod() == null ? null : d.paymentMethod().name(),
      d.creditLimit() == null ? null : d.creditLimit().amount(),
      "NONE",
      null,
      CustomerMapping.joined(d.categories()),
      CustomerMapping.joined(d.tags()),
      d.language(),
      d.notes(),
      false,
      false,
      created,
      created,
      CustomerMapping.searchText(code, d)
    };
  }

  static String pick(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }
}
