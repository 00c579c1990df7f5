package org.pepin.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pepin.PepinIntegrationTest;
import org.pepin.TenantIsolation;
import org.pepin.customers.file.CustomerManagement;
import org.pepin.platform.CompanyId;
import org.pepin.platform.CompanyIdentity;
import org.pepin.platform.PlatformFixtures;
import org.pepin.platform.Role;
import org.pepin.platform.company.CompanyManagement;
import org.pepin.platform.user.UserManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The customer API: creation with every field, reading, change as of a version, archive, restore,
 * deletion, insolvency and history; validation problems in French, look-alikes answered 409 with
 * the candidates, roles, and another company's ids answered 404.
 */
@PepinIntegrationTest
class CustomerApiTests {

  static final String PASSWORD = "un-long-mot-de-passe";

  @Autowired MockMvc mvc;
  @Autowired PlatformFixtures fixtures;
  @Autowired CustomerManagement customers;
  @Autowired CompanyManagement companies;
  @Autowired UserManagement users;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcClient jdbc;

  /** A company of its own with an administrator holding every role; returns the login. */
  String companyWithAdmin(String prefix) {
    String admin = prefix + System.nanoTime() % 1_000_000_000L;
    transaction.executeWithoutResult(
        s -> {
          var company = companies.create(CompanyIdentity.named("Clients " + admin), false);
          users.create(
              company,
              new UserManagement.NewUser(
                  admin,
                  "Admin " + admin,
                  null,
                  PASSWORD,
                  EnumSet.of(Role.ADMIN, Role.MANAGER, Role.SALES, Role.ACCOUNTING)));
        });
    return admin;
  }

  CompanyId companyOf(String login) {
    return users.principal(login).orElseThrow().currentCompany();
  }

  static String business(String name, String siren) {
    return """
        {"kind": "BUSINESS", "roles": ["CUSTOMER"], "name": "%s", "legalForm": "SARL",
         "siren": "%s", "nafCode": "8130Z",
         "billingAddress": {"line1": "4 rue des Lilas", "postalCode": "78120",
                            "city": "Rambouillet"},
         "email": "contact@%s.example", "phone": "01 34 00 00 00",
         "paymentTerms": "45 jours fin de mois", "paymentMethod": "TRANSFER",
         "creditLimit": 12000.50, "categories": ["Paysagiste", "Grand compte"],
         "tags": ["Salon 2026"], "language": "fr", "notes": "Créé par l'API",
         "contacts": [{"civility": "Mme", "firstName": "Anne", "lastName": "Martin",
                       "jobTitle": "Gérante", "email": "anne@%s.example",
                       "phone": "06 00 00 00 01", "receivesInvoices": true}],
         "deliveryAddresses": [{"label": "Chantier du parc",
                                "address": {"line1": "Parc du château", "postalCode": "78120",
                                            "city": "Rambouillet"},
                                "accessNotes": "Portail bleu"}]}
        """
        .formatted(name, siren, siren, siren);
  }

  MockHttpServletResponse call(MockHttpServletRequestBuilder request, RequestPostProcessor who)
      throws Exception {
    return mvc.perform(request.with(who)).andReturn().getResponse();
  }

  static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
    return request.contentType(MediaType.APPLICATION_JSON).content(body);
  }

  static String body(MockHttpServletResponse response) throws Exception {
    return response.getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void a_customer_is_created_read_changed_archived_restored_and_deleted_through_the_api()
      throws Exception {
    String admin = companyWithAdmin("capi");
    CompanyId company = companyOf(admin);
    var who = fixtures.bearer(admin, company);

    var created =
        call(json(post("/api/v1/customers"), business("Jardins Martin", "977118041")), who);
    assertThat(created.getStatus()).as(body(created)).isEqualTo(201);
    String json = body(created);
    String id = JsonPath.read(json, "$.id");
    assertThat(created.getHeader("Location")).isEqualTo("/api/v1/customers/" + id);
    assertThat(JsonPath.<String>read(json, "$.code")).isEqualTo("C0001");
    assertThat(JsonPath.<String>read(json, "$.siren")).isEqualTo("977118041");
    assertThat(JsonPath.<String>read(json, "$.nafCode")).isEqualTo("81.30Z");
    assertThat(JsonPath.<String>read(json, "$.paymentTerms")).isEqualTo("DEOM45");
    assertThat(JsonPath.<String>read(json, "$.paymentTermsLabel"))
        .isEqualTo("45 jours fin de mois");
    assertThat(JsonPath.<Double>read(json, "$.creditLimit")).isEqualTo(12000.50);
    assertThat(JsonPath.<List<String>>read(json, "$.categories"))
        .containsExactly("Grand compte", "Paysagiste");
    assertThat(JsonPath.<String>read(json, "$.contacts[0].preferredChannel")).isEqualTo("EMAIL");
    assertThat(JsonPath.<String>read(json, "$.deliveryAddresses[0].accessNotes"))
        .isEqualTo("Portail bleu");
    assertThat(JsonPath.<String>read(json, "$.status")).isEqualTo("ACTIVE");
    assertThat(JsonPath.<Integer>read(json, "$.version")).isZero();

    var read = call(get("/api/v1/customers/" + id), who);
    assertThat(read.getStatus()).isEqualTo(200);
    assertThat(JsonPath.<String>read(body(read), "$.name")).isEqualTo("Jardins Martin");

    // The list finds it by a contact's name, with its filters.
    var list =
        call(get("/api/v1/customers").param("q", "martin anne").param("kind", "BUSINESS"), who);
    assertThat(JsonPath.<List<String>>read(body(list), "$.content[*].code"))
        .containsExactly("C0001");
    assertThat(JsonPath.<Integer>read(body(list), "$.totalElements")).isEqualTo(1);
    var none = call(get("/api/v1/customers").param("kind", "INDIVIDUAL"), who);
    assertThat(JsonPath.<Integer>read(body(none), "$.totalElements")).isZero();
    var badSort = call(get("/api/v1/customers").param("sort", "siren"), who);
    assertThat(badSort.getStatus()).isEqualTo(400);
    assertThat(badSort.getContentType()).startsWith("application/problem+json");

    // Change as of version 0: the contacts omitted are kept; a stale version is a conflict.
    String changed =
        business("Jardins Martin et Fils", "977118041")
            .replace("\"contacts\"", "\"version\": 0, \"ignoredContacts\"");
    var updated = call(json(put("/api/v1/customers/" + id), changed), who);
    assertThat(updated.getStatus()).as(body(updated)).isEqualTo(200);
    assertThat(JsonPath.<String>read(body(updated), "$.name")).isEqualTo("Jardins Martin et Fils");
    assertThat(JsonPath.<List<Object>>read(body(updated), "$.contacts")).hasSize(1);
    assertThat(JsonPath.<Integer>read(body(updated), "$.version")).isEqualTo(1);
    var stale = call(json(put("/api/v1/customers/" + id), changed), who);
    assertThat(stale.getStatus()).isEqualTo(409);
    assertThat(customers.get(company, CustomerId.of(id)).name())
        .isEqualTo("Jardins Martin et Fils");

    // Insolvency, then the history shows creation, change and insolvency, newest first.
    var insolvency =
        call(
            json(
                put("/api/v1/customers/" + id + "/insolvency"),
                "{\"status\": \"RECEIVERSHIP\", \"judgmentDate\": \"2026-11-02\","
                    + " \"publicationDate\": \"2026-11-10\"}"),
            who);
    assertThat(insolvency.getStatus()).as(body(insolvency)).isEqualTo(200);
    assertThat(JsonPath.<String>read(body(insolvency), "$.insolvency.claimDeadline"))
        .isEqualTo("2027-01-10");
    var badInsolvency =
        call(
            json(put("/api/v1/customers/" + id + "/insolvency"), "{\"status\": \"LIQUIDATION\"}"),
            who);
    assertThat(badInsolvency.getStatus()).isEqualTo(400);
    assertThat(JsonPath.<List<String>>read(body(badInsolvency), "$.errors[*].field"))
        .containsExactly("judgmentDate");
    var history = call(get("/api/v1/customers/" + id + "/history"), who);
    assertThat(history.getStatus()).isEqualTo(200);
    assertThat(JsonPath.<List<String>>read(body(history), "$.entries[*].action"))
        .containsExactly("updated", "updated", "created");
    assertThat(JsonPath.<List<String>>read(body(history), "$.entries[1].changes[*].field"))
        .contains("name");
    assertThat(JsonPath.<List<String>>read(body(history), "$.entries[1].changes[*].newText"))
        .contains("Jardins Martin et Fils");
    assertThat(JsonPath.<List<String>>read(body(history), "$.entries[0].changes[*].newText"))
        .contains("Redressement judiciaire");

    // Archive, restore (each once), then delete: gone.
    var archived = call(post("/api/v1/customers/" + id + "/archive"), who);
    assertThat(JsonPath.<String>read(body(archived), "$.status")).isEqualTo("ARCHIVED");
    var again = call(post("/api/v1/customers/" + id + "/archive"), who);
    assertThat(again.getStatus()).isEqualTo(400);
    assertThat(JsonPath.<String>read(body(again), "$.errors[0].message"))
        .isEqualTo("Action impossible pour un tiers au statut ARCHIVED.");
    var restored = call(post("/api/v1/customers/" + id + "/restore"), who);
    assertThat(JsonPath.<String>read(body(restored), "$.status")).isEqualTo("ACTIVE");
    assertThat(call(delete("/api/v1/customers/" + id), who).getStatus()).isEqualTo(204);
    assertThat(customers.find(company, CustomerId.of(id))).isEmpty();
    assertThat(call(get("/api/v1/customers/" + id), who).getStatus()).isEqualTo(404);
  }

  @Test
  void a_siren_with_a_wrong_check_key_is_refused_with_the_french_message_and_nothing_is_saved()
      throws Exception {
    CompanyId nursery = fixtures.nursery();
    String name = "Paysages Clé Fausse " + System.nanoTime();
    var refused =
        call(
            json(post("/api/v1/customers"), business(name, "522747962")),
            fixtures.bearer("sophie", nursery));
    assertThat(refused.getStatus()).isEqualTo(400);
    assertThat(refused.getContentType()).startsWith("application/problem+json");
    String json = body(refused);
    assertThat(JsonPath.<String>read(json, "$.detail"))
        .isEqualTo("La demande contient des erreurs ; rien n'a été enregistré.");
    assertThat(JsonPath.<List<String>>read(json, "$.errors[*].field")).containsExactly("siren");
    assertThat(JsonPath.<List<String>>read(json, "$.errors[*].code"))
        .containsExactly("siren.checksum");
    assertThat(JsonPath.<List<String>>read(json, "$.errors[*].message"))
        .containsExactly(
            "Le SIREN 522747962 n'est pas valide : sa clé de contrôle est fausse (vérifiez la"
                + " saisie).");
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM customer WHERE name = :name")
                .param("name", name)
                .query(Long.class)
                .single())
        .isZero();

    // Every bad field at once, each named: e-mail without domain, unknown country, postal code.
    var many =
        call(
            json(
                post("/api/v1/customers"),
                business(name, "977118041")
                    .replace("\"4 rue des Lilas\"", "\"4 rue des Lilas\", \"countryCode\": \"ZZ\"")
                    .replace("contact@977118041.example", "contact@")
                    .replace(
                        "\"Parc du château\", \"postalCode\": \"78120\"",
                        "\"Parc du château\", \"postalCode\": \"7812\"")),
            fixtures.bearer("sophie", nursery));
    assertThat(many.getStatus()).isEqualTo(400);
    assertThat(JsonPath.<List<String>>read(body(many), "$.errors[*].field"))
        .containsExactlyInAnyOrder(
            "email", "billingAddress.countryCode", "deliveryAddresses[0].address.postalCode");
    assertThat(JsonPath.<List<String>>read(body(many), "$.errors[*].message"))
        .contains(
            "L'adresse e-mail « contact@ » n'est pas valide.",
            "Le code pays « ZZ » n'est pas un code ISO à 2 lettres.",
            "Le code postal « 7812 » doit compter 5 chiffres.");
    var noKind =
        call(
            json(post("/api/v1/customers"), "{\"name\": \"x\"}"),
            fixtures.bearer("sophie", nursery));
    assertThat(noKind.getStatus()).isEqualTo(400);
    assertThat(JsonPath.<List<String>>read(body(noKind), "$.errors[*].field"))
        .contains("kind", "billingAddress.line1");
  }

  @Test
  void a_look_alike_of_an_existing_customer_answers_409_with_the_candidates_until_confirmed()
      throws Exception {
    String admin = companyWithAdmin("cdup");
    CompanyId company = companyOf(admin);
    var who = fixtures.bearer(admin, company);
    assertThat(
            call(json(post("/api/v1/customers"), business("Serres Dupuis", "977118041")), who)
                .getStatus())
        .isEqualTo(201);
    var duplicate =
        call(json(post("/api/v1/customers"), business("Serres Dupuis Ouest", "977118041")), who);
    assertThat(duplicate.getStatus()).isEqualTo(409);
    assertThat(duplicate.getContentType()).startsWith("application/problem+json");
    String json = body(duplicate);
    assertThat(JsonPath.<List<String>>read(json, "$.candidates[*].code")).containsExactly("C0001");
    assertThat(JsonPath.<List<String>>read(json, "$.candidates[*].reason"))
        .containsExactly("siren");
    assertThat(JsonPath.<List<String>>read(json, "$.candidates[*].reasonText"))
        .containsExactly("même SIREN");
    assertThat(customers.findByCode(company, "C0002")).isEmpty();
    var confirmed =
        call(
            json(
                post("/api/v1/customers"),
                business("Serres Dupuis Ouest", "977118041")
                    .replaceFirst("\\{", "{\"confirmDuplicates\": true, \"code\": \"DUP-2\", ")),
            who);
    assertThat(confirmed.getStatus()).as(body(confirmed)).isEqualTo(201);
    assertThat(JsonPath.<String>read(body(confirmed), "$.code")).isEqualTo("DUP-2");
    var taken =
        call(
            json(
                post("/api/v1/customers"),
                business("Autre", "732829320")
                    .replaceFirst("\\{", "{\"code\": \"dup-2\", ")
                    .replace("977118041", "732829320")),
            who);
    assertThat(taken.getStatus()).isEqualTo(400);
    assertThat(JsonPath.<List<String>>read(body(taken), "$.errors[*].field"))
        .containsExactly("code");
    assertThat(JsonPath.<List<String>>read(body(taken), "$.errors[*].message"))
        .containsExactly("Le code DUP-2 est déjà utilisé par un autre tiers.");
  }

  @Test
  void a_creation_replayed_with_the_same_idempotency_key_creates_one_customer() throws Exception {
    String admin = companyWithAdmin("cidem");
    CompanyId company = companyOf(admin);
    var who = fixtures.bearer(admin, company);
    var first =
        call(
            json(post("/api/v1/customers"), business("Serres Idem", "977118041"))
                .header("Idempotency-Key", "creation-1"),
            who);
    var replay =
        call(
            json(post("/api/v1/customers"), business("Serres Idem", "977118041"))
                .header("Idempotency-Key", "creation-1"),
            who);
    assertThat(first.getStatus()).isEqualTo(201);
    assertThat(replay.getStatus()).isEqualTo(201);
    assertThat(replay.getHeader("Idempotent-Replayed")).isEqualTo("true");
    assertThat(JsonPath.<String>read(body(replay), "$.id"))
        .isEqualTo(JsonPath.<String>read(body(first), "$.id"));
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM customer WHERE company_id = :c")
                .param("c", company.value())
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void roles_decide_who_changes_and_who_deletes() throws Exception {
    CompanyId nursery = fixtures.nursery();
    CustomerId c0003 = customers.findByCode(nursery, "C0003").orElseThrow().id();
    assertThat(
            call(get("/api/v1/customers/" + c0003), fixtures.bearer("karim", nursery)).getStatus())
        .isEqualTo(200);
    assertThat(
            call(delete("/api/v1/customers/" + c0003), fixtures.bearer("karim", nursery))
                .getStatus())
        .isEqualTo(403);
    assertThat(
            call(
                    json(
                        put("/api/v1/customers/" + c0003 + "/insolvency"),
                        "{\"status\": \"NONE\"}"),
                    fixtures.bearer("karim", nursery))
                .getStatus())
        .isEqualTo(403);
    assertThat(customers.findByCode(nursery, "C0003")).isPresent();
  }

  @Test
  void the_customers_of_another_company_are_not_found() throws Exception {
    String admin = companyWithAdmin("ciso");
    CompanyId company = companyOf(admin);
    var created =
        call(
            json(post("/api/v1/customers"), business("Pépinière Voisine", "977118041")),
            fixtures.bearer(admin, company));
    String id = JsonPath.read(body(created), "$.id");
    CustomerId customer = CustomerId.of(id);
    String update = business("Volé", "977118041").replaceFirst("\\{", "{\"version\": 0, ");
    TenantIsolation.assertNotFoundFor(
        mvc,
        fixtures.bearer("paul", fixtures.nursery()),
        () -> customers.get(company, customer),
        get("/api/v1/customers/" + id),
        get("/api/v1/customers/" + id + "/history"),
        json(put("/api/v1/customers/" + id), update),
        post("/api/v1/customers/" + id + "/archive"),
        post("/api/v1/customers/" + id + "/restore"),
        json(put("/api/v1/customers/" + id + "/insolvency"), "{\"status\": \"NONE\"}"),
        delete("/api/v1/customers/" + id));
    var list =
        call(
            get("/api/v1/customers").param("q", "Voisine"),
            fixtures.bearer("paul", fixtures.nursery()));
    assertThat(JsonPath.<Integer>read(body(list), "$.totalElements")).isZero();
    assertThat(Map.of("status", customers.get(company, customer).status()))
        .containsEntry("status", CustomerStatus.ACTIVE);
  }
}
