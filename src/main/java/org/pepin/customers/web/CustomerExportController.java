package org.pepin.customers.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.pepin.customers.CustomerFilter;
import org.pepin.customers.CustomerKind;
import org.pepin.customers.PartyRole;
import org.pepin.customers.file.CustomerSearch;
import org.pepin.customers.transfer.CustomerExports;
import org.pepin.platform.CompanyId;
import org.pepin.platform.ExportFormat;
import org.pepin.platform.PageQuery;
import org.pepin.shared.InvalidValue;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The customer list's "Exporter CSV" and "Exporter XLSX" buttons: {@code
 * /customers/export?format=csv|xlsx} with the list's filters and sort, and the contacts of the
 * customers it shows at {@code /customers/contacts/export}. The files import back through the
 * {@code customers} and {@code customer-contacts} importers.
 */
@Controller
class CustomerExportController {

  private final CustomerExports exports;

  CustomerExportController(CustomerExports exports) {
    this.exports = exports;
  }

  @GetMapping({"/customers/export", "/customers/contacts/export", "/customers/addresses/export"})
  void customers(
      CompanyId company,
      jakarta.servlet.http.HttpServletRequest request,
      @RequestParam(name = "format", required = false) @Nullable String format,
      @RequestParam(name = "q", required = false) @Nullable String q,
      @RequestParam(name = "kind", required = false) @Nullable CustomerKind kind,
      @RequestParam(name = "role", required = false) @Nullable PartyRole role,
      @RequestParam(name = "category", required = false) @Nullable String category,
      @RequestParam(name = "tag", required = false) @Nullable String tag,
      @RequestParam(name = "salesRep", required = false) @Nullable String salesRep,
      @RequestParam(name = "status", required = false) @Nullable String status,
      @RequestParam(name = "blocked", required = false) @Nullable Boolean blocked,
      @RequestParam(name = "retentionDue", required = false) @Nullable Boolean retentionDue,
      @RequestParam(name = "sort", required = false) @Nullable String sort,
      HttpServletResponse response)
      throws IOException {
    send(
        exports,
        company,
        CustomerExports.Content.of(request.getRequestURI()),
        format,
        CustomerApiFilter.of(q, kind, role, category, tag, salesRep, status, blocked, retentionDue),
        sort,
        response);
  }

  /**
   * Checks the format ({@code export.format}) and the sort ({@code sort}) before anything is
   * written, then streams the file.
   */
  static void send(
      CustomerExports exports,
      CompanyId company,
      CustomerExports.Content content,
      @Nullable String format,
      CustomerFilter filter,
      @Nullable String sort,
      HttpServletResponse response)
      throws IOException {
    ExportFormat chosen =
        ExportFormat.parse(format)
            .orElseThrow(
                () -> new InvalidValue("export.format", "unknown format", String.valueOf(format)));
    var order =
        PageQuery.of(
            null,
            null,
            sort,
            List.copyOf(CustomerSearch.SORTS.keySet()),
            CustomerSearch.DEFAULT_SORT);
    Locale locale = LocaleContextHolder.getLocale();
    response.setContentType(chosen.contentType());
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment()
            .filename(exports.fileName(company, content, chosen, locale), StandardCharsets.UTF_8)
            .build()
            .toString());
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    exports.write(
        company,
        filter,
        order.sort(),
        order.ascending(),
        content,
        chosen,
        locale,
        response.getOutputStream());
  }
}
