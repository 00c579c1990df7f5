package org.pepin.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pepin.PepinIntegrationTest;
import org.pepin.TenantIsolation;
import org.pepin.WebSession;
import org.pepin.platform.CompanyId;
import org.pepin.platform.MessageTemplates;
import org.pepin.platform.PlatformFixtures;
import org.pepin.platform.Role;
import org.pepin.platform.audit.JdbcAuditLog;
import org.pepin.platform.audit.JdbcAuditLog.AuditFilter;
import org.pepin.platform.user.UserManagement;
import org.pepin.platform.user.UserManagement.NewUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Message templates: default wording in French and English, reworded per company by its
 * administrator (audited), refused with a French message naming an unknown placeholder, previewed
 * live with sample values, read-only for managers, invisible to other companies.
 */
@PepinIntegrationTest
class MessageTemplateTests {

  static final String BODY =
      "Bonjour {{customer.name}},\n\nVoici le {{document.title}} {{document.number}}.\n\n{{company.name}}";

  @Autowired MockMvc mvc;
  @Autowired PlatformFixtures platformFixtures;
  @Autowired MessagingFixtures fixtures;
  @Autowired PlatformFixtures platform;
  @Autowired MessageTemplateService service;
  @Autowired MessageTemplates templates;
  @Autowired JdbcAuditLog audit;
  @Autowired UserManagement users;
  @Autowired TransactionTemplate transaction;

  private WebSession paulIn(CompanyId company) {
    var paul = WebSession.login(mvc, "paul");
    paul.perform(post("/company/switch").param("company", company.toString()));
    return paul;
  }

  private void backToTheNursery(WebSession paul) {
    paul.perform(post("/company/switch").param("company", platform.nursery().toString()));
  }

  @Test
  void every_kind_has_a_default_wording_in_french_and_english() throws Exception {
    var paul = WebSession.login(mvc, "paul");
    String page =
        paul.perform(get("/settings/message-templates")).getResponse().getContentAsString();
    assertThat(page)
        .contains("Envoi d&#39;un document")
        .contains("Message de test")
        .contains("Français")
        .contains("Anglais")
        .contains("Texte par défaut");
    var english =
        templates.render(
            platform.nursery(), "test-message", Locale.ENGLISH, Map.of("user.name", "Paul"));
    assertThat(english.subject()).isEqualTo("Test message from Pépinières Clément");
    var french =
        templates.render(
            platform.nursery(), "test-message", Locale.FRENCH, Map.of("user.name", "Paul"));
    assertThat(french.body()).contains("envoyé par Paul depuis Pépin");
  }

  @Test
  void the_administrator_rewords_a_template_and_the_change_is_audited_and_used() throws Exception {
    CompanyId company = fixtures.company("Modèles SAS");
    var paul = paulIn(company);
    try {
      var result =
          paul.perform(
              post("/settings/message-templates/document/fr")
                  .param("version", "")
                  .param("subject", "Votre {{document.title}} {{document.number}}")
                  .param("body", BODY));
      assertThat(result.getResponse().getRedirectedUrl())
          .isEqualTo("/settings/message-templates/document/fr");
      assertThat(result.getFlashMap().get("toast")).isEqualTo("toast.message-template.saved");

      var view = service.view(company, "document", "fr");
      assertThat(view.customised()).isTrue();
      assertThat(view.subject()).isEqualTo("Votre {{document.title}} {{document.number}}");
      var rendered =
          templates.render(
              company,
              "document",
              Locale.FRENCH,
              Map.of(
                  "customer.name", "Hôtel du Parc SARL",
                  "document.title", "devis",
                  "document.number", "DE-2026-0031",
                  "document.date", "",
                  "document.amount", "",
                  "sender.name", ""));
      assertThat(rendered.subject()).isEqualTo("Votre devis DE-2026-0031");
      assertThat(rendered.body())
          .startsWith("Bonjour Hôtel du Parc SARL,")
          .endsWith(
              view.kind().code().isEmpty()
                  ? ""
                  : rendered.body().substring(rendered.body().lastIndexOf('\n') + 1));
      assertThat(rendered.body()).contains("Modèles SAS");
      assertThat(service.view(company, "document", "en").customised())
          .as("English untouched")
          .isFalse();

      assertThat(
              audit.search(
                  company,
                  new AuditFilter(null, "message-template.updated", "paul", null, null, null),
                  0,
                  5))
          .singleElement()
          .satisfies(
              e ->
                  assertThat(e.details())
                      .contains(
                          "subject: {{document.title}} {{document.number}} — {{company.name}} → Votre"));

      String page =
          paul.perform(get("/settings/message-templates/document/fr"))
              .getResponse()
              .getContentAsString();
      assertThat(page).contains("Personnalisé").contains("Revenir au texte par défaut");

      var reset =
          paul.perform(
              post("/settings/message-templates/document/fr/reset")
                  .param("version", view.version().toString()));
      assertThat(reset.getFlashMap().get("toast")).isEqualTo("toast.message-template.reset");
      assertThat(service.view(company, "document", "fr").customised()).isFalse();
      assertThat(
              audit.search(
                  company,
                  new AuditFilter(null, "message-template.reset", null, null, null, null),
                  0,
                  5))
          .hasSize(1);
    } finally {
      backToTheNursery(paul);
    }
  }

  @Test
  void a_template_with_an_unknown_placeholder_cannot_be_saved_and_the_message_names_it()
      throws Exception {
    CompanyId company = fixtures.company("Champ inconnu SAS");
    var paul = paulIn(company);
    try {
      var result =
          paul.perform(
              post("/settings/message-templates/document/fr")
                  .param("version", "")
                  .param("subject", "Facture {{document.number}}")
                  .param("body", "Bonjour {{client.nom}},"));
      String page = result.getResponse().getContentAsString();
      assertThat(result.getResponse().getStatus()).isEqualTo(200);
      assertThat(page)
          .contains("Le formulaire contient des erreurs")
          .contains("Le champ « {{client.nom}} » n&#39;existe pas pour ce type de message.")
          .contains("{{customer.name}}");
      assertThat(service.view(company, "document", "fr").customised()).isFalse();

      var api =
          mvc.perform(
                  put("/api/v1/message-templates/document/fr")
                      .with(platformFixtures.bearer("paul"))
                      .contentType(MediaType.APPLICATION_JSON)
                      .content("{\"subject\":\"Facture {{facture.numero}}\",\"body\":\"Bonjour\"}"))
              .andReturn()
              .getResponse();
      assertThat(api.getStatus()).isEqualTo(400);
      assertThat(api.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      assertThat(api.getContentAsString(StandardCharsets.UTF_8))
          .contains("\"field\":\"subject\"")
          .contains("message-template.unknown-placeholder")
          .contains("Le champ « {{facture.numero}} » n'existe pas");
      assertThat(service.view(company, "document", "fr").customised()).isFalse();

      var ok =
          mvc.perform(
                  put("/api/v1/message-templates/document/en")
                      .with(platformFixtures.bearer("paul"))
                      .contentType(MediaType.APPLICATION_JSON)
                      .content(
                          "{\"subject\":\"Invoice {{document.number}}\",\"body\":\"Hello {{customer.name}}\"}"))
              .andReturn()
              .getResponse();
      assertThat(ok.getStatus()).isEqualTo(200);
      assertThat(ok.getContentAsString(StandardCharsets.UTF_8)).contains("\"customised\":true");
      var stale =
          mvc.perform(
                  put("/api/v1/message-templates/document/en")
                      .with(platformFixtures.bearer("paul"))
                      .contentType(MediaType.APPLICATION_JSON)
                      .content("{\"subject\":\"Invoice\",\"body\":\"Hello\"}"))
              .andReturn()
              .getResponse();
      assertThat(stale.getStatus()).as("edited the default while a wording exists").isEqualTo(409);
    } finally {
      backToTheNursery(paul);
    }
  }

  @Test
  void the_live_preview_fills_sample_values_or_says_what_is_wrong() throws Exception {
    var paul = paulIn(platform.nursery());
    var preview =
        paul.perform(
                post("/settings/message-templates/document/fr/preview")
                    .header("HX-Request", "true")
                    .param("subject", "{{document.title}} {{document.number}}")
                    .param("body", "Bonjour {{customer.name}}, de la part de {{company.name}}"))
            .getResponse()
            .getContentAsString();
    assertThat(preview)
        .contains("id=\"preview\"")
        .contains("Devis DE-2026-0031")
        .contains("Bonjour Hôtel du Parc SARL, de la part de Pépinières Clément")
        .doesNotContain("<html");
    String wrong =
        paul.perform(
                post("/settings/message-templates/document/fr/preview")
                    .param("subject", "Objet")
                    .param("body", "Bonjour {{client}}"))
            .getResponse()
            .getContentAsString();
    assertThat(wrong).contains("{{client}}").contains("n&#39;existe pas");
  }

  @Test
  void a_manager_reads_the_templates_but_only_an_administrator_changes_them() throws Exception {
    CompanyId company = fixtures.company("Lecture SAS");
    String login = "manager" + System.nanoTime() % 100000;
    transaction.executeWithoutResult(
        s ->
            users.create(
                company,
                new NewUser(
                    login, "Marie Manager", null, "manager-password", Set.of(Role.MANAGER))));
    var manager = WebSession.login(mvc, login, "manager-password");
    String page =
        manager
            .perform(get("/settings/message-templates/document/fr"))
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("Seul un administrateur").doesNotContain("id=\"template-save\"");
    var save =
        manager.perform(
            post("/settings/message-templates/document/fr")
                .param("subject", "x")
                .param("body", "y"));
    assertThat(save.getResponse().getStatus()).isEqualTo(403);
    assertThat(service.view(company, "document", "fr").customised()).isFalse();

    var sophie = WebSession.login(mvc, "sophie");
    assertThat(sophie.perform(get("/settings/message-templates")).getResponse().getStatus())
        .isEqualTo(403);
    var api =
        mvc.perform(get("/api/v1/message-templates").with(platformFixtures.bearer("sophie")))
            .andReturn()
            .getResponse();
    assertThat(api.getStatus()).isEqualTo(403);
  }

  @Test
  void a_company_s_wording_stays_its_own() throws Exception {
    CompanyId other = fixtures.foreignCompany("Autre rédaction SAS");
    service.save(
        other,
        "document",
        "fr",
        null,
        "Secret {{document.number}}",
        "Texte secret de l'autre société");
    var before = service.view(other, "document", "fr");

    var paul = WebSession.login(mvc, "paul");
    String page =
        paul.perform(get("/settings/message-templates/document/fr"))
            .getResponse()
            .getContentAsString();
    assertThat(page).doesNotContain("Texte secret");
    String api =
        mvc.perform(
                get("/api/v1/message-templates/document/fr").with(platformFixtures.bearer("paul")))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(api).doesNotContain("Texte secret");
    // There is no id to guess: a template is addressed by kind and language within one's company.
    TenantIsolation.assertNotFoundFor(
        mvc,
        platformFixtures.bearer("paul"),
        () -> service.view(other, "document", "fr"),
        get("/api/v1/message-templates/unknown-kind/fr"),
        get("/api/v1/message-templates/document/de"));
    assertThat(service.view(other, "document", "fr")).isEqualTo(before);
  }
}
