package org.pepin.platform.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.AuditLog;
import org.pepin.platform.CompanyId;
import org.pepin.platform.ConcurrentModification;
import org.pepin.platform.ExportFormat;
import org.pepin.platform.ExportTable;
import org.pepin.platform.Exports;
import org.pepin.platform.ImportContext;
import org.pepin.platform.ImportField;
import org.pepin.platform.ImportLine;
import org.pepin.platform.ImportOutcome;
import org.pepin.platform.Importer;
import org.pepin.platform.ResourceNotFound;
import org.pepin.platform.security.PepinPrincipal;
import org.pepin.platform.transfer.ReadOptions.Encoding;
import org.pepin.platform.transfer.ReadOptions.Separator;
import org.pepin.shared.InvalidValue;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs imports for every {@link Importer}: reads the file, maps its columns, checks every line in a
 * dry run that writes nothing (a read-only transaction, rolled back), records the run and its
 * line-by-line report, and executes it in one transaction — all or nothing, or by explicit choice
 * the valid lines only. Each run belongs to a company and is visible to the users who may run its
 * importer.
 */
@Service
public class ImportService {

  /** Report lines shown on a screen or returned inline by the API (the CSV has them all). */
  public static final int SHOWN_ISSUES = 500;

  private final ObjectProvider<Importer> importers;
  private final ImportRuns runs;
  private final MessageSource messages;
  private final AuditLog audit;
  private final Exports exports;
  private final Clock clock;
  private final ImportProperties properties;
  private final TransactionTemplate write;
  private final TransactionTemplate dryRun;

  ImportService(
      ObjectProvider<Importer> importers,
      ImportRuns runs,
      MessageSource messages,
      AuditLog audit,
      Exports exports,
      Clock clock,
      ImportProperties properties,
      PlatformTransactionManager transactions) {
    this.importers = importers;
    this.runs = runs;
    this.messages = messages;
    this.audit = audit;
    this.exports = exports;
    this.clock = clock;
    this.properties = properties;
    this.write = new TransactionTemplate(transactions);
    this.dryRun = new TransactionTemplate(transactions);
    this.dryRun.setReadOnly(true);
  }

  public ImportProperties properties() {
    return properties;
  }

  /** The importers the user may run in their current company, by type. */
  public List<Importer> importers(PepinPrincipal me) {
    return importers.orderedStream().filter(i -> allowed(me, i)).toList();
  }

  /**
   * @throws ResourceNotFound for an unknown type
   * @throws AccessDeniedException if the user's roles do not allow it
   */
  public Importer importer(PepinPrincipal me, String type) {
    Importer importer =
        importers
            .orderedStream()
            .filter(i -> i.type().equals(type))
            .findFirst()
            .orElseThrow(() -> new ResourceNotFound("import type", type));
    if (!allowed(me, importer)) {
      throw new AccessDeniedException("import " + type);
    }
    return importer;
  }

  /**
   * Reads an uploaded file, maps its columns (automatically, or by header name for the fields given
   * in {@code columns}), runs the dry run and records the run.
   *
   * @throws InvalidValue when the file itself cannot be read (empty, too large, not CSV or XLSX,
   *     malformed, no data); nothing is recorded then
   */
  public ImportRun upload(
      PepinPrincipal me,
      CompanyId company,
      String type,
      @Nullable String fileName,
      byte[] content,
      ReadOptions options,
      Map<String, String> columns) {
    Importer importer = importer(me, type);
    requireSize(content.length);
    TabularFile file = reader().read(content, options);
    Map<String, Integer> automatic =
        ColumnMapping.auto(importer.fields(), file.headers(), messages);
    columns.forEach(
        (field, header) -> {
          int column = ColumnMapping.columnOf(file.headers(), header);
          if (column < 0) {
            throw new InvalidValue("import.column-unknown", "no such column", header);
          }
          automatic.values().remove(column);
          automatic.put(field, column);
        });
    Map<String, Integer> mapping =
        ColumnMapping.clean(importer.fields(), file.headers().size(), automatic);
    UUID id = UUID.randomUUID();
    Evaluation evaluation = dryRun(importer, file, mapping, context(me, company, id));
    Instant now = clock.instant();
    write.executeWithoutResult(
        s -> {
          runs.forgetFiles(company, now.minus(properties.keepFiles()));
          runs.insert(
              company,
              id,
              importer.type(),
              cleanName(fileName),
              content,
              file,
              mapping,
              evaluation.status(),
              evaluation.counts(),
              now,
              me.userId(),
              me.getUsername());
          runs.replaceLines(company, id, evaluation.report());
        });
    return run(me, company, id);
  }

  /** Checks an open run again with another mapping or other reading options. */
  public ImportRun recheck(
      PepinPrincipal me,
      CompanyId company,
      UUID id,
      int version,
      Map<String, Integer> chosen,
      ReadOptions options) {
    ImportRun run = run(me, company, id);
    Importer importer = importer(me, run.importer());
    if (!run.status().open()) {
      throw new InvalidValue("import.closed", "run already executed");
    }
    byte[] content =
        runs.content(company, id)
            .orElseThrow(() -> new InvalidValue("import.file-expired", "file no longer kept"));
    TabularFile file = reader().read(content, options);
    Map<String, Integer> mapping =
        ColumnMapping.clean(importer.fields(), file.headers().size(), chosen);
    Evaluation evaluation = dryRun(importer, file, mapping, context(me, company, id));
    write.executeWithoutResult(
        s -> {
          if (!runs.recheck(
              company, id, version, file, mapping, evaluation.status(), evaluation.counts())) {
            throw new ConcurrentModification("import", id);
          }
          runs.replaceLines(company, id, evaluation.report());
        });
    return run(me, company, id);
  }

  /**
   * Executes an open run: checks every line again (the data may have changed since the dry run),
   * then in one transaction imports every line ({@link ImportMode#ALL_OR_NOTHING}: any invalid line
   * and nothing is imported, the run is refused with its report) or the valid lines only.
   *
   * @param version the version of the run the user looked at (a rechecked run must be looked at
   *     again)
   */
  public ImportRun execute(
      PepinPrincipal me, CompanyId company, UUID id, int version, ImportMode mode) {
    ImportRun run = run(me, company, id);
    Importer importer = importer(me, run.importer());
    if (!run.status().open()) {
      throw new InvalidValue("import.closed", "run already executed");
    }
    if (!run.fileAvailable()) {
      throw new InvalidValue("import.file-expired", "file no longer kept");
    }
    ImportContext context = context(me, company, id);
    Evaluation refused;
    try {
      refused =
          write.execute(
              status -> {
                if (!runs.claim(company, id, version)) {
                  throw new ConcurrentModification("import", id);
                }
                byte[] content = runs.content(company, id).orElseThrow();
                TabularFile file = reader().read(content, optionsOf(run));
                Evaluation done = evaluate(importer, file, run.mapping(), context, true);
                if (done.counts().rejected() > 0 && mode == ImportMode.ALL_OR_NOTHING) {
                  status.setRollbackOnly();
                  return done;
                }
                ImportStatus result =
                    done.counts().rejected() > 0 ? ImportStatus.PARTIAL : ImportStatus.IMPORTED;
                runs.finish(company, id, result, mode, done.counts(), clock.instant());
                runs.replaceLines(company, id, done.report());
                audit.record(
                    company,
                    "import.executed",
                    "import",
                    id,
                    run.fileName() + " (" + importer.type() + ")",
                    describe(done.counts(), mode));
                return null;
              });
    } catch (DataAccessException e) {
      refused = Evaluation.fileIssue(run.counts().total(), run.headerLine(), "import.conflict");
    }
    if (refused != null) {
      // Nothing was imported: no line counts as created or updated, the report keeps the errors.
      ImportRun.Counts checked = refused.counts();
      ImportRun.Counts counts = new ImportRun.Counts(checked.total(), 0, 0, 0, checked.rejected());
      List<ImportIssue> errors = refused.report().stream().filter(ImportIssue::rejected).toList();
      write.executeWithoutResult(
          s -> {
            runs.finish(company, id, ImportStatus.REFUSED, mode, counts, clock.instant());
            runs.replaceLines(company, id, errors);
            audit.record(
                company,
                "import.refused",
                "import",
                id,
                run.fileName() + " (" + importer.type() + ")",
                describe(counts, mode));
          });
    }
    return run(me, company, id);
  }

  /**
   * @throws ResourceNotFound unless the run belongs to the company
   * @throws AccessDeniedException if the user may not run its importer
   */
  public ImportRun run(PepinPrincipal me, CompanyId company, UUID id) {
    ImportRun run =
        runs.find(company, id).orElseThrow(() -> new ResourceNotFound("import run", id));
    importer(me, run.importer());
    return run;
  }

  /** The run's report lines (rejected only if asked), at most {@code limit}. */
  public List<ImportIssue> report(
      PepinPrincipal me, CompanyId company, UUID id, boolean rejectedOnly, int limit) {
    run(me, company, id);
    return runs.lines(company, id, rejectedOnly, limit);
  }

  /** The runs of the importers the user may run, newest first. */
  public Page list(
      PepinPrincipal me,
      CompanyId company,
      @Nullable String type,
      @Nullable ImportStatus status,
      int page,
      int size) {
    Set<String> types =
        importers(me).stream()
            .map(Importer::type)
            .filter(t -> type == null || t.equals(type))
            .collect(Collectors.toSet());
    long total = runs.count(company, types, status);
    int pages = (int) Math.max(1, (total + size - 1) / size);
    int current = Math.min(Math.max(page, 0), pages - 1);
    return new Page(
        runs.list(company, types, status, current * size, size), current, pages, size, total);
  }

  /** Writes the run's full report (every line of the file) as CSV or XLSX. */
  public void writeReport(
      PepinPrincipal me,
      CompanyId company,
      UUID id,
      ExportFormat format,
      Locale locale,
      OutputStream out)
      throws IOException {
    run(me, company, id);
    List<ImportIssue> lines = runs.lines(company, id, false, Integer.MAX_VALUE);
    exports.write(reportTable(locale), format, locale, out, lines);
  }

  /** An empty file with the importer's columns, as a template to fill. */
  public void writeTemplate(Importer importer, Locale locale, OutputStream out) throws IOException {
    out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    String header =
        importer.fields().stream()
            .map(f -> label(f, locale))
            .map(l -> l.contains(";") || l.contains("\"") ? '"' + l.replace("\"", "\"\"") + '"' : l)
            .collect(Collectors.joining(";"));
    out.write((header + "\r\n").getBytes(StandardCharsets.UTF_8));
  }

  /** The French (or English) reason of a report line. */
  public String reason(ImportIssue issue, Locale locale) {
    if (issue.code() == null) {
      return "";
    }
    String text =
        messages.getMessage("error." + issue.code(), issue.args().toArray(), null, locale);
    return text == null ? issue.code() : text;
  }

  /** A message in the locale, its key if it has none. */
  public String text(String key, Locale locale) {
    String text = messages.getMessage(key, null, null, locale);
    return text == null ? key : text;
  }

  /** The label of a field in the locale. */
  public String label(ImportField<?> field, Locale locale) {
    String text = messages.getMessage(field.labelKey(), null, null, locale);
    return text == null ? field.name() : text;
  }

  // --- checking --------------------------------------------------------------------------------

  private Evaluation dryRun(
      Importer importer, TabularFile file, Map<String, Integer> mapping, ImportContext context) {
    return dryRun.execute(
        status -> {
          status.setRollbackOnly();
          return evaluate(importer, file, mapping, context, false);
        });
  }

  /**
   * Parses every line and checks it ({@code write} false: the dry run, nothing written) or applies
   * it ({@code write} true: in the import's transaction, each line seeing the lines before it; a
   * line refused by a business rule is reported and the others go on, so that the report is
   * complete — the caller rolls everything back if the import is all or nothing).
   */
  Evaluation evaluate(
      Importer importer,
      TabularFile file,
      Map<String, Integer> mapping,
      ImportContext context,
      boolean write) {
    Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
    List<ImportIssue> fileIssues = new ArrayList<>();
    for (ImportField<?> field : importer.fields()) {
      if (field.isRequired() && !mapping.containsKey(field.name())) {
        String label = label(field, locale);
        fileIssues.add(
            new ImportIssue(
                file.headerLine(),
                ImportIssue.REJECTED,
                null,
                label,
                null,
                "import.column-missing",
                List.of(label)));
      }
    }
    int total = file.rows().size();
    if (!fileIssues.isEmpty()) {
      return new Evaluation(List.of(), fileIssues, total);
    }
    CellValues cells = new CellValues(messages, locale);
    Map<String, Integer> keys = new HashMap<>();
    Set<String> mapped = new HashSet<>(mapping.keySet());
    List<LineResult> results = new ArrayList<>(total);
    for (TabularFile.Row row : file.rows()) {
      List<ImportIssue> issues = new ArrayList<>();
      Map<String, Object> values = new LinkedHashMap<>();
      Map<String, String> raw = new HashMap<>();
      for (ImportField<?> field : importer.fields()) {
        Integer column = mapping.get(field.name());
        if (column == null) {
          continue;
        }
        Object cell = row.cell(column);
        String header = columnName(file, column);
        if (cell == null || (cell instanceof String s && s.isBlank())) {
          if (field.isRequired()) {
            issues.add(issue(row.line(), null, header, null, "import.required", List.of()));
          }
          continue;
        }
        String text = CellValues.text(cell);
        raw.put(field.name(), text);
        try {
          values.put(field.name(), cells.parse(field, cell));
        } catch (InvalidValue e) {
          issues.add(issue(row.line(), null, header, text, e.code(), strings(e.args())));
        }
      }
      String key = key(importer, values);
      if (issues.isEmpty() && key != null) {
        Integer first = keys.putIfAbsent(key.toLowerCase(Locale.ROOT), row.line());
        if (first != null) {
          ImportField<?> keyField = importer.key().get(0);
          issues.add(
              issue(
                  row.line(),
                  key,
                  columnName(file, mapping.get(keyField.name())),
                  key,
                  "import.duplicate-key",
                  List.of(key, String.valueOf(first))));
        }
      }
      ImportLine line = new ImportLine(row.line(), values, mapped);
      ImportOutcome outcome = null;
      if (issues.isEmpty()) {
        try {
          outcome = write ? importer.apply(context, line) : importer.check(context, line);
        } catch (InvalidValue e) {
          issues.add(ruleIssue(importer, file, mapping, row.line(), key, raw, e));
        }
      }
      results.add(new LineResult(row.line(), key, line, raw, outcome, issues));
    }
    return new Evaluation(results, List.of(), total);
  }

  private ImportIssue ruleIssue(
      Importer importer,
      TabularFile file,
      Map<String, Integer> mapping,
      int line,
      @Nullable String key,
      Map<String, String> raw,
      InvalidValue e) {
    ImportField<?> field = importer.fieldOf(e);
    Integer column = field == null ? null : mapping.get(field.name());
    return issue(
        line,
        key,
        column == null ? null : columnName(file, column),
        field == null ? null : raw.get(field.name()),
        e.code(),
        strings(e.args()));
  }

  private static ImportIssue issue(
      int line,
      @Nullable String key,
      @Nullable String column,
      @Nullable String value,
      String code,
      List<String> args) {
    return new ImportIssue(line, ImportIssue.REJECTED, key, column, value, code, args);
  }

  private static @Nullable String key(Importer importer, Map<String, Object> values) {
    List<String> parts = new ArrayList<>();
    for (ImportField<?> field : importer.key()) {
      Object value = values.get(field.name());
      if (value == null) {
        return null;
      }
      parts.add(value.toString());
    }
    return String.join(" / ", parts);
  }

  private static String columnName(TabularFile file, @Nullable Integer column) {
    if (column == null) {
      return "";
    }
    String header = column < file.headers().size() ? file.headers().get(column) : "";
    return header.isEmpty() ? ColumnMapping.letter(column) : header;
  }

  private static List<String> strings(Object[] args) {
    List<String> list = new ArrayList<>(args.length);
    for (Object arg : args) {
      list.add(String.valueOf(arg));
    }
    return list;
  }

  // --- helpers ---------------------------------------------------------------------------------

  private TabularReader reader() {
    return new TabularReader(properties.maxRows(), properties.maxUncompressedBytes());
  }

  private void requireSize(long size) {
    if (size > properties.maxFileSize().toBytes()) {
      throw new InvalidValue(
          "import.file-too-large", "file too large", properties.maxFileSize().toMegabytes());
    }
  }

  private static ReadOptions optionsOf(ImportRun run) {
    Encoding encoding =
        run.encoding() == null
            ? Encoding.AUTO
            : switch (run.encoding()) {
              case "UTF-8" -> Encoding.UTF_8;
              case "windows-1252" -> Encoding.WINDOWS_1252;
              default -> Encoding.AUTO;
            };
    Separator separator =
        run.separator() == null ? Separator.AUTO : Separator.valueOf(run.separator());
    return new ReadOptions(encoding, separator);
  }

  private static ImportContext context(PepinPrincipal me, CompanyId company, UUID run) {
    return new ImportContext(company, me.userId(), run);
  }

  private static boolean allowed(PepinPrincipal me, Importer importer) {
    return importer.roles().stream().anyMatch(me::hasRole);
  }

  private static String cleanName(@Nullable String name) {
    if (name == null || name.isBlank()) {
      return "fichier";
    }
    String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    base = base.replaceAll("[\\p{Cntrl}]", "").strip();
    if (base.isEmpty()) {
      return "fichier";
    }
    return base.length() > 255 ? base.substring(0, 255) : base;
  }

  private static String describe(ImportRun.Counts counts, ImportMode mode) {
    return "mode: "
        + mode
        + "\nlines: "
        + counts.total()
        + "\ncreated: "
        + counts.created()
        + "\nupdated: "
        + counts.updated()
        + "\nunchanged: "
        + counts.unchanged()
        + "\nrejected: "
        + counts.rejected();
  }

  private ExportTable<ImportIssue> reportTable(Locale locale) {
    return ExportTable.<ImportIssue>titled("import.report.title")
        .integer("import.report.line", i -> (long) i.line())
        .label("import.report.outcome", "import.outcome.", ImportIssue::outcome)
        .text("import.report.key", ImportIssue::key)
        .text("import.report.column", ImportIssue::column)
        .text("import.report.value", ImportIssue::value)
        .text("import.report.reason", i -> reason(i, locale));
  }

  /** A page of runs. */
  public record Page(List<ImportRun> runs, int page, int pages, int size, long total) {}

  /** One line of the file after checking (and, during execution, applying). */
  record LineResult(
      int line,
      @Nullable String key,
      ImportLine parsed,
      Map<String, String> raw,
      @Nullable ImportOutcome outcome,
      List<ImportIssue> issues) {

    LineResult withOutcome(ImportOutcome done) {
      return new LineResult(line, key, parsed, raw, done, issues);
    }

    LineResult rejected(ImportIssue issue) {
      return new LineResult(line, key, parsed, raw, null, List.of(issue));
    }
  }

  /** The lines of a file after checking, and the problems of the file as a whole. */
  record Evaluation(List<LineResult> lines, List<ImportIssue> fileIssues, int total) {

    static Evaluation fileIssue(int total, int headerLine, String code) {
      return new Evaluation(
          List.of(),
          List.of(
              new ImportIssue(headerLine, ImportIssue.REJECTED, null, null, null, code, List.of())),
          total);
    }

    ImportRun.Counts counts() {
      if (!fileIssues.isEmpty()) {
        return new ImportRun.Counts(total, 0, 0, 0, total);
      }
      int created = 0;
      int updated = 0;
      int unchanged = 0;
      int rejected = 0;
      for (LineResult line : lines) {
        if (!line.issues().isEmpty() || line.outcome() == null) {
          rejected++;
        } else {
          switch (line.outcome()) {
            case CREATED -> created++;
            case UPDATED -> updated++;
            case UNCHANGED -> unchanged++;
          }
        }
      }
      return new ImportRun.Counts(total, created, updated, unchanged, rejected);
    }

    ImportStatus status() {
      return counts().rejected() == 0 ? ImportStatus.CHECKED : ImportStatus.INVALID;
    }

    /** One report line per valid line, one per problem of an invalid line, in file order. */
    List<ImportIssue> report() {
      List<ImportIssue> report = new ArrayList<>(fileIssues);
      lines.stream()
          .sorted(Comparator.comparingInt(LineResult::line))
          .forEach(
              line -> {
                if (!line.issues().isEmpty()) {
                  report.addAll(line.issues());
                } else if (line.outcome() != null) {
                  report.add(
                      new ImportIssue(
                          line.line(),
                          line.outcome().name(),
                          line.key(),
                          null,
                          null,
                          null,
                          List.of()));
                }
              });
      return report;
    }
  }
}
