package org.pepin.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pepin.PepinIntegrationTest;
import org.pepin.TenantIsolation;
import org.pepin.WebSession;
import org.pepin.platform.audit.JdbcAuditLog;
import org.pepin.platform.audit.JdbcAuditLog.AuditFilter;
import org.pepin.platform.user.UserManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Login, database sessions, company switching, and the isolation of companies: what the demo's
 * people can and cannot see.
 */
@PepinIntegrationTest
class SessionAndTenancyTests {

  @Autowired MockMvc mvc;
  @Autowired PlatformFixtures fixtures;
  @Autowired UserManagement users;
  @Autowired JdbcAuditLog audit;
  @Autowired JdbcClient jdbc;

  @Test
  void sophie_logs_in_and_sees_pepinieres_clement_with_its_siren() throws Exception {
    var sophie = WebSession.login(mvc, "sophie");

    String home = sophie.perform(get("/")).getResponse().getContentAsString();

    assertThat(home).contains("Pépinières Clément").contains("977 118 041");
    assertThat(home).doesNotContain("Clément Jardins SARL");
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE principal_name = 'sophie'")
                .query(Long.class)
                .single())
        .as("the session is kept in the database")
        .isPositive();
  }

  @Test
  void a_wrong_password_is_refused_with_a_french_message() throws Exception {
    var result =
        mvc.perform(
                post("/login")
                    .param("username", "sophie")
                    .param("password", "wrong-password")
                    .with(
                        org.springframework.security.test.web.servlet.request
                            .SecurityMockMvcRequestPostProcessors.csrf()))
            .andReturn();
    assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
    String page = mvc.perform(get("/login?error")).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("Identifiant ou mot de passe incorrect.");
  }

  @Test
  void the_demo_login_page_lists_the_demo_accounts() throws Exception {
    String page = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
    assertThat(page)
        .contains("Comptes de démonstration")
        .contains("pepin-demo")
        .contains("sophie")
        .contains("Paul Clément");
  }

  @Test
  void a_post_without_csrf_token_is_refused() throws Exception {
    var sophie = WebSession.login(mvc, "sophie");
    var response =
        mvc.perform(post("/profile/password").with(sophie).param("current", "x"))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).isEqualTo(403);
  }

  @Test
  void pages_carry_the_secure_headers() throws Exception {
    var response = mvc.perform(get("/login")).andReturn().getResponse();
    assertThat(response.getHeader("Content-Security-Policy"))
        .contains("default-src 'self'")
        .contains("frame-ancestors 'none'");
    assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
    assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
  }

  @Test
  void an_anonymous_visitor_is_sent_to_the_login_page_and_the_api_answers_401() throws Exception {
    assertThat(mvc.perform(get("/settings/company")).andReturn().getResponse().getRedirectedUrl())
        .endsWith("/login");
    var api = mvc.perform(get("/api/v1/company")).andReturn().getResponse();
    assertThat(api.getStatus()).isEqualTo(401);
    assertThat(api.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
  }

  @Test
  void paul_switches_to_clement_jardins_and_sees_none_of_the_nursery_data() throws Exception {
    var paul = WebSession.login(mvc, "paul");
    paul.perform(post("/company/switch").param("company", fixtures.jardins().toString()));

    String home = paul.perform(get("/")).getResponse().getContentAsString();
    assertThat(home).contains("Clément Jardins SARL").contains("928 152 305");
    assertThat(home).doesNotContain("977 118 041");

    String usersPage = paul.perform(get("/settings/users")).getResponse().getContentAsString();
    assertThat(usersPage).contains("Paul Clément").contains("Isabelle Roux");
    assertThat(usersPage).doesNotContain("Sophie Martin").doesNotContain("Karim Benali");

    String auditPage = paul.perform(get("/settings/audit")).getResponse().getContentAsString();
    assertThat(auditPage).contains("Clément Jardins SARL").doesNotContain("Sophie Martin");

    // A token acts for the company it was created in.
    String api =
        mvc.perform(get("/api/v1/company").with(fixtures.bearer("paul", fixtures.jardins())))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(api).contains("Clément Jardins SARL");

    paul.perform(post("/company/switch").param("company", fixtures.nursery().toString()));
    assertThat(paul.perform(get("/")).getResponse().getContentAsString()).contains("977 118 041");
  }

  @Test
  void companies_are_hidden_from_users_who_do_not_belong_to_them() {
    var sophie = WebSession.login(mvc, "sophie");
    TenantIsolation.assertNotFoundFor(
        mvc,
        sophie,
        () -> users.list(fixtures.jardins()),
        post("/company/switch").param("company", fixtures.jardins().toString()),
        post("/company/switch").param("company", UUID.randomUUID().toString()),
        post("/company/switch").param("company", "not-a-uuid"));
    TenantIsolation.assertNotFoundFor(
        mvc,
        fixtures.bearer("sophie", fixtures.nursery()),
        () -> users.list(fixtures.jardins()),
        get("/api/v1/companies/{id}", fixtures.jardins().value()),
        get("/api/v1/companies/{id}", UUID.randomUUID()));
  }

  @Test
  void users_of_another_company_are_not_found() {
    var paul = WebSession.login(mvc, "paul");
    paul.perform(post("/company/switch").param("company", fixtures.jardins().toString()));
    UserId sophie = fixtures.user("sophie");
    TenantIsolation.assertNotFoundFor(
        mvc,
        paul,
        () -> users.view(fixtures.nursery(), sophie),
        get("/settings/users/{id}", sophie.value()),
        post("/settings/users/{id}", sophie.value())
            .param("version", "0")
            .param("displayName", "Pirate")
            .param("roles", "ADMIN")
            .param("enabled", "true"),
        post("/settings/users/{id}/password", sophie.value())
            .param("password", "hijacked-password"),
        post("/settings/users/{id}/remove", sophie.value()),
        get("/settings/users/{id}", UUID.randomUUID()));
    TenantIsolation.assertNotFoundFor(
        mvc,
        fixtures.bearer("paul", fixtures.jardins()),
        () -> users.view(fixtures.nursery(), sophie),
        get("/api/v1/users/{id}", sophie.value()),
        put("/api/v1/users/{id}", sophie.value())
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                "{\"version\":0,\"displayName\":\"Pirate\",\"enabled\":true,\"roles\":[\"ADMIN\"]}"));
    // back to the nursery for the other tests that log paul in
    paul.perform(post("/company/switch").param("company", fixtures.nursery().toString()));
  }

  @Test
  void audit_entries_of_another_company_are_not_found() {
    var entry =
        audit.search(fixtures.nursery(), AuditFilter.none(), 0, 1).stream()
            .findFirst()
            .orElseThrow();
    var paul = WebSession.login(mvc, "paul");
    paul.perform(post("/company/switch").param("company", fixtures.jardins().toString()));
    try {
      TenantIsolation.assertNotFoundFor(
          mvc,
          paul,
          () -> audit.find(fixtures.nursery(), entry.id()),
          get("/settings/audit/{id}", entry.id()),
          get("/settings/audit/{id}", UUID.randomUUID()));
      TenantIsolation.assertNotFoundFor(
          mvc,
          fixtures.bearer("paul", fixtures.jardins()),
          () -> audit.find(fixtures.nursery(), entry.id()),
          get("/api/v1/audit-events/{id}", entry.id()));
    } finally {
      paul.perform(post("/company/switch").param("company", fixtures.nursery().toString()));
    }
  }

  @Test
  void roles_decide_what_a_user_may_open() throws Exception {
    var karim = WebSession.login(mvc, "karim");
    assertThat(karim.perform(get("/settings/company")).getResponse().getStatus()).isEqualTo(200);
    assertThat(karim.perform(get("/settings/users")).getResponse().getStatus()).isEqualTo(403);
    assertThat(karim.perform(get("/settings/audit")).getResponse().getStatus()).isEqualTo(403);
    assertThat(karim.perform(get("/admin/companies")).getResponse().getStatus()).isEqualTo(403);
    assertThat(
            mvc.perform(get("/api/v1/users").with(fixtures.bearer("karim", fixtures.nursery())))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(403);
    String settings = karim.perform(get("/settings/company")).getResponse().getContentAsString();
    assertThat(settings).contains("Seul un administrateur de la société peut modifier");
  }
}
