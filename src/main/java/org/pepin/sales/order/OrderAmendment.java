package org.pepin.sales.order;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.UserId;
import org.pepin.sales.SalesLine;
import org.pepin.shared.Money;

/**
 * One amendment of an order as recorded: the revision it closed, with that revision's lines as they
 * were, why, when and by whom.
 *
 * @param revision the revision replaced (0 for the order as first recorded)
 * @param lines the lines of that revision, with their amounts
 * @param by the member who amended it ({@code null} for the system)
 */
public record OrderAmendment(
    int revision, String reason, Instant at, @Nullable UserId by, List<SalesLine> lines) {

  public OrderAmendment {
    lines = List.copyOf(lines);
  }

  /** The net of that revision's priced lines, excl. VAT and before any document discount. */
  public Money linesNet() {
    return Money.sum(
        lines.stream()
            .filter(l -> l.net() != null)
            .map(l -> java.util.Objects.requireNonNull(l.net()))
            .toList());
  }
}
