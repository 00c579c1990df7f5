package org.pepin.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.CompanyId;
import org.pepin.platform.ImportField;
import org.pepin.platform.security.PepinPrincipal;
import org.pepin.platform.transfer.ImportIssue;
import org.pepin.platform.transfer.ImportMode;
import org.pepin.platform.transfer.ImportRun;
import org.pepin.platform.transfer.ImportService;
import org.pepin.platform.transfer.ImportStatus;
import org.pepin.platform.transfer.ReadOptions;
import org.pepin.shared.InvalidValue;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * JSON API of imports. {@code POST /api/v1/imports/{type}} with a multipart {@code file}: a dry run
 * by default ({@code dryRun=true}: the report, nothing written); with {@code dryRun=false} the
 * import itself, all or nothing unless {@code mode=VALID_ONLY}. Columns are mapped automatically;
 * {@code column.<field>=<header, number or letter>} forces one. A refused import answers 422 with
 * its report; a file that cannot be read, 400 with a problem document.
 */
@RestController
@RequestMapping("/api/v1/imports")
class ImportApi {

  private final ImportService imports;

  ImportApi(ImportService imports) {
    this.imports = imports;
  }

  /** The imports the caller may run, with their fields. */
  @GetMapping("/types")
  List<TypeResource> types(@AuthenticationPrincipal PepinPrincipal me) {
    Locale locale = LocaleContextHolder.getLocale();
    return imports.importers(me).stream()
        .map(
            i ->
                new TypeResource(
                    i.type(),
                    imports.text(i.labelKey(), locale),
                    i.key().stream().map(ImportField::name).toList(),
                    i.fields().stream()
                        .map(
                            f ->
                                new FieldResource(
                                    f.name(),
                                    imports.label(f, locale),
                                    f.isRequired(),
                                    f.type().name(),
                                    f.synonyms()))
                        .toList()))
        .toList();
  }

  @PostMapping("/{type}")
  ResponseEntity<RunResource> run(
      @AuthenticationPrincipal PepinPrincipal me,
      CompanyId company,
      @PathVariable("type") String type,
      @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
      @RequestParam(name = "dryRun", defaultValue = "true") boolean dryRun,
      @RequestParam(name = "mode", required = false) @Nullable String mode,
      @RequestParam(name = "encoding", required = false) @Nullable String encoding,
      @RequestParam(name = "separator", required = false) @Nullable String separator,
      @RequestParam Map<String, String> params)
      throws IOException {
    ImportMode chosen = mode(mode);
    if (file == null) {
      throw new InvalidValue("import.file-empty", "no file");
    }
    Map<String, String> columns = new LinkedHashMap<>();
    params.forEach(
        (name, value) -> {
          if (name.startsWith("column.") && !value.isBlank()) {
            columns.put(name.substring("column.".length()), value);
          }
        });
    ImportRun run =
        imports.upload(
            me,
            company,
            type,
            file.getOriginalFilename(),
            file.getBytes(),
            ReadOptions.parse(encoding, separator),
            columns);
    if (!dryRun) {
      run = imports.execute(me, company, run.id(), run.version(), chosen);
    }
    return respond(me, company, run);
  }

  /** Executes a run checked earlier (by the API or a screen). */
  @PostMapping("/{id}/execute")
  ResponseEntity<RunResource> execute(
      @AuthenticationPrincipal PepinPrincipal me,
      CompanyId company,
      @PathVariable("id") UUID id,
      @RequestParam(name = "mode", required = false) @Nullable String mode,
      @RequestParam(name = "version", required = false) @Nullable Integer version) {
    ImportRun run = imports.run(me, company, id);
    run = imports.execute(me, company, id, version == null ? run.version() : version, mode(mode));
    return respond(me, company, run);
  }

  @GetMapping
  ImportService.Page list(
      @AuthenticationPrincipal PepinPrincipal me,
      CompanyId company,
      @RequestParam(name = "type", required = false) @Nullable String type,
      @RequestParam(name = "status", required = false) @Nullable String status,
      @RequestParam(name = "page", defaultValue = "0") int page,
      @RequestParam(name = "size", defaultValue = "50") int size) {
    ImportStatus chosen = null;
    if (status != null && !status.isBlank()) {
      try {
        chosen = ImportStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new InvalidValue("import.status", "unknown status", status);
      }
    }
    return imports.list(me, company, type, chosen, page, Math.min(Math.max(size, 1), 500));
  }

  @GetMapping("/{id}")
  RunResource run(
      @AuthenticationPrincipal PepinPrincipal me, CompanyId company, @PathVariable("id") UUID id) {
    return resource(me, company, imports.run(me, company, id));
  }

  /** The full line-by-line report. */
  @GetMapping("/{id}/report.{format}")
  void report(
      @AuthenticationPrincipal PepinPrincipal me,
      CompanyId company,
      @PathVariable("id") UUID id,
      @PathVariable("format") String format,
      HttpServletResponse response)
      throws IOException {
    var chosen = ExportResponses.inPath(format);
    var run = imports.run(me, company, id);
    ExportResponses.prepare(response, chosen, ImportController.reportName(run, chosen));
    imports.writeReport(
        me, company, id, chosen, LocaleContextHolder.getLocale(), response.getOutputStream());
  }

  private ResponseEntity<RunResource> respond(PepinPrincipal me, CompanyId company, ImportRun run) {
    return ResponseEntity.status(
            run.status() == ImportStatus.REFUSED ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK)
        .body(resource(me, company, run));
  }

  private RunResource resource(PepinPrincipal me, CompanyId company, ImportRun run) {
    Locale locale = LocaleContextHolder.getLocale();
    List<ImportIssue> issues =
        imports.report(me, company, run.id(), true, ImportService.SHOWN_ISSUES + 1);
    Map<String, String> mapping = new LinkedHashMap<>();
    run.mapping()
        .forEach(
            (field, column) ->
                mapping.put(field, column < run.headers().size() ? run.headers().get(column) : ""));
    return new RunResource(
        run.id(),
        run.version(),
        run.importer(),
        run.status(),
        run.mode(),
        run.fileName(),
        run.fileSize(),
        run.format(),
        run.encoding(),
        run.separator(),
        run.headers(),
        mapping,
        run.createdAt(),
        run.username(),
        run.executedAt(),
        run.counts(),
        issues.stream()
            .limit(ImportService.SHOWN_ISSUES)
            .map(
                i ->
                    new IssueResource(
                        i.line(), i.column(), i.value(), i.code(), imports.reason(i, locale)))
            .toList(),
        issues.size() > ImportService.SHOWN_ISSUES);
  }

  static ImportMode mode(@Nullable String mode) {
    if (mode == null || mode.isBlank()) {
      return ImportMode.ALL_OR_NOTHING;
    }
    try {
      return ImportMode.valueOf(mode.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new InvalidValue("import.mode", "unknown mode", mode);
    }
  }

  /** An import the caller may run. */
  record TypeResource(String type, String label, List<String> key, List<FieldResource> fields) {}

  /** A target field: the header names it is recognised by are its name, label and synonyms. */
  record FieldResource(
      String name, String label, boolean required, String type, List<String> synonyms) {}

  /** An import run and its rejected lines (the CSV report has every line). */
  record RunResource(
      UUID id,
      int version,
      String importer,
      ImportStatus status,
      @Nullable ImportMode mode,
      String fileName,
      long fileSize,
      String format,
      @Nullable String encoding,
      @Nullable String separator,
      List<String> headers,
      Map<String, String> mapping,
      Instant createdAt,
      @Nullable String username,
      @Nullable Instant executedAt,
      ImportRun.Counts counts,
      List<IssueResource> issues,
      boolean moreIssues) {}

  /** A rejected line: where, what, and why in the caller's language. */
  record IssueResource(
      int line,
      @Nullable String column,
      @Nullable String value,
      @Nullable String code,
      String message) {}
}
