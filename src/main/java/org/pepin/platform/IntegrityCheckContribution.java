package org.pepin.platform;

import java.util.List;

/**
 * SPI: what a module finds when it checks the integrity of its legal documents for the screen
 * Paramètres › Contrôle d'intégrité ({@code /integrity}, {@code GET /api/v1/integrity}): e.g.
 * invoicing reports an issued invoice whose chain link no longer matches ({@link
 * IntegrityChain#verify}), that lacks its archived PDF ({@link DocumentArchive#missing}) or its
 * accounting entries (ARCHITECTURE §3 "Legal documents"). An empty list means all is in order.
 */
public interface IntegrityCheckContribution {

  /** The findings for the company only (never another company's documents). */
  List<IntegrityFinding> integrityFindings(CompanyId company);
}
