package org.pepin.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.pepin.PepinIntegrationTest;
import org.pepin.WebSession;
import org.pepin.customers.file.CustomerManagement;
import org.pepin.platform.CompanyId;
import org.pepin.platform.CompanyIdentity;
import org.pepin.platform.PlatformFixtures;
import org.pepin.platform.Role;
import org.pepin.platform.company.CompanyManagement;
import org.pepin.platform.user.UserManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Exports of the customer list and imports of customers and contacts, through the real endpoints:
 * the nursery's exported list imports into Clément Jardins SARL and reproduces its customers, the
 * same file again changes nothing, and a file with one SIRET of wrong check key imports nothing and
 * names its line.
 */
@PepinIntegrationTest
class CustomerTransferTests {

  static final String PASSWORD = "un-long-mot-de-passe";
  static final List<String> DEMO_CODES =
      List.of(
          "C0001", "C0002", "C0003", "C0004", "C0005", "C0006", "C0007", "C0008", "C0009", "C0010",
          "C0011");

  @Autowired MockMvc mvc;
  @Autowired PlatformFixtures fixtures;
  @Autowired CustomerManagement customers;
  @Autowired CompanyManagement companies;
  @Autowired UserManagement users;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcClient jdbc;

  String companyWithAdmin(String prefix) {
    String admin = prefix + System.nanoTime() % 1_000_000_000L;
    transaction.executeWithoutResult(
        s -> {
          var company = companies.create(CompanyIdentity.named("Import " + admin), false);
          users.create(
              company,
              new UserManagement.NewUser(
                  admin, "Admin " + admin, null, PASSWORD, EnumSet.of(Role.SALES)));
        });
    return admin;
  }

  CompanyId companyOf(String login) {
    return users.principal(login).orElseThrow().currentCompany();
  }

  MockHttpServletResponse export(String path, Map<String, String> params) throws Exception {
    var request = get(path).with(fixtures.bearer("paul", fixtures.nursery()));
    params.forEach(request::param);
    var response = mvc.perform(request).andReturn().getResponse();
    assertThat(response.getStatus()).as(path).isEqualTo(200);
    return response;
  }

  static String csvText(MockHttpServletResponse response) {
    byte[] bytes = response.getContentAsByteArray();
    assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
  }

  /** The header and the records whose first cell passes, as a CSV file again. */
  static byte[] keep(String csv, Predicate<CSVRecord> wanted) throws Exception {
    var format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();
    var out = new StringWriter();
    try (var printer = new CSVPrinter(out, format)) {
      boolean header = true;
      for (CSVRecord record : format.parse(new StringReader(csv))) {
        if (header || wanted.test(record)) {
          printer.printRecord(record.toList());
        }
        header = false;
      }
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  static List<CSVRecord> records(String csv) throws Exception {
    var format = CSVFormat.DEFAULT.builder().setDelimiter(';').get();
    return format.parse(new StringReader(csv)).getRecords();
  }

  MockHttpServletResponse importFile(
      String type, byte[] file, String name, RequestPostProcessor who, Map<String, String> params)
      throws Exception {
    var request =
        multipart("/api/v1/imports/" + type)
            .file(new MockMultipartFile("file", name, "application/octet-stream", file))
            .with(who);
    params.forEach(request::param);
    return mvc.perform(request).andReturn().getResponse();
  }

  static String body(MockHttpServletResponse response) throws Exception {
    return response.getContentAsString(StandardCharsets.UTF_8);
  }

  /** What must survive the trip: every field but the sales rep (contacts and sites if asked). */
  static CustomerDraft transferred(CustomerView view, boolean withChildren) {
    CustomerDraft d = view.toDraft();
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
        null,
        d.categories(),
        d.tags(),
        d.language(),
        d.notes(),
        d.blocked(),
        d.blockReason(),
        d.marketingConsent(),
        withChildren ? d.contacts() : List.of(),
        withChildren ? d.deliveryAddresses() : List.of());
  }

  @Test
  void the_nursery_list_exported_to_csv_imports_into_clement_jardins_and_reproduces_its_customers()
      throws Exception {
    CompanyId nursery = fixtures.nursery();
    CompanyId jardins = fixtures.jardins();
    Map<String, String> filter = Map.of("format", "csv", "role", "CUSTOMER", "sort", "code");

    var exported = export("/api/v1/customers/export", filter);
    assertThat(exported.getContentType()).isEqualTo("text/csv;charset=UTF-8");
    assertThat(exported.getHeader("Content-Disposition")).contains("clients-").contains(".csv");
    String csv = csvText(exported);
    List<CSVRecord> rows = records(csv);
    assertThat(rows.get(0).toList())
        .startsWith(
            "Code",
            "Type",
            "Rôles",
            "Raison sociale",
            "Civilité",
            "Prénom",
            "Nom",
            "Forme juridique",
            "SIREN",
            "SIRET du siège");
    assertThat(rows.stream().skip(1).map(r -> r.get(0)).toList())
        .containsAll(DEMO_CODES)
        .doesNotContain("F0001");
    CSVRecord c0001 = rows.stream().filter(r -> r.get(0).equals("C0001")).findFirst().orElseThrow();
    assertThat(c0001.toList())
        .contains(
            "Professionnel",
            "Client",
            "Paysages de l'Ouest Parisien",
            "522 747 963",
            "522 747 963 00018",
            "FR87522747963",
            "18 rue de Poissy",
            "78100",
            "Saint-Germain-en-Laye",
            "30 jours fin de mois",
            "Virement",
            "20000,00",
            "Paysagiste");
    CSVRecord c0010 = rows.stream().filter(r -> r.get(0).equals("C0010")).findFirst().orElseThrow();
    assertThat(c0010.toList()).contains("'+32 3 123 45 67", "BE", "en");

    var contacts = export("/api/v1/customers/contacts/export", filter);
    String contactsCsv = csvText(contacts);
    assertThat(contacts.getHeader("Content-Disposition")).contains("interlocuteurs-clients-");
    assertThat(records(contactsCsv).get(0).toList())
        .containsExactly(
            "Code client",
            "Client",
            "Civilité",
            "Prénom",
            "Nom",
            "Fonction",
            "E-mail",
            "Téléphone",
            "Mobile",
            "Canal préféré",
            "Reçoit les factures",
            "Reçoit les relances");

    var sites = export("/api/v1/customers/addresses/export", filter);
    String sitesCsv = csvText(sites);
    assertThat(records(sitesCsv).get(0).toList())
        .containsExactly(
            "Code client",
            "Client",
            "Site de livraison",
            "Adresse",
            "Complément d'adresse",
            "Code postal",
            "Ville",
            "Pays (code ISO)",
            "SIRET de l'établissement",
            "Consignes d'accès");
    assertThat(records(sitesCsv).stream().filter(r -> r.get(0).equals("C0001")).map(r -> r.get(2)))
        .containsExactly("Chantier résidence Les Coteaux", "Chantier parc d'activités du Pecq");

    // Only the demo's customers (other tests add their own to the nursery).
    byte[] file = keep(csv, r -> DEMO_CODES.contains(r.get(0)));
    byte[] contactsFile = keep(contactsCsv, r -> DEMO_CODES.contains(r.get(0)));
    byte[] sitesFile = keep(sitesCsv, r -> DEMO_CODES.contains(r.get(0)));
    var paul = fixtures.bearer("paul", jardins);
    // Clément Jardins has no customers in the demo (CustomerFileTests): remove what this test adds.
    List<String> before =
        DEMO_CODES.stream().filter(c -> customers.findByCode(jardins, c).isPresent()).toList();
    try {
      roundTrip(nursery, jardins, paul, file, contactsFile, sitesFile);
    } finally {
      for (String code : DEMO_CODES) {
        if (!before.contains(code)) {
          customers.findByCode(jardins, code).ifPresent(c -> customers.delete(jardins, c.id()));
        }
      }
    }
    assertThat(customers.findByCode(jardins, "C0001").isPresent())
        .isEqualTo(before.contains("C0001"));
  }

  private void roundTrip(
      CompanyId nursery,
      CompanyId jardins,
      RequestPostProcessor paul,
      byte[] file,
      byte[] contactsFile,
      byte[] sitesFile)
      throws Exception {

    var dry = importFile("customers", file, "clients.csv", paul, Map.of());
    assertThat(dry.getStatus()).as(body(dry)).isEqualTo(200);
    assertThat(JsonPath.<String>read(body(dry), "$.status")).isEqualTo("CHECKED");
    assertThat(JsonPath.<Integer>read(body(dry), "$.counts.total")).isEqualTo(11);
    assertThat(JsonPath.<Map<String, String>>read(body(dry), "$.mapping"))
        .containsEntry("code", "Code")
        .containsEntry("siret", "SIRET du siège")
        .containsEntry("postalCode", "Code postal")
        .containsEntry("paymentTerms", "Conditions de paiement")
        .containsEntry("creditLimit", "Plafond d'encours");

    var imported = importFile("customers", file, "clients.csv", paul, Map.of("dryRun", "false"));
    assertThat(imported.getStatus()).as(body(imported)).isEqualTo(200);
    assertThat(JsonPath.<String>read(body(imported), "$.status")).isEqualTo("IMPORTED");
    assertThat(JsonPath.<Integer>read(body(imported), "$.counts.rejected")).isZero();
    var importedContacts =
        importFile(
            "customer-contacts",
            contactsFile,
            "interlocuteurs.csv",
            paul,
            Map.of("dryRun", "false"));
    assertThat(importedContacts.getStatus()).as(body(importedContacts)).isEqualTo(200);
    assertThat(JsonPath.<String>read(body(importedContacts), "$.status")).isEqualTo("IMPORTED");
    var importedSites =
        importFile("customer-addresses", sitesFile, "sites.csv", paul, Map.of("dryRun", "false"));
    assertThat(importedSites.getStatus()).as(body(importedSites)).isEqualTo(200);
    assertThat(JsonPath.<String>read(body(importedSites), "$.status")).isEqualTo("IMPORTED");

    for (String code : DEMO_CODES) {
      CustomerView original = customers.findByCode(nursery, code).orElseThrow();
      CustomerView copy = customers.findByCode(jardins, code).orElseThrow();
      assertThat(transferred(copy, true)).as(code).isEqualTo(transferred(original, true));
      assertThat(copy.id()).isNotEqualTo(original.id());
      assertThat(copy.status()).isEqualTo(CustomerStatus.ACTIVE);
    }
    CustomerView verte = customers.findByCode(jardins, "C0001").orElseThrow();
    assertThat(verte.siret().value()).isEqualTo("52274796300018");
    assertThat(verte.billingAddress().city()).isEqualTo("Saint-Germain-en-Laye");
    assertThat(verte.creditLimit().amount()).isEqualByComparingTo("20000");
    assertThat(verte.paymentTerms().code()).isEqualTo("DEOM30");
    assertThat(verte.salesRep()).as("Karim is no member of Clément Jardins").isNull();
    assertThat(customers.findByCode(jardins, "C0002").orElseThrow().publicServiceCode())
        .isEqualTo("SERV-TECH");
    assertThat(customers.findByCode(jardins, "C0010").orElseThrow().phone())
        .isEqualTo("+32 3 123 45 67");
    assertThat(customers.findByCode(jardins, "C0005").orElseThrow().contacts())
        .extracting(Contact::lastName)
        .containsExactly("Vasseur", "Caron");

    // Idempotent: the same files again change nothing.
    var again = importFile("customers", file, "clients.csv", paul, Map.of("dryRun", "false"));
    assertThat(JsonPath.<Integer>read(body(again), "$.counts.unchanged")).isEqualTo(11);
    assertThat(JsonPath.<Integer>read(body(again), "$.counts.created")).isZero();
    var contactsAgain =
        importFile(
            "customer-contacts",
            contactsFile,
            "interlocuteurs.csv",
            paul,
            Map.of("dryRun", "false"));
    assertThat(JsonPath.<Integer>read(body(contactsAgain), "$.counts.created")).isZero();
    assertThat(JsonPath.<Integer>read(body(contactsAgain), "$.counts.updated")).isZero();
    assertThat(customers.findByCode(jardins, "C0005").orElseThrow().contacts()).hasSize(2);
    var sitesAgain =
        importFile("customer-addresses", sitesFile, "sites.csv", paul, Map.of("dryRun", "false"));
    assertThat(JsonPath.<Integer>read(body(sitesAgain), "$.counts.unchanged")).isEqualTo(2);
    assertThat(customers.findByCode(jardins, "C0001").orElseThrow().deliveryAddresses())
        .extracting(DeliveryAddress::accessNotes)
        .containsExactly(
            "Accès par le portail nord, livraison 8 h – 12 h ; prévenir le conducteur de travaux"
                + " la veille.",
            "Quai de déchargement, semi-remorque impossible.");
  }

  @Test
  void an_export_holds_exactly_what_the_list_shows_with_the_same_filters_and_order()
      throws Exception {
    var sophie = fixtures.bearer("sophie", fixtures.nursery());
    for (Map<String, String> filter :
        List.of(
            Map.of("category", "paysagiste", "sort", "code,desc"),
            Map.of("kind", "INDIVIDUAL", "q", "78490"),
            Map.of("role", "SUBCONTRACTOR"),
            Map.of("status", "ALL", "sort", "city"))) {
      var list = get("/api/v1/customers").param("size", "500").with(sophie);
      filter.forEach(list::param);
      List<String> listed =
          JsonPath.read(body(mvc.perform(list).andReturn().getResponse()), "$.content[*].code");
      var params = new java.util.HashMap<>(filter);
      params.put("format", "csv");
      List<String> exported =
          records(csvText(export("/api/v1/customers/export", params))).stream()
              .skip(1)
              .map(r -> r.get(0))
              .toList();
      assertThat(exported).as(filter.toString()).isEqualTo(listed).isNotEmpty();
    }
    var unknown =
        mvc.perform(
                get("/api/v1/customers/export")
                    .param("format", "ods")
                    .with(fixtures.bearer("sophie", fixtures.nursery())))
            .andReturn()
            .getResponse();
    assertThat(unknown.getStatus()).isEqualTo(400);
    assertThat(JsonPath.<String>read(body(unknown), "$.errors[0].message"))
        .isEqualTo("Format d'export inconnu : « ods » (csv ou xlsx).");
  }

  @Test
  void a_file_with_one_siret_of_wrong_check_key_imports_nothing_and_names_its_line()
      throws Exception {
    String csv =
        csvText(
            export(
                "/api/v1/customers/export",
                Map.of("format", "csv", "role", "CUSTOMER", "sort", "code")));
    byte[] file = keep(csv, r -> DEMO_CODES.contains(r.get(0)));
    String text = new String(file, StandardCharsets.UTF_8);
    assertThat(text).contains("217 804 210 00011");
    byte[] bad =
        text.replace("217 804 210 00011", "217 804 210 00012").getBytes(StandardCharsets.UTF_8);
    String admin = companyWithAdmin("csiret");
    CompanyId company = companyOf(admin);
    var who = fixtures.bearer(admin, company);

    var refused = importFile("customers", bad, "clients.csv", who, Map.of("dryRun", "false"));
    assertThat(refused.getStatus()).isEqualTo(422);
    String json = body(refused);
    assertThat(JsonPath.<String>read(json, "$.status")).isEqualTo("REFUSED");
    assertThat(JsonPath.<List<Integer>>read(json, "$.issues[*].line")).containsExactly(3);
    assertThat(JsonPath.<List<String>>read(json, "$.issues[*].column"))
        .containsExactly("SIRET du siège");
    assertThat(JsonPath.<List<String>>read(json, "$.issues[*].message"))
        .containsExactly(
            "Le SIRET 21780421000012 n'est pas valide : sa clé de contrôle est fausse (vérifiez la"
                + " saisie).");
    assertThat(JsonPath.<Integer>read(json, "$.counts.created")).isZero();
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM customer WHERE company_id = :c")
                .param("c", company.value())
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void an_xlsx_export_of_the_screen_imports_back_and_columns_left_out_keep_their_values()
      throws Exception {
    var sophie = WebSession.login(mvc, "sophie");
    var xlsx =
        sophie
            .perform(get("/customers/export").param("format", "xlsx").param("q", "C0010"))
            .getResponse();
    assertThat(xlsx.getStatus()).isEqualTo(200);
    assertThat(xlsx.getContentType())
        .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    List<Row> rows;
    try (var workbook =
        new ReadableWorkbook(
            new ByteArrayInputStream(xlsx.getContentAsByteArray()),
            new ReadingOptions(true, false))) {
      rows = workbook.getFirstSheet().read();
    }
    assertThat(rows).hasSize(2);
    assertThat(rows.get(1).getCellText(0)).isEqualTo("C0010");
    assertThat(
            sophie
                .perform(get("/customers/export").param("format", "pdf"))
                .getResponse()
                .getStatus())
        .isEqualTo(400);

    String admin = companyWithAdmin("cxlsx");
    CompanyId company = companyOf(admin);
    var who = fixtures.bearer(admin, company);
    var imported =
        importFile(
            "customers",
            xlsx.getContentAsByteArray(),
            "clients.xlsx",
            who,
            Map.of("dryRun", "false"));
    assertThat(imported.getStatus()).as(body(imported)).isEqualTo(200);
    assertThat(JsonPath.<Integer>read(body(imported), "$.counts.created")).isEqualTo(1);
    CustomerView original = customers.findByCode(fixtures.nursery(), "C0010").orElseThrow();
    CustomerView copy = customers.findByCode(company, "C0010").orElseThrow();
    assertThat(transferred(copy, false)).isEqualTo(transferred(original, false));

    // A hand-made file: only the columns it has change; a new code needs its kind.
    String partial =
        "Code client;Plafond d'encours;Catégories\r\n"
            + "c0010;25 000,50;Export UE; Revendeur\r\n"
            + "NEW-1;1 000;\r\n";
    var refused =
        importFile(
            "customers",
            partial.replace("Code client", "Code").getBytes(StandardCharsets.UTF_8),
            "main.csv",
            who,
            Map.of("dryRun", "false"));
    assertThat(refused.getStatus()).isEqualTo(422);
    assertThat(JsonPath.<List<Integer>>read(body(refused), "$.issues[*].line")).containsExactly(3);
    assertThat(JsonPath.<List<String>>read(body(refused), "$.issues[*].message"))
        .containsExactly(
            "Indiquez le type du tiers (Professionnel, Organisme public ou Particulier) pour le"
                + " créer.");
    var updated =
        importFile(
            "customers",
            ("Code;Plafond d'encours;Catégories;Commercial\r\n"
                    + "c0010;25 000,50;\"Export UE, Revendeur\";"
                    + admin
                    + "\r\n")
                .getBytes(StandardCharsets.UTF_8),
            "main.csv",
            who,
            Map.of("dryRun", "false"));
    assertThat(JsonPath.<Integer>read(body(updated), "$.counts.updated")).isEqualTo(1);
    CustomerView changed = customers.findByCode(company, "C0010").orElseThrow();
    assertThat(changed.creditLimit().amount()).isEqualByComparingTo("25000.50");
    assertThat(changed.name()).isEqualTo(original.name());
    assertThat(changed.vatNumber()).isEqualTo(original.vatNumber());
    assertThat(changed.salesRep()).isEqualTo(users.findByUsername(admin).orElseThrow());
    assertThat(changed.categories()).containsExactly("Export UE", "Revendeur");

    // Contacts of a code that does not exist are refused, naming the code.
    var orphan =
        importFile(
            "customer-contacts",
            "Code client;Nom;E-mail\r\nZZ-404;Durand;durand@example.org\r\n"
                .getBytes(StandardCharsets.UTF_8),
            "contacts.csv",
            who,
            Map.of("dryRun", "true"));
    assertThat(JsonPath.<String>read(body(orphan), "$.status")).isEqualTo("INVALID");
    assertThat(JsonPath.<List<String>>read(body(orphan), "$.issues[*].message"))
        .containsExactly(
            "Aucun tiers n'a le code « ZZ-404 » dans cette société : importez d'abord les clients.");
    assertThat(new ArrayList<>(customers.findByCode(company, "C0010").orElseThrow().contacts()))
        .isEmpty();
  }
}
