package org.pepin.platform.integrity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.pepin.platform.CanonicalForm;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.CompanyId;
import org.pepin.platform.DocumentArchive;
import org.pepin.shared.InvalidValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link DocumentArchive} on the write-once table {@code document_archive}: the file as issued, its
 * SHA-256 and the time it was stored (LPF L102 B I, C. com. L123-22, CGI art. 286 I 3° bis).
 */
@Service
class JdbcDocumentArchive implements DocumentArchive {

  private final JdbcClient jdbc;
  private final CompanyClock clock;

  JdbcDocumentArchive(JdbcClient jdbc, CompanyClock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  @Transactional
  public Archived store(
      CompanyId company, String kind, UUID documentId, String number, byte[] content) {
    if (content.length == 0) {
      throw new InvalidValue("archive.empty", "empty file for " + number, number);
    }
    String sha256 = CanonicalForm.sha256(content);
    var existing = get(company, kind, documentId);
    if (existing.isPresent()) {
      if (existing.get().sha256().equals(sha256)
          && java.util.Arrays.equals(existing.get().content(), content)) {
        return existing.get();
      }
      throw new InvalidValue(
          "archive.already-stored", "another file is archived for " + number, number);
    }
    var at = clock.now(company);
    jdbc.sql(
            "INSERT INTO document_archive (company_id, kind, document_id, number, sha256,"
                + " size_bytes, content, stored_at)"
                + " VALUES (:company, :kind, :document, :number, :sha, :size, :content, :at)")
        .param("company", company.value())
        .param("kind", kind)
        .param("document", documentId)
        .param("number", number)
        .param("sha", sha256)
        .param("size", (long) content.length)
        .param("content", content)
        .param("at", Timestamp.from(at))
        .update();
    return new Archived(kind, documentId, number, sha256, content.length, at, content.clone());
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Archived> get(CompanyId company, String kind, UUID documentId) {
    return jdbc.sql(
            "SELECT kind, document_id, number, sha256, size_bytes, stored_at, content"
                + " FROM document_archive"
                + " WHERE company_id = :company AND kind = :kind AND document_id = :document")
        .param("company", company.value())
        .param("kind", kind)
        .param("document", documentId)
        .query(JdbcDocumentArchive::archived)
        .optional();
  }

  @Override
  @Transactional(readOnly = true)
  public Verdict verify(CompanyId company, String kind, UUID documentId) {
    return get(company, kind, documentId)
        .map(
            a ->
                CanonicalForm.sha256(a.content()).equals(a.sha256())
                        && a.content().length == a.size()
                    ? Verdict.INTACT
                    : Verdict.ALTERED)
        .orElse(Verdict.MISSING);
  }

  @Override
  @Transactional(readOnly = true)
  public List<UUID> missing(CompanyId company, String kind, List<UUID> documentIds) {
    Set<UUID> archived = new HashSet<>();
    for (int from = 0; from < documentIds.size(); from += 500) {
      var chunk = documentIds.subList(from, Math.min(documentIds.size(), from + 500));
      archived.addAll(
          jdbc.sql(
                  "SELECT document_id FROM document_archive WHERE company_id = :company"
                      + " AND kind = :kind AND document_id IN (:ids)")
              .param("company", company.value())
              .param("kind", kind)
              .param("ids", chunk)
              .query(UUID.class)
              .list());
    }
    List<UUID> missing = new ArrayList<>();
    for (UUID id : documentIds) {
      if (!archived.contains(id)) {
        missing.add(id);
      }
    }
    return missing;
  }

  private static Archived archived(ResultSet rs, int row) throws SQLException {
    return new Archived(
        rs.getString("kind"),
        rs.getObject("document_id", UUID.class),
        rs.getString("number"),
        rs.getString("sha256"),
        rs.getLong("size_bytes"),
        rs.getTimestamp("stored_at").toInstant(),
        rs.getBytes("content"));
  }
}
