package org.pepin.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pepin.customers.CustomerTestData.individual;
import static org.pepin.customers.CustomerTestData.unique;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pepin.PepinIntegrationTest;
import org.pepin.TenantIsolation;
import org.pepin.WebSession;
import org.pepin.customers.file.CustomerLifecycle;
import org.pepin.customers.file.CustomerManagement;
import org.pepin.customers.file.CustomerSearch;
import org.pepin.customers.file.DraftCopy;
import org.pepin.customers.merge.CustomerMerge;
import org.pepin.customers.privacy.CustomerErasure;
import org.pepin.customers.privacy.ErasureReport;
import org.pepin.customers.privacy.PersonalDataExport;
import org.pepin.customers.privacy.ProspectRetention;
import org.pepin.platform.ChangeHistory;
import org.pepin.platform.CompanyId;
import org.pepin.platform.Member;
import org.pepin.platform.PageQuery;
import org.pepin.platform.PlatformFixtures;
import org.pepin.platform.Role;
import org.pepin.shared.InvalidValue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** GDPR: the access export, the erasure of an individual, the retention rule of prospects. */
@PepinIntegrationTest
@RecordApplicationEvents
class CustomerPrivacyTests {

  @Autowired CustomerManagement customers;
  @Autowired CustomerMerge merge;
  @Autowired PersonalDataExport export;
  @Autowired CustomerErasure erasure;
  @Autowired ProspectRetention retention;
  @Autowired CustomerSearch search;
  @Autowired ChangeHistory history;
  @Autowired TestDocuments documents;
  @Autowired PlatformFixtures fixtures;
  @Autowired ApplicationEvents events;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;
  @Autowired PageSections sections;

  final JsonMapper json = JsonMapper.builder().build();

  record Person(CustomerId id, String lastName, String email) {}

  /** An individual with a contact, a delivery site, notes, consent and one change in history. */
  Person person(CompanyId company) {
    String u = unique();
    String lastName = "Rgpd" + u;
    String email = "claire." + u + "@exemple.test";
    var id = customers.create(company, individual("Claire", lastName, email), true);
    var created = customers.get(company, id);
    customers.update(
        company,
        id,
        created.version(),
        DraftCopy.of(created.toDraft()).tags(Set.of("haie", "jardin", "fidèle")).build());
    return new Person(id, lastName, email);
  }

  @Test
  void theAccessExportHoldsTheIndividualsDataContactsDocumentsAndHistory() throws Exception {
    var company = fixtures.nursery();
    var p = person(company);
    String code = customers.get(company, p.id()).code();
    documents.issue(company, p.id(), "FA-TEST-" + code);

    JsonNode data = json.readTree(export.json(company, p.id(), Locale.FRENCH));
    assertThat(data.get("legalBasis").asString()).contains("art. 15").contains("art. 20");
    assertThat(data.get("company").asString()).isEqualTo("Pépinières Clément");
    var customer = data.get("customer");
    assertThat(customer.get("code").asString()).isEqualTo(code);
    assertThat(customer.get("name").asString()).isEqualTo("Mme Claire " + p.lastName());
    assertThat(customer.get("kind").asString()).isEqualTo("Particulier");
    assertThat(customer.get("email").asString()).isEqualTo(p.email());
    assertThat(customer.get("phone").asString()).isEqualTo("06 12 34 56 78");
    assertThat(customer.get("notes").asString())
        .isEqualTo("Chien dans le jardin, sonner deux fois.");
    assertThat(customer.get("billingAddress").toString()).contains("12 rue des Lilas");
    assertThat(data.get("marketingConsent").get("given").asBoolean()).isTrue();
    assertThat(data.get("contacts").get(0).get("lastName").asString()).isEqualTo(p.lastName());
    assertThat(data.get("deliveryAddresses").get(0).get("label").asString())
        .isEqualTo("Résidence secondaire");
    assertThat(data.get("records").get(0).get("reference").asString()).isEqualTo("FA-TEST-" + code);
    assertThat(data.get("records").get(0).get("legallyRetained").asBoolean()).isTrue();
    var history = data.get("history");
    assertThat(history.size()).isEqualTo(2);
    assertThat(history.toString()).contains("Création").contains("Modification").contains("fidèle");

    byte[] pdf = export.pdf(company, p.id(), Locale.FRENCH);
    assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
    java.nio.file.Files.write(java.nio.file.Path.of("target/screenshots/gdpr-export.pdf"), pdf);
    assertThat(pdf.length).isGreaterThan(5_000);

    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM audit_event WHERE company_id = :c AND action = :a"
                        + " AND target_id = :t")
                .param("c", company.value())
                .param("a", PersonalDataExport.AUDIT_ACTION)
                .param("t", p.id().toString())
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void anErasureAnonymisesTheIndividualButTheIssuedDocumentKeepsItsSnapshot() {
    var company = fixtures.nursery();
    var p = person(company);
    var before = customers.get(company, p.id());
    var invoice = documents.issue(company, p.id(), "FA-TEST-" + before.code());
    // a duplicate of the same person, merged into the record: erased with it
    var twin =
        customers.create(company, individual("Claire", p.lastName(), "twin." + p.email()), true);
    merge.merge(company, twin, p.id());

    ErasureReport report = erasure.erase(company, p.id(), Locale.FRENCH);

    var after = customers.get(company, p.id());
    assertThat(after.status()).isEqualTo(CustomerStatus.ERASED);
    assertThat(after.code()).isEqualTo(before.code());
    assertThat(after.name()).isEqualTo(CustomerLifecycle.ERASED_NAME);
    assertThat(after.firstName()).isNull();
    assertThat(after.email()).isNull();
    assertThat(after.phone()).isNull();
    assertThat(after.notes()).isNull();
    assertThat(after.billingAddress()).isNull();
    assertThat(after.tags()).isEmpty();
    assertThat(after.contacts()).isEmpty();
    assertThat(after.deliveryAddresses()).isEmpty();
    assertThat(after.marketingConsent()).isFalse();
    assertThat(customers.get(company, twin).status()).isEqualTo(CustomerStatus.ERASED);
    assertThat(customers.get(company, twin).email()).isNull();

    // the search no longer finds the person by name or e-mail
    assertThat(search.search(company, statusAll(p.lastName()), page()).content()).isEmpty();
    assertThat(search.search(company, statusAll(p.email()), page()).content()).isEmpty();

    // the history keeps who and when, not the personal values
    var entries = history.of(company, CustomerManagement.ENTITY, p.id(), 20).entries();
    assertThat(entries.get(0).action())
        .isIn(CustomerLifecycle.ERASED, CustomerLifecycle.MERGED_FROM);
    var created =
        entries.stream().filter(e -> e.action().equals(ChangeHistory.CREATED)).findFirst().get();
    assertThat(created.changes())
        .filteredOn(c -> Set.of("name", "email", "phone", "notes").contains(c.field()))
        .hasSize(4)
        .allSatisfy(c -> assertThat(c.newValue()).isEqualTo(ChangeHistory.ERASED_VALUE));
    assertThat(created.changes())
        .filteredOn(c -> c.field().equals("kind"))
        .singleElement()
        .satisfies(c -> assertThat(c.newValue()).isEqualTo("INDIVIDUAL"));
    assertThat(entries.toString()).doesNotContain(p.lastName()).doesNotContain(p.email());

    // the issued document is untouched: its stored snapshot still names and addresses the person
    CustomerSnapshot kept = documents.snapshotOf(p.id());
    assertThat(kept.name()).isEqualTo("Mme Claire " + p.lastName());
    assertThat(kept.billingAddress()).isEqualTo(before.billingAddress());
    assertThat(kept.code()).isEqualTo(before.code());

    // the report says what was kept and why
    assertThat(report.kept())
        .anySatisfy(
            k -> {
              assertThat(k.what()).contains(invoice.number());
              assertThat(k.reason()).contains("L123-22");
            });
    assertThat(report.erased()).contains("E-mail", "Interlocuteurs");
    assertThat(events.stream(CustomerErased.class))
        .contains(new CustomerErased(company, p.id()), new CustomerErased(company, twin));

    // read-only afterwards; a second erasure is refused
    assertThatThrownBy(() -> erasure.erase(company, p.id(), Locale.FRENCH))
        .extracting(e -> ((InvalidValue) e).code())
        .isEqualTo("customer.read-only");
  }

  @Test
  void aBusinessOrAPublicBodyCannotBeErased() {
    var company = fixtures.nursery();
    var commune = customers.findByCode(company, "C0002").orElseThrow();
    var business =
        customers.create(
            company,
            CustomerTestData.business(
                "Erasure Refused " + unique(),
                CustomerTestData.siren(),
                List.of(),
                List.of(),
                Set.of(),
                Set.of()),
            true);
    for (CustomerId id : List.of(commune.id(), business)) {
      var before = customers.get(company, id);
      assertThatThrownBy(() -> erasure.erase(company, id, Locale.FRENCH))
          .extracting(e -> ((InvalidValue) e).code())
          .isEqualTo("customer.erase-not-individual");
      assertThat(customers.get(company, id)).isEqualTo(before);
    }
  }

  @Test
  void theApiExportsAndErasesWithRolesTenantIsolationAndFrenchProblems() throws Exception {
    var company = fixtures.nursery();
    var p = person(company);
    String code = customers.get(company, p.id()).code();
    documents.issue(company, p.id(), "FA-API-" + code);

    var exported =
        mvc.perform(
                get("/api/v1/customers/{id}/personal-data", p.id())
                    .with(fixtures.bearer("sophie", company)))
            .andReturn()
            .getResponse();
    assertThat(exported.getStatus()).isEqualTo(200);
    assertThat(exported.getContentType()).startsWith("application/json");
    assertThat(exported.getHeader("Content-Disposition"))
        .contains("donnees-personnelles-" + code + ".json");
    assertThat(exported.getContentAsString(StandardCharsets.UTF_8))
        .contains(p.email())
        .contains("FA-API-" + code);
    var pdf =
        mvc.perform(
                get("/api/v1/customers/{id}/personal-data/pdf", p.id())
                    .with(fixtures.bearer("sophie", company)))
            .andReturn()
            .getResponse();
    assertThat(pdf.getContentType()).isEqualTo("application/pdf");
    assertThat(new String(pdf.getContentAsByteArray(), 0, 5, StandardCharsets.ISO_8859_1))
        .isEqualTo("%PDF-");

    var karim =
        mvc.perform(
                post("/api/v1/customers/{id}/erasure", p.id())
                    .with(fixtures.bearer("karim", company)))
            .andReturn()
            .getResponse();
    assertThat(karim.getStatus()).isEqualTo(403);

    TenantIsolation.assertNotFoundFor(
        mvc,
        fixtures.bearer("paul", fixtures.jardins()),
        () -> customers.get(company, p.id()),
        get("/api/v1/customers/{id}/personal-data", p.id()),
        get("/api/v1/customers/{id}/personal-data/pdf", p.id()),
        post("/api/v1/customers/{id}/erasure", p.id()));
    var paulInJardins = WebSession.login(mvc, "paul");
    paulInJardins.perform(post("/company/switch").param("company", fixtures.jardins().toString()));
    try {
      TenantIsolation.assertNotFoundFor(
          mvc,
          paulInJardins,
          () -> customers.get(company, p.id()),
          post("/customers/{id}/erase", p.id()).param("confirmCode", code),
          get("/customers/{id}/personal-data.json", p.id()),
          post("/customers/{id}/merge", p.id()).param("kept", code).param("confirm", "on"));
    } finally {
      paulInJardins.perform(post("/company/switch").param("company", company.toString()));
    }

    var commune = customers.findByCode(company, "C0002").orElseThrow();
    var refused =
        mvc.perform(
                post("/api/v1/customers/{id}/erasure", commune.id())
                    .with(fixtures.bearer("paul", company)))
            .andReturn()
            .getResponse();
    assertThat(refused.getStatus()).isBetween(400, 422);
    assertThat(refused.getContentType()).startsWith("application/problem+json");
    assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
        .contains("customer.erase-not-individual")
        .contains("Seules les données d'un particulier peuvent être effacées");

    var erased =
        mvc.perform(
                post("/api/v1/customers/{id}/erasure", p.id())
                    .with(fixtures.bearer("paul", company)))
            .andReturn()
            .getResponse();
    assertThat(erased.getStatus()).isEqualTo(200);
    JsonNode report = json.readTree(erased.getContentAsString(StandardCharsets.UTF_8));
    assertThat(report.get("code").asString()).isEqualTo(code);
    assertThat(report.get("customer").asString()).isEqualTo(p.id().toString());
    assertThat(report.get("kept").toString()).contains("FA-API-" + code).contains("L123-22");
    assertThat(customers.get(company, p.id()).status()).isEqualTo(CustomerStatus.ERASED);
  }

  @Test
  void theCustomerPageErasesAfterTheCodeIsTypedAndShowsTheReport() throws Exception {
    var company = fixtures.nursery();
    var p = person(company);
    String code = customers.get(company, p.id()).code();
    documents.issue(company, p.id(), "FA-WEB-" + code);

    var sophie = WebSession.login(mvc, "sophie");
    var download = sophie.perform(get("/customers/{id}/personal-data.pdf", p.id()));
    assertThat(download.getResponse().getContentType()).isEqualTo("application/pdf");
    assertThat(
            sophie
                .perform(post("/customers/{id}/erase", p.id()).param("confirmCode", code))
                .getResponse()
                .getStatus())
        .isEqualTo(403);

    var paul = WebSession.login(mvc, "paul");
    var wrong = paul.perform(post("/customers/{id}/erase", p.id()).param("confirmCode", "C9999"));
    assertThat(wrong.getResponse().getRedirectedUrl())
        .isEqualTo("/customers/" + p.id() + "#privacy");
    assertThat(wrong.getFlashMap().get("privacyError")).isEqualTo("error.customer.erase-confirm");
    assertThat(customers.get(company, p.id()).status()).isEqualTo(CustomerStatus.ACTIVE);

    var viewer =
        new Member(fixtures.user("paul"), "paul", "Paul", Set.of(Role.ADMIN, Role.MANAGER));
    var block = privacyBlock(company, p.id(), viewer);
    assertThat(
            sections.render(
                block,
                Map.of(
                    "privacyError",
                    "error.customer.erase-confirm",
                    "privacyErrorArgs",
                    new Object[] {code})))
        .contains("id=\"erase-form\"")
        .contains("Tapez exactement le code " + code + " pour confirmer l&#39;effacement.")
        .contains("FA-WEB-" + code)
        .contains("personal-data.pdf");

    var done =
        paul.perform(
            post("/customers/{id}/erase", p.id()).param("confirmCode", code.toLowerCase()));
    assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/customers/" + p.id());
    var report = (ErasureReport) done.getFlashMap().get("erasureReport");
    assertThat(report.kept()).anySatisfy(k -> assertThat(k.what()).contains("FA-WEB-" + code));
    String html =
        sections.render(privacyBlock(company, p.id(), viewer), Map.of("erasureReport", report));
    assertThat(html)
        .contains("id=\"erasure-report\"")
        .contains("id=\"erased-notice\"")
        .contains("C. com. L123-22")
        .doesNotContain("id=\"erase-form\"");

    // a business shows no erasure form, only the explanation
    var c0001 = customers.findByCode(company, "C0001").orElseThrow();
    assertThat(sections.render(privacyBlock(company, c0001.id(), viewer), Map.of()))
        .contains("id=\"erase-business\"")
        .doesNotContain("id=\"erase-form\"");
  }

  @Test
  void theRetentionRuleFlagsProspectsWithoutActivityForThreeYearsOnce() {
    var company = fixtures.nursery();
    var stale = person(company);
    var recent = person(company);
    Instant fourYearsAgo = Instant.now().minus(4 * 366, ChronoUnit.DAYS);
    jdbc.sql("UPDATE customer SET last_activity_at = :at WHERE id = :id")
        .param("at", Timestamp.from(fourYearsAgo))
        .param("id", stale.id().value())
        .update();
    String code = customers.get(company, stale.id()).code();

    // the nightly job, across companies, under its ShedLock lock
    retention.run();
    assertThat(flaggedAt(stale.id())).as("flagged by the nightly job").isNotNull();
    assertThat(flaggedAt(recent.id())).as("recent activity").isNull();
    assertThat(retention.flag(company)).doesNotContain(stale.id()).doesNotContain(recent.id());

    var due =
        new CustomerFilter(
            null,
            CustomerKind.INDIVIDUAL,
            null,
            null,
            null,
            null,
            CustomerFilter.StatusFilter.ACTIVE,
            null,
            true);
    assertThat(
            search
                .search(company, due, PageQuery.of(0, 100, null, List.of("code"), "code"))
                .content())
        .extracting(CustomerRow::id)
        .contains(stale.id())
        .doesNotContain(recent.id());

    assertThat(
            jdbc.sql(
                    "SELECT details FROM audit_event WHERE company_id = :c AND action = :a"
                        + " ORDER BY occurred_at DESC")
                .param("c", company.value())
                .param("a", ProspectRetention.AUDIT_ACTION)
                .query(String.class)
                .list())
        .anySatisfy(d -> assertThat(d).contains(code));

    var viewer =
        new Member(fixtures.user("paul"), "paul", "Paul", Set.of(Role.ADMIN, Role.MANAGER));
    assertThat(sections.render(privacyBlock(company, stale.id(), viewer), Map.of()))
        .contains("id=\"retention-due\"");

    // new activity: eligible again only three years later
    customers.touch(company, stale.id());
    assertThat(retention.flag(company)).doesNotContain(stale.id());
  }

  private Timestamp flaggedAt(CustomerId id) {
    List<Timestamp> values =
        jdbc.sql("SELECT retention_flagged_at FROM customer WHERE id = :id")
            .param("id", id.value())
            .query((rs, n) -> rs.getTimestamp(1))
            .list();
    assertThat(values).hasSize(1);
    return values.get(0);
  }

  private org.pepin.platform.PageSection privacyBlock(
      CompanyId company, CustomerId id, Member viewer) {
    return sections.of(company, id.value(), viewer).stream()
        .filter(s -> s.template().equals("customers/privacy-section"))
        .findFirst()
        .orElseThrow();
  }

  private static CustomerFilter statusAll(String q) {
    return new CustomerFilter(
        q, null, null, null, null, null, CustomerFilter.StatusFilter.ALL, null, false);
  }

  private static PageQuery page() {
    return PageQuery.of(0, 20, null, List.of("code"), "code");
  }
}
