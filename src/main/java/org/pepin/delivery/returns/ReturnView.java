package org.pepin.delivery.returns;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pepin.catalog.LotId;
import org.pepin.customers.CustomerId;
import org.pepin.delivery.DeliveryId;
import org.pepin.delivery.DeliveryLineId;
import org.pepin.delivery.ReturnDestination;
import org.pepin.delivery.ReturnId;
import org.pepin.delivery.ReturnLineId;
import org.pepin.shared.Quantity;

/** A recorded customer return with its lines. */
public record ReturnView(
    ReturnId id,
    String number,
    DeliveryId delivery,
    String deliveryNumber,
    CustomerId customer,
    String customerCode,
    String customerName,
    LocalDate returnedOn,
    String reason,
    Instant createdAt,
    List<Line> lines) {

  public ReturnView {
    lines = List.copyOf(lines);
  }

  /** The total quantity returned. */
  public Quantity total() {
    return new Quantity(
        lines.stream().map(l -> l.quantity().value()).reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  /** The quantity returned to a destination. */
  public Quantity total(ReturnDestination destination) {
    return new Quantity(
        lines.stream()
            .filter(l -> l.destination() == destination)
            .map(l -> l.quantity().value())
            .reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  /** The quantity put back into stock. */
  public Quantity toStock() {
    return total(ReturnDestination.STOCK);
  }

  /** The quantity lost (destroyed). */
  public Quantity toLoss() {
    return total(ReturnDestination.LOSS);
  }

  /** A returned quantity of a delivery line. */
  public record Line(
      ReturnLineId id,
      DeliveryLineId deliveryLine,
      String productCode,
      String designation,
      @Nullable String unit,
      @Nullable LotId lot,
      @Nullable String lotNumber,
      Quantity quantity,
      ReturnDestination destination,
      Quantity credited) {}
}
