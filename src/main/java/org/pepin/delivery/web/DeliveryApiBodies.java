package org.pepin.delivery.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pepin.delivery.DeliveredLot;
import org.pepin.delivery.DeliveryLine;
import org.pepin.delivery.DeliveryView;
import org.pepin.sales.OrderView;
import org.pepin.sales.SalesLine;

/**
 * The JSON bodies of the delivery API: requests as text (quantities may be JSON numbers or French
 * text such as {@code "12,5"}, dates {@code 29/11/2026} or {@code 2026-11-29}), and the answers.
 */
final class DeliveryApiBodies {

  private DeliveryApiBodies() {}

  // ---------------------------------------------------------------- requests

  /**
   * A delivery note to prepare from orders of one customer to one address.
   *
   * @param orders the orders' ids
   * @param plannedOn the planned date; the orders' earliest requested date (or today) when left out
   */
  record CreateRequest(@Nullable List<String> orders, @Nullable String plannedOn) {}

  /**
   * A lot a line takes.
   *
   * @param lot the lot's number or id
   */
  record LotRequest(@Nullable String lot, @Nullable String quantity) {}

  /**
   * A line to change, named by its {@code id} (the delivery line) or its {@code orderLine}.
   *
   * @param lots the lots to take; left out, the oldest lots first
   */
  record LineRequest(
      @Nullable String id,
      @Nullable String orderLine,
      @Nullable String quantity,
      @Nullable Boolean overDelivery,
      @Nullable List<LotRequest> lots) {}

  /**
   * The changes to a draft as of {@code version}: a field left out keeps its value, an empty text
   * clears it; lines not listed keep their quantities and lots.
   *
   * @param transport OWN_TRUCK, CARRIER or PICKUP
   */
  record UpdateRequest(
      @Nullable Integer version,
      @Nullable String plannedOn,
      @Nullable String transport,
      @Nullable String carrier,
      @Nullable String roundName,
      @Nullable String notes,
      @Nullable List<LineRequest> lines) {}

  /** The validation of a draft as of {@code version}, with when the backorders are expected. */
  record ValidateRequest(@Nullable Integer version, @Nullable String backorderExpectedOn) {}

  /** The cancellation of a draft as of {@code version}, with its reason. */
  record CancelRequest(@Nullable Integer version, @Nullable String reason) {}

  // ---------------------------------------------------------------- answers

  record CustomerResponse(UUID id, String code, String name, boolean professional) {}

  record AddressResponse(
      @Nullable String label, List<String> lines, @Nullable String accessNotes) {}

  record OrderRef(UUID id, String number) {}

  /** The plant-passport fields printed for a lot: A, B, C, D. */
  record PassportResponse(
      @Nullable String botanicalName,
      @Nullable String operatorNumber,
      @Nullable String traceabilityCode,
      @Nullable String countryOfOrigin) {}

  record LotResponse(UUID lot, String lotNumber, BigDecimal quantity, PassportResponse passport) {}

  /**
   * A line.
   *
   * @param remaining what remained to deliver on the order line before this delivery
   * @param backorder what this delivery leaves to deliver on the order line
   */
  record LineResponse(
      UUID id,
      int position,
      UUID order,
      String orderNumber,
      UUID orderLine,
      UUID product,
      String productCode,
      String designation,
      @Nullable String unit,
      BigDecimal ordered,
      BigDecimal remaining,
      BigDecimal quantity,
      BigDecimal backorder,
      boolean overDelivery,
      boolean passportRequired,
      List<LotResponse> lots,
      @Nullable BigDecimal received,
      BigDecimal returned) {}

  /** A delivery note with its lines. */
  record DeliveryResponse(
      UUID id,
      int version,
      @Nullable String number,
      String status,
      CustomerResponse customer,
      AddressResponse address,
      List<OrderRef> orders,
      LocalDate plannedOn,
      String transport,
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
      boolean printsPassports,
      BigDecimal totalQuantity,
      List<LineResponse> lines,
      Instant createdAt,
      Instant updatedAt) {}

  /** A delivery note in a list. */
  record DeliveryRowResponse(
      UUID id,
      int version,
      @Nullable String number,
      String status,
      CustomerResponse customer,
      List<OrderRef> orders,
      LocalDate plannedOn,
      String transport,
      @Nullable String carrier,
      @Nullable String roundName,
      @Nullable LocalDate shippedOn,
      @Nullable LocalDate backorderExpectedOn,
      int lineCount,
      BigDecimal totalQuantity,
      BigDecimal backorder,
      Instant updatedAt) {}

  /** A goods line of an order with something left to deliver. */
  record ToDeliverLine(
      UUID orderLine,
      int position,
      @Nullable UUID product,
      @Nullable String productCode,
      String designation,
      @Nullable String unit,
      BigDecimal ordered,
      BigDecimal delivered,
      BigDecimal cancelled,
      BigDecimal remaining) {}

  /**
   * An order waiting for goods.
   *
   * @param expectedOn when its backorder is expected, as the last delivery said
   */
  record ToDeliverOrder(
      UUID id,
      @Nullable String number,
      String status,
      UUID customer,
      String customerCode,
      String customerName,
      LocalDate date,
      @Nullable LocalDate requestedDelivery,
      @Nullable LocalDate expectedOn,
      List<ToDeliverLine> lines) {}

  // ---------------------------------------------------------------- mapping

  static DeliveryResponse response(DeliveryView d) {
    return new DeliveryResponse(
        d.id().value(),
        d.version(),
        d.number(),
        d.status().name(),
        customer(d),
        new AddressResponse(d.addressLabel(), d.address().lines(), d.accessNotes()),
        orders(d),
        d.plannedOn(),
        d.transport().name(),
        d.carrier(),
        d.roundName(),
        d.notes(),
        d.shippedOn(),
        d.backorderExpectedOn(),
        d.receivedOn(),
        d.signer(),
        d.remarks(),
        d.reservations(),
        d.cancelReason(),
        d.printsPassports(),
        d.totalQuantity().value(),
        d.lines().stream().map(DeliveryApiBodies::line).toList(),
        d.createdAt(),
        d.updatedAt());
  }

  static DeliveryRowResponse row(DeliveryView d) {
    return new DeliveryRowResponse(
        d.id().value(),
        d.version(),
        d.number(),
        d.status().name(),
        customer(d),
        orders(d),
        d.plannedOn(),
        d.transport().name(),
        d.carrier(),
        d.roundName(),
        d.shippedOn(),
        d.backorderExpectedOn(),
        d.lines().size(),
        d.totalQuantity().value(),
        d.lines().stream().map(l -> l.backorder().value()).reduce(BigDecimal.ZERO, BigDecimal::add),
        d.updatedAt());
  }

  static ToDeliverOrder toDeliver(OrderView o, @Nullable LocalDate expectedOn) {
    return new ToDeliverOrder(
        o.id().value(),
        o.number(),
        o.status().name(),
        o.customer().value(),
        o.customerSnapshot().code(),
        o.customerSnapshot().name(),
        o.date(),
        o.requestedDelivery(),
        expectedOn,
        o.lines().stream()
            .filter(l -> l.deliverable() && !l.remainingToDeliver().isZero())
            .map(DeliveryApiBodies::toDeliverLine)
            .toList());
  }

  private static ToDeliverLine toDeliverLine(SalesLine l) {
    return new ToDeliverLine(
        l.id().value(),
        l.position(),
        l.product() == null ? null : l.product().value(),
        l.productCode(),
        l.designation(),
        l.unit(),
        l.quantity() == null ? BigDecimal.ZERO : l.quantity().value(),
        l.delivered().value(),
        l.cancelled().value(),
        l.remainingToDeliver().value());
  }

  private static CustomerResponse customer(DeliveryView d) {
    return new CustomerResponse(
        d.customer().value(), d.customerCode(), d.customerName(), d.professional());
  }

  private static List<OrderRef> orders(DeliveryView d) {
    return d.lines().stream()
        .map(l -> new OrderRef(l.order().value(), l.orderNumber()))
        .distinct()
        .toList();
  }

  private static LineResponse line(DeliveryLine l) {
    return new LineResponse(
        l.id().value(),
        l.position(),
        l.order().value(),
        l.orderNumber(),
        l.orderLine().value(),
        l.product().value(),
        l.productCode(),
        l.designation(),
        l.unit(),
        l.ordered().value(),
        l.remaining().value(),
        l.quantity().value(),
        l.backorder().value(),
        l.overDelivery(),
        l.passportRequired(),
        l.lots().stream().map(DeliveryApiBodies::lot).toList(),
        l.received() == null ? null : l.received().value(),
        l.returned().value());
  }

  private static LotResponse lot(DeliveredLot lot) {
    return new LotResponse(
        lot.lot().value(),
        lot.lotNumber(),
        lot.quantity().value(),
        new PassportResponse(
            lot.botanicalName(),
            lot.operatorNumber(),
            lot.traceabilityCode(),
            lot.countryOfOrigin()));
  }

  /** The field of the request a rule's code is about ({@code null}: the whole request). */
  static @Nullable String fieldOf(String code) {
    return switch (code) {
      case "delivery.no-order",
          "delivery.order-not-deliverable",
          "delivery.orders-customer",
          "delivery.orders-address",
          "delivery.address-missing",
          "delivery.nothing-to-deliver" ->
          "orders";
      case "delivery.carrier-required" -> "carrier";
      case "delivery.reason-required" -> "reason";
      case "delivery.line-unknown",
          "delivery.lot-product",
          "delivery.lots-total",
          "delivery.empty",
          "delivery.quantity-negative",
          "delivery.lot-quantity",
          "stock.insufficient",
          "stock.lot-negative",
          "sales.order.over-delivery",
          "sales.order.line-not-deliverable" ->
          "lines";
      default -> null;
    };
  }
}
