package org.pepin.platform;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A problem found by an {@link IntegrityCheckContribution}.
 *
 * @param documentKind the kind of document ({@code INVOICE}, …), shown through {@code
 *     numbering.kind.<kind>} when that message exists
 * @param number the document's legal number, {@code null} when the problem is not one document's
 * @param messageKey the message describing the problem, e.g. {@code integrity.finding.altered}
 * @param args the message's arguments
 */
public record IntegrityFinding(
    Severity severity,
    String documentKind,
    @Nullable String number,
    String messageKey,
    List<String> args) {

  public IntegrityFinding {
    args = List.copyOf(args);
  }

  /** How serious a finding is. */
  public enum Severity {
    /** The legal content or its proof is broken (altered, missing link). */
    ERROR,
    /** Something is incomplete but can be completed (e.g. a PDF not archived yet). */
    WARNING
  }
}
