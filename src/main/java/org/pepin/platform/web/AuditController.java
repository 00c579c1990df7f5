package org.pepin.platform.web;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.CompanyId;
import org.pepin.platform.ResourceNotFound;
import org.pepin.platform.audit.JdbcAuditLog;
import org.pepin.platform.audit.JdbcAuditLog.AuditFilter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log of the company: who did what, when; filters and pages of 50. */
@Controller
@RequestMapping("/settings/audit")
class AuditController {

  static final int PAGE_SIZE = 50;

  private final JdbcAuditLog audit;

  AuditController(JdbcAuditLog audit) {
    this.audit = audit;
  }

  @GetMapping
  String list(
      CompanyId company,
      @RequestParam(name = "action", required = false) @Nullable String action,
      @RequestParam(name = "user", required = false) @Nullable String user,
      @RequestParam(name = "q", required = false) @Nullable String text,
      @RequestParam(name = "from", required = false) @DateTimeFormat(pattern = "yyyy-MM-dd")
          @Nullable LocalDate from,
      @RequestParam(name = "to", required = false) @DateTimeFormat(pattern = "yyyy-MM-dd")
          @Nullable LocalDate to,
      @RequestParam(name = "page", defaultValue = "0") int page,
      Model model) {
    var filter = filter(action, user, text, from, to);
    long total = audit.count(company, filter);
    int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    int current = Math.min(Math.max(page, 0), pages - 1);
    model.addAttribute("entries", audit.search(company, filter, current * PAGE_SIZE, PAGE_SIZE));
    model.addAttribute("filter", filter);
    model.addAttribute("actions", audit.actions(company));
    model.addAttribute("total", total);
    model.addAttribute("page", current);
    model.addAttribute("pages", pages);
    return "platform/audit";
  }

  @GetMapping("/{id}")
  String show(CompanyId company, @PathVariable("id") UUID id, Model model) {
    model.addAttribute(
        "entry", audit.find(company, id).orElseThrow(() -> new ResourceNotFound("audit", id)));
    return "platform/audit-entry";
  }

  /** The list's filters, shared with its exports. */
  static AuditFilter filter(
      @Nullable String action,
      @Nullable String user,
      @Nullable String text,
      @Nullable LocalDate from,
      @Nullable LocalDate to) {
    return new AuditFilter(null, blank(action), blank(user), blank(text), from, to);
  }

  private static @Nullable String blank(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
