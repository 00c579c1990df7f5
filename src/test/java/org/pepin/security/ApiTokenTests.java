package org.pepin.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.pepin.PepinIntegrationTest;
import org.pepin.TenantIsolation;
import org.pepin.WebSession;
import org.pepin.platform.CompanyIdentity;
import org.pepin.platform.PlatformFixtures;
import org.pepin.platform.Role;
import org.pepin.platform.company.CompanyManagement;
import org.pepin.platform.token.ApiTokens;
import org.pepin.platform.user.UserManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Personal access tokens: created in the UI and shown once, stored hashed, bound to one company,
 * carrying the user's current roles, refused once revoked, expired or when the user leaves the
 * company.
 */
@PepinIntegrationTest
class ApiTokenTests {

  @Autowired MockMvc mvc;
  @Autowired PlatformFixtures fixtures;
  @Autowired ApiTokens tokens;
  @Autowired UserManagement users;
  @Autowired CompanyManagement companies;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcClient jdbc;

  private int status(String token, String path) throws Exception {
    return mvc.perform(get(path).header("Authorization", "Bearer " + token))
        .andReturn()
        .getResponse()
        .getStatus();
  }

  @Test
  void a_token_created_in_the_ui_reads_the_company_until_it_is_revoked() throws Exception {
    var sophie = WebSession.login(mvc, "sophie");
    var created = sophie.perform(post("/profile/tokens").param("name", "Tableur comptable"));
    String secret = (String) created.getFlashMap().get("newToken");
    assertThat(secret).startsWith("pepin_").hasSizeGreaterThan(40);

    var company =
        mvc.perform(get("/api/v1/company").header("Authorization", "Bearer " + secret))
            .andReturn()
            .getResponse();
    assertThat(company.getStatus()).isEqualTo(200);
    assertThat(company.getContentAsString(StandardCharsets.UTF_8))
        .contains("Pépinières Clément")
        .contains("977 118 041");
    assertThat(status(secret, "/api/v1/users")).as("SALES, ACCOUNTING: not ADMIN").isEqualTo(403);

    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM api_token WHERE token_hash = :s OR prefix = :s")
                .param("s", secret)
                .query(Long.class)
                .single())
        .as("the secret itself is never stored")
        .isZero();
    String shown = sophie.perform(get("/profile")).getResponse().getContentAsString();
    assertThat(shown).as("shown once, after creation").contains(secret);
    String page = sophie.perform(get("/profile")).getResponse().getContentAsString();
    assertThat(page)
        .contains("Tableur comptable")
        .contains(secret.substring(0, 10))
        .doesNotContain(secret);

    var id =
        tokens.list(fixtures.user("sophie"), fixtures.nursery()).stream()
            .filter(t -> t.name().equals("Tableur comptable"))
            .findFirst()
            .orElseThrow()
            .id();
    assertThat(tokens.list(fixtures.user("sophie"), fixtures.nursery()))
        .filteredOn(t -> t.id().equals(id))
        .singleElement()
        .satisfies(t -> assertThat(t.lastUsedAt()).isNotNull());
    sophie.perform(post("/profile/tokens/{id}/revoke", id));
    var revoked =
        mvc.perform(get("/api/v1/company").header("Authorization", "Bearer " + secret))
            .andReturn()
            .getResponse();
    assertThat(revoked.getStatus()).isEqualTo(401);
    assertThat(revoked.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
  }

  @Test
  void a_token_acts_for_its_company_with_the_roles_held_now() throws Exception {
    String login = "tok" + System.nanoTime() % 1_000_000;
    var company =
        transaction.execute(
            s -> {
              var c = companies.create(CompanyIdentity.named("Jetons " + login), false);
              users.create(
                  c,
                  new UserManagement.NewUser(
                      login, "Jeton", null, "un-long-mot-de-passe", EnumSet.of(Role.ADMIN)));
              users.create(
                  c,
                  new UserManagement.NewUser(
                      login + "b", "Autre", null, "un-long-mot-de-passe", EnumSet.of(Role.ADMIN)));
              return c;
            });
    String secret = fixtures.token(login, company);
    assertThat(status(secret, "/api/v1/users")).isEqualTo(200);

    var id = fixtures.user(login);
    transaction.executeWithoutResult(s -> users.grant(id, company, EnumSet.of(Role.VIEWER)));
    assertThat(status(secret, "/api/v1/users")).as("role removed: at once").isEqualTo(403);
    assertThat(status(secret, "/api/v1/company")).isEqualTo(200);

    transaction.executeWithoutResult(s -> users.grant(id, company, EnumSet.noneOf(Role.class)));
    assertThat(status(secret, "/api/v1/company")).as("no longer a member").isEqualTo(401);
  }

  @Test
  void the_ui_calls_the_api_with_its_session_and_a_csrf_token() throws Exception {
    var sophie = WebSession.login(mvc, "sophie");
    var company = sophie.perform(get("/api/v1/company")).getResponse();
    assertThat(company.getStatus()).isEqualTo(200);
    assertThat(company.getContentAsString(StandardCharsets.UTF_8)).contains("Pépinières Clément");
    var withoutCsrf =
        mvc.perform(
                post("/api/v1/tokens")
                    .with(sophie)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"name\":\"sans jeton CSRF\"}"))
            .andReturn()
            .getResponse();
    assertThat(withoutCsrf.getStatus()).isEqualTo(403);
    var withCsrf =
        sophie.perform(
            post("/api/v1/tokens")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"avec jeton CSRF\"}"));
    assertThat(withCsrf.getResponse().getStatus()).isEqualTo(201);
  }

  @Test
  void unknown_and_expired_tokens_are_refused() throws Exception {
    assertThat(status("pepin_" + "A".repeat(43), "/api/v1/company")).isEqualTo(401);
    assertThat(status("not-even-a-token", "/api/v1/company")).isEqualTo(401);
    String secret = fixtures.token("isabelle", fixtures.nursery());
    jdbc.sql("UPDATE api_token SET expires_on = :d WHERE prefix = :p")
        .param("d", java.time.LocalDate.of(2020, 1, 1))
        .param("p", secret.substring(0, 10))
        .update();
    assertThat(status(secret, "/api/v1/company")).isEqualTo(401);
  }

  @Test
  void a_user_cannot_revoke_someone_elses_token() throws Exception {
    fixtures.token("isabelle", fixtures.nursery());
    var isabelleToken = tokens.list(fixtures.user("isabelle"), fixtures.nursery()).get(0);
    var karim = WebSession.login(mvc, "karim");
    TenantIsolation.assertNotFoundFor(
        mvc,
        karim,
        () -> tokens.list(fixtures.user("isabelle"), fixtures.nursery()),
        post("/profile/tokens/{id}/revoke", isabelleToken.id()));
    TenantIsolation.assertNotFoundFor(
        mvc,
        fixtures.bearer("karim", fixtures.nursery()),
        () -> tokens.list(fixtures.user("isabelle"), fixtures.nursery()),
        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(
            "/api/v1/tokens/{id}", isabelleToken.id()));
  }
}
