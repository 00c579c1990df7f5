package org.pepin.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.pepin.PepinIntegrationTest;
import org.pepin.WebSession;
import org.pepin.platform.audit.JdbcAuditLog;
import org.pepin.platform.audit.JdbcAuditLog.AuditFilter;
import org.pepin.platform.company.CompanyManagement;
import org.pepin.platform.user.UserManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The users and audit lists export exactly what they show, in CSV and XLSX, with the list's own
 * roles, on the screens and in the API; a user name written like a formula is neutralised.
 */
@PepinIntegrationTest
class ExportIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired PlatformFixtures fixtures;
  @Autowired UserManagement users;
  @Autowired CompanyManagement companies;
  @Autowired JdbcAuditLog audit;
  @Autowired TransactionTemplate transaction;

  private static String[] csvLines(MockHttpServletResponse response) {
    byte[] bytes = response.getContentAsByteArray();
    assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n");
  }

  private static List<Row> xlsxRows(MockHttpServletResponse response) throws Exception {
    try (var workbook =
        new ReadableWorkbook(
            new ByteArrayInputStream(response.getContentAsByteArray()),
            new ReadingOptions(true, false))) {
      return workbook.getFirstSheet().read();
    }
  }

  @Test
  void the_users_list_exports_what_its_search_shows() throws Exception {
    var paul = WebSession.login(mvc, "paul");
    var csv = paul.perform(get("/settings/users/export.csv").param("q", "sophie")).getResponse();
    assertThat(csv.getContentType()).isEqualTo("text/csv;charset=UTF-8");
    assertThat(csv.getHeader("Content-Disposition"))
        .startsWith("attachment")
        .contains("utilisateurs-");
    String[] lines = csvLines(csv);
    assertThat(lines[0]).isEqualTo("Nom;Identifiant;E-mail;Rôles dans la société;Actif;Créé le");
    assertThat(lines).hasSize(2);
    assertThat(lines[1])
        .startsWith(
            "Sophie Martin;sophie;sophie@pepinieres-clement.example;Commercial, Comptabilité;Oui;");

    var xlsx = paul.perform(get("/settings/users/export.xlsx")).getResponse();
    assertThat(xlsx.getContentType())
        .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    List<Row> rows = xlsxRows(xlsx);
    assertThat(rows).hasSize(users.list(fixtures.nursery()).size() + 1);
    assertThat(rows.get(0).getCell(0).getText()).isEqualTo("Nom");
    assertThat(rows.get(1).getCell(5).getType()).as("a date cell").isEqualTo(CellType.NUMBER);
    assertThat(rows.get(1).getCell(5).getDataFormatString()).isEqualTo("dd/mm/yyyy hh:mm:ss");
  }

  @Test
  void the_audit_log_exports_its_filtered_entries_all_pages() throws Exception {
    WebSession.login(mvc, "paul");
    var paul = WebSession.login(mvc, "paul");
    var filter = new AuditFilter(null, "user.login", "paul", null, null, null);
    long expected = audit.count(fixtures.nursery(), filter);
    assertThat(expected).isGreaterThanOrEqualTo(2);
    var csv =
        paul.perform(
                get("/settings/audit/export.csv")
                    .param("action", "user.login")
                    .param("user", "paul"))
            .getResponse();
    String[] lines = csvLines(csv);
    assertThat(lines[0])
        .isEqualTo("Date et heure;Utilisateur;Action;Objet;Cible;Identifiant de la cible;Détails");
    assertThat(lines).hasSize((int) expected + 1);
    assertThat(Arrays.stream(lines).skip(1))
        .allMatch(l -> l.contains(";paul;Connexion;Paul Clément;user;"));

    var xlsx =
        paul.perform(
                get("/settings/audit/export.xlsx")
                    .param("action", "user.login")
                    .param("user", "paul"))
            .getResponse();
    var rows = xlsxRows(xlsx);
    assertThat(rows).hasSize((int) expected + 1);
    assertThat(rows.get(1).getCell(0).getType()).isEqualTo(CellType.NUMBER);
    assertThat(rows.get(1).getCell(2).getText()).isEqualTo("Connexion");

    var sophie = WebSession.login(mvc, "sophie");
    assertThat(sophie.perform(get("/settings/audit/export.csv")).getResponse().getStatus())
        .isEqualTo(403);
    assertThat(paul.perform(get("/settings/audit/export.pdf")).getResponse().getStatus())
        .isEqualTo(404);
  }

  @Test
  void the_api_exports_by_extension_or_by_format_parameter_with_the_lists_roles() throws Exception {
    WebSession.login(mvc, "paul");
    var basic = fixtures.bearer("paul");
    var csv = mvc.perform(get("/api/v1/users/export.csv").with(basic)).andReturn().getResponse();
    assertThat(csv.getStatus()).isEqualTo(200);
    assertThat(csvLines(csv)[0]).startsWith("Nom;Identifiant;");
    var xlsx =
        mvc.perform(get("/api/v1/users/export").param("format", "xlsx").with(basic))
            .andReturn()
            .getResponse();
    assertThat(xlsxRows(xlsx)).hasSizeGreaterThan(1);
    var audit =
        mvc.perform(
                get("/api/v1/audit-events/export")
                    .param("format", "csv")
                    .param("action", "user.login")
                    .with(basic))
            .andReturn()
            .getResponse();
    assertThat(csvLines(audit)[1]).contains("Connexion");
    var bad =
        mvc.perform(get("/api/v1/users/export").param("format", "pdf").with(basic))
            .andReturn()
            .getResponse();
    assertThat(bad.getStatus()).isEqualTo(400);
    assertThat(bad.getContentAsString(StandardCharsets.UTF_8)).contains("Format d'export inconnu");
    var karim =
        mvc.perform(get("/api/v1/users/export.csv").with(fixtures.bearer("karim")))
            .andReturn()
            .getResponse();
    assertThat(karim.getStatus()).isEqualTo(403);
  }

  @Test
  void a_name_written_like_a_formula_is_neutralised_in_both_formats() throws Exception {
    String admin = "fx" + System.nanoTime() % 1_000_000;
    transaction.executeWithoutResult(
        s -> {
          var company = companies.create(CompanyIdentity.named("Formules " + admin), false);
          users.create(
              company,
              new UserManagement.NewUser(
                  admin,
                  "=HYPERLINK(\"http://evil.example\")",
                  null,
                  "un-long-mot-de-passe",
                  EnumSet.of(Role.ADMIN)));
          users.create(
              company,
              new UserManagement.NewUser(
                  admin + "b",
                  "-2+3",
                  "b@pepinieres-clement.example",
                  "un-long-mot-de-passe",
                  EnumSet.of(Role.SALES)));
        });
    var basic = fixtures.bearer(admin);
    String[] lines =
        csvLines(
            mvc.perform(get("/api/v1/users/export.csv").with(basic)).andReturn().getResponse());
    assertThat(lines)
        .anyMatch(l -> l.startsWith("\"'=HYPERLINK(\"\"http://evil.example\"\")\";" + admin + ";"));
    assertThat(lines).anyMatch(l -> l.startsWith("'-2+3;" + admin + "b;"));

    var rows =
        xlsxRows(
            mvc.perform(get("/api/v1/users/export.xlsx").with(basic)).andReturn().getResponse());
    var names = rows.stream().skip(1).map(r -> r.getCell(0)).toList();
    assertThat(names).allMatch(c -> c.getType() == CellType.STRING && c.getFormula() == null);
    assertThat(names.stream().map(c -> c.getText()))
        .contains("=HYPERLINK(\"http://evil.example\")", "-2+3");
  }
}
