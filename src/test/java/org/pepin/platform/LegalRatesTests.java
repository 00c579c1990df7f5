package org.pepin.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.pepin.PepinIntegrationTest;
import org.pepin.WebSession;
import org.pepin.platform.LegalRates.CreditorKind;
import org.pepin.platform.LegalRates.VatKind;
import org.pepin.platform.company.CompanyManagement;
import org.pepin.platform.demo.DemoCase;
import org.pepin.platform.legal.LegalRateManagement;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.VatRate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The legal reference tables: the values shipped with Pépin, lookups that refuse a date without a
 * usable rate (france-compliance R-PAY-05), provisional rates for demo companies only (scenario §6
 * "Rates"), and their maintenance by the instance administrator.
 */
@PepinIntegrationTest
class LegalRatesTests {

  @Autowired MockMvc mvc;
  @Autowired LegalRates rates;
  @Autowired LegalRateManagement management;
  @Autowired CompanyManagement companies;
  @Autowired PlatformFixtures fixtures;
  @Autowired MessageSource messages;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcClient jdbc;
  @Autowired javax.sql.DataSource dataSource;

  private CompanyId realCompany() {
    return transaction.execute(
        s -> companies.create(DemoCase.identity("Taux SAS " + System.nanoTime()), false));
  }

  private String french(InvalidValue e) {
    return messages.getMessage("error." + e.code(), e.args(), Locale.FRENCH);
  }

  private InvalidValue refusal(Runnable lookup) {
    try {
      lookup.run();
    } catch (InvalidValue e) {
      return e;
    }
    throw new AssertionError("the lookup was not refused");
  }

  @Test
  void the_shipped_values_are_found_at_their_dates() {
    var company = realCompany();
    assertThat(rates.vatRate(company, VatKind.STANDARD, LocalDate.of(2026, 11, 29)))
        .isEqualTo(VatRate.STANDARD_20);
    assertThat(rates.vatRate(company, VatKind.INTERMEDIATE, LocalDate.of(2025, 3, 1)))
        .isEqualTo(VatRate.REDUCED_10);
    assertThat(rates.vatRate(company, VatKind.REDUCED, LocalDate.of(2014, 1, 1)))
        .isEqualTo(VatRate.REDUCED_5_5);
    assertThat(rates.vatRate(company, VatKind.SUPER_REDUCED, LocalDate.of(2026, 1, 1)))
        .isEqualTo(VatRate.SUPER_REDUCED_2_1);

    var h1 = rates.legalInterestRate(company, CreditorKind.PROFESSIONAL, LocalDate.of(2026, 6, 30));
    assertThat(h1.percent()).isEqualByComparingTo("2.62");
    assertThat(h1.validFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(h1.confirmed()).isTrue();
    assertThat(h1.source()).contains("arrêté du 15 décembre 2025");
    assertThat(
            rates
                .legalInterestRate(company, CreditorKind.PROFESSIONAL, LocalDate.of(2025, 2, 1))
                .percent())
        .isEqualByComparingTo("3.71");
    assertThat(
            rates
                .legalInterestRate(company, CreditorKind.PROFESSIONAL, LocalDate.of(2025, 7, 1))
                .percent())
        .isEqualByComparingTo("2.76");
    assertThat(
            rates
                .legalInterestRate(company, CreditorKind.INDIVIDUAL, LocalDate.of(2025, 1, 1))
                .percent())
        .isEqualByComparingTo("7.21");
    assertThat(
            rates
                .legalInterestRate(company, CreditorKind.INDIVIDUAL, LocalDate.of(2025, 12, 31))
                .percent())
        .isEqualByComparingTo("6.65");
    assertThat(
            rates
                .legalInterestRate(company, CreditorKind.INDIVIDUAL, LocalDate.of(2026, 4, 1))
                .percent())
        .isEqualByComparingTo("6.67");
    assertThat(rates.ecbRate(company, LocalDate.of(2025, 10, 15)).percent())
        .isEqualByComparingTo("2.15");
    assertThat(rates.ecbRate(company, LocalDate.of(2026, 1, 1)).percent())
        .isEqualByComparingTo("2.15");
  }

  @Test
  void a_computation_at_a_date_without_a_rate_is_refused_with_a_clear_french_message() {
    var company = realCompany();
    var interest =
        refusal(
            () ->
                rates.legalInterestRate(
                    company, CreditorKind.PROFESSIONAL, LocalDate.of(2035, 9, 1)));
    assertThat(french(interest))
        .isEqualTo(
            "Aucun taux d'intérêt légal connu pour le 2e semestre 2035 : saisissez-le dans"
                + " Paramètres › Taux légaux avant de calculer des pénalités.");
    var individual =
        refusal(
            () ->
                rates.legalInterestRate(
                    company, CreditorKind.INDIVIDUAL, LocalDate.of(2035, 2, 1)));
    assertThat(french(individual))
        .isEqualTo(
            "Aucun taux d'intérêt légal (créancier particulier) connu pour le 1er semestre 2035 :"
                + " saisissez-le dans Paramètres › Taux légaux avant de calculer des pénalités.");
    var ecb = refusal(() -> rates.ecbRate(company, LocalDate.of(2035, 9, 1)));
    assertThat(french(ecb))
        .isEqualTo(
            "Aucun taux de refinancement de la BCE connu pour le 2e semestre 2035 : saisissez-le"
                + " dans Paramètres › Taux légaux avant de calculer des pénalités.");
    var vat = refusal(() -> rates.vatRate(company, VatKind.STANDARD, LocalDate.of(2013, 12, 31)));
    assertThat(french(vat))
        .isEqualTo(
            "Aucun taux de TVA normal connu au 31/12/2013 : saisissez-le dans Paramètres › Taux"
                + " légaux.");
    assertThat(messages.getMessage("error." + interest.code(), interest.args(), Locale.ENGLISH))
        .startsWith("No legal interest rate known for the second half of 2035");
  }

  @Test
  void a_demo_company_uses_the_provisional_rates_while_a_real_company_is_refused() {
    LocalDate secondHalf2026 = LocalDate.of(2026, 9, 15);
    var demo = fixtures.nursery();
    var provisional = rates.ecbRate(demo, secondHalf2026);
    assertThat(provisional.percent()).isEqualByComparingTo("2.15");
    assertThat(provisional.status()).isEqualTo(LegalRate.Status.PROVISIONAL);
    assertThat(provisional.confirmed()).isFalse();
    assertThat(rates.legalInterestRate(demo, CreditorKind.PROFESSIONAL, secondHalf2026).percent())
        .isEqualByComparingTo("2.62");

    var real = realCompany();
    var refused =
        refusal(() -> rates.legalInterestRate(real, CreditorKind.PROFESSIONAL, secondHalf2026));
    assertThat(french(refused))
        .isEqualTo(
            "Aucun taux d'intérêt légal connu pour le 2e semestre 2026 : saisissez-le dans"
                + " Paramètres › Taux légaux avant de calculer des pénalités.");
    assertThat(refusal(() -> rates.ecbRate(real, secondHalf2026)).code())
        .isEqualTo("legal-rate.missing-ecb");

    // The ECB rate of 1 January 2025 is shipped flagged unconfirmed: demo only until confirmed.
    assertThat(rates.ecbRate(demo, LocalDate.of(2025, 3, 1)).status())
        .isEqualTo(LegalRate.Status.UNCONFIRMED);
    var unconfirmed = refusal(() -> rates.ecbRate(real, LocalDate.of(2025, 3, 1)));
    assertThat(french(unconfirmed))
        .isEqualTo(
            "Le taux « refinancement de la BCE » du 01/01/2025 (3,15 %) n'est pas confirmé :"
                + " vérifiez-le puis confirmez-le dans Paramètres › Taux légaux avant de l'utiliser.");
  }

  @Test
  void the_screen_and_the_api_answer_which_rate_applies_for_the_users_company() throws Exception {
    var sophie = WebSession.login(mvc, "sophie");
    String page =
        sophie
            .perform(
                get("/settings/legal-rates").param("rate", "ECB_MRO").param("at", "2026-09-15"))
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("Taux légaux")
        .contains("2,15 % (ligne du 01/07/2026, non confirmé (démo))")
        .contains("Intérêt légal, créancier professionnel")
        .contains("Seul l&#39;administrateur de l&#39;instance modifie les taux légaux");
    String missing =
        sophie
            .perform(
                get("/settings/legal-rates")
                    .param("rate", "LEGAL_INTEREST_PROFESSIONAL")
                    .param("at", "2035-09-01"))
            .getResponse()
            .getContentAsString();
    assertThat(missing).contains("Aucun taux d&#39;intérêt légal connu pour le 2e semestre 2035");

    var api =
        mvc.perform(
                get("/api/v1/legal-rates/applicable")
                    .param("type", "ECB_MRO")
                    .param("date", "2035-03-01")
                    .with(fixtures.bearer("sophie", fixtures.nursery())))
            .andReturn()
            .getResponse();
    assertThat(api.getStatus()).isEqualTo(400);
    assertThat(api.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    assertThat(api.getContentAsString(StandardCharsets.UTF_8))
        .contains("\"code\":\"legal-rate.missing-ecb\"")
        .contains("Aucun taux de refinancement de la BCE connu pour le 1er semestre 2035");
    String found =
        mvc.perform(
                get("/api/v1/legal-rates/applicable")
                    .param("type", "LEGAL_INTEREST_INDIVIDUAL")
                    .param("date", "2026-02-01")
                    .with(fixtures.bearer("sophie", fixtures.nursery())))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(found).contains("\"percent\":6.67").contains("\"status\":\"CONFIRMED\"");
  }

  @Test
  void the_instance_administrator_maintains_the_rates_and_every_change_is_logged()
      throws Exception {
    var paul = WebSession.login(mvc, "paul");
    var created =
        paul.perform(
            post("/settings/legal-rates")
                .param("type", "ECB_MRO")
                .param("validFrom", "2041-07-01")
                .param("percent", "2,40")
                .param("status", "CONFIRMED")
                .param("source", "Décision de la BCE (test)"));
    String location = created.getResponse().getRedirectedUrl();
    assertThat(location).startsWith("/settings/legal-rates/");
    var real = realCompany();
    assertThat(rates.ecbRate(real, LocalDate.of(2041, 12, 31)).percent())
        .isEqualByComparingTo("2.40");

    var wrongDay =
        paul.perform(
            post("/settings/legal-rates")
                .param("type", "LEGAL_INTEREST_PROFESSIONAL")
                .param("validFrom", "2041-08-01")
                .param("percent", "abc")
                .param("status", "CONFIRMED")
                .param("source", ""));
    assertThat(wrongDay.getResponse().getContentAsString())
        .contains("Le formulaire contient des erreurs")
        .contains("« abc » n&#39;est pas un nombre")
        .contains("Ce champ est obligatoire");
    var notHalfYear =
        paul.perform(
            post("/settings/legal-rates")
                .param("type", "LEGAL_INTEREST_PROFESSIONAL")
                .param("validFrom", "2041-08-01")
                .param("percent", "3")
                .param("status", "CONFIRMED")
                .param("source", "test"));
    assertThat(notHalfYear.getResponse().getContentAsString())
        .contains(
            "Un taux semestriel s&#39;applique au 1er janvier ou au 1er juillet, pas au 01/08/2041");

    var row =
        management.list(LegalRateType.ECB_MRO).stream()
            .filter(r -> r.validFrom().equals(LocalDate.of(2041, 7, 1)))
            .findFirst()
            .orElseThrow();
    var updated =
        mvc.perform(
                put("/api/v1/legal-rates/{id}", row.id().value())
                    .with(fixtures.bearer("paul", fixtures.nursery()))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"version\":"
                            + row.version()
                            + ",\"percent\":\"2.45\",\"status\":\"UNCONFIRMED\",\"source\":\"À vérifier\"}"))
            .andReturn()
            .getResponse();
    assertThat(updated.getStatus()).isEqualTo(200);
    assertThat(refusal(() -> rates.ecbRate(real, LocalDate.of(2041, 12, 31))).code())
        .isEqualTo("legal-rate.unconfirmed");
    var changes = management.changes(10);
    assertThat(changes)
        .filteredOn(c -> c.validFrom().equals(LocalDate.of(2041, 7, 1)))
        .extracting(c -> c.action() + " by " + c.username())
        .containsExactly("updated by paul", "created by paul");
    assertThat(changes.get(0).details())
        .contains("rate: 2,40 → 2,45")
        .contains("status: CONFIRMED → UNCONFIRMED");

    var stillThere = management.view(row.id());
    paul.perform(
        post(location + "/delete").param("version", Integer.toString(stillThere.version())));
    assertThat(management.list(LegalRateType.ECB_MRO))
        .noneMatch(r -> r.validFrom().equals(LocalDate.of(2041, 7, 1)));
    assertThat(management.changes(1).get(0).action()).isEqualTo("deleted");
  }

  @Test
  void only_the_instance_administrator_changes_the_rates() throws Exception {
    var row = management.list(LegalRateType.VAT_STANDARD).get(0);
    var sophie = WebSession.login(mvc, "sophie");
    assertThat(
            sophie
                .perform(get("/settings/legal-rates/{id}", row.id().value()))
                .getResponse()
                .getStatus())
        .isEqualTo(200);
    assertThat(sophie.perform(get("/settings/legal-rates/new")).getResponse().getStatus())
        .isEqualTo(403);
    assertThat(
            sophie
                .perform(
                    post("/settings/legal-rates/{id}", row.id().value())
                        .param("version", Integer.toString(row.version()))
                        .param("percent", "25")
                        .param("status", "CONFIRMED")
                        .param("source", "pirate"))
                .getResponse()
                .getStatus())
        .isEqualTo(403);
    var basic = fixtures.bearer("isabelle", fixtures.nursery());
    assertThat(
            mvc.perform(
                    put("/api/v1/legal-rates/{id}", row.id().value())
                        .with(basic)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                            "{\"version\":"
                                + row.version()
                                + ",\"percent\":\"25\",\"status\":\"CONFIRMED\",\"source\":\"pirate\"}"))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(403);
    assertThat(
            mvc.perform(
                    delete("/api/v1/legal-rates/{id}", row.id().value())
                        .param("version", "0")
                        .with(basic))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(403);
    assertThat(
            mvc.perform(get("/api/v1/legal-rates").with(basic))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(200);
    assertThat(management.view(row.id())).isEqualTo(row);
  }

  /**
   * The repeatable migration runs again when a release changes it: it refreshes the rows nobody
   * edited and leaves the administrator's rows alone. Run here in a transaction that is rolled
   * back.
   */
  @Test
  void a_new_release_refreshes_shipped_rows_but_never_an_administrators_edit() {
    transaction.executeWithoutResult(
        status -> {
          jdbc.sql(
                  "UPDATE legal_rate SET rate = 9.99 WHERE rate_type = 'LEGAL_INTEREST_PROFESSIONAL'"
                      + " AND valid_from = DATE '2025-01-01'")
              .update();
          jdbc.sql(
                  "UPDATE legal_rate SET rate = 6.66, shipped = FALSE WHERE rate_type ="
                      + " 'LEGAL_INTEREST_INDIVIDUAL' AND valid_from = DATE '2025-07-01'")
              .update();
          jdbc.sql("DELETE FROM legal_rate WHERE rate_type = 'VAT_REDUCED'").update();
          var connection = DataSourceUtils.getConnection(dataSource);
          ScriptUtils.executeSqlScript(
              connection,
              new ClassPathResource("db/migration/platform/R__legal_reference_values.sql"));
          assertThat(rate("LEGAL_INTEREST_PROFESSIONAL", "2025-01-01"))
              .isEqualByComparingTo("3.71");
          assertThat(rate("LEGAL_INTEREST_INDIVIDUAL", "2025-07-01")).isEqualByComparingTo("6.66");
          assertThat(rate("VAT_REDUCED", "2014-01-01")).isEqualByComparingTo("5.5");
          status.setRollbackOnly();
        });
    assertThat(rate("LEGAL_INTEREST_INDIVIDUAL", "2025-07-01")).isEqualByComparingTo("6.65");
  }

  private BigDecimal rate(String type, String from) {
    return jdbc.sql("SELECT rate FROM legal_rate WHERE rate_type = :type AND valid_from = :from")
        .param("type", type)
        .param("from", LocalDate.parse(from))
        .query(BigDecimal.class)
        .single();
  }
}
