package org.pepin.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pepin.customers.CustomerId;
import org.pepin.sales.OrderId;
import org.pepin.shared.PostalAddress;
import org.pepin.shared.Quantity;

/**
 * A delivery note with its lines.
 *
 * @param number the number taken at validation ({@code null} for a draft)
 * @param professional whether the customer is a professional operator: plant passports print for
 *     professionals (france-compliance R-PHY-04)
 * @param addressLabel the delivery site's name, {@code null} for the customer's own address
 * @param roundName the driver's round (tournée) the delivery belongs to
 * @param shippedOn the day it was validated and the goods left
 * @param backorderExpectedOn when what it left to deliver is expected
 * @param receivedOn the day the customer signed (proof of delivery)
 * @param reservations whether the customer wrote reservations (damaged plants, missing goods)
 * @param cancelReason why a draft was cancelled
 */
public record DeliveryView(
    DeliveryId id,
    int version,
    @Nullable String number,
    DeliveryStatus status,
    CustomerId customer,
    String customerCode,
    String customerName,
    boolean professional,
    @Nullable String addressLabel,
    PostalAddress address,
    @Nullable String accessNotes,
    LocalDate plannedOn,
    Transport transport,
    @Nullable String carrier,
    @Nullable String roundName,
    @Nullable String notes,
    @Nullable LocalDate shippedOn,
    @Nullable LocalDate backorderExpectedOn,
    @Nullable LocalDate receivedOn,
    @Nullable String signer,
    @Nullable String remarks,
    boolean reservations,
    @Nullable String cancelReason,
    List<DeliveryLine> lines,
    Instant createdAt,
    Instant updatedAt) {

  public DeliveryView {
    lines = List.copyOf(lines);
  }

  /** The same delivery with these lines. */
  public DeliveryView withLines(List<DeliveryLine> lines) {
    return new DeliveryView(
        id,
        version,
        number,
        status,
        customer,
        customerCode,
        customerName,
        professional,
        addressLabel,
        address,
        accessNotes,
        plannedOn,
        transport,
        carrier,
        roundName,
        notes,
        shippedOn,
        backorderExpectedOn,
        receivedOn,
        signer,
        remarks,
        reservations,
        cancelReason,
        lines,
        createdAt,
        updatedAt);
  }

  /** The orders it delivers, in the order of its lines, each once. */
  public List<OrderId> orders() {
    return lines.stream().map(DeliveryLine::order).distinct().toList();
  }

  /** The numbers of the orders it delivers, each once. */
  public List<String> orderNumbers() {
    return lines.stream().map(DeliveryLine::orderNumber).distinct().toList();
  }

  /** The total quantity of its lines (a count of plants for the driver). */
  public Quantity totalQuantity() {
    return new Quantity(
        lines.stream()
            .map(l -> l.quantity().value())
            .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add));
  }

  /**
   * Whether a plant passport prints on the note: a professional customer and a line needing one.
   */
  public boolean printsPassports() {
    return professional && lines.stream().anyMatch(DeliveryLine::passportRequired);
  }
}
