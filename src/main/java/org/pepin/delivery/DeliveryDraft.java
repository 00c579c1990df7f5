package org.pepin.delivery;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pepin.catalog.LotId;
import org.pepin.sales.SalesLineId;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.Quantity;

/**
 * What the user sets on a draft delivery note.
 *
 * @param carrier the carrier's name, required for {@link Transport#CARRIER} ({@code
 *     delivery.carrier-required})
 * @param lines the lines to change, by order line; lines not listed keep their quantities
 */
public record DeliveryDraft(
    LocalDate plannedOn,
    Transport transport,
    @Nullable String carrier,
    @Nullable String roundName,
    @Nullable String notes,
    List<LineDraft> lines) {

  public DeliveryDraft {
    carrier = clean(carrier, 100);
    roundName = clean(roundName, 60);
    notes = clean(notes, 2000);
    if (transport == Transport.CARRIER && carrier == null) {
      throw new InvalidValue("delivery.carrier-required", "name the carrier");
    }
    lines = List.copyOf(lines);
  }

  /**
   * A line's quantity and lots.
   *
   * @param quantity zero or more ({@code delivery.quantity-negative}); zero leaves the line out
   * @param overDelivery to deliver more than remains on the order line
   * @param lots the lots to take, {@code null} to take the oldest first
   */
  public record LineDraft(
      SalesLineId orderLine,
      Quantity quantity,
      boolean overDelivery,
      @Nullable List<LotPick> lots) {

    public LineDraft {
      if (quantity.value().signum() < 0) {
        throw new InvalidValue(
            "delivery.quantity-negative",
            "negative quantity",
            quantity.value().stripTrailingZeros().toPlainString());
      }
      lots = lots == null ? null : List.copyOf(lots);
    }
  }

  /** A quantity taken from a lot (strictly positive, {@code delivery.lot-quantity}). */
  public record LotPick(LotId lot, Quantity quantity) {

    public LotPick {
      if (quantity.value().signum() <= 0) {
        throw new InvalidValue(
            "delivery.lot-quantity",
            "a lot gives a positive quantity",
            quantity.value().stripTrailingZeros().toPlainString());
      }
    }
  }

  static @Nullable String clean(@Nullable String text, int max) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip();
    if (t.length() > max) {
      throw new InvalidValue("delivery.text-length", "text too long", max);
    }
    return t;
  }
}
