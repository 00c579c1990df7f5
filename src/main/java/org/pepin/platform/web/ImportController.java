package org.pepin.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.CompanyId;
import org.pepin.platform.ConcurrentModification;
import org.pepin.platform.ExportFormat;
import org.pepin.platform.Importer;
import org.pepin.platform.security.PepinPrincipal;
import org.pepin.platform.transfer.ImportMode;
import org.pepin.platform.transfer.ImportRun;
import org.pepin.platform.transfer.ImportService;
import org.pepin.platform.transfer.ImportStatus;
import org.pepin.platform.transfer.ReadOptions;
import org.pepin.shared.InvalidValue;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Import screens: upload a file (Paramètres › Utilisateurs › Importer for users), check the column
 * mapping and the dry run's report, then import all or nothing — or, by explicit choice, the valid
 * lines only; the list of runs (Paramètres › Imports) with each run's report as CSV. Each importer
 * says which roles may run it; the routes let in the roles that run some importer.
 */
@Controller
@RequestMapping("/settings/imports")
class ImportController {

  static final int PAGE_SIZE = 50;

  private final ImportService imports;

  ImportController(ImportService imports) {
    this.imports = imports;
  }

  @GetMapping
  String list(
      @AuthenticationPrincipal PepinPrincipal me,
      CompanyId company,
      @RequestParam(name = "type", required = false) @Nullable String type,
      @RequestParam(name = "status", required = false) @Nullable String status,
      @RequestParam(name = "page", defaultValue = "0") int page,
      Model model) {
    ImportStatus chosen = status(status);
    String chosenType = type == null || type.isBlank() ? null : type;
    model.addAttribute("result", imports.list(me, company, chosenType, chosen, page, PAGE_SIZE));
    model.addAttribute("importers", imports.importers(me));
    model.addAttribute("statuses", ImportStatus.values());
    model.addAttribute("type", chosenType);
    model.addAttribute("status", chosen);
    return "platform/imports";
  }

  @GetMapping("/new")
  String upload(
      @AuthenticationPrincipal PepinPrincipal me,
      @RequestParam(name = "type") String type,
      Model model) {
    model.addAttribute("importer", imports.importer(me, type));
    model.addAttribute("maxMegabytes", imports.properties().maxFileSize().toMegabytes());
    return "platform/import-new";
  }

  @PostMapping
  String upload(
      @AuthenticationPrincipal PepinPrincipal me,
      CompanyId company,
      @RequestParam(name = "type") String type,
      @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
      @RequestParam(name = "encoding", required = false) @Nullable String encoding,
      @RequestParam(name = "separator", required = false) @Nullable String separator,
      Model model)
      throws IOException {
    Importer importer = imports.importer(me, type);
    try {
      if (file == null || file.isEmpty()) {
        throw new InvalidValue("import.file-empty", "no file");
      }
      ImportRun run =
          imports.upload(
              me,
              company,
              type,
              file.getOriginalFilename(),
              file.getBytes(),
              ReadOptions.parse(encoding, separator),
              Map.of());
      return "redirect:/settings/imports/" + run.id();
    } catch (InvalidValue e) {
      model.addAttribute("error", "error." + e.code());
      model.addAttribute("errorArgs", e.args());
    }
    model.addAttribute("importer", importer);
    model.addAttribute("maxMegabytes", imports.properties().maxFileSize().toMegabytes());
    return "platform/import-new";
  }

  @GetMapping("/{id}")
  String show(
      @AuthenticationPrincipal PepinPrincipal me,
      CompanyId company,
      @PathVariable("id") UUID id,
      Model model) {
    ImportRun run = imports.run(me, company, id);
    var issues = imports.report(me, company, id, true, ImportService.SHOWN_ISSUES + 1);
    model.addAttribute("run", run);
    model.addAttribute("importer", imports.importer(me, run.importer()));
    model.addAttribute("issues", issues.stream().limit(ImportService.SHOWN_ISSUES).toList());
    model.addAttribute("moreIssues", issues.size() > ImportService.SHOWN_ISSUES);
    model.addAttribute("imports", imports);
    return "platform/import";
  }

  /** A new dry run with the mapping and reading options chosen on the run's page. */
  @PostMapping("/{id}/mapping")
  String remap(
      @AuthenticationPrincipal PepinPrincipal me,
      CompanyId company,
      @PathVariable("id") UUID id,
      @RequestParam("version") int version,
      @RequestParam(name = "encoding", required = false) @Nullable String encoding,
      @RequestParam(name = "separator", required = false) @Nullable String separator,
      @RequestParam Map<String, String> params,
      RedirectAttributes redirect) {
    Map<String, Integer> mapping = new HashMap<>();
    params.forEach(
        (name, value) -> {
          if (name.startsWith("map.") && value.matches("\\d{1,4}")) {
            mapping.put(name.substring(4), Integer.parseInt(value));
          }
        });
    try {
      imports.recheck(me, company, id, version, mapping, ReadOptions.parse(encoding, separator));
      redirect.addFlashAttribute("toast", "toast.import-checked");
    } catch (ConcurrentModification e) {
      redirect.addFlashAttribute("toastError", "error.concurrent");
    } catch (InvalidValue e) {
      redirect.addFlashAttribute("toastError", "error." + e.code());
      redirect.addFlashAttribute("toastArgs", e.args());
    }
    return "redirect:/settings/imports/" + id;
  }

  /**
   * Imports the run: all or nothing, or the valid lines only when the user chose it and ticked the
   * confirmation.
   */
  @PostMapping("/{id}/execute")
  String execute(
      @AuthenticationPrincipal PepinPrincipal me,
      CompanyId company,
      @PathVariable("id") UUID id,
      @RequestParam("version") int version,
      @RequestParam(name = "mode", required = false) @Nullable String chosen,
      @RequestParam(name = "confirm", required = false) @Nullable Boolean confirm,
      RedirectAttributes redirect) {
    try {
      ImportMode mode = ImportApi.mode(chosen);
      if (mode == ImportMode.VALID_ONLY && !Boolean.TRUE.equals(confirm)) {
        redirect.addFlashAttribute("toastError", "error.import.confirm-valid-only");
        return "redirect:/settings/imports/" + id;
      }
      ImportRun run = imports.execute(me, company, id, version, mode);
      if (run.status() == ImportStatus.REFUSED) {
        redirect.addFlashAttribute("toastError", "toast.import-refused");
      } else {
        redirect.addFlashAttribute("toast", "toast.import-done");
      }
    } catch (ConcurrentModification e) {
      redirect.addFlashAttribute("toastError", "error.concurrent");
    } catch (InvalidValue e) {
      redirect.addFlashAttribute("toastError", "error." + e.code());
      redirect.addFlashAttribute("toastArgs", e.args());
    }
    return "redirect:/settings/imports/" + id;
  }

  @GetMapping("/{id}/report.{format}")
  void report(
      @AuthenticationPrincipal PepinPrincipal me,
      CompanyId company,
      @PathVariable("id") UUID id,
      @PathVariable("format") String format,
      HttpServletResponse response)
      throws IOException {
    ExportFormat chosen = ExportResponses.inPath(format);
    ImportRun run = imports.run(me, company, id);
    ExportResponses.prepare(response, chosen, reportName(run, chosen));
    imports.writeReport(
        me, company, id, chosen, LocaleContextHolder.getLocale(), response.getOutputStream());
  }

  /** An empty CSV file with the importer's columns. */
  @GetMapping("/template/{type}.csv")
  void template(
      @AuthenticationPrincipal PepinPrincipal me,
      @PathVariable("type") String type,
      HttpServletResponse response)
      throws IOException {
    Importer importer = imports.importer(me, type);
    ExportResponses.prepare(response, ExportFormat.CSV, "modele-" + type + ".csv");
    imports.writeTemplate(importer, LocaleContextHolder.getLocale(), response.getOutputStream());
  }

  /** {@code rapport-<file name without extension>-<run date>.csv}. */
  static String reportName(ImportRun run, ExportFormat format) {
    String base = run.fileName().replaceAll("\\.[A-Za-z0-9]{1,5}$", "");
    return "rapport-" + base + "." + format.extension();
  }

  private static @Nullable ImportStatus status(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return List.of(ImportStatus.values()).stream()
        .filter(s -> s.name().equals(text))
        .findFirst()
        .orElse(null);
  }
}
