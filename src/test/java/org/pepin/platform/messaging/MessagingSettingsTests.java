package org.pepin.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.pepin.PepinIntegrationTest;
import org.pepin.WebSession;
import org.pepin.platform.CompanyId;
import org.pepin.platform.PlatformFixtures;
import org.pepin.platform.audit.JdbcAuditLog;
import org.pepin.platform.audit.JdbcAuditLog.AuditFilter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The messaging settings: the in-app mailbox by default, SMTP set by the administrator with French
 * messages for bad fields, the password stored but never shown back nor audited, every change
 * audited.
 */
@PepinIntegrationTest
class MessagingSettingsTests {

  static final String PASSWORD = "Sm7p-p4ssw0rd-secret";

  @Autowired MockMvc mvc;
  @Autowired PlatformFixtures platformFixtures;
  @Autowired MessagingFixtures fixtures;
  @Autowired PlatformFixtures platform;
  @Autowired MessagingSettingsService settings;
  @Autowired JdbcAuditLog audit;

  @Test
  void the_demo_company_uses_the_in_app_mailbox_by_default() throws Exception {
    var view = settings.view(platform.nursery());
    assertThat(view.transport()).isEqualTo(Transport.MAILBOX);
    assertThat(view.smtpConfigured()).isFalse();
    var paul = WebSession.login(mvc, "paul");
    String page = paul.perform(get("/settings/messaging")).getResponse().getContentAsString();
    assertThat(page)
        .contains("Messagerie interne")
        .contains("Envoyer un message de test")
        .contains("paul@pepinieres-clement.example");
  }

  @Test
  void the_administrator_sets_smtp_and_the_password_is_never_shown_back() throws Exception {
    CompanyId company = fixtures.company("Réglages SAS");
    var paul = WebSession.login(mvc, "paul");
    paul.perform(post("/company/switch").param("company", company.toString()));
    try {
      var saved =
          paul.perform(
              post("/settings/messaging")
                  .param("version", "")
                  .param("transport", "SMTP")
                  .param("smtpHost", "smtp.pepinieres-clement.example")
                  .param("smtpPort", "587")
                  .param("smtpSecurity", "STARTTLS")
                  .param("smtpUsername", "contact")
                  .param("smtpPassword", PASSWORD)
                  .param("senderAddress", "contact@pepinieres-clement.example")
                  .param("senderName", "Pépinières Clément"));
      assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/settings/messaging");
      var view = settings.view(company);
      assertThat(view.transport()).isEqualTo(Transport.SMTP);
      assertThat(view.passwordSet()).isTrue();
      assertThat(settings.forDelivery(company).smtpPassword()).isEqualTo(PASSWORD);
      assertThat(settings.forDelivery(company).toString()).doesNotContain(PASSWORD);

      String page = paul.perform(get("/settings/messaging")).getResponse().getContentAsString();
      assertThat(page)
          .contains("smtp.pepinieres-clement.example")
          .contains("Un mot de passe est enregistré")
          .doesNotContain(PASSWORD);
      String api =
          mvc.perform(get("/api/v1/messaging-settings").with(platformFixtures.bearer("paul")))
              .andReturn()
              .getResponse()
              .getContentAsString(StandardCharsets.UTF_8);
      assertThat(api).contains("\"passwordSet\":true").doesNotContain(PASSWORD);

      // Saving again without typing the password keeps it.
      paul.perform(
          post("/settings/messaging")
              .param("version", view.version().toString())
              .param("transport", "SMTP")
              .param("smtpHost", "smtp.pepinieres-clement.example")
              .param("smtpPort", "465")
              .param("smtpSecurity", "TLS")
              .param("smtpUsername", "contact")
              .param("smtpPassword", "")
              .param("senderAddress", "contact@pepinieres-clement.example")
              .param("senderName", "Pépinières Clément"));
      assertThat(settings.view(company).smtpPort()).isEqualTo(465);
      assertThat(settings.forDelivery(company).smtpPassword()).isEqualTo(PASSWORD);

      var entries =
          audit.search(
              company, new AuditFilter(null, "messaging.updated", "paul", null, null, null), 0, 10);
      assertThat(entries).hasSize(2);
      assertThat(entries.get(1).details())
          .contains("transport: MAILBOX → SMTP")
          .contains("smtpHost: ∅ → smtp.pepinieres-clement.example")
          .contains("smtpPassword: changed")
          .doesNotContain(PASSWORD);
      assertThat(entries.get(0).details())
          .contains("smtpPort: 587 → 465")
          .doesNotContain("smtpPassword");
    } finally {
      paul.perform(post("/company/switch").param("company", platform.nursery().toString()));
    }
  }

  @Test
  void bad_smtp_settings_are_refused_field_by_field_in_french() throws Exception {
    CompanyId company = fixtures.company("Réglages faux SAS");
    var paul = WebSession.login(mvc, "paul");
    paul.perform(post("/company/switch").param("company", company.toString()));
    try {
      var result =
          paul.perform(
              post("/settings/messaging")
                  .param("version", "")
                  .param("transport", "SMTP")
                  .param("smtpHost", "")
                  .param("smtpPort", "99999")
                  .param("smtpSecurity", "STARTTLS")
                  .param("senderAddress", "pas-une-adresse"));
      String page = result.getResponse().getContentAsString();
      assertThat(page)
          .contains("Le formulaire contient des erreurs")
          .contains("Le port « 99999 » doit être un nombre entre 1 et 65535.")
          .contains("n&#39;est pas valide");
      var missingHost =
          paul.perform(
              post("/settings/messaging")
                  .param("version", "")
                  .param("transport", "SMTP")
                  .param("smtpHost", "")
                  .param("smtpPort", "587")
                  .param("senderAddress", "contact@pepinieres-clement.example"));
      assertThat(missingHost.getResponse().getContentAsString())
          .contains("Indiquez le serveur SMTP.");
      assertThat(settings.view(company).version()).as("nothing saved").isNull();

      var api =
          mvc.perform(
                  put("/api/v1/messaging-settings")
                      .with(platformFixtures.bearer("paul"))
                      .contentType(MediaType.APPLICATION_JSON)
                      .content(
                          "{\"transport\":\"SMTP\",\"smtpHost\":\"bad host!\",\"smtpPort\":\"587\","
                              + "\"senderAddress\":\"contact@pepinieres-clement.example\"}"))
              .andReturn()
              .getResponse();
      assertThat(api.getStatus()).isEqualTo(400);
      assertThat(api.getContentAsString(StandardCharsets.UTF_8))
          .contains("\"field\":\"smtpHost\"")
          .contains("n'est pas un nom de serveur valide");
    } finally {
      paul.perform(post("/company/switch").param("company", platform.nursery().toString()));
    }
  }

  @Test
  void only_an_administrator_sees_and_changes_the_settings() throws Exception {
    var before = settings.view(platform.nursery());
    var sophie = WebSession.login(mvc, "sophie");
    assertThat(sophie.perform(get("/settings/messaging")).getResponse().getStatus()).isEqualTo(403);
    assertThat(
            sophie
                .perform(
                    post("/settings/messaging")
                        .param("transport", "SMTP")
                        .param("smtpHost", "evil.example"))
                .getResponse()
                .getStatus())
        .isEqualTo(403);
    assertThat(
            sophie
                .perform(post("/settings/messaging/test").param("to", "x@y.example"))
                .getResponse()
                .getStatus())
        .isEqualTo(403);
    var api =
        mvc.perform(get("/api/v1/messaging-settings").with(platformFixtures.bearer("sophie")))
            .andReturn()
            .getResponse();
    assertThat(api.getStatus()).isEqualTo(403);
    assertThat(settings.view(platform.nursery())).isEqualTo(before);
  }
}
