package org.pepin.platform.web;

import java.util.List;
import org.pepin.platform.CompanyId;
import org.pepin.platform.integrity.IntegrityChecks;
import org.pepin.platform.web.IntegrityController.FindingView;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON API: the integrity check of the current company ({@code GET /api/v1/integrity}; ADMIN,
 * MANAGER, ACCOUNTING), the same findings as the screen Contrôle d'intégrité.
 */
@RestController
class IntegrityApi {

  private final IntegrityChecks checks;
  private final MessageSource messages;

  IntegrityApi(IntegrityChecks checks, MessageSource messages) {
    this.checks = checks;
    this.messages = messages;
  }

  /**
   * The check's result.
   *
   * @param ok {@code true} when nothing is found
   * @param findings errors first, then warnings
   */
  record IntegrityReport(boolean ok, List<FindingView> findings) {}

  @GetMapping("/api/v1/integrity")
  IntegrityReport check(CompanyId company) {
    var findings = IntegrityController.describe(checks.findings(company), messages);
    return new IntegrityReport(findings.isEmpty(), findings);
  }
}
