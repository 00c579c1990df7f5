package org.pepin.platform.integrity;

import java.util.Comparator;
import java.util.List;
import org.pepin.platform.CompanyId;
import org.pepin.platform.IntegrityCheckContribution;
import org.pepin.platform.IntegrityFinding;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The integrity check of a company: every module's {@link IntegrityCheckContribution} findings,
 * errors first, then by document kind and number (ARCHITECTURE §3: every issued document has its
 * entries and its archived PDF).
 */
@Service
public class IntegrityChecks {

  private final List<IntegrityCheckContribution> contributions;

  IntegrityChecks(ObjectProvider<IntegrityCheckContribution> contributions) {
    this.contributions = contributions.orderedStream().toList();
  }

  /** All findings for the company; empty when everything is in order. */
  public List<IntegrityFinding> findings(CompanyId company) {
    return contributions.stream()
        .flatMap(c -> c.integrityFindings(company).stream())
        .sorted(
            Comparator.comparing(IntegrityFinding::severity)
                .thenComparing(IntegrityFinding::documentKind)
                .thenComparing(f -> f.number() == null ? "" : f.number()))
        .toList();
  }
}
