package org.pepin.platform.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.pepin.PepinIntegrationTest;
import org.pepin.WebSession;
import org.pepin.platform.CanonicalForm;
import org.pepin.platform.CompanyId;
import org.pepin.platform.DocumentArchive;
import org.pepin.platform.IntegrityChain;
import org.pepin.platform.IntegrityChain.BrokenLink;
import org.pepin.platform.IntegrityChain.Problem;
import org.pepin.platform.PlatformFixtures;
import org.pepin.platform.Role;
import org.pepin.platform.company.CompanyManagement;
import org.pepin.platform.demo.DemoCase;
import org.pepin.platform.user.UserManagement;
import org.pepin.shared.InvalidValue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The integrity foundations of legal documents (ARCHITECTURE §3 "Legal documents"; CGI art. 286 I
 * 3° bis; BOI-TVA-DECLA-30-10-30; C. com. L123-22; LPF L102 B): the SHA-256 chain, the write-once
 * archive, the database guard, the check screen and API.
 */
@PepinIntegrationTest
class IntegrityTests {

  @Autowired MockMvc mvc;
  @Autowired IntegrityChain chain;
  @Autowired DocumentArchive archive;
  @Autowired TestChainedDocuments documents;
  @Autowired CompanyManagement companies;
  @Autowired UserManagement users;
  @Autowired PlatformFixtures fixtures;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;

  /** A company of its own, administered by Paul, where Karim sells, with nothing chained yet. */
  private CompanyId scratchCompany(String name) {
    return transaction.execute(
        s -> {
          var id = companies.create(DemoCase.identity(name + " " + System.nanoTime()), false);
          users.grant(fixtures.user("paul"), id, EnumSet.of(Role.ADMIN));
          users.grant(fixtures.user("karim"), id, EnumSet.of(Role.SALES));
          return id;
        });
  }

  private static String canonical(String number, String total) {
    return CanonicalForm.of()
        .text("number", number)
        .amount("total_incl_vat", new java.math.BigDecimal(total))
        .text();
  }

  @Test
  void three_links_recompute_by_hand_and_verify_whole() {
    var company = scratchCompany("Chaîne");
    var a = documents.issue(company, "T-1", canonical("T-1", "10"));
    var b = documents.issue(company, "T-2", canonical("T-2", "20.5"));
    var c = documents.issue(company, "T-3", canonical("T-3", "30"));

    var links = chain.links(company, TestChainedDocuments.KIND);
    assertThat(links).extracting(IntegrityChain.Link::sequence).containsExactly(1L, 2L, 3L);
    assertThat(links)
        .extracting(IntegrityChain.Link::documentId)
        .containsExactly(a.id(), b.id(), c.id());
    String previous = IntegrityChain.GENESIS;
    for (var link : links) {
      assertThat(link.previousHash()).isEqualTo(previous);
      String text = link.documentId().equals(a.id()) ? a.canonical() : null;
      if (text != null) {
        // by hand: SHA-256 of "000…0" + "pepin-canonical/1\nnumber=T-1\ntotal_incl_vat=10.00\n"
        assertThat(text).isEqualTo("pepin-canonical/1\nnumber=T-1\ntotal_incl_vat=10.00\n");
        assertThat(link.hash()).isEqualTo(CanonicalForm.sha256("0".repeat(64) + text));
      }
      previous = link.hash();
    }
    assertThat(documents.integrityFindings(company))
        .allSatisfy(f -> assertThat(f.messageKey()).isEqualTo("integrity.finding.pdf-missing"));
    assertThat(
            chain.verify(
                company,
                TestChainedDocuments.KIND,
                id ->
                    id.equals(a.id())
                        ? a.canonical()
                        : id.equals(b.id()) ? b.canonical() : c.canonical()))
        .isEmpty();
    // a document that disappeared, and a document linked twice
    assertThat(
            chain.verify(
                company, TestChainedDocuments.KIND, id -> id.equals(b.id()) ? null : a.canonical()))
        .extracting(BrokenLink::problem)
        .containsExactly(Problem.DOCUMENT_MISSING, Problem.ALTERED);
    assertThatThrownBy(
            () ->
                transaction.executeWithoutResult(
                    s -> chain.link(company, TestChainedDocuments.KIND, a.id(), a.canonical())))
        .isInstanceOfSatisfying(
            InvalidValue.class, e -> assertThat(e.code()).isEqualTo("integrity.already-linked"));
    // linking outside a transaction is refused: the link belongs to the issuing transaction
    assertThatThrownBy(() -> chain.link(company, TestChainedDocuments.KIND, UUID.randomUUID(), "x"))
        .isInstanceOf(IllegalTransactionStateException.class);
  }

  @Test
  void an_altered_document_is_listed_by_the_screen_and_the_api_of_its_company_only()
      throws Exception {
    var company = scratchCompany("Altérée");
    var other = scratchCompany("Voisine");
    documents.issue(company, "ALT-1", canonical("ALT-1", "10"));
    var altered = documents.issue(company, "ALT-2", canonical("ALT-2", "20"));
    documents.issue(company, "ALT-3", canonical("ALT-3", "30"));
    for (var doc : chain.links(company, TestChainedDocuments.KIND)) {
      archive.store(company, TestChainedDocuments.KIND, doc.documentId(), "n", pdf(doc.hash()));
    }
    var ok = api(company, "paul");
    assertThat(ok).contains("\"ok\":true").contains("\"findings\":[]");

    documents.alter(company, altered, canonical("ALT-2", "2.00"));
    var report = api(company, "paul");
    assertThat(report)
        .contains("\"ok\":false")
        .contains("\"number\":\"ALT-2\"")
        .contains("\"messageKey\":\"integrity.finding.altered\"")
        .doesNotContain("ALT-1")
        .doesNotContain("ALT-3");

    // another company's findings are never shown
    var neighbour = api(other, "paul");
    assertThat(neighbour).contains("\"ok\":true").doesNotContain("ALT-2");
    // a salesperson may not see the check
    assertThat(
            mvc.perform(get("/api/v1/integrity").with(fixtures.bearer("karim", company)))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(403);

    // the screen, in Paul's session switched to the company
    var paul = WebSession.login(mvc, "paul");
    var before = users.principal("paul").orElseThrow().currentCompany();
    try {
      paul.perform(post("/company/switch").param("company", company.toString()));
      var page = paul.perform(get("/integrity")).getResponse();
      assertThat(page.getStatus()).isEqualTo(200);
      assertThat(page.getContentAsString(StandardCharsets.UTF_8))
          .contains("ALT-2")
          .contains("Le contenu légal a changé depuis")
          .doesNotContain("Tout est en ordre");
      paul.perform(post("/company/switch").param("company", other.toString()));
      var neighbourPage = paul.perform(get("/integrity")).getResponse();
      assertThat(neighbourPage.getContentAsString(StandardCharsets.UTF_8))
          .contains("Tout est en ordre")
          .doesNotContain("ALT-2");
    } finally {
      paul.perform(post("/company/switch").param("company", before.toString()));
    }
    var karim = WebSession.login(mvc, "karim");
    var karimBefore = users.principal("karim").orElseThrow().currentCompany();
    try {
      karim.perform(post("/company/switch").param("company", company.toString()));
      assertThat(karim.perform(get("/integrity")).getResponse().getStatus()).isEqualTo(403);
    } finally {
      karim.perform(post("/company/switch").param("company", karimBefore.toString()));
    }
  }

  private String api(CompanyId company, String user) throws Exception {
    var response =
        mvc.perform(get("/api/v1/integrity").with(fixtures.bearer(user, company)))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    return response.getContentAsString(StandardCharsets.UTF_8);
  }

  private static byte[] pdf(String seed) {
    return ("%PDF-1.7 test " + seed).getBytes(StandardCharsets.US_ASCII);
  }

  @Test
  void the_database_refuses_to_update_or_delete_chain_and_archive_rows() throws Exception {
    var company = scratchCompany("Scellée");
    var doc = documents.issue(company, "W-1", canonical("W-1", "10"));
    archive.store(company, TestChainedDocuments.KIND, doc.id(), "W-1", pdf("w"));
    String database;
    try (var connection = dataSource.getConnection()) {
      database = connection.getMetaData().getDatabaseProductName();
    }
    List<String> forbidden =
        List.of(
            "UPDATE integrity_link SET hash = 'x' WHERE company_id = :company",
            "UPDATE integrity_link SET sequence = 7 WHERE company_id = :company",
            "DELETE FROM integrity_link WHERE company_id = :company",
            "UPDATE document_archive SET content = content, number = 'W-2'"
                + " WHERE company_id = :company",
            "UPDATE document_archive SET sha256 = 'x' WHERE company_id = :company",
            "DELETE FROM document_archive WHERE company_id = :company");
    for (String sql : forbidden) {
      assertThatThrownBy(
              () ->
                  transaction.executeWithoutResult(
                      s -> jdbc.sql(sql).param("company", company.value()).update()))
          .as("%s on %s", sql, database)
          .isInstanceOf(DataAccessException.class)
          .hasStackTraceContaining("write-once");
    }
    assertThat(chain.links(company, TestChainedDocuments.KIND)).hasSize(1);
    assertThat(archive.verify(company, TestChainedDocuments.KIND, doc.id()))
        .isEqualTo(DocumentArchive.Verdict.INTACT);
    assertThat(database).isIn("H2", "PostgreSQL");
  }

  @Test
  void the_archive_keeps_the_first_file_and_lists_the_documents_without_one() {
    var company = scratchCompany("Archive");
    var kind = "INVOICE";
    var issued = UUID.randomUUID();
    var notYet = UUID.randomUUID();
    var stored = archive.store(company, kind, issued, "FA-1", pdf("first"));
    assertThat(stored.sha256()).isEqualTo(CanonicalForm.sha256(pdf("first")));
    // the same bytes again: harmless (a retried render)
    assertThat(archive.store(company, kind, issued, "FA-1", pdf("first")).sha256())
        .isEqualTo(stored.sha256());
    assertThatThrownBy(() -> archive.store(company, kind, issued, "FA-1", pdf("second")))
        .isInstanceOfSatisfying(
            InvalidValue.class, e -> assertThat(e.code()).isEqualTo("archive.already-stored"));
    assertThat(archive.get(company, kind, issued).orElseThrow().content()).isEqualTo(pdf("first"));
    assertThat(archive.verify(company, kind, issued)).isEqualTo(DocumentArchive.Verdict.INTACT);
    assertThat(archive.verify(company, kind, notYet)).isEqualTo(DocumentArchive.Verdict.MISSING);
    assertThat(archive.missing(company, kind, List.of(notYet, issued))).containsExactly(notYet);
    // another company sees none of it
    var other = scratchCompany("Archive voisine");
    assertThat(archive.get(other, kind, issued)).isEmpty();
    assertThat(archive.missing(other, kind, List.of(issued))).containsExactly(issued);
  }

  @Test
  void concurrent_issuers_make_one_gapless_ordered_chain() throws Exception {
    var company = scratchCompany("Concurrence");
    int threads = 2;
    int each = 15;
    var start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> done = new ArrayList<>();
    var texts = new java.util.concurrent.ConcurrentHashMap<UUID, String>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      done.add(
          pool.submit(
              () -> {
                start.await();
                for (int i = 0; i < each; i++) {
                  var id = UUID.randomUUID();
                  var text = canonical("C-" + thread + "-" + i, Integer.toString(i));
                  texts.put(id, text);
                  transaction.executeWithoutResult(
                      s -> chain.link(company, "CONCURRENT", id, text));
                }
                return null;
              }));
    }
    start.countDown();
    for (var future : done) {
      future.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();
    var links = chain.links(company, "CONCURRENT");
    assertThat(links)
        .extracting(IntegrityChain.Link::sequence)
        .containsExactlyElementsOf(LongStream.rangeClosed(1, threads * each).boxed().toList());
    assertThat(chain.verify(company, "CONCURRENT", texts::get)).isEmpty();
  }
}
