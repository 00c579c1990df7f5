package org.pepin.delivery.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pepin.customers.CustomerId;
import org.pepin.delivery.trace.Traceability;
import org.pepin.delivery.trace.Traceability.CustomerLot;
import org.pepin.delivery.trace.Traceability.LotShipment;
import org.pepin.platform.CompanyId;
import org.pepin.platform.Inputs;
import org.pepin.platform.ResourceNotFound;
import org.pepin.shared.InvalidValue;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON API of the traceability search (Regulation (EU) 2016/2031 art. 69): which customers received
 * a lot, which lots a customer received in a period. An unknown lot or customer, or one of another
 * company, is 404.
 */
@RestController
class TraceabilityApi {

  private final Traceability traceability;

  TraceabilityApi(Traceability traceability) {
    this.traceability = traceability;
  }

  record PassportResponse(
      @Nullable String botanicalName,
      @Nullable String operatorNumber,
      @Nullable String traceabilityCode,
      @Nullable String countryOfOrigin) {}

  record SupplierResponse(UUID id, @Nullable String code, @Nullable String name) {}

  record LotResponse(
      UUID id,
      String number,
      String productCode,
      String designation,
      String origin,
      @Nullable SupplierResponse supplier,
      LocalDate receivedOn,
      BigDecimal quantityReceived,
      BigDecimal quantityOnHand,
      PassportResponse passport) {}

  record ShipmentResponse(
      UUID customer,
      String customerCode,
      String customerName,
      UUID delivery,
      String deliveryNumber,
      LocalDate shippedOn,
      UUID order,
      String orderNumber,
      BigDecimal quantity,
      BigDecimal returned) {}

  record LotTraceResponse(
      LotResponse lot,
      List<ShipmentResponse> customers,
      long customerCount,
      BigDecimal totalShipped,
      BigDecimal totalReturned) {}

  record CustomerLotResponse(
      UUID lot,
      String lotNumber,
      String productCode,
      String designation,
      BigDecimal quantity,
      BigDecimal returned,
      UUID delivery,
      String deliveryNumber,
      LocalDate shippedOn,
      String orderNumber,
      PassportResponse passport) {}

  record CustomerTraceResponse(
      UUID customer,
      String customerCode,
      String customerName,
      @Nullable LocalDate from,
      @Nullable LocalDate to,
      List<CustomerLotResponse> lots,
      long lotCount,
      BigDecimal totalQuantity) {}

  /** Which customers received the lot with this number. */
  @GetMapping("/api/v1/traceability/lots/{number}")
  LotTraceResponse lot(CompanyId company, @PathVariable("number") String number) {
    Traceability.LotTrace t;
    try {
      t = traceability.customersOfLot(company, number);
    } catch (InvalidValue e) {
      throw new ResourceNotFound("lot", number);
    }
    var l = t.lot();
    return new LotTraceResponse(
        new LotResponse(
            l.id().value(),
            l.number(),
            l.productCode(),
            l.designation(),
            l.origin().name(),
            l.supplier() == null
                ? null
                : new SupplierResponse(l.supplier().value(), l.supplierCode(), l.supplierName()),
            l.receivedOn(),
            l.quantityReceived().value(),
            l.quantityOnHand().value(),
            new PassportResponse(
                l.botanicalName(), l.operatorNumber(), l.traceabilityCode(), l.countryOfOrigin())),
        t.shipments().stream().map(TraceabilityApi::shipment).toList(),
        t.customerCount(),
        t.totalShipped().value(),
        t.totalReturned().value());
  }

  /**
   * Which lots the customer (id or code) received on notes shipped from {@code from} to {@code to}.
   */
  @GetMapping("/api/v1/traceability/customers/{id}")
  CustomerTraceResponse customer(
      CompanyId company,
      @PathVariable("id") String id,
      @RequestParam(name = "from", required = false) @Nullable String from,
      @RequestParam(name = "to", required = false) @Nullable String to) {
    var errors = new MapBindingResult(new java.util.HashMap<String, Object>(), "filter");
    LocalDate fromDate = Inputs.optional(errors, "from", from, DeliveryInputs::date);
    LocalDate toDate = Inputs.optional(errors, "to", to, DeliveryInputs::date);
    if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
      errors.rejectValue("to", "error.trace.period");
    }
    Inputs.check(errors);
    CustomerId customer;
    try {
      UUID uuid = DeliveryInputs.uuid(id);
      customer =
          uuid != null
              ? new CustomerId(uuid)
              : traceability.customer(company, id.length() > 30 ? id.substring(0, 30) : id);
      var t = traceability.lotsOfCustomer(company, customer, fromDate, toDate);
      return new CustomerTraceResponse(
          t.customer().value(),
          t.customerCode(),
          t.customerName(),
          t.from(),
          t.to(),
          t.lots().stream().map(TraceabilityApi::customerLot).toList(),
          t.lotCount(),
          t.totalQuantity().value());
    } catch (InvalidValue e) {
      throw new ResourceNotFound("customer", id);
    }
  }

  private static ShipmentResponse shipment(LotShipment s) {
    return new ShipmentResponse(
        s.customer().value(),
        s.customerCode(),
        s.customerName(),
        s.delivery().value(),
        s.deliveryNumber(),
        s.shippedOn(),
        s.order().value(),
        s.orderNumber(),
        s.quantity().value(),
        s.returned().value());
  }

  private static CustomerLotResponse customerLot(CustomerLot l) {
    return new CustomerLotResponse(
        l.lot().value(),
        l.lotNumber(),
        l.productCode(),
        l.designation(),
        l.quantity().value(),
        l.returned().value(),
        l.delivery().value(),
        l.deliveryNumber(),
        l.shippedOn(),
        l.orderNumber(),
        new PassportResponse(
            l.botanicalName(), l.operatorNumber(), l.traceabilityCode(), l.countryOfOrigin()));
  }
}
