package org.pepin.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.pepin.PepinIntegrationTest;
import org.pepin.WebSession;
import org.pepin.platform.audit.JdbcAuditLog;
import org.pepin.platform.audit.JdbcAuditLog.AuditFilter;
import org.pepin.platform.company.CompanyManagement;
import org.pepin.platform.demo.DemoCase;
import org.pepin.platform.user.UserManagement;
import org.pepin.platform.web.CompanyFormFixture;
import org.pepin.shared.Siren;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The company's legal identity: edited by its administrator with French messages for every bad
 * field, audited field by field, protected against concurrent edits; and the company clock.
 */
@PepinIntegrationTest
class CompanySettingsTests {

  @Autowired MockMvc mvc;
  @Autowired PlatformFixtures fixtures;
  @Autowired CompanyManagement companies;
  @Autowired CompanyClock clock;
  @Autowired JdbcAuditLog audit;
  @Autowired TransactionTemplate transaction;
  @Autowired UserManagement users;

  /** A company of its own, administered by Paul, so that edits do not disturb the demo. */
  private CompanyId scratchCompany(String name) {
    return transaction.execute(
        s -> {
          var id = companies.create(DemoCase.identity(name), false);
          users.grant(fixtures.user("paul"), id, EnumSet.of(Role.ADMIN));
          return id;
        });
  }

  private MockHttpServletRequestBuilder form(CompanyId company, String field, String value) {
    var view = companies.view(company);
    var f = CompanyFormFixture.fields(view.version(), view.identity());
    f.put(field, value);
    var request = post("/settings/company");
    f.forEach(request::param);
    return request;
  }

  @Test
  void the_administrator_saves_the_identity_and_the_change_is_audited() throws Exception {
    var company = scratchCompany("Identité SAS " + System.nanoTime());
    var paul = WebSession.login(mvc, "paul");
    paul.perform(post("/company/switch").param("company", company.toString()));
    try {
      var result = paul.perform(form(company, "siret", "977 118 041 00028"));
      assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/settings/company");

      assertThat(companies.identity(company).siret().value()).isEqualTo("97711804100028");
      var entry =
          audit.search(
              company, new AuditFilter(null, "company.updated", "paul", null, null, null), 0, 1);
      assertThat(entry)
          .singleElement()
          .satisfies(e -> assertThat(e.details()).contains("siret").contains("97711804100028"));
    } finally {
      paul.perform(post("/company/switch").param("company", fixtures.nursery().toString()));
    }
  }

  @Test
  void a_bad_siren_is_refused_with_a_french_message_and_nothing_changes() throws Exception {
    var company = scratchCompany("Refus SAS " + System.nanoTime());
    var before = companies.view(company);
    var paul = WebSession.login(mvc, "paul");
    paul.perform(post("/company/switch").param("company", company.toString()));
    try {
      var result = paul.perform(form(company, "siren", "977 118 042"));
      String page = result.getResponse().getContentAsString();
      assertThat(result.getResponse().getStatus()).isEqualTo(200);
      assertThat(page).contains("Le formulaire contient des erreurs").contains("SIREN");
      assertThat(page).contains("977 118 042");
      assertThat(companies.view(company)).isEqualTo(before);

      var iban = paul.perform(form(company, "iban", "FR76 3000 6000 0112 3456 7890 188"));
      assertThat(iban.getResponse().getContentAsString()).contains("IBAN");
      var siret = paul.perform(form(company, "siret", "528 152 305 00019"));
      assertThat(siret.getResponse().getContentAsString())
          .contains("Le formulaire contient des erreurs");
      assertThat(companies.view(company)).isEqualTo(before);
    } finally {
      paul.perform(post("/company/switch").param("company", fixtures.nursery().toString()));
    }
  }

  @Test
  void a_concurrent_edit_is_refused_never_silently_overwritten() throws Exception {
    var company = scratchCompany("Concurrence SAS " + System.nanoTime());
    var paul = WebSession.login(mvc, "paul");
    paul.perform(post("/company/switch").param("company", company.toString()));
    try {
      var first = form(company, "phone", "01 11 11 11 11");
      var second = form(company, "phone", "01 22 22 22 22");
      paul.perform(first);
      var result = paul.perform(second);
      assertThat(result.getResponse().getContentAsString())
          .contains("Quelqu&#39;un d&#39;autre a modifié cette fiche");
      assertThat(companies.identity(company).phone()).isEqualTo("01 11 11 11 11");

      var view = companies.view(company);
      assertThatThrownBy(
              () ->
                  transaction.executeWithoutResult(
                      s -> companies.updateIdentity(company, view.version() - 1, view.identity())))
          .isInstanceOf(ConcurrentModification.class);
    } finally {
      paul.perform(post("/company/switch").param("company", fixtures.nursery().toString()));
    }
  }

  @Test
  void a_user_without_the_admin_role_cannot_change_the_company() throws Exception {
    var before = companies.view(fixtures.nursery());
    var sophie = WebSession.login(mvc, "sophie");
    var result = sophie.perform(form(fixtures.nursery(), "phone", "06 00 00 00 00"));
    assertThat(result.getResponse().getStatus()).isEqualTo(403);
    assertThat(companies.view(fixtures.nursery())).isEqualTo(before);
  }

  @Test
  void the_api_answers_a_problem_document_listing_each_bad_field() throws Exception {
    var company = scratchCompany("API SAS " + System.nanoTime());
    var paul = WebSession.login(mvc, "paul");
    paul.perform(post("/company/switch").param("company", company.toString()));
    try {
      int version = companies.view(company).version();
      var response =
          mvc.perform(
                  put("/api/v1/company")
                      .with(fixtures.bearer("paul", company))
                      .contentType(MediaType.APPLICATION_JSON)
                      .content(
                          "{\"version\":"
                              + version
                              + ",\"name\":\"API SAS\",\"siren\":\"123456789\","
                              + "\"iban\":\"FR7630006000011234567890188\",\"vatRegime\":\"RECEIPTS\"}"))
              .andReturn()
              .getResponse();
      assertThat(response.getStatus()).isEqualTo(400);
      assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      String body = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
      assertThat(body).contains("\"field\":\"siren\"").contains("\"field\":\"iban\"");
      assertThat(companies.view(company).version()).isEqualTo(version);

      var stale =
          mvc.perform(
                  put("/api/v1/company")
                      .with(fixtures.bearer("paul", company))
                      .contentType(MediaType.APPLICATION_JSON)
                      .content(
                          "{\"version\":"
                              + (version + 7)
                              + ",\"name\":\"API SAS\","
                              + "\"vatRegime\":\"RECEIPTS\"}"))
              .andReturn()
              .getResponse();
      assertThat(stale.getStatus()).isEqualTo(409);
    } finally {
      paul.perform(post("/company/switch").param("company", fixtures.nursery().toString()));
    }
  }

  @Test
  void malformed_input_is_refused_with_a_french_message_and_changes_nothing() throws Exception {
    var company = scratchCompany("Malformé SAS " + System.nanoTime());
    var before = companies.view(company);
    var paul = WebSession.login(mvc, "paul");
    paul.perform(post("/company/switch").param("company", company.toString()));
    try {
      for (var tampered : new String[][] {{"vatRegime", "BOGUS"}, {"version", "abc"}}) {
        var response = paul.perform(form(company, tampered[0], tampered[1])).getResponse();
        assertThat(response.getStatus()).as(tampered[0]).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("Rien n&#39;a été modifié");
      }
      var json =
          mvc.perform(
                  put("/api/v1/company")
                      .with(fixtures.bearer("paul", company))
                      .contentType(MediaType.APPLICATION_JSON)
                      .content("{\"version\": 0, \"name\": "))
              .andReturn()
              .getResponse();
      assertThat(json.getStatus()).isEqualTo(400);
      assertThat(json.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
          .contains("La requête est illisible");
      assertThat(companies.view(company)).isEqualTo(before);
    } finally {
      paul.perform(post("/company/switch").param("company", fixtures.nursery().toString()));
    }
  }

  @Test
  void the_logo_must_be_a_real_png_or_jpeg() throws Exception {
    var company = scratchCompany("Logo SAS " + System.nanoTime());
    var paul = WebSession.login(mvc, "paul");
    paul.perform(post("/company/switch").param("company", company.toString()));
    try {
      byte[] png =
          java.util.Base64.getDecoder()
              .decode(
                  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
      paul.perform(
          multipart("/settings/company/logo")
              .file(new MockMultipartFile("logo", "logo.png", "image/png", png)));
      assertThat(companies.logo(company))
          .hasValueSatisfying(l -> assertThat(l.contentType()).isEqualTo("image/png"));

      var fake =
          paul.perform(
              multipart("/settings/company/logo")
                  .file(
                      new MockMultipartFile(
                          "logo", "logo.png", "image/png", "<svg onload=alert(1)>".getBytes())));
      assertThat(fake.getFlashMap().get("toastError")).isEqualTo("error.company.logo-type");
      assertThat(companies.logo(company).orElseThrow().data()).isEqualTo(png);
    } finally {
      paul.perform(post("/company/switch").param("company", fixtures.nursery().toString()));
    }
  }

  @Test
  void the_company_clock_moves_by_the_company_offset_only() {
    var company = scratchCompany("Horloge SAS " + System.nanoTime());
    LocalDate today = clock.today(fixtures.nursery());
    transaction.executeWithoutResult(s -> companies.setClockOffset(company, Duration.ofDays(10)));
    assertThat(clock.today(company)).isEqualTo(today.plusDays(10));
    assertThat(clock.today(fixtures.nursery())).isEqualTo(today);
    assertThat(clock.dateTime(company).getZone()).isEqualTo(CompanyClock.ZONE);
  }

  @Test
  void the_demo_nursery_holds_the_identity_of_the_case() {
    var identity = companies.identity(fixtures.nursery());
    assertThat(identity.siren()).isEqualTo(new Siren("977118041"));
    assertThat(identity.siret().value()).isEqualTo("97711804100010");
    assertThat(identity.vatNumber().value()).isEqualTo("FR70977118041");
    assertThat(identity.iban().format()).isEqualTo("FR76 3000 4012 3400 0123 4567 862");
    assertThat(identity.plantHealthNumber()).isEqualTo("FR-78-0412");
    assertThat(identity.address().city()).isEqualTo("Montfort-l'Amaury");
    assertThat(companies.isDemo(fixtures.nursery())).isTrue();
    assertThat(companies.identity(fixtures.jardins()).siren().value()).isEqualTo("928152305");
  }

  @Test
  void the_settings_page_opens_in_english_when_asked() throws Exception {
    var sophie = WebSession.login(mvc, "sophie");
    sophie.perform(post("/language").param("lang", "en").param("back", "/settings/company"));
    try {
      String page = sophie.perform(get("/settings/company")).getResponse().getContentAsString();
      assertThat(page).contains("Legal identifiers and VAT").doesNotContain("Identifiants légaux");
    } finally {
      sophie.perform(post("/language").param("lang", "fr"));
    }
    String page = sophie.perform(get("/settings/company")).getResponse().getContentAsString();
    assertThat(page).contains("Identifiants légaux");
  }
}
