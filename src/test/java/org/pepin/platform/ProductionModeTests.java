package org.pepin.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.pepin.WebSession;
import org.pepin.platform.company.CompanyManagement;
import org.pepin.platform.user.UserManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Demo off, as in production (its own empty database): no demo data, no demo account, no demo hint
 * on the login page; the first administrator comes from the configuration and creates the first
 * company.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:production;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "spring.datasource.username=sa",
      "spring.datasource.password=",
      "pepin.demo.enabled=false",
      "pepin.bootstrap.admin-username=admin",
      "pepin.bootstrap.admin-password=une phrase de passe assez longue"
    })
@AutoConfigureMockMvc
class ProductionModeTests {

  @Autowired MockMvc mvc;
  @Autowired CompanyManagement companies;
  @Autowired UserManagement users;

  @Test
  void no_demo_data_and_no_demo_account_exist() throws Exception {
    assertThat(companies.findByName("Pépinières Clément")).isEmpty();
    assertThat(companies.all()).noneMatch(companies::isDemo);
    assertThat(users.findByUsername("sophie")).isEmpty();
    String login = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
    assertThat(login)
        .contains("Se connecter")
        .doesNotContain("pepin-demo")
        .doesNotContain("démonstration");
    var refused =
        mvc.perform(
                post("/login")
                    .param("username", "sophie")
                    .param("password", "pepin-demo")
                    .with(
                        org.springframework.security.test.web.servlet.request
                            .SecurityMockMvcRequestPostProcessors.csrf()))
            .andReturn();
    assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
  }

  @Test
  void the_configured_administrator_creates_the_first_company_and_administers_it()
      throws Exception {
    var admin = WebSession.login(mvc, "admin", "une phrase de passe assez longue");
    assertThat(admin.perform(get("/")).getResponse().getRedirectedUrl())
        .isEqualTo("/admin/companies");

    var created = admin.perform(post("/admin/companies").param("name", "Jardinerie Martin SARL"));
    assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/admin/companies");

    var company = companies.findByName("Jardinerie Martin SARL").orElseThrow();
    assertThat(companies.isDemo(company)).isFalse();
    assertThat(users.list(company))
        .singleElement()
        .satisfies(u -> assertThat(u.roles()).contains(Role.ADMIN, Role.MANAGER));
    assertThat(admin.perform(get("/")).getResponse().getContentAsString())
        .contains("Jardinerie Martin SARL");
  }
}
