package org.pepin.platform.integrity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.pepin.platform.CompanyId;
import org.pepin.platform.DocumentArchive;
import org.pepin.platform.IntegrityChain;
import org.pepin.platform.IntegrityCheckContribution;
import org.pepin.platform.IntegrityFinding;
import org.pepin.platform.IntegrityFinding.Severity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A stand-in for the invoicing module in tests: "issues" documents of kind {@code TESTDOC} by
 * linking their canonical text to the chain {@code TESTDOC} in the issuing transaction, keeps their
 * current canonical text (which a test may alter, as a forged database would), and reports through
 * {@link IntegrityCheckContribution} what the chain and the archive say. Only companies given to
 * {@link #issue} have documents, so other tests see no finding.
 */
@Component
class TestChainedDocuments implements IntegrityCheckContribution {

  static final String KIND = "TESTDOC";

  record Doc(UUID id, String number, String canonical) {}

  private final IntegrityChain chain;
  private final DocumentArchive archive;
  private final TransactionTemplate transaction;
  private final Map<CompanyId, Map<UUID, Doc>> documents = new ConcurrentHashMap<>();

  TestChainedDocuments(
      IntegrityChain chain, DocumentArchive archive, TransactionTemplate transaction) {
    this.chain = chain;
    this.archive = archive;
    this.transaction = transaction;
  }

  Doc issue(CompanyId company, String number, String canonical) {
    var doc = new Doc(UUID.randomUUID(), number, canonical);
    transaction.executeWithoutResult(s -> chain.link(company, KIND, doc.id(), canonical));
    documents
        .computeIfAbsent(company, c -> java.util.Collections.synchronizedMap(new LinkedHashMap<>()))
        .put(doc.id(), doc);
    return doc;
  }

  void alter(CompanyId company, Doc doc, String canonical) {
    documents.get(company).put(doc.id(), new Doc(doc.id(), doc.number(), canonical));
  }

  @Override
  public List<IntegrityFinding> integrityFindings(CompanyId company) {
    var docs = documents.get(company);
    if (docs == null) {
      return List.of();
    }
    List<IntegrityFinding> findings = new ArrayList<>();
    for (var broken : chain.verify(company, KIND, id -> canonical(docs, id))) {
      var doc = broken.documentId() == null ? null : docs.get(broken.documentId());
      String key =
          switch (broken.problem()) {
            case ALTERED -> "integrity.finding.altered";
            case DOCUMENT_MISSING -> "integrity.finding.document-missing";
            case LINK_MISSING -> "integrity.finding.link-missing";
            case WRONG_ORDER -> "integrity.finding.wrong-order";
          };
      findings.add(
          new IntegrityFinding(
              Severity.ERROR,
              KIND,
              doc == null ? null : doc.number(),
              key,
              List.of(Long.toString(broken.sequence()))));
    }
    List<UUID> ids = List.copyOf(docs.keySet());
    for (UUID missing : archive.missing(company, KIND, ids)) {
      findings.add(
          new IntegrityFinding(
              Severity.WARNING,
              KIND,
              docs.get(missing).number(),
              "integrity.finding.pdf-missing",
              List.of()));
    }
    return findings;
  }

  private static String canonical(Map<UUID, Doc> docs, UUID id) {
    var doc = docs.get(id);
    return doc == null ? null : doc.canonical();
  }
}
