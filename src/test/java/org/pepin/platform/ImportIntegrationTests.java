package org.pepin.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.Test;
import org.pepin.PepinIntegrationTest;
import org.pepin.TenantIsolation;
import org.pepin.WebSession;
import org.pepin.platform.company.CompanyManagement;
import org.pepin.platform.user.UserManagement;
import org.pepin.platform.user.UserManagement.UserView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The import framework end to end, on the users importer: the dry run reports every invalid line
 * and writes nothing, the import is all or nothing unless the user explicitly chooses the valid
 * lines, re-importing is idempotent, French files read correctly, every run is recorded with its
 * report, and runs of another company are not found.
 */
@PepinIntegrationTest
class ImportIntegrationTests {

  static final String PASSWORD = "un-long-mot-de-passe";

  @Autowired MockMvc mvc;
  @Autowired PlatformFixtures fixtures;
  @Autowired UserManagement users;
  @Autowired CompanyManagement companies;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcClient jdbc;
  @Autowired ChangeHistory history;

  /** A company of its own with a fresh administrator (returns the administrator's login). */
  private String companyWithAdmin(String prefix) {
    String admin = prefix + System.nanoTime() % 1_000_000_000L;
    transaction.executeWithoutResult(
        s -> {
          var company = companies.create(CompanyIdentity.named("Import " + admin), false);
          users.create(
              company,
              new UserManagement.NewUser(
                  admin, "Admin " + admin, null, PASSWORD, EnumSet.of(Role.ADMIN)));
        });
    return admin;
  }

  private CompanyId companyOf(String admin) {
    return users.principal(admin).orElseThrow().currentCompany();
  }

  /** {@code count} users; the data line {@code bad} (1-based) has a bad e-mail. */
  static String usersCsv(String prefix, int count, int bad) {
    var csv = new StringBuilder("Identifiant;Nom;E-mail;Rôles\r\n");
    for (int i = 1; i <= count; i++) {
      csv.append(prefix)
          .append('-')
          .append(i)
          .append(";Utilisateur ")
          .append(i)
          .append(';')
          .append(i == bad ? "pas-une-adresse" : prefix + "." + i + "@pepinieres-clement.example")
          .append(';')
          .append(i % 2 == 0 ? "Commercial" : "\"Comptabilité, Lecture seule\"")
          .append("\r\n");
    }
    return csv.toString();
  }

  private MockHttpServletResponse api(
      String admin, byte[] file, String name, Map<String, String> params) throws Exception {
    var request =
        multipart("/api/v1/imports/users")
            .file(new MockMultipartFile("file", name, "text/csv", file))
            .with(fixtures.bearer(admin));
    params.forEach(request::param);
    return mvc.perform(request).andReturn().getResponse();
  }

  private static String body(MockHttpServletResponse response) throws Exception {
    return response.getContentAsString(StandardCharsets.UTF_8);
  }

  /** The users of the company whose login starts with the prefix, counted in the database. */
  private long imported(CompanyId company, String prefix) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM app_user u JOIN membership m ON m.app_user = u.id"
                + " WHERE m.company_id = :company AND u.username LIKE :prefix")
        .param("company", company.value())
        .param("prefix", prefix + "-%")
        .query(Long.class)
        .single();
  }

  @Test
  void one_bad_line_among_a_thousand_refuses_the_file_then_only_the_valid_lines_import_on_request()
      throws Exception {
    String admin = companyWithAdmin("imp");
    CompanyId company = companyOf(admin);
    byte[] csv = usersCsv(admin, 1000, 500).getBytes(StandardCharsets.UTF_8);

    // The dry run reports the bad line (line 501 of the sheet: the header is line 1), writes
    // nothing.
    var dry = api(admin, csv, "utilisateurs.csv", Map.of("dryRun", "true"));
    assertThat(dry.getStatus()).isEqualTo(200);
    String json = body(dry);
    assertThat(JsonPath.<String>read(json, "$.status")).isEqualTo("INVALID");
    assertThat(JsonPath.<Integer>read(json, "$.counts.total")).isEqualTo(1000);
    assertThat(JsonPath.<Integer>read(json, "$.counts.created")).isEqualTo(999);
    assertThat(JsonPath.<Integer>read(json, "$.counts.rejected")).isEqualTo(1);
    assertThat(JsonPath.<List<Object>>read(json, "$.issues")).hasSize(1);
    assertThat(JsonPath.<Integer>read(json, "$.issues[0].line")).isEqualTo(501);
    assertThat(JsonPath.<String>read(json, "$.issues[0].column")).isEqualTo("E-mail");
    assertThat(JsonPath.<String>read(json, "$.issues[0].value")).isEqualTo("pas-une-adresse");
    assertThat(JsonPath.<String>read(json, "$.issues[0].message"))
        .isEqualTo("L'adresse e-mail « pas-une-adresse » n'est pas valide.");
    assertThat(imported(company, admin)).isZero();
    // All or nothing: refused, nothing imported.
    var refused = api(admin, csv, "utilisateurs.csv", Map.of("dryRun", "false"));
    assertThat(refused.getStatus()).isEqualTo(422);
    assertThat(JsonPath.<String>read(body(refused), "$.status")).isEqualTo("REFUSED");
    assertThat(JsonPath.<Integer>read(body(refused), "$.issues[0].line")).isEqualTo(501);
    assertThat(JsonPath.<Integer>read(body(refused), "$.counts.created")).isZero();
    assertThat(imported(company, admin)).isZero();
    // The same file on the screens: upload, the report, then the valid lines only, by choice.
    var session = WebSession.login(mvc, admin, PASSWORD);
    var upload =
        session.perform(
            multipart("/settings/imports")
                .file(new MockMultipartFile("file", "utilisateurs.csv", "text/csv", csv))
                .param("type", "users"));
    String location = upload.getResponse().getRedirectedUrl();
    assertThat(location).startsWith("/settings/imports/");
    UUID run = UUID.fromString(location.substring("/settings/imports/".length()));
    String page = session.perform(get(location)).getResponse().getContentAsString();
    assertThat(page)
        .contains("Lignes en erreur")
        .contains("<td class=\"num\">501</td>")
        .contains("pas-une-adresse")
        .contains("n&#39;est pas valide")
        .contains("Importer seulement les 999 lignes valides")
        .doesNotContain("id=\"import-execute\"");

    var unconfirmed =
        session.perform(
            post(location + "/execute").param("version", version(run)).param("mode", "VALID_ONLY"));
    assertThat(unconfirmed.getFlashMap().get("toastError"))
        .isEqualTo("error.import.confirm-valid-only");
    assertThat(imported(company, admin)).isZero();

    var executed =
        session.perform(
            post(location + "/execute")
                .param("version", version(run))
                .param("mode", "VALID_ONLY")
                .param("confirm", "true"));
    assertThat(executed.getFlashMap().get("toast")).isEqualTo("toast.import-done");
    assertThat(imported(company, admin)).isEqualTo(999);
    List<UserView> created =
        users.list(company).stream().filter(u -> u.username().startsWith(admin + "-")).toList();
    assertThat(created).hasSize(999);
    assertThat(created).noneMatch(UserView::enabled);
    assertThat(created.stream().filter(u -> u.username().equals(admin + "-1")).findFirst())
        .hasValueSatisfying(
            u -> {
              assertThat(u.displayName()).isEqualTo("Utilisateur 1");
              assertThat(u.roles()).containsExactlyInAnyOrder(Role.ACCOUNTING, Role.VIEWER);
            });
    assertThat(created).noneMatch(u -> u.username().equals(admin + "-500"));
    page = session.perform(get(location)).getResponse().getContentAsString();
    assertThat(page).contains("Lignes valides importées").contains("999 lignes importées");

    // The imported user's page shows where the change came from.
    UserId first = users.findByUsername(admin + "-1").orElseThrow();
    assertThat(history.of(company, "user", first, 10).entries())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo(ChangeHistory.CREATED);
              assertThat(e.importRun()).isEqualTo(run.toString());
              assertThat(e.username()).isEqualTo(admin);
            });
    assertThat(session.perform(get("/settings/users/" + first)).getResponse().getContentAsString())
        .contains("/settings/imports/" + run)
        .contains("Création");

    // The line-by-line report, every line of the file.
    var report = session.perform(get(location + "/report.csv")).getResponse();
    assertThat(report.getContentType()).startsWith("text/csv");
    assertThat(report.getHeader("Content-Disposition")).contains("rapport-utilisateurs.csv");
    String[] lines =
        new String(report.getContentAsByteArray(), StandardCharsets.UTF_8).split("\r\n");
    assertThat(lines[0]).isEqualTo("\uFEFFLigne;Résultat;Clé;Colonne;Valeur;Motif");
    assertThat(lines).hasSize(1001);
    assertThat(lines[1]).isEqualTo("2;Créé;" + admin + "-1;;;");
    assertThat(lines[500])
        .isEqualTo(
            "501;Rejeté;;E-mail;pas-une-adresse;L'adresse e-mail « pas-une-adresse » n'est pas valide.");

    // Re-importing the same file: nothing created twice.
    var again =
        api(admin, csv, "utilisateurs.csv", Map.of("dryRun", "false", "mode", "VALID_ONLY"));
    assertThat(again.getStatus()).isEqualTo(200);
    assertThat(JsonPath.<String>read(body(again), "$.status")).isEqualTo("PARTIAL");
    assertThat(JsonPath.<Integer>read(body(again), "$.counts.created")).isZero();
    assertThat(JsonPath.<Integer>read(body(again), "$.counts.unchanged")).isEqualTo(999);
    assertThat(JsonPath.<Integer>read(body(again), "$.counts.rejected")).isEqualTo(1);
    assertThat(imported(company, admin)).isEqualTo(999);
    // The corrected file, with one name changed: all or nothing, one created, one updated.
    String fixed = usersCsv(admin, 1000, 0).replace(";Utilisateur 7;", ";Utilisatrice Sept;");
    var complete =
        api(
            admin,
            fixed.getBytes(StandardCharsets.UTF_8),
            "corrige.csv",
            Map.of("dryRun", "false"));
    assertThat(complete.getStatus()).isEqualTo(200);
    String done = body(complete);
    assertThat(JsonPath.<String>read(done, "$.status")).isEqualTo("IMPORTED");
    assertThat(JsonPath.<Integer>read(done, "$.counts.created")).isEqualTo(1);
    assertThat(JsonPath.<Integer>read(done, "$.counts.updated")).isEqualTo(1);
    assertThat(JsonPath.<Integer>read(done, "$.counts.unchanged")).isEqualTo(998);
    assertThat(imported(company, admin)).isEqualTo(1000);
    UserId seventh = users.findByUsername(admin + "-7").orElseThrow();
    assertThat(users.view(company, seventh).displayName()).isEqualTo("Utilisatrice Sept");

    // Every run is in the list, newest first.
    String list = session.perform(get("/settings/imports")).getResponse().getContentAsString();
    assertThat(list).contains("corrige.csv").contains("utilisateurs.csv").contains("Importé");
    var api = mvc.perform(get("/api/v1/imports").with(fixtures.bearer(admin))).andReturn();
    assertThat(JsonPath.<Integer>read(body(api.getResponse()), "$.total")).isEqualTo(5);
  }

  @Test
  void a_windows_1252_file_with_accents_and_semicolons_and_an_xlsx_file_import_correctly()
      throws Exception {
    String admin = companyWithAdmin("enc");
    CompanyId company = companyOf(admin);
    String text =
        "Identifiant;Nom complet;Courriel;Profil\r\n"
            + admin
            + "-helene;Hélène Dupré;helene@pepinieres-clement.example;Comptabilité\r\n"
            + admin
            + "-francois;François Côté;;\"Administrateur, Direction\"\r\n";
    var response =
        api(
            admin,
            text.getBytes(Charset.forName("windows-1252")),
            "équipe.csv",
            Map.of("dryRun", "false"));
    String json = body(response);
    assertThat(response.getStatus()).as(json).isEqualTo(200);
    assertThat(JsonPath.<String>read(json, "$.encoding")).isEqualTo("windows-1252");
    assertThat(JsonPath.<String>read(json, "$.separator")).isEqualTo("SEMICOLON");
    assertThat(JsonPath.<String>read(json, "$.mapping.email")).isEqualTo("Courriel");
    assertThat(JsonPath.<String>read(json, "$.fileName")).isEqualTo("équipe.csv");
    var helene = users.view(company, users.findByUsername(admin + "-helene").orElseThrow());
    assertThat(helene.displayName()).isEqualTo("Hélène Dupré");
    assertThat(helene.roles()).containsExactly(Role.ACCOUNTING);
    var francois = users.view(company, users.findByUsername(admin + "-francois").orElseThrow());
    assertThat(francois.displayName()).isEqualTo("François Côté");
    assertThat(francois.roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.MANAGER);
    assertThat(francois.enabled()).isFalse();

    var out = new ByteArrayOutputStream();
    var workbook = new Workbook(out, "Test", "1.0");
    var sheet = workbook.newWorksheet("Utilisateurs");
    sheet.value(0, 0, "Login");
    sheet.value(0, 1, "Nom");
    sheet.value(0, 2, "Rôles");
    sheet.value(1, 0, admin + "-xlsx");
    sheet.value(1, 1, "Zoé Lefèvre");
    sheet.value(1, 2, "SALES");
    workbook.finish();
    var xlsx =
        mvc.perform(
                multipart("/api/v1/imports/users")
                    .file(
                        new MockMultipartFile(
                            "file", "equipe.xlsx", "application/octet-stream", out.toByteArray()))
                    .param("dryRun", "false")
                    .with(fixtures.bearer(admin)))
            .andReturn()
            .getResponse();
    assertThat(JsonPath.<String>read(body(xlsx), "$.format")).isEqualTo("XLSX");
    assertThat(JsonPath.<Integer>read(body(xlsx), "$.counts.created")).isEqualTo(1);
    assertThat(users.findByUsername(admin + "-xlsx")).isPresent();
  }

  @Test
  void columns_are_mapped_by_name_and_the_user_can_change_the_mapping() throws Exception {
    String admin = companyWithAdmin("map");
    CompanyId company = companyOf(admin);
    String text =
        "login;Nom complet;Adresse électronique\r\n"
            + admin
            + "-a;Anne;anne@pepinieres-clement.example\r\n";
    var session = WebSession.login(mvc, admin, PASSWORD);
    String location =
        session
            .perform(
                multipart("/settings/imports")
                    .file(
                        new MockMultipartFile(
                            "file", "a.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8)))
                    .param("type", "users"))
            .getResponse()
            .getRedirectedUrl();
    UUID run = UUID.fromString(location.substring("/settings/imports/".length()));
    String page = session.perform(get(location)).getResponse().getContentAsString();
    assertThat(page)
        .contains("La colonne obligatoire « Rôles dans la société » est introuvable")
        .contains("C · Adresse électronique");

    // Map the e-mail by hand; the roles column still lacks: still refused, now for the roles only.
    session.perform(
        post(location + "/mapping")
            .param("version", version(run))
            .param("map.username", "0")
            .param("map.displayName", "1")
            .param("map.email", "2"));
    page = session.perform(get(location)).getResponse().getContentAsString();
    assertThat(page).contains("introuvable");
    assertThat(
            jdbc.sql("SELECT mapping FROM import_run WHERE id = :id")
                .param("id", run)
                .query(String.class)
                .single())
        .contains("email=2");

    // Forcing a column through the API, by header name.
    var api =
        api(
            admin,
            (text.replace("\r\n" + admin, ";Rôle\r\n" + admin)
                    .replace("example\r\n", "example;SALES\r\n"))
                .getBytes(StandardCharsets.UTF_8),
            "b.csv",
            Map.of("dryRun", "false", "column.email", "Adresse électronique", "column.roles", "D"));
    assertThat(JsonPath.<String>read(body(api), "$.status")).as(body(api)).isEqualTo("IMPORTED");
    assertThat(users.view(company, users.findByUsername(admin + "-a").orElseThrow()).email())
        .isEqualTo("anne@pepinieres-clement.example");
  }

  @Test
  void files_too_large_or_unreadable_are_refused_with_a_clear_message() throws Exception {
    String admin = companyWithAdmin("big");
    byte[] big = new byte[10 * 1024 * 1024 + 1];
    java.util.Arrays.fill(big, (byte) 'a');
    var session = WebSession.login(mvc, admin, PASSWORD);
    String page =
        session
            .perform(
                multipart("/settings/imports")
                    .file(new MockMultipartFile("file", "gros.csv", "text/csv", big))
                    .param("type", "users"))
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("Le fichier dépasse la taille autorisée pour un import : 10 Mo au plus");

    var api = api(admin, big, "gros.csv", Map.of());
    assertThat(api.getStatus()).isEqualTo(400);
    assertThat(body(api)).contains("10 Mo au plus");

    var xls =
        api(
            admin,
            new byte[] {
              (byte) 0xD0,
              (byte) 0xCF,
              0x11,
              (byte) 0xE0,
              (byte) 0xA1,
              (byte) 0xB1,
              0x1A,
              (byte) 0xE1
            },
            "vieux.xls",
            Map.of());
    assertThat(body(xls)).contains("enregistrez le fichier au format .xlsx ou CSV");
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM import_run WHERE company_id = :c")
                .param("c", companyOf(admin).value())
                .query(Long.class)
                .single())
        .as("a file that cannot be read records no run")
        .isZero();
  }

  @Test
  void only_administrators_import_users() throws Exception {
    var sophie = WebSession.login(mvc, "sophie");
    assertThat(
            sophie
                .perform(get("/settings/imports/new").param("type", "users"))
                .getResponse()
                .getStatus())
        .isEqualTo(403);
    assertThat(
            sophie
                .perform(
                    multipart("/settings/imports")
                        .file(
                            new MockMultipartFile(
                                "file", "a.csv", "text/csv", "a;b\n1;2\n".getBytes()))
                        .param("type", "users"))
                .getResponse()
                .getStatus())
        .isEqualTo(403);
    var api =
        mvc.perform(
                multipart("/api/v1/imports/users")
                    .file(
                        new MockMultipartFile("file", "a.csv", "text/csv", "a;b\n1;2\n".getBytes()))
                    .with(fixtures.bearer("sophie")))
            .andReturn()
            .getResponse();
    assertThat(api.getStatus()).isEqualTo(403);
    var paul = WebSession.login(mvc, "paul");
    assertThat(paul.perform(get("/settings/imports")).getResponse().getContentAsString())
        .contains("Importer : Utilisateurs");
    assertThat(paul.perform(get("/settings/users")).getResponse().getContentAsString())
        .contains("/settings/imports/new?type=users");
  }

  @Test
  void import_runs_of_another_company_are_not_found() throws Exception {
    String owner = companyWithAdmin("own");
    var created =
        api(owner, usersCsv(owner, 3, 2).getBytes(StandardCharsets.UTF_8), "a.csv", Map.of());
    UUID run = UUID.fromString(JsonPath.read(body(created), "$.id"));
    String outsider = companyWithAdmin("out");
    var session = WebSession.login(mvc, outsider, PASSWORD);
    java.util.function.Supplier<Object> state =
        () ->
            jdbc.sql("SELECT status, version, rejected_count FROM import_run WHERE id = :id")
                .param("id", run)
                .query()
                .singleRow();
    TenantIsolation.assertNotFoundFor(
        mvc,
        session,
        state,
        get("/settings/imports/{id}", run),
        get("/settings/imports/{id}/report.csv", run),
        post("/settings/imports/{id}/mapping", run)
            .param("version", "0")
            .param("map.username", "0"),
        post("/settings/imports/{id}/execute", run)
            .param("version", "0")
            .param("mode", "VALID_ONLY")
            .param("confirm", "true"),
        get("/settings/imports/{id}", UUID.randomUUID()));
    TenantIsolation.assertNotFoundFor(
        mvc,
        fixtures.bearer(outsider),
        state,
        get("/api/v1/imports/{id}", run),
        get("/api/v1/imports/{id}/report.csv", run),
        post("/api/v1/imports/{id}/execute", run).param("mode", "VALID_ONLY"));
    assertThat(users.findByUsername(owner + "-1")).isEmpty();
  }

  private String version(UUID run) {
    return jdbc.sql("SELECT version FROM import_run WHERE id = :id")
        .param("id", run)
        .query(Integer.class)
        .single()
        .toString();
  }
}
