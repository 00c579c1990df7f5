package org.pepin.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.pepin.PepinIntegrationTest;
import org.pepin.WebSession;
import org.pepin.platform.audit.JdbcAuditLog;
import org.pepin.platform.audit.JdbcAuditLog.AuditFilter;
import org.pepin.platform.company.CompanyManagement;
import org.pepin.platform.user.UserManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** A company administrator manages the company's users; access follows at once. */
@PepinIntegrationTest
class UserAdministrationTests {

  @Autowired MockMvc mvc;
  @Autowired PlatformFixtures fixtures;
  @Autowired UserManagement users;
  @Autowired CompanyManagement companies;
  @Autowired JdbcAuditLog audit;
  @Autowired TransactionTemplate transaction;

  /** A company administered by a fresh administrator of its own. */
  private String newCompanyWithAdmin(String admin) {
    transaction.executeWithoutResult(
        s -> {
          var company = companies.create(CompanyIdentity.named("Société " + admin), false);
          users.create(
              company,
              new UserManagement.NewUser(
                  admin, "Admin " + admin, null, "un-long-mot-de-passe", EnumSet.of(Role.ADMIN)));
        });
    return admin;
  }

  @Test
  void the_administrator_creates_a_user_who_can_log_in_with_the_given_roles() throws Exception {
    String admin = newCompanyWithAdmin("adm" + System.nanoTime() % 1_000_000);
    var session = WebSession.login(mvc, admin, "un-long-mot-de-passe");
    String login = "vendeur" + System.nanoTime() % 1_000_000;

    var created =
        session.perform(
            post("/settings/users")
                .param("username", login)
                .param("displayName", "Vendeur Test")
                .param("email", "vendeur@pepinieres-clement.example")
                .param("password", "mot-de-passe-solide")
                .param("roles", "SALES")
                .param("enabled", "true"));
    assertThat(created.getResponse().getRedirectedUrl()).startsWith("/settings/users/");

    var seller = WebSession.login(mvc, login, "mot-de-passe-solide");
    assertThat(seller.perform(get("/settings/company")).getResponse().getStatus()).isEqualTo(200);
    assertThat(seller.perform(get("/settings/users")).getResponse().getStatus()).isEqualTo(403);

    var company = users.principal(admin).orElseThrow().currentCompany();
    assertThat(
            audit.search(
                company, new AuditFilter(null, "user.created", admin, null, null, null), 0, 10))
        .singleElement()
        .satisfies(e -> assertThat(e.summary()).contains(login));
  }

  @Test
  void bad_user_input_gets_french_messages_per_field_and_creates_nothing() throws Exception {
    String admin = newCompanyWithAdmin("adm" + System.nanoTime() % 1_000_000);
    var session = WebSession.login(mvc, admin, "un-long-mot-de-passe");
    var company = users.principal(admin).orElseThrow().currentCompany();
    int before = users.list(company).size();

    String page =
        session
            .perform(
                post("/settings/users")
                    .param("username", "Pas Valide!")
                    .param("displayName", "X")
                    .param("password", "court")
                    .param("enabled", "true"))
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("ne peut contenir que des minuscules");

    page =
        session
            .perform(
                post("/settings/users")
                    .param("username", "sophie")
                    .param("displayName", "Autre Sophie")
                    .param("password", "mot-de-passe-solide")
                    .param("roles", "SALES")
                    .param("enabled", "true"))
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("est déjà pris");

    page =
        session
            .perform(
                post("/settings/users")
                    .param("username", "nouveau" + System.nanoTime() % 1000)
                    .param("displayName", "Nouveau")
                    .param("password", "court")
                    .param("roles", "SALES")
                    .param("enabled", "true"))
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("au moins 10 caractères");
    assertThat(users.list(company)).hasSize(before);
  }

  @Test
  void the_last_administrator_cannot_be_removed_and_a_removed_user_loses_access_at_once()
      throws Exception {
    String admin = newCompanyWithAdmin("adm" + System.nanoTime() % 1_000_000);
    var company = users.principal(admin).orElseThrow().currentCompany();
    var adminId = fixtures.user(admin);
    String clerk = "clerc" + System.nanoTime() % 1_000_000;
    var clerkId =
        transaction.execute(
            s ->
                users.create(
                    company,
                    new UserManagement.NewUser(
                        clerk, "Clerc", null, "un-long-mot-de-passe", EnumSet.of(Role.SALES))));

    var adminSession = WebSession.login(mvc, admin, "un-long-mot-de-passe");
    var view = users.view(company, adminId);
    String page =
        adminSession
            .perform(
                post("/settings/users/{id}", adminId.value())
                    .param("version", String.valueOf(view.version()))
                    .param("displayName", view.displayName())
                    .param("roles", "SALES")
                    .param("enabled", "true"))
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("au moins un administrateur");
    assertThat(users.view(company, adminId).roles()).containsExactly(Role.ADMIN);

    var clerkSession = WebSession.login(mvc, clerk, "un-long-mot-de-passe");
    assertThat(clerkSession.perform(get("/settings/company")).getResponse().getStatus())
        .isEqualTo(200);
    adminSession.perform(post("/settings/users/{id}/remove", clerkId.value()));
    var after = clerkSession.perform(get("/settings/company")).getResponse();
    assertThat(after.getStatus()).as("no company any more").isEqualTo(403);
    assertThat(users.list(company))
        .extracting(UserManagement.UserView::username)
        .doesNotContain(clerk);
  }

  @Test
  void a_disabled_user_is_logged_out_at_once_and_cannot_log_in_again() throws Exception {
    String admin = newCompanyWithAdmin("adm" + System.nanoTime() % 1_000_000);
    var company = users.principal(admin).orElseThrow().currentCompany();
    String clerk = "clerc" + System.nanoTime() % 1_000_000;
    var clerkId =
        transaction.execute(
            s ->
                users.create(
                    company,
                    new UserManagement.NewUser(
                        clerk, "Clerc", null, "un-long-mot-de-passe", EnumSet.of(Role.SALES))));
    var clerkSession = WebSession.login(mvc, clerk, "un-long-mot-de-passe");
    var adminSession = WebSession.login(mvc, admin, "un-long-mot-de-passe");

    // An unticked checkbox sends only Spring's "_enabled" marker.
    adminSession.perform(
        post("/settings/users/{id}", clerkId.value())
            .param("version", String.valueOf(users.view(company, clerkId).version()))
            .param("displayName", "Clerc")
            .param("roles", "SALES")
            .param("_enabled", "on"));

    assertThat(users.view(company, clerkId).enabled()).isFalse();
    assertThat(clerkSession.perform(get("/settings/company")).getResponse().getRedirectedUrl())
        .endsWith("/login");
    var again =
        mvc.perform(
                post("/login")
                    .param("username", clerk)
                    .param("password", "un-long-mot-de-passe")
                    .with(
                        org.springframework.security.test.web.servlet.request
                            .SecurityMockMvcRequestPostProcessors.csrf()))
            .andReturn();
    assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
  }

  @Test
  void an_administrator_cannot_take_over_an_account_that_also_belongs_elsewhere() {
    // Isabelle belongs to both demo companies but administers neither.
    var paul = WebSession.login(mvc, "paul");
    paul.perform(post("/company/switch").param("company", fixtures.jardins().toString()));
    try {
      var isabelle = fixtures.user("isabelle");
      var result =
          paul.perform(
              post("/settings/users/{id}/password", isabelle.value())
                  .param("password", "un-autre-mot-de-passe"));
      assertThat(result.getFlashMap().get("toastError")).isNull();
      // Paul administers both companies of Isabelle: allowed. A fresh admin of one is not.
      String admin = newCompanyWithAdmin("adm" + System.nanoTime() % 1_000_000);
      var company = users.principal(admin).orElseThrow().currentCompany();
      transaction.executeWithoutResult(
          s -> users.grant(isabelle, company, EnumSet.of(Role.ACCOUNTING)));
      var other = WebSession.login(mvc, admin, "un-long-mot-de-passe");
      var refused =
          other.perform(
              post("/settings/users/{id}/password", isabelle.value())
                  .param("password", "pris-en-otage-123"));
      assertThat(refused.getFlashMap().get("toastError")).isEqualTo("error.user.account-elsewhere");
      WebSession.login(mvc, "isabelle", "un-autre-mot-de-passe");
    } finally {
      var isabelle = fixtures.user("isabelle");
      transaction.executeWithoutResult(
          s ->
              users.resetPassword(
                  users.principal("paul").orElseThrow(),
                  fixtures.jardins(),
                  isabelle,
                  WebSession.DEMO_PASSWORD));
      paul.perform(post("/company/switch").param("company", fixtures.nursery().toString()));
    }
  }

  @Test
  void the_api_lists_and_creates_users_of_the_current_company() throws Exception {
    String admin = newCompanyWithAdmin("adm" + System.nanoTime() % 1_000_000);
    var token = fixtures.bearer(admin, users.principal(admin).orElseThrow().currentCompany());
    String login = "api" + System.nanoTime() % 1_000_000;
    var created =
        mvc.perform(
                post("/api/v1/users")
                    .with(token)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"username\":\""
                            + login
                            + "\",\"displayName\":\"Par l'API\",\"password\":\"mot-de-passe-api\","
                            + "\"roles\":[\"VIEWER\"]}"))
            .andReturn()
            .getResponse();
    assertThat(created.getStatus()).isEqualTo(201);
    String list =
        mvc.perform(get("/api/v1/users").with(token))
            .andReturn()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(list).contains(login).contains("VIEWER").doesNotContain("sophie");

    var bad =
        mvc.perform(
                post("/api/v1/users")
                    .with(token)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"username\":\"x y\",\"password\":\"court\"}"))
            .andReturn()
            .getResponse();
    assertThat(bad.getStatus()).isEqualTo(400);
    assertThat(bad.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
        .contains("user.username-format");
  }
}
