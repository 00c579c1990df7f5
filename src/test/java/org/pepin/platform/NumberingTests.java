package org.pepin.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.pepin.PepinIntegrationTest;
import org.pepin.TenantIsolation;
import org.pepin.WebSession;
import org.pepin.platform.audit.JdbcAuditLog;
import org.pepin.platform.audit.JdbcAuditLog.AuditFilter;
import org.pepin.platform.company.CompanyManagement;
import org.pepin.platform.demo.DemoCase;
import org.pepin.platform.numbering.NumberingManagement;
import org.pepin.platform.numbering.NumberingManagement.SeriesSettings;
import org.pepin.platform.numbering.NumberingManagement.SeriesView;
import org.pepin.platform.numbering.NumberingPattern;
import org.pepin.platform.user.UserManagement;
import org.pepin.shared.InvalidValue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Numbering series: gapless, chronological numbers taken under a row lock in the caller's
 * transaction (CGI annexe II art. 242 nonies A I 7°), and their settings for administrators.
 */
@PepinIntegrationTest
class NumberingTests {

  @Autowired MockMvc mvc;
  @Autowired Numbering numbering;
  @Autowired NumberingManagement series;
  @Autowired CompanyManagement companies;
  @Autowired UserManagement users;
  @Autowired PlatformFixtures fixtures;
  @Autowired CompanyClock clock;
  @Autowired JdbcAuditLog audit;
  @Autowired TransactionTemplate transaction;
  @Autowired javax.sql.DataSource dataSource;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  /** A company of its own (not a demo), administered by Paul, with nothing numbered yet. */
  private CompanyId scratchCompany(String name) {
    return transaction.execute(
        s -> {
          var id = companies.create(DemoCase.identity(name + " " + System.nanoTime()), false);
          users.grant(fixtures.user("paul"), id, EnumSet.of(Role.ADMIN));
          return id;
        });
  }

  private String take(CompanyId company, String kind, LocalDate date) {
    return transaction.execute(s -> numbering.next(company, kind, date));
  }

  private SeriesView invoices(CompanyId company) {
    return series.list(company).stream()
        .filter(s -> s.documentKind().equals("INVOICE"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void numbers_follow_the_pattern_and_a_yearly_series_restarts_at_1_each_year() {
    var company = scratchCompany("Numéros SAS");
    assertThat(take(company, "INVOICE", LocalDate.of(2026, 12, 30))).isEqualTo("FA-2026-00001");
    assertThat(take(company, "INVOICE", LocalDate.of(2026, 12, 31))).isEqualTo("FA-2026-00002");
    assertThat(take(company, "CREDIT_NOTE", LocalDate.of(2026, 12, 31))).isEqualTo("AV-2026-00001");
    assertThat(take(company, "INVOICE", LocalDate.of(2027, 1, 2))).isEqualTo("FA-2027-00001");
    assertThat(take(company, "QUOTE", LocalDate.of(2027, 1, 2))).isEqualTo("DE-2027-0001");
    assertThat(take(company, "INVOICE", LocalDate.of(2027, 1, 2))).isEqualTo("FA-2027-00002");
  }

  @Test
  void a_document_dated_before_the_last_number_is_refused_to_keep_the_series_chronological() {
    var company = scratchCompany("Chronologie SAS");
    take(company, "INVOICE", LocalDate.of(2026, 3, 12));
    assertThatThrownBy(() -> take(company, "INVOICE", LocalDate.of(2026, 3, 10)))
        .isInstanceOfSatisfying(
            InvalidValue.class,
            e -> {
              assertThat(e.code()).isEqualTo("numbering.backdated");
              assertThat(e.args()).containsExactly("FA-2026-00001", "12/03/2026", "10/03/2026");
            });
    assertThat(take(company, "INVOICE", LocalDate.of(2026, 3, 12))).isEqualTo("FA-2026-00002");
    assertThatThrownBy(() -> take(company, "INVOICE", LocalDate.of(2025, 12, 31)))
        .isInstanceOfSatisfying(
            InvalidValue.class, e -> assertThat(e.code()).isEqualTo("numbering.backdated"));

    var fresh = scratchCompany("Nouvelle année SAS");
    series.list(fresh);
    assertThat(take(fresh, "INVOICE", LocalDate.of(2025, 12, 30)))
        .as("a series that never issued may start in an earlier year")
        .isEqualTo("FA-2025-00001");
    assertThat(take(fresh, "INVOICE", LocalDate.of(2026, 1, 2))).isEqualTo("FA-2026-00001");
  }

  @Test
  void a_rolled_back_transaction_does_not_consume_a_number() {
    var company = scratchCompany("Annulation SAS");
    LocalDate day = LocalDate.of(2026, 5, 4);
    assertThat(take(company, "INVOICE", day)).isEqualTo("FA-2026-00001");
    List<String> lost = new ArrayList<>();
    assertThatThrownBy(
            () ->
                transaction.executeWithoutResult(
                    s -> {
                      lost.add(numbering.next(company, "INVOICE", day));
                      throw new IllegalStateException("the invoice could not be issued");
                    }))
        .hasMessageContaining("could not be issued");
    assertThat(lost).containsExactly("FA-2026-00002");
    assertThat(take(company, "INVOICE", day)).as("given back").isEqualTo("FA-2026-00002");
    assertThat(invoices(company).issuedCount()).isEqualTo(2);
  }

  @Test
  void a_number_is_taken_only_inside_the_callers_transaction() {
    var company = scratchCompany("Transaction SAS");
    assertThatThrownBy(() -> numbering.next(company, "INVOICE", LocalDate.of(2026, 1, 5)))
        .isInstanceOf(IllegalTransactionStateException.class);
    assertThatThrownBy(() -> take(company, "NO_SUCH_KIND", LocalDate.of(2026, 1, 5)))
        .isInstanceOfSatisfying(
            InvalidValue.class, e -> assertThat(e.code()).isEqualTo("numbering.unknown-kind"));
  }

  /**
   * The acceptance test of R-INV-03: 8 threads take 500 numbers each, some in transactions that
   * roll back; the committed numbers are exactly 1 to 4000, no gap, no duplicate.
   */
  @Test
  void many_threads_take_numbers_concurrently_with_neither_gap_nor_duplicate() throws Exception {
    var company = scratchCompany("Concurrence SAS");
    LocalDate day = LocalDate.of(2026, 6, 15);
    boolean postgres = isPostgres();
    series.list(company);
    int threads = 8;
    int perThread = 500;
    Queue<String> committed = new ConcurrentLinkedQueue<>();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(
            pool.submit(
                () -> {
                  start.await();
                  int done = 0;
                  int attempt = 0;
                  while (done < perThread) {
                    boolean rollback = attempt++ % 10 == 3;
                    String number =
                        transaction.execute(
                            s -> {
                              commitWithoutWaitingForTheDisk(postgres);
                              String taken = numbering.next(company, "INVOICE", day);
                              if (rollback) {
                                s.setRollbackOnly();
                              }
                              return taken;
                            });
                    if (!rollback) {
                      committed.add(number);
                      done++;
                    }
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> worker : workers) {
        worker.get(5, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    var expected =
        IntStream.rangeClosed(1, threads * perThread)
            .mapToObj(n -> String.format("FA-2026-%05d", n))
            .toList();
    assertThat(committed).hasSize(threads * perThread).doesNotHaveDuplicates();
    assertThat(Set.copyOf(committed)).isEqualTo(Set.copyOf(expected));
    var after = invoices(company);
    assertThat(after.lastNumber()).isEqualTo("FA-2026-04000");
    assertThat(after.issuedCount()).isEqualTo(threads * perThread);
  }

  private boolean isPostgres() {
    try (var connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * On PostgreSQL the test's transactions do not wait for the disk at commit ({@code
   * synchronous_commit = off}): locks are released at commit and committed rows are visible at once
   * as usual; only durability after a crash, which is not under test, is not awaited. Thousands of
   * commits serialized by the lock then take seconds instead of a minute.
   */
  private void commitWithoutWaitingForTheDisk(boolean postgres) {
    if (postgres) {
      jdbc.sql("SET LOCAL synchronous_commit = off").update();
    }
  }

  @Test
  void the_administrator_raises_the_next_number_and_lowering_it_is_refused_in_french()
      throws Exception {
    var company = scratchCompany("Reprise SAS");
    var paul = WebSession.login(mvc, "paul");
    paul.perform(post("/company/switch").param("company", company.toString()));
    try {
      var invoices = invoices(company);
      int year = clock.today(company).getYear();
      var saved =
          paul.perform(
              post("/settings/numbering/{id}", invoices.id().value())
                  .param("version", Integer.toString(invoices.version()))
                  .param("pattern", "FA-{YYYY}-{SEQ:5}")
                  .param("yearly", "true")
                  .param("nextNumber", "42"));
      assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/settings/numbering");
      assertThat(invoices(company).nextNumber()).isEqualTo("FA-" + year + "-00042");
      assertThat(take(company, "INVOICE", clock.today(company))).isEqualTo("FA-" + year + "-00042");

      var refused =
          paul.perform(
              post("/settings/numbering/{id}", invoices.id().value())
                  .param("version", Integer.toString(invoices(company).version()))
                  .param("pattern", "FA-{YYYY}-{SEQ:5}")
                  .param("yearly", "true")
                  .param("nextNumber", "10"));
      assertThat(refused.getResponse().getStatus()).isEqualTo(200);
      assertThat(refused.getResponse().getContentAsString())
          .contains("Le formulaire contient des erreurs")
          .contains(
              "La série a déjà attribué le numéro FA-"
                  + year
                  + "-00042 : le prochain compteur ne peut pas descendre sous 43");
      assertThat(invoices(company).nextValue()).isEqualTo(43);

      var entry =
          audit.search(
              company, new AuditFilter(null, "numbering.updated", "paul", null, null, null), 0, 5);
      assertThat(entry)
          .singleElement()
          .satisfies(e -> assertThat(e.details()).contains("next: 1 → 42"));
      String list = paul.perform(get("/settings/numbering")).getResponse().getContentAsString();
      assertThat(list)
          .contains("Factures")
          .contains("FA-" + year + "-00043")
          .contains("AV-" + year + "-00001");
    } finally {
      paul.perform(post("/company/switch").param("company", fixtures.nursery().toString()));
    }
  }

  @Test
  void patterns_that_would_confuse_two_series_or_two_years_are_refused() {
    var company = scratchCompany("Modèles SAS");
    var invoices = invoices(company);
    assertThatThrownBy(
            () ->
                transaction.executeWithoutResult(
                    s ->
                        series.update(
                            company,
                            invoices.id(),
                            invoices.version(),
                            new SeriesSettings(
                                NumberingPattern.parse("AV-{YYYY}-{SEQ:6}"), true, 1))))
        .isInstanceOfSatisfying(
            InvalidValue.class, e -> assertThat(e.code()).isEqualTo("numbering.pattern-clash"));
    assertThatThrownBy(
            () ->
                transaction.executeWithoutResult(
                    s ->
                        series.update(
                            company,
                            invoices.id(),
                            invoices.version(),
                            new SeriesSettings(NumberingPattern.parse("F-{SEQ:5}"), true, 1))))
        .isInstanceOfSatisfying(
            InvalidValue.class, e -> assertThat(e.code()).isEqualTo("numbering.pattern-year"));

    transaction.executeWithoutResult(
        s ->
            series.update(
                company,
                invoices.id(),
                invoices.version(),
                new SeriesSettings(NumberingPattern.parse("F{SEQ:6}"), false, 1)));
    assertThat(take(company, "INVOICE", LocalDate.of(2026, 12, 31))).isEqualTo("F000001");
    assertThat(take(company, "INVOICE", LocalDate.of(2027, 1, 4)))
        .as("a continuous series does not restart")
        .isEqualTo("F000002");
    var used = invoices(company);
    assertThatThrownBy(
            () ->
                transaction.executeWithoutResult(
                    s ->
                        series.update(
                            company,
                            used.id(),
                            used.version(),
                            new SeriesSettings(
                                NumberingPattern.parse("F-{YYYY}-{SEQ:6}"), true, 3))))
        .isInstanceOfSatisfying(
            InvalidValue.class, e -> assertThat(e.code()).isEqualTo("numbering.yearly-used"));
  }

  @Test
  void the_api_lists_and_changes_series_with_problem_documents() throws Exception {
    var company = scratchCompany("API Numéros SAS");
    var paul = WebSession.login(mvc, "paul");
    paul.perform(post("/company/switch").param("company", company.toString()));
    try {
      var basic = fixtures.bearer("paul", company);
      String list =
          mvc.perform(get("/api/v1/numbering-series").with(basic))
              .andReturn()
              .getResponse()
              .getContentAsString(StandardCharsets.UTF_8);
      assertThat(list)
          .contains("\"documentKind\":\"INVOICE\"")
          .contains("\"pattern\":\"FA-{YYYY}-{SEQ:5}\"");
      var invoices = invoices(company);
      var bad =
          mvc.perform(
                  put("/api/v1/numbering-series/{id}", invoices.id().value())
                      .with(basic)
                      .contentType(MediaType.APPLICATION_JSON)
                      .content(
                          "{\"version\":"
                              + invoices.version()
                              + ",\"pattern\":\"FA {SEQ}\",\"yearly\":true,\"nextNumber\":\"0\"}"))
              .andReturn()
              .getResponse();
      assertThat(bad.getStatus()).isEqualTo(400);
      assertThat(bad.getContentAsString(StandardCharsets.UTF_8))
          .contains("\"field\":\"pattern\"")
          .contains("Un numéro ne peut pas contenir d'espace")
          .contains("\"field\":\"nextNumber\"");
      var ok =
          mvc.perform(
                  put("/api/v1/numbering-series/{id}", invoices.id().value())
                      .with(basic)
                      .contentType(MediaType.APPLICATION_JSON)
                      .content(
                          "{\"version\":"
                              + invoices.version()
                              + ",\"pattern\":\"FC-{YY}-{SEQ:4}\",\"yearly\":true,\"nextNumber\":\"7\"}"))
              .andReturn()
              .getResponse();
      assertThat(ok.getStatus()).isEqualTo(200);
      int yy = clock.today(company).getYear() % 100;
      assertThat(ok.getContentAsString()).contains("\"nextPreview\":\"FC-" + yy + "-0007\"");
      var stale =
          mvc.perform(
                  put("/api/v1/numbering-series/{id}", invoices.id().value())
                      .with(basic)
                      .contentType(MediaType.APPLICATION_JSON)
                      .content(
                          "{\"version\":"
                              + invoices.version()
                              + ",\"pattern\":\"FC-{YY}-{SEQ:4}\",\"yearly\":true,\"nextNumber\":\"9\"}"))
              .andReturn()
              .getResponse();
      assertThat(stale.getStatus()).isEqualTo(409);
    } finally {
      paul.perform(post("/company/switch").param("company", fixtures.nursery().toString()));
    }
  }

  @Test
  void roles_decide_who_sees_and_who_changes_the_series() throws Exception {
    var invoices = invoices(fixtures.nursery());
    var sophie = WebSession.login(mvc, "sophie");
    assertThat(sophie.perform(get("/settings/numbering")).getResponse().getStatus()).isEqualTo(200);
    String page =
        sophie
            .perform(get("/settings/numbering/{id}", invoices.id().value()))
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("Seul un administrateur de la société peut modifier les séries");
    var refused =
        sophie.perform(
            post("/settings/numbering/{id}", invoices.id().value())
                .param("version", Integer.toString(invoices.version()))
                .param("pattern", "X-{YYYY}-{SEQ}")
                .param("yearly", "true")
                .param("nextNumber", "900"));
    assertThat(refused.getResponse().getStatus()).isEqualTo(403);
    var karim = WebSession.login(mvc, "karim");
    assertThat(karim.perform(get("/settings/numbering")).getResponse().getStatus()).isEqualTo(403);
    assertThat(
            mvc.perform(
                    get("/api/v1/numbering-series")
                        .with(fixtures.bearer("karim", fixtures.nursery())))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(403);
    assertThat(
            mvc.perform(
                    put("/api/v1/numbering-series/{id}", invoices.id().value())
                        .with(fixtures.bearer("sophie", fixtures.nursery()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                            "{\"version\":0,\"pattern\":\"X-{YYYY}-{SEQ}\",\"yearly\":true,\"nextNumber\":\"900\"}"))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(403);
    assertThat(invoices(fixtures.nursery())).isEqualTo(invoices);
  }

  @Test
  void series_of_another_company_are_not_found() {
    var nurseryInvoices = invoices(fixtures.nursery());
    UUID id = nurseryInvoices.id().value();
    var paul = WebSession.login(mvc, "paul");
    paul.perform(post("/company/switch").param("company", fixtures.jardins().toString()));
    try {
      TenantIsolation.assertNotFoundFor(
          mvc,
          paul,
          () -> series.view(fixtures.nursery(), nurseryInvoices.id()),
          get("/settings/numbering/{id}", id),
          post("/settings/numbering/{id}", id)
              .param("version", Integer.toString(nurseryInvoices.version()))
              .param("pattern", "PIRATE-{YYYY}-{SEQ}")
              .param("yearly", "true")
              .param("nextNumber", "999"),
          get("/settings/numbering/{id}", UUID.randomUUID()),
          get("/settings/numbering/{id}", "not-a-uuid"));
      TenantIsolation.assertNotFoundFor(
          mvc,
          fixtures.bearer("paul", fixtures.jardins()),
          () -> series.view(fixtures.nursery(), nurseryInvoices.id()),
          get("/api/v1/numbering-series/{id}", id),
          put("/api/v1/numbering-series/{id}", id)
              .contentType(MediaType.APPLICATION_JSON)
              .content(
                  "{\"version\":"
                      + nurseryInvoices.version()
                      + ",\"pattern\":\"PIRATE-{YYYY}-{SEQ}\",\"yearly\":true,\"nextNumber\":\"999\"}"));
    } finally {
      paul.perform(post("/company/switch").param("company", fixtures.nursery().toString()));
    }
  }
}
