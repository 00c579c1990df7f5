package org.pepin.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.CompanyId;
import org.pepin.platform.ExportFormat;
import org.pepin.platform.ExportTable;
import org.pepin.platform.Exports;
import org.pepin.platform.audit.JdbcAuditLog;
import org.pepin.platform.user.UserManagement;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * CSV and XLSX exports of the settings lists, with the list's own filters and roles: exactly what
 * the list shows, every page of it.
 */
@Controller
class ExportController {

  private final UserManagement users;
  private final JdbcAuditLog audit;
  private final Exports exports;
  private final CompanyClock clock;

  ExportController(UserManagement users, JdbcAuditLog audit, Exports exports, CompanyClock clock) {
    this.users = users;
    this.audit = audit;
    this.exports = exports;
    this.clock = clock;
  }

  @GetMapping("/settings/users/export.{format}")
  void users(
      CompanyId company,
      @PathVariable("format") String format,
      @RequestParam(name = "q", required = false) @Nullable String q,
      HttpServletResponse response)
      throws IOException {
    var rows = Listings.users(users.list(company), q);
    send(response, company, Listings.USERS, ExportResponses.inPath(format), rows);
  }

  @GetMapping("/settings/audit/export.{format}")
  void audit(
      CompanyId company,
      @PathVariable("format") String format,
      @RequestParam(name = "action", required = false) @Nullable String action,
      @RequestParam(name = "user", required = false) @Nullable String user,
      @RequestParam(name = "q", required = false) @Nullable String text,
      @RequestParam(name = "from", required = false) @DateTimeFormat(pattern = "yyyy-MM-dd")
          @Nullable LocalDate from,
      @RequestParam(name = "to", required = false) @DateTimeFormat(pattern = "yyyy-MM-dd")
          @Nullable LocalDate to,
      HttpServletResponse response)
      throws IOException {
    ExportFormat chosen = ExportResponses.inPath(format);
    var filter = AuditController.filter(action, user, text, from, to);
    var locale = LocaleContextHolder.getLocale();
    ExportResponses.prepare(
        response, chosen, exports.fileName(Listings.AUDIT, chosen, locale, clock.today(company)));
    exports.write(
        Listings.AUDIT,
        chosen,
        locale,
        response.getOutputStream(),
        sink -> audit.forEach(company, filter, sink));
  }

  private <T> void send(
      HttpServletResponse response,
      CompanyId company,
      ExportTable<T> table,
      ExportFormat format,
      Iterable<T> rows)
      throws IOException {
    var locale = LocaleContextHolder.getLocale();
    ExportResponses.prepare(
        response, format, exports.fileName(table, format, locale, clock.today(company)));
    exports.write(table, format, locale, response.getOutputStream(), rows);
  }
}
