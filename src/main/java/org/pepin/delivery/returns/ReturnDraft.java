package org.pepin.delivery.returns;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pepin.catalog.LotId;
import org.pepin.delivery.DeliveryLineId;
import org.pepin.delivery.ReturnDestination;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.Quantity;

/**
 * A customer return to record.
 *
 * @param returnedOn the day the goods came back (not in the future, not before the delivery left)
 * @param reason why, e.g. « Plants morts à la plantation » ({@code
 *     delivery.return.reason-required}, 500 characters at most)
 * @param lines at least one ({@code delivery.return.no-line})
 */
public record ReturnDraft(LocalDate returnedOn, String reason, List<Line> lines) {

  public ReturnDraft {
    String r = reason == null ? "" : reason.strip();
    if (r.isEmpty() || r.length() > 500) {
      throw new InvalidValue("delivery.return.reason-required", "a reason of 1 to 500 characters");
    }
    reason = r;
    if (lines == null || lines.isEmpty()) {
      throw new InvalidValue("delivery.return.no-line", "return at least one line");
    }
    lines = List.copyOf(lines);
  }

  /**
   * A returned quantity of a delivery line.
   *
   * @param lot the lot it came from, required when the line took lots ({@code
   *     delivery.return.lot-required}), one of them ({@code delivery.return.lot-unknown})
   * @param quantity strictly positive ({@code delivery.return.quantity})
   */
  public record Line(
      DeliveryLineId deliveryLine,
      @Nullable LotId lot,
      Quantity quantity,
      ReturnDestination destination) {

    public Line {
      if (quantity.value().signum() <= 0) {
        throw new InvalidValue(
            "delivery.return.quantity",
            "a returned quantity is positive",
            quantity.value().stripTrailingZeros().toPlainString());
      }
    }
  }
}
