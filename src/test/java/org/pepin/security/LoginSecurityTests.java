package org.pepin.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.pepin.PepinIntegrationTest;
import org.pepin.WebSession;
import org.pepin.platform.CompanyIdentity;
import org.pepin.platform.Role;
import org.pepin.platform.company.CompanyManagement;
import org.pepin.platform.user.UserManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

/** Login throttling shared by every instance, session fixation, the API documentation. */
@PepinIntegrationTest
class LoginSecurityTests {

  @Autowired MockMvc mvc;
  @Autowired UserManagement users;
  @Autowired CompanyManagement companies;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcClient jdbc;

  private MvcResult login(String username, String password) throws Exception {
    return mvc.perform(
            post("/login").param("username", username).param("password", password).with(csrf()))
        .andReturn();
  }

  @Test
  void five_failures_lock_the_username_even_with_the_right_password() throws Exception {
    String login = "lock" + System.nanoTime() % 1_000_000;
    transaction.executeWithoutResult(
        s -> {
          var c = companies.create(CompanyIdentity.named("Verrou " + login), false);
          users.create(
              c,
              new UserManagement.NewUser(
                  login, "Verrou", null, "un-long-mot-de-passe", EnumSet.of(Role.SALES)));
        });
    for (int i = 0; i < 4; i++) {
      assertThat(login(login, "mauvais-mot-de-passe").getResponse().getRedirectedUrl())
          .isEqualTo("/login?error");
    }
    assertThat(login(login, "un-long-mot-de-passe").getResponse().getRedirectedUrl())
        .as("4 failures: still allowed, and the count is cleared")
        .isEqualTo("/");
    for (int i = 0; i < 5; i++) {
      login(login, "mauvais-mot-de-passe");
    }
    assertThat(login(login, "un-long-mot-de-passe").getResponse().getRedirectedUrl())
        .isEqualTo("/login?locked");
    String page = mvc.perform(get("/login?locked")).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("ce compte est bloqué pendant 15 minutes");

    // The lock is in the database (every instance sees it); once it has expired, login works.
    jdbc.sql("UPDATE login_failure SET locked_until = :past WHERE username = :u")
        .param("past", java.sql.Timestamp.valueOf("2020-01-01 00:00:00"))
        .param("u", login)
        .update();
    assertThat(login(login, "un-long-mot-de-passe").getResponse().getRedirectedUrl())
        .isEqualTo("/");
  }

  @Test
  void the_session_id_changes_at_login() throws Exception {
    var page = mvc.perform(get("/login")).andReturn();
    Cookie before = page.getResponse().getCookie("SESSION");
    assertThat(before).as("the login page opens a session for its CSRF token").isNotNull();
    var result =
        mvc.perform(
                post("/login")
                    .cookie(before)
                    .param("username", "julien")
                    .param("password", WebSession.DEMO_PASSWORD)
                    .with(csrf()))
            .andReturn();
    Cookie after = result.getResponse().getCookie("SESSION");
    assertThat(after).isNotNull();
    assertThat(after.getValue()).isNotEqualTo(before.getValue());
  }

  @Test
  void the_api_is_documented_for_anyone_to_read() throws Exception {
    var docs = mvc.perform(get("/v3/api-docs")).andReturn().getResponse();
    assertThat(docs.getStatus()).isEqualTo(200);
    assertThat(docs.getContentAsString())
        .contains("\"/api/v1/company\"")
        .contains("\"/api/v1/users/{id}\"")
        .contains("\"/api/v1/tokens\"")
        .contains("bearer")
        .doesNotContain("\"/settings/company\"");
    assertThat(mvc.perform(get("/swagger-ui/index.html")).andReturn().getResponse().getStatus())
        .isEqualTo(200);
  }
}
