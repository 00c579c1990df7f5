package org.pepin.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pepin.PepinIntegrationTest;
import org.pepin.TenantIsolation;
import org.pepin.WebSession;
import org.pepin.platform.audit.JdbcAuditLog;
import org.pepin.platform.audit.JdbcAuditLog.AuditFilter;
import org.pepin.platform.company.CompanyManagement;
import org.pepin.platform.demo.DemoCase;
import org.pepin.platform.user.UserManagement;
import org.pepin.platform.web.CompanyFormFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The change history of the company and of users: a change shows on the record's page, newest
 * first, with who and when and translated field labels; the same changes in the API; the audit log
 * keeps its security trail from the same list of changes; another company's user is not found.
 */
@PepinIntegrationTest
class ChangeHistoryTests {

  @Autowired MockMvc mvc;
  @Autowired PlatformFixtures fixtures;
  @Autowired CompanyManagement companies;
  @Autowired UserManagement users;
  @Autowired ChangeHistory history;
  @Autowired JdbcAuditLog audit;
  @Autowired TransactionTemplate transaction;
  @Autowired java.time.Clock clock;

  private CompanyId scratchCompany(String name) {
    return transaction.execute(
        s -> {
          var id = companies.create(DemoCase.identity(name), false);
          users.grant(fixtures.user("paul"), id, EnumSet.of(Role.ADMIN));
          return id;
        });
  }

  private static String today(java.time.Clock clock) {
    return DateTimeFormatter.ofPattern("dd/MM/yyyy")
        .format(LocalDate.now(clock.withZone(ZoneId.of("Europe/Paris"))));
  }

  @Test
  void changing_the_company_address_shows_in_its_history_with_who_and_when() throws Exception {
    var company = scratchCompany("Historique SAS " + System.nanoTime());
    var paul = WebSession.login(mvc, "paul");
    paul.perform(post("/company/switch").param("company", company.toString()));
    try {
      var view = companies.view(company);
      var fields = CompanyFormFixture.fields(view.version(), view.identity());
      fields.put("addressLine1", "3 rue des Tilleuls");
      fields.put("phone", "01 34 86 99 99");
      var request = post("/settings/company");
      fields.forEach(request::param);
      assertThat(paul.perform(request).getResponse().getRedirectedUrl())
          .isEqualTo("/settings/company");

      String page = paul.perform(get("/settings/company")).getResponse().getContentAsString();
      String timeline = page.substring(page.indexOf("id=\"history\""));
      assertThat(timeline)
          .contains("Historique des modifications")
          .contains("Modification")
          .contains("par Paul Clément")
          .contains(today(clock))
          .contains("<dt>Adresse</dt>")
          .contains("<del>4 chemin des Grands Prés, 78490 MONTFORT-L&#39;AMAURY</del>")
          .contains("<ins>3 rue des Tilleuls, 78490 MONTFORT-L&#39;AMAURY</ins>")
          .contains("<dt>Téléphone</dt>")
          .contains("Création");
      assertThat(timeline.indexOf("Modification"))
          .as("newest first")
          .isLessThan(timeline.indexOf("Création"));

      // The audit log keeps its own trail, from the same changes.
      assertThat(
              audit.search(
                  company,
                  new AuditFilter(null, "company.updated", "paul", null, null, null),
                  0,
                  1))
          .singleElement()
          .satisfies(
              e ->
                  assertThat(e.details())
                      .contains("address: 4 chemin des Grands Prés")
                      .contains("→ 3 rue des Tilleuls"));

      String json =
          mvc.perform(get("/api/v1/company/history").with(fixtures.bearer("paul")))
              .andReturn()
              .getResponse()
              .getContentAsString(StandardCharsets.UTF_8);
      assertThat(JsonPath.<String>read(json, "$.entries[0].action")).isEqualTo("updated");
      assertThat(JsonPath.<String>read(json, "$.entries[0].username")).isEqualTo("paul");
      assertThat(JsonPath.<String>read(json, "$.entries[0].displayName")).isEqualTo("Paul Clément");
      assertThat(JsonPath.<List<String>>read(json, "$.entries[0].changes[*].field"))
          .containsExactly("address", "phone");
      assertThat(JsonPath.<String>read(json, "$.entries[0].changes[0].label")).isEqualTo("Adresse");
      assertThat(JsonPath.<String>read(json, "$.entries[0].changes[0].newValue"))
          .isEqualTo("3 rue des Tilleuls, 78490 MONTFORT-L'AMAURY");
      assertThat(JsonPath.<String>read(json, "$.entries[1].action")).isEqualTo("created");

      // Labels follow the reader's language.
      paul.perform(post("/language").param("lang", "en").param("back", "/settings/company"));
      try {
        String english = paul.perform(get("/settings/company")).getResponse().getContentAsString();
        assertThat(english)
            .contains("Change history")
            .contains("<dt>Address</dt>")
            .contains("by Paul Clément");
      } finally {
        paul.perform(post("/language").param("lang", "fr"));
      }
    } finally {
      paul.perform(post("/company/switch").param("company", fixtures.nursery().toString()));
    }
  }

  @Test
  void a_user_page_shows_the_users_history_and_the_api_gives_it() throws Exception {
    var company = scratchCompany("Équipe SAS " + System.nanoTime());
    String login = "hist" + System.nanoTime() % 1_000_000;
    UserId id =
        transaction.execute(
            s ->
                users.create(
                    company,
                    new UserManagement.NewUser(
                        login,
                        "Jeanne Martin",
                        null,
                        "un-long-mot-de-passe",
                        EnumSet.of(Role.SALES))));
    var paul = WebSession.login(mvc, "paul");
    paul.perform(post("/company/switch").param("company", company.toString()));
    try {
      var view = users.view(company, id);
      paul.perform(
          post("/settings/users/{id}", id.value())
              .param("version", String.valueOf(view.version()))
              .param("displayName", "Jeanne Martin-Roux")
              .param("email", "jeanne@pepinieres-clement.example")
              .param("roles", "SALES", "ACCOUNTING")
              .param("enabled", "true"));

      String page =
          paul.perform(get("/settings/users/{id}", id.value())).getResponse().getContentAsString();
      String timeline = page.substring(page.indexOf("id=\"history\""));
      assertThat(timeline)
          .contains("par Paul Clément")
          .contains("<dt>Nom</dt>")
          .contains("<del>Jeanne Martin</del>")
          .contains("<ins>Jeanne Martin-Roux</ins>")
          .contains("<dt>Rôles dans la société</dt>")
          .contains("<del>Commercial</del>")
          .contains("<ins>Commercial, Comptabilité</ins>")
          .contains("<dt>Actif</dt>")
          .contains("<ins>Oui</ins>");

      String json =
          mvc.perform(get("/api/v1/users/{id}/history", id.value()).with(fixtures.bearer("paul")))
              .andReturn()
              .getResponse()
              .getContentAsString(StandardCharsets.UTF_8);
      assertThat(JsonPath.<List<String>>read(json, "$.entries[*].action"))
          .containsExactly("updated", "created");
      assertThat(JsonPath.<List<String>>read(json, "$.entries[0].changes[*].field"))
          .containsExactly("displayName", "email", "roles");
      assertThat(JsonPath.<String>read(json, "$.entries[0].changes[2].newText"))
          .isEqualTo("Commercial, Comptabilité");

      // Removed from the company: the history says so; the user is then not found here.
      paul.perform(post("/settings/users/{id}/remove", id.value()));
      assertThat(history.of(company, "user", id, 10).entries().get(0).action())
          .isEqualTo(ChangeHistory.REMOVED);
    } finally {
      paul.perform(post("/company/switch").param("company", fixtures.nursery().toString()));
    }
  }

  @Test
  void the_history_of_another_companys_user_is_not_found() {
    var paul = WebSession.login(mvc, "paul");
    paul.perform(post("/company/switch").param("company", fixtures.jardins().toString()));
    UserId sophie = fixtures.user("sophie");
    try {
      TenantIsolation.assertNotFoundFor(
          mvc,
          fixtures.bearer("paul"),
          () -> history.of(fixtures.nursery(), "user", sophie, 100),
          get("/api/v1/users/{id}/history", sophie.value()),
          get("/api/v1/users/{id}/history", UUID.randomUUID()));
      TenantIsolation.assertNotFoundFor(
          mvc,
          paul,
          () -> history.of(fixtures.nursery(), "user", sophie, 100),
          get("/settings/users/{id}", sophie.value()));
      assertThat(history.of(fixtures.jardins(), "company", fixtures.nursery(), 10).entries())
          .as("the nursery's history is not read from another company")
          .isEmpty();
    } finally {
      paul.perform(post("/company/switch").param("company", fixtures.nursery().toString()));
    }
  }

  @Test
  void only_members_read_the_company_history_and_only_administrators_a_users_history()
      throws Exception {
    var karim =
        mvc.perform(get("/api/v1/company/history").with(fixtures.bearer("karim")))
            .andReturn()
            .getResponse();
    assertThat(karim.getStatus()).isEqualTo(200);
    assertThat(karim.getContentAsString(StandardCharsets.UTF_8))
        .contains("\"entityType\":\"company\"");
    var forbidden =
        mvc.perform(
                get("/api/v1/users/{id}/history", fixtures.user("sophie").value())
                    .with(fixtures.bearer("karim")))
            .andReturn()
            .getResponse();
    assertThat(forbidden.getStatus()).isEqualTo(403);
  }
}
