package org.pepin.delivery.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pepin.delivery.note.DeliveryFollowUp;
import org.pepin.platform.CompanyId;
import org.pepin.platform.InputRejected;
import org.pepin.platform.Inputs;
import org.pepin.platform.Member;
import org.pepin.sales.OrderId;
import org.pepin.sales.OrderView;
import org.pepin.sales.Orders;
import org.pepin.sales.SalesLineId;
import org.pepin.shared.InvalidValue;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The follow-up's API: the four lists of Livraisons › Suivi, the backorder notices (and marking one
 * read), and the cancellation of a line's backorder with its reason.
 */
@RestController
class FollowUpApi {

  private final DeliveryFollowUp followUp;
  private final Orders orders;

  FollowUpApi(DeliveryFollowUp followUp, Orders orders) {
    this.followUp = followUp;
    this.orders = orders;
  }

  /** A delivery note or order to prepare, or late. */
  record PlannedResponse(
      String kind,
      String id,
      @Nullable String number,
      List<String> orders,
      String customerCode,
      String customerName,
      LocalDate date,
      long daysLate,
      BigDecimal quantity) {

    static PlannedResponse of(DeliveryFollowUp.Planned p) {
      return new PlannedResponse(
          p.kind().name(),
          p.id().toString(),
          p.number(),
          p.orderNumbers(),
          p.customerCode(),
          p.customerName(),
          p.date(),
          p.daysLate(),
          p.quantity());
    }
  }

  record BackorderLineResponse(
      String order,
      String orderNumber,
      String line,
      String customerCode,
      String customerName,
      BigDecimal remaining,
      @Nullable LocalDate expectedOn) {}

  record ProductBackordersResponse(
      String productCode,
      String designation,
      BigDecimal remaining,
      @Nullable LocalDate expectedOn,
      List<BackorderLineResponse> lines) {

    static ProductBackordersResponse of(DeliveryFollowUp.ProductBackorders b) {
      return new ProductBackordersResponse(
          b.productCode(),
          b.designation(),
          b.remaining(),
          b.expectedOn(),
          b.lines().stream()
              .map(
                  l ->
                      new BackorderLineResponse(
                          l.order().toString(),
                          l.orderNumber(),
                          l.line().toString(),
                          l.customerCode(),
                          l.customerName(),
                          l.remaining(),
                          l.expectedOn()))
              .toList());
    }
  }

  record NoticeResponse(
      String id,
      String kind,
      String order,
      String orderNumber,
      String delivery,
      String productCode,
      String designation,
      BigDecimal quantity,
      @Nullable LocalDate expectedOn,
      Instant createdAt) {

    static NoticeResponse of(DeliveryFollowUp.Notice n) {
      return new NoticeResponse(
          n.id().toString(),
          "BACKORDER_CREATED",
          n.order().toString(),
          n.orderNumber(),
          n.delivery().toString(),
          n.productCode(),
          n.designation(),
          n.quantity(),
          n.expectedOn(),
          n.createdAt());
    }
  }

  record FollowUpResponse(
      LocalDate today,
      LocalDate weekEnd,
      List<PlannedResponse> toPrepare,
      List<PlannedResponse> late,
      List<ProductBackordersResponse> backorders,
      List<NoticeResponse> notices) {}

  @GetMapping("/api/v1/deliveries/follow-up")
  FollowUpResponse followUp(CompanyId company) {
    var f = followUp.overview(company);
    return new FollowUpResponse(
        f.today(),
        f.weekEnd(),
        f.toPrepare().stream().map(PlannedResponse::of).toList(),
        f.late().stream().map(PlannedResponse::of).toList(),
        f.backorders().stream().map(ProductBackordersResponse::of).toList(),
        f.notices().stream().map(NoticeResponse::of).toList());
  }

  @GetMapping("/api/v1/delivery-notices")
  List<NoticeResponse> notices(CompanyId company) {
    return followUp.notices(company).stream().map(NoticeResponse::of).toList();
  }

  /** Marks the notice read; 200 with the notices left to read. */
  @PostMapping("/api/v1/delivery-notices/{id}/dismiss")
  List<NoticeResponse> dismiss(CompanyId company, @PathVariable("id") String id) {
    followUp.dismiss(company, FollowUpController.uuid(id));
    return notices(company);
  }

  record ReasonBody(@Nullable String reason) {}

  /** A goods line of the order after the cancellation. */
  record LineResponse(
      String id,
      @Nullable String productCode,
      String designation,
      BigDecimal ordered,
      BigDecimal delivered,
      BigDecimal cancelled,
      @Nullable String cancelReason,
      BigDecimal remaining,
      BigDecimal invoiced) {}

  record OrderDeliveryResponse(
      String id,
      @Nullable String number,
      String status,
      String delivery,
      List<LineResponse> lines) {

    static OrderDeliveryResponse of(OrderView o) {
      return new OrderDeliveryResponse(
          o.id().toString(),
          o.number(),
          o.status().name(),
          OrderDeliverySection.state(o).name(),
          OrderDeliverySection.rows(o).stream()
              .map(
                  r ->
                      new LineResponse(
                          r.lineId(),
                          r.productCode(),
                          r.designation(),
                          r.ordered(),
                          r.delivered(),
                          r.cancelled(),
                          r.cancelReason(),
                          r.remaining(),
                          r.invoiced()))
              .toList());
    }
  }

  /** Cancels the line's backorder, {@code {reason}} required; the order's delivery state. */
  @PostMapping("/api/v1/orders/{orderId}/lines/{lineId}/cancel-backorder")
  OrderDeliveryResponse cancelBackorder(
      CompanyId company,
      Member member,
      @PathVariable("orderId") OrderId order,
      @PathVariable("lineId") SalesLineId line,
      @RequestBody(required = false) @Nullable ReasonBody body) {
    orders.get(company, order);
    String reason = body == null || body.reason() == null ? "" : body.reason();
    try {
      return OrderDeliveryResponse.of(orders.cancelBackorder(company, member, order, line, reason));
    } catch (InvalidValue e) {
      var errors = new MapBindingResult(new HashMap<String, Object>(), "request");
      Inputs.reject(errors, e.code().equals("sales.reason-required") ? "reason" : null, e);
      throw new InputRejected(errors);
    }
  }
}
