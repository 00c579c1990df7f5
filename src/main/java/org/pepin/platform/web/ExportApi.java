package org.pepin.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.CompanyId;
import org.pepin.platform.ExportFormat;
import org.pepin.platform.Exports;
import org.pepin.platform.audit.JdbcAuditLog;
import org.pepin.platform.user.UserManagement;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON API: the same exports as the screens, {@code /export.csv}, {@code /export.xlsx} or {@code
 * /export?format=csv|xlsx}, with the list's filters and roles.
 */
@RestController
@RequestMapping("/api/v1")
class ExportApi {

  private final UserManagement users;
  private final JdbcAuditLog audit;
  private final Exports exports;
  private final CompanyClock clock;

  ExportApi(UserManagement users, JdbcAuditLog audit, Exports exports, CompanyClock clock) {
    this.users = users;
    this.audit = audit;
    this.exports = exports;
    this.clock = clock;
  }

  @GetMapping("/users/export.{format}")
  void users(
      CompanyId company,
      @PathVariable("format") String format,
      @RequestParam(name = "q", required = false) @Nullable String q,
      HttpServletResponse response)
      throws IOException {
    users(company, ExportResponses.inPath(format), q, response);
  }

  @GetMapping("/users/export")
  void usersByQuery(
      CompanyId company,
      @RequestParam(name = "format", required = false) @Nullable String format,
      @RequestParam(name = "q", required = false) @Nullable String q,
      HttpServletResponse response)
      throws IOException {
    users(company, ExportResponses.inQuery(format), q, response);
  }

  @GetMapping("/audit-events/export.{format}")
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
    audit(company, ExportResponses.inPath(format), action, user, text, from, to, response);
  }

  @GetMapping("/audit-events/export")
  void auditByQuery(
      CompanyId company,
      @RequestParam(name = "format", required = false) @Nullable String format,
      @RequestParam(name = "action", required = false) @Nullable String action,
      @RequestParam(name = "user", required = false) @Nullable String user,
      @RequestParam(name = "q", required = false) @Nullable String text,
      @RequestParam(name = "from", required = false) @DateTimeFormat(pattern = "yyyy-MM-dd")
          @Nullable LocalDate from,
      @RequestParam(name = "to", required = false) @DateTimeFormat(pattern = "yyyy-MM-dd")
          @Nullable LocalDate to,
      HttpServletResponse response)
      throws IOException {
    audit(company, ExportResponses.inQuery(format), action, user, text, from, to, response);
  }

  private void users(
      CompanyId company, ExportFormat format, @Nullable String q, HttpServletResponse response)
      throws IOException {
    var locale = LocaleContextHolder.getLocale();
    ExportResponses.prepare(
        response, format, exports.fileName(Listings.USERS, format, locale, clock.today(company)));
    exports.write(
        Listings.USERS,
        format,
        locale,
        response.getOutputStream(),
        Listings.users(users.list(company), q));
  }

  private void audit(
      CompanyId company,
      ExportFormat format,
      @Nullable String action,
      @Nullable String user,
      @Nullable String text,
      @Nullable LocalDate from,
      @Nullable LocalDate to,
      HttpServletResponse response)
      throws IOException {
    var filter = AuditController.filter(action, user, text, from, to);
    var locale = LocaleContextHolder.getLocale();
    ExportResponses.prepare(
        response, format, exports.fileName(Listings.AUDIT, format, locale, clock.today(company)));
    exports.write(
        Listings.AUDIT,
        format,
        locale,
        response.getOutputStream(),
        sink -> audit.forEach(company, filter, sink));
  }
}
