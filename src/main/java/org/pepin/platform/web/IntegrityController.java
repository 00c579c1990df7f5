package org.pepin.platform.web;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.CompanyId;
import org.pepin.platform.IntegrityFinding;
import org.pepin.platform.integrity.IntegrityChecks;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Paramètres › Contrôle d'intégrité ({@code /integrity}; ADMIN, MANAGER, ACCOUNTING): every
 * module's findings on its legal documents — a broken chain link, a missing archived PDF, missing
 * entries — or "Tout est en ordre" (ARCHITECTURE §3 "Legal documents"; CGI art. 286 I 3° bis).
 */
@Controller
class IntegrityController {

  private final IntegrityChecks checks;
  private final MessageSource messages;

  IntegrityController(IntegrityChecks checks, MessageSource messages) {
    this.checks = checks;
    this.messages = messages;
  }

  @GetMapping("/integrity")
  String show(CompanyId company, Model model) {
    model.addAttribute("findings", describe(checks.findings(company), messages));
    return "platform/integrity";
  }

  /** A finding as shown and sent: kind and problem in the reader's language. */
  record FindingView(
      String severity,
      String documentKind,
      String kindLabel,
      @Nullable String number,
      String messageKey,
      List<String> args,
      String message) {}

  static List<FindingView> describe(List<IntegrityFinding> findings, MessageSource messages) {
    Locale locale = LocaleContextHolder.getLocale();
    return findings.stream()
        .map(
            f ->
                new FindingView(
                    f.severity().name(),
                    f.documentKind(),
                    messages.getMessage(
                        "numbering.kind." + f.documentKind(), null, f.documentKind(), locale),
                    f.number(),
                    f.messageKey(),
                    f.args(),
                    messages.getMessage(
                        f.messageKey(), f.args().toArray(), f.messageKey(), locale)))
        .toList();
  }
}
