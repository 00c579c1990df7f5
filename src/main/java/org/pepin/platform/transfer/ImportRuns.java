package org.pepin.platform.transfer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.CompanyId;
import org.pepin.platform.UserId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Import runs in {@code import_run} and their report in {@code import_run_line}, always read and
 * written per company. Runs are not a Spring Data aggregate: a report can hold tens of thousands of
 * lines, written once in a batch; the run's {@code version} still guards its transitions
 * (optimistic locking).
 */
@Repository
class ImportRuns {

  private static final String SEPARATOR = "\u001F";
  private static final String COLUMNS =
      "id, version, importer, status, run_mode, file_name, file_size, file_format, encoding,"
          + " separator_char, header_line, headers, mapping, created_at, username, executed_at,"
          + " total_lines, created_count, updated_count, unchanged_count, rejected_count,"
          + " file_content IS NOT NULL";

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  ImportRuns(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  /** A new run after its first dry run. */
  void insert(
      CompanyId company,
      UUID id,
      String importer,
      String fileName,
      byte[] content,
      TabularFile file,
      Map<String, Integer> mapping,
      ImportStatus status,
      ImportRun.Counts counts,
      Instant at,
      @Nullable UserId user,
      @Nullable String username) {
    jdbc.sql(
            "INSERT INTO import_run (id, company_id, version, importer, status, file_name,"
                + " file_size, file_format, encoding, separator_char, header_line, headers,"
                + " mapping, file_content, created_at, user_id, username, total_lines,"
                + " created_count, updated_count, unchanged_count, rejected_count)"
                + " VALUES (:id, :company, 0, :importer, :status, :name, :size, :format,"
                + " :encoding, :separator, :headerLine, :headers, :mapping, :content, :at,"
                + " :user, :username, :total, :created, :updated, :unchanged, :rejected)")
        .param("id", id)
        .param("company", company.value())
        .param("importer", importer)
        .param("status", status.name())
        .param("name", fileName)
        .param("size", (long) content.length)
        .param("format", file.format())
        .param("encoding", file.encoding())
        .param("separator", file.separator() == null ? null : file.separator().name())
        .param("headerLine", file.headerLine())
        .param("headers", String.join(SEPARATOR, file.headers()))
        .param("mapping", ColumnMapping.encode(mapping))
        .param("content", content)
        .param("at", Timestamp.from(at))
        .param("user", user == null ? null : user.value())
        .param("username", username)
        .param("total", counts.total())
        .param("created", counts.created())
        .param("updated", counts.updated())
        .param("unchanged", counts.unchanged())
        .param("rejected", counts.rejected())
        .update();
  }

  /** A new dry run of an open run (other mapping or reading options). */
  boolean recheck(
      CompanyId company,
      UUID id,
      int version,
      TabularFile file,
      Map<String, Integer> mapping,
      ImportStatus status,
      ImportRun.Counts counts) {
    return jdbc.sql(
                "UPDATE import_run SET version = version + 1, status = :status,"
                    + " encoding = :encoding, separator_char = :separator,"
                    + " header_line = :headerLine, headers = :headers, mapping = :mapping,"
                    + " total_lines = :total, created_count = :created, updated_count = :updated,"
                    + " unchanged_count = :unchanged, rejected_count = :rejected"
                    + " WHERE id = :id AND company_id = :company AND version = :version"
                    + " AND status IN ('CHECKED', 'INVALID')")
            .param("status", status.name())
            .param("encoding", file.encoding())
            .param("separator", file.separator() == null ? null : file.separator().name())
            .param("headerLine", file.headerLine())
            .param("headers", String.join(SEPARATOR, file.headers()))
            .param("mapping", ColumnMapping.encode(mapping))
            .param("total", counts.total())
            .param("created", counts.created())
            .param("updated", counts.updated())
            .param("unchanged", counts.unchanged())
            .param("rejected", counts.rejected())
            .param("id", id)
            .param("company", company.value())
            .param("version", version)
            .update()
        == 1;
  }

  /**
   * Takes the run for execution: bumps its version if it is still open and at {@code version}. The
   * row stays locked until the transaction ends, so a second execution waits, then fails.
   */
  boolean claim(CompanyId company, UUID id, int version) {
    return jdbc.sql(
                "UPDATE import_run SET version = version + 1 WHERE id = :id"
                    + " AND company_id = :company AND version = :version"
                    + " AND status IN ('CHECKED', 'INVALID') AND file_content IS NOT NULL")
            .param("id", id)
            .param("company", company.value())
            .param("version", version)
            .update()
        == 1;
  }

  /** The run's final state; its file is no longer kept. */
  void finish(
      CompanyId company,
      UUID id,
      ImportStatus status,
      ImportMode mode,
      ImportRun.Counts counts,
      Instant at) {
    jdbc.sql(
            "UPDATE import_run SET version = version + 1, status = :status, run_mode = :mode,"
                + " executed_at = :at, file_content = NULL, total_lines = :total,"
                + " created_count = :created, updated_count = :updated,"
                + " unchanged_count = :unchanged, rejected_count = :rejected"
                + " WHERE id = :id AND company_id = :company")
        .param("status", status.name())
        .param("mode", mode.name())
        .param("at", Timestamp.from(at))
        .param("total", counts.total())
        .param("created", counts.created())
        .param("updated", counts.updated())
        .param("unchanged", counts.unchanged())
        .param("rejected", counts.rejected())
        .param("id", id)
        .param("company", company.value())
        .update();
  }

  /** Replaces the run's report. */
  void replaceLines(CompanyId company, UUID id, List<ImportIssue> lines) {
    jdbc.sql("DELETE FROM import_run_line WHERE run_id = :id AND company_id = :company")
        .param("id", id)
        .param("company", company.value())
        .update();
    List<Object[]> rows = new java.util.ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      ImportIssue line = lines.get(i);
      rows.add(
          new Object[] {
            id,
            i,
            company.value(),
            line.line(),
            line.outcome(),
            cut(line.key(), 300),
            cut(line.column(), 200),
            cut(line.value(), 500),
            line.code(),
            line.args().isEmpty() ? null : cut(String.join(SEPARATOR, line.args()), 2000)
          });
      if (rows.size() == 1000 || i == lines.size() - 1) {
        template.batchUpdate(
            "INSERT INTO import_run_line (run_id, seq, company_id, line_number, outcome,"
                + " entity_key, column_name, cell_value, code, args)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows);
        rows.clear();
      }
    }
  }

  Optional<ImportRun> find(CompanyId company, UUID id) {
    return jdbc.sql(
            "SELECT " + COLUMNS + " FROM import_run WHERE id = :id AND company_id = :company")
        .param("id", id)
        .param("company", company.value())
        .query(ImportRuns::run)
        .optional();
  }

  Optional<byte[]> content(CompanyId company, UUID id) {
    return jdbc.sql(
            "SELECT file_content FROM import_run WHERE id = :id AND company_id = :company"
                + " AND file_content IS NOT NULL")
        .param("id", id)
        .param("company", company.value())
        .query((rs, n) -> rs.getBytes(1))
        .optional();
  }

  List<ImportRun> list(
      CompanyId company,
      Set<String> importers,
      @Nullable ImportStatus status,
      int offset,
      int limit) {
    if (importers.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM import_run WHERE company_id = :company AND importer IN (:importers)"
                + (status == null ? "" : " AND status = :status")
                + " ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset")
        .params(filter(company, importers, status))
        .param("limit", limit)
        .param("offset", offset)
        .query(ImportRuns::run)
        .list();
  }

  long count(CompanyId company, Set<String> importers, @Nullable ImportStatus status) {
    if (importers.isEmpty()) {
      return 0;
    }
    return jdbc.sql(
            "SELECT COUNT(*) FROM import_run WHERE company_id = :company"
                + " AND importer IN (:importers)"
                + (status == null ? "" : " AND status = :status"))
        .params(filter(company, importers, status))
        .query(Long.class)
        .single();
  }

  /** Report lines in file order; rejected ones only if asked. */
  List<ImportIssue> lines(CompanyId company, UUID id, boolean rejectedOnly, int limit) {
    return jdbc.sql(
            "SELECT line_number, outcome, entity_key, column_name, cell_value, code, args"
                + " FROM import_run_line WHERE run_id = :id AND company_id = :company"
                + (rejectedOnly ? " AND outcome = 'REJECTED'" : "")
                + " ORDER BY seq LIMIT :limit")
        .param("id", id)
        .param("company", company.value())
        .param("limit", limit)
        .query(
            (rs, n) -> {
              String args = rs.getString(7);
              return new ImportIssue(
                  rs.getInt(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6),
                  args == null ? List.of() : Arrays.asList(args.split(SEPARATOR, -1)));
            })
        .list();
  }

  /** Forgets the files of runs left open since before {@code before} (the runs stay listed). */
  int forgetFiles(CompanyId company, Instant before) {
    return jdbc.sql(
            "UPDATE import_run SET file_content = NULL WHERE company_id = :company"
                + " AND created_at < :before AND file_content IS NOT NULL")
        .param("company", company.value())
        .param("before", Timestamp.from(before))
        .update();
  }

  private static Map<String, Object> filter(
      CompanyId company, Set<String> importers, @Nullable ImportStatus status) {
    Map<String, Object> params = new HashMap<>();
    params.put("company", company.value());
    params.put("importers", List.copyOf(importers));
    if (status != null) {
      params.put("status", status.name());
    }
    return params;
  }

  private static ImportRun run(ResultSet rs, int n) throws SQLException {
    String mode = rs.getString(5);
    Timestamp executed = rs.getTimestamp(16);
    String headers = rs.getString(12);
    return new ImportRun(
        rs.getObject(1, UUID.class),
        rs.getInt(2),
        rs.getString(3),
        ImportStatus.valueOf(rs.getString(4)),
        mode == null ? null : ImportMode.valueOf(mode),
        rs.getString(6),
        rs.getLong(7),
        rs.getString(8),
        rs.getString(9),
        rs.getString(10),
        rs.getInt(11),
        headers == null || headers.isEmpty()
            ? List.of()
            : Arrays.asList(headers.split(SEPARATOR, -1)),
        ColumnMapping.decode(rs.getString(13)),
        rs.getTimestamp(14).toInstant(),
        rs.getString(15),
        executed == null ? null : executed.toInstant(),
        new ImportRun.Counts(
            rs.getInt(17), rs.getInt(18), rs.getInt(19), rs.getInt(20), rs.getInt(21)),
        rs.getBoolean(22));
  }

  private static @Nullable String cut(@Nullable String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
