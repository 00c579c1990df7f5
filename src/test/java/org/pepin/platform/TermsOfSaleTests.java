package org.pepin.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pepin.PepinIntegrationTest;
import org.pepin.TenantIsolation;
import org.pepin.WebSession;
import org.pepin.platform.audit.JdbcAuditLog;
import org.pepin.platform.audit.JdbcAuditLog.AuditFilter;
import org.pepin.platform.company.CompanyManagement;
import org.pepin.platform.demo.DemoCase;
import org.pepin.platform.terms.TermsOfSaleManagement;
import org.pepin.platform.terms.TermsOfSaleManagement.Status;
import org.pepin.platform.terms.TermsOfSaleManagement.TermsDraft;
import org.pepin.platform.user.UserManagement;
import org.pepin.shared.InvalidValue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Terms of sale as dated versions: the demo's terms in force since D−180, new versions that
 * supersede them, versions frozen from their date, and who may write them.
 */
@PepinIntegrationTest
class TermsOfSaleTests {

  @Autowired MockMvc mvc;
  @Autowired TermsOfSale termsOfSale;
  @Autowired TermsOfSaleManagement terms;
  @Autowired CompanyManagement companies;
  @Autowired UserManagement users;
  @Autowired PlatformFixtures fixtures;
  @Autowired CompanyClock clock;
  @Autowired JdbcAuditLog audit;
  @Autowired TransactionTemplate transaction;

  private CompanyId scratchCompany(String name) {
    return transaction.execute(
        s -> {
          var id = companies.create(DemoCase.identity(name + " " + System.nanoTime()), false);
          users.grant(fixtures.user("paul"), id, EnumSet.of(Role.ADMIN));
          return id;
        });
  }

  private TermsOfSaleId create(CompanyId company, String title, LocalDate from) {
    return transaction.execute(
        s -> terms.create(company, new TermsDraft(title, "Paiement à 30 jours.", from)));
  }

  @Test
  void the_nursery_references_its_terms_of_sale_from_d_minus_180() {
    var nursery = fixtures.nursery();
    LocalDate d = clock.today(nursery);
    var inForce = termsOfSale.inForce(nursery, d).orElseThrow();
    assertThat(inForce.number()).isEqualTo(1);
    assertThat(inForce.title()).isEqualTo("Conditions générales de vente");
    assertThat(inForce.appliesFrom()).isEqualTo(d.minusDays(180));
    assertThat(inForce.text())
        .contains("30 jours à compter de la date de la facture")
        .contains("majoré de 10 points")
        .contains("majoré de 8 points")
        .contains("40 €")
        .contains("aucun escompte")
        .contains("acompte** de 30 %")
        .contains("1 500 € TTC")
        .contains("14 jours");
    assertThat(termsOfSale.inForce(nursery, d.minusDays(181))).isEmpty();
    assertThat(termsOfSale.version(nursery, inForce.id())).isEqualTo(inForce);
  }

  @Test
  void a_new_version_supersedes_the_old_one_from_its_date_and_a_version_in_force_is_frozen() {
    var company = scratchCompany("CGV SAS");
    LocalDate today = clock.today(company);
    var first = create(company, "CGV 2026", today);
    var second = create(company, "CGV 2027", today.plusDays(30));

    assertThat(termsOfSale.inForce(company, today).orElseThrow().id()).isEqualTo(first);
    assertThat(termsOfSale.inForce(company, today.plusDays(29)).orElseThrow().number())
        .isEqualTo(1);
    assertThat(termsOfSale.inForce(company, today.plusDays(30)).orElseThrow().id())
        .isEqualTo(second);
    assertThat(terms.list(company))
        .extracting(v -> v.number() + ":" + v.status())
        .containsExactly("2:" + Status.UPCOMING, "1:" + Status.IN_FORCE);

    assertCode(
        () ->
            transaction.executeWithoutResult(
                s ->
                    terms.update(
                        company,
                        first,
                        terms.view(company, first).version(),
                        new TermsDraft("CGV 2026 bis", "Autre texte", today))),
        "terms.frozen");
    assertCode(
        () -> transaction.executeWithoutResult(s -> terms.delete(company, first)), "terms.frozen");
    assertCode(() -> create(company, "Rétroactive", today.minusDays(1)), "terms.date-past");
    assertCode(() -> create(company, "Avant la 2", today.plusDays(10)), "terms.date-order");

    transaction.executeWithoutResult(
        s ->
            terms.update(
                company,
                second,
                terms.view(company, second).version(),
                new TermsDraft(
                    "CGV 2027 corrigées", "Paiement à 45 jours fin de mois.", today.plusDays(31))));
    assertThat(termsOfSale.version(company, second).title()).isEqualTo("CGV 2027 corrigées");
    assertThat(termsOfSale.inForce(company, today.plusDays(30)).orElseThrow().id())
        .isEqualTo(first);
    transaction.executeWithoutResult(s -> terms.delete(company, second));
    assertThat(terms.list(company)).hasSize(1);

    assertThat(audit.search(company, AuditFilter.none(), 0, 50))
        .extracting(e -> e.action())
        .contains("terms.created", "terms.updated", "terms.deleted");
  }

  @Test
  void the_administrator_writes_a_version_whose_text_is_rendered_safely() throws Exception {
    var company = scratchCompany("Rédaction SAS");
    var paul = WebSession.login(mvc, "paul");
    paul.perform(post("/company/switch").param("company", company.toString()));
    try {
      String today = clock.today(company).toString();
      var refused =
          paul.perform(
              post("/settings/terms")
                  .param("title", "CGV")
                  .param("text", "")
                  .param("appliesFrom", "hier"));
      assertThat(refused.getResponse().getContentAsString())
          .contains("Le formulaire contient des erreurs")
          .contains("Ce champ est obligatoire")
          .contains("« hier » n&#39;est pas une date");
      assertThat(terms.list(company)).isEmpty();

      var created =
          paul.perform(
              post("/settings/terms")
                  .param("title", "Conditions générales de vente")
                  .param(
                      "text",
                      "## Paiement\n- **30 jours** date de facture\n<script>alert(1)</script>")
                  .param("appliesFrom", today));
      String location = created.getResponse().getRedirectedUrl();
      assertThat(location).startsWith("/settings/terms/");
      String page = paul.perform(get(location)).getResponse().getContentAsString();
      assertThat(page)
          .contains("<h4>Paiement</h4>")
          .contains("<li><strong>30 jours</strong> date de facture</li>")
          .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
          .doesNotContain("<script>alert(1)</script>")
          .contains("En vigueur")
          .contains("Cette version est en vigueur ou l&#39;a été");
      assertThat(
              audit.search(
                  company, new AuditFilter(null, "terms.created", "paul", null, null, null), 0, 5))
          .hasSize(1);
    } finally {
      paul.perform(post("/company/switch").param("company", fixtures.nursery().toString()));
    }
  }

  @Test
  void everyone_reads_the_terms_and_only_administrators_write_them() throws Exception {
    var nursery = fixtures.nursery();
    var version = termsOfSale.inForce(nursery, clock.today(nursery)).orElseThrow();
    var before = terms.list(nursery);
    var karim = WebSession.login(mvc, "karim");
    assertThat(karim.perform(get("/settings/terms")).getResponse().getContentAsString())
        .contains("Conditions générales de vente")
        .contains("Seul un administrateur de la société rédige les conditions de vente");
    assertThat(
            karim
                .perform(get("/settings/terms/{id}", version.id().value()))
                .getResponse()
                .getStatus())
        .isEqualTo(200);
    assertThat(karim.perform(get("/settings/terms/new")).getResponse().getStatus()).isEqualTo(403);
    assertThat(
            karim
                .perform(
                    post("/settings/terms")
                        .param("title", "Pirate")
                        .param("text", "x")
                        .param("appliesFrom", clock.today(nursery).plusDays(5).toString()))
                .getResponse()
                .getStatus())
        .isEqualTo(403);
    var basic = fixtures.bearer("karim", fixtures.nursery());
    String inForce =
        mvc.perform(get("/api/v1/terms-of-sale/in-force").with(basic))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(inForce)
        .contains("\"number\":1")
        .contains("\"id\":\"" + version.id().value() + "\"")
        .contains("\"status\":\"IN_FORCE\"");
    assertThat(
            mvc.perform(
                    post("/api/v1/terms-of-sale")
                        .with(basic)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                            "{\"title\":\"Pirate\",\"text\":\"x\",\"appliesFrom\":\"2099-01-01\"}"))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(403);
    assertThat(terms.list(nursery)).isEqualTo(before);
  }

  @Test
  void the_api_creates_corrects_and_withdraws_upcoming_versions() throws Exception {
    var company = scratchCompany("API CGV SAS");
    var paul = WebSession.login(mvc, "paul");
    paul.perform(post("/company/switch").param("company", company.toString()));
    try {
      var basic = fixtures.bearer("paul", company);
      String tomorrow = clock.today(company).plusDays(1).toString();
      var created =
          mvc.perform(
                  post("/api/v1/terms-of-sale")
                      .with(basic)
                      .contentType(MediaType.APPLICATION_JSON)
                      .content(
                          "{\"title\":\"CGV\",\"text\":\"Paiement à 30 jours.\",\"appliesFrom\":\""
                              + tomorrow
                              + "\"}"))
              .andReturn()
              .getResponse();
      assertThat(created.getStatus()).isEqualTo(201);
      String body = created.getContentAsString(StandardCharsets.UTF_8);
      assertThat(body).contains("\"status\":\"UPCOMING\"").contains("\"number\":1");
      var id = terms.list(company).get(0).id();
      var past =
          mvc.perform(
                  put("/api/v1/terms-of-sale/{id}", id.value())
                      .with(basic)
                      .contentType(MediaType.APPLICATION_JSON)
                      .content(
                          "{\"version\":0,\"title\":\"CGV\",\"text\":\"x\",\"appliesFrom\":\"2020-01-01\"}"))
              .andReturn()
              .getResponse();
      assertThat(past.getStatus()).isEqualTo(400);
      assertThat(past.getContentAsString(StandardCharsets.UTF_8))
          .contains("\"field\":\"appliesFrom\"")
          .contains("ne peut pas s&#39;appliquer avant aujourd&#39;hui".replace("&#39;", "'"));
      assertThat(
              mvc.perform(get("/api/v1/terms-of-sale/in-force").with(basic))
                  .andReturn()
                  .getResponse()
                  .getStatus())
          .as("nothing in force yet")
          .isEqualTo(404);
      assertThat(
              mvc.perform(delete("/api/v1/terms-of-sale/{id}", id.value()).with(basic))
                  .andReturn()
                  .getResponse()
                  .getStatus())
          .isEqualTo(204);
      assertThat(terms.list(company)).isEmpty();
    } finally {
      paul.perform(post("/company/switch").param("company", fixtures.nursery().toString()));
    }
  }

  @Test
  void versions_of_another_company_are_not_found() {
    var nursery = fixtures.nursery();
    var version = termsOfSale.inForce(nursery, clock.today(nursery)).orElseThrow();
    UUID id = version.id().value();
    var paul = WebSession.login(mvc, "paul");
    paul.perform(post("/company/switch").param("company", fixtures.jardins().toString()));
    try {
      TenantIsolation.assertNotFoundFor(
          mvc,
          paul,
          () -> terms.list(nursery),
          get("/settings/terms/{id}", id),
          post("/settings/terms/{id}", id)
              .param("version", "0")
              .param("title", "Pirate")
              .param("text", "x")
              .param("appliesFrom", "2099-01-01"),
          post("/settings/terms/{id}/delete", id),
          get("/settings/terms/{id}", UUID.randomUUID()));
      TenantIsolation.assertNotFoundFor(
          mvc,
          fixtures.bearer("paul", fixtures.jardins()),
          () -> terms.list(nursery),
          get("/api/v1/terms-of-sale/{id}", id),
          put("/api/v1/terms-of-sale/{id}", id)
              .contentType(MediaType.APPLICATION_JSON)
              .content(
                  "{\"version\":0,\"title\":\"Pirate\",\"text\":\"x\",\"appliesFrom\":\"2099-01-01\"}"),
          delete("/api/v1/terms-of-sale/{id}", id));
    } finally {
      paul.perform(post("/company/switch").param("company", fixtures.nursery().toString()));
    }
  }

  private static void assertCode(Runnable action, String code) {
    assertThatThrownBy(action::run)
        .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.code()).isEqualTo(code));
  }
}
