package org.pepin.delivery.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pepin.delivery.Deliveries;
import org.pepin.delivery.DeliveryView;
import org.pepin.platform.CompanyId;
import org.pepin.platform.Member;
import org.pepin.platform.PageSection;
import org.pepin.platform.PageSectionContribution;
import org.pepin.sales.OrderId;
import org.pepin.sales.OrderStatus;
import org.pepin.sales.OrderView;
import org.pepin.sales.Orders;
import org.pepin.sales.SalesLine;
import org.springframework.stereotype.Component;

/**
 * The order page's « Livraisons » block: per goods line what was ordered, delivered, cancelled
 * (with the reason), remains and was invoiced; whether the order is not, partly or fully delivered;
 * its delivery notes; « Préparer la livraison » while goods remain; and, on a partly delivered
 * order, the cancellation of a line's backorder with its reason.
 */
@Component
class OrderDeliverySection implements PageSectionContribution {

  /** After the sales blocks. */
  static final int ORDER = 500;

  static final Set<OrderStatus> SHOWN =
      Set.of(
          OrderStatus.CONFIRMED,
          OrderStatus.PARTIALLY_DELIVERED,
          OrderStatus.DELIVERED,
          OrderStatus.INVOICED);

  private final Orders orders;
  private final Deliveries deliveries;

  OrderDeliverySection(Orders orders, Deliveries deliveries) {
    this.orders = orders;
    this.deliveries = deliveries;
  }

  /**
   * A goods line of the order.
   *
   * @param backorder whether its backorder may be cancelled (the order is partly delivered)
   */
  public record Row(
      String lineId,
      @Nullable String productCode,
      String designation,
      @Nullable String unit,
      BigDecimal ordered,
      BigDecimal delivered,
      BigDecimal cancelled,
      @Nullable String cancelReason,
      BigDecimal remaining,
      BigDecimal invoiced,
      boolean backorder) {}

  /** The delivery state of an order: {@code NONE}, {@code PARTLY} or {@code FULLY}. */
  enum State {
    NONE,
    PARTLY,
    FULLY
  }

  static State state(OrderView order) {
    List<SalesLine> goods = order.lines().stream().filter(SalesLine::deliverable).toList();
    boolean any = goods.stream().anyMatch(l -> l.delivered().value().signum() > 0);
    boolean left = goods.stream().anyMatch(l -> l.remainingToDeliver().value().signum() > 0);
    if (!any) {
      return left || goods.isEmpty() ? State.NONE : State.FULLY;
    }
    return left ? State.PARTLY : State.FULLY;
  }

  /** The message key of the state. */
  static String stateKey(State state) {
    return switch (state) {
      case NONE -> "delivery.order.not-delivered";
      case PARTLY -> "orderStatus.PARTIALLY_DELIVERED";
      case FULLY -> "orderStatus.DELIVERED";
    };
  }

  static List<Row> rows(OrderView order) {
    boolean partly = order.status() == OrderStatus.PARTIALLY_DELIVERED;
    List<Row> rows = new ArrayList<>();
    for (SalesLine l : order.lines()) {
      if (!l.deliverable()) {
        continue;
      }
      BigDecimal remaining = l.remainingToDeliver().value();
      rows.add(
          new Row(
              l.id().toString(),
              l.productCode(),
              l.designation(),
              l.unit(),
              l.quantity() == null ? BigDecimal.ZERO : l.quantity().value(),
              l.delivered().value(),
              l.cancelled().value(),
              l.cancelReason(),
              remaining,
              l.invoiced().value(),
              partly && remaining.signum() > 0));
    }
    return rows;
  }

  @Override
  public List<PageSection> sections(String page, CompanyId company, UUID record, Member viewer) {
    if (!ORDER_PAGE.equals(page)) {
      return List.of();
    }
    OrderView order = orders.find(company, new OrderId(record)).orElse(null);
    if (order == null) {
      return List.of();
    }
    List<DeliveryView> notes = deliveries.ofOrder(company, order.id());
    List<Row> rows = rows(order);
    if (rows.isEmpty() || (!SHOWN.contains(order.status()) && notes.isEmpty())) {
      return List.of();
    }
    boolean actor = FollowUpRoutes.canAct(viewer);
    Map<String, Object> model = new HashMap<>();
    model.put("orderId", order.id().toString());
    model.put("rows", rows);
    model.put("stateKey", stateKey(state(order)));
    model.put("state", state(order).name());
    model.put("deliveries", notes);
    model.put(
        "canPrepare",
        actor
            && (order.status() == OrderStatus.CONFIRMED
                || order.status() == OrderStatus.PARTIALLY_DELIVERED));
    model.put("canCancelBackorder", actor && order.status() == OrderStatus.PARTIALLY_DELIVERED);
    return List.of(
        new PageSection(
            "delivery.order.section", "delivery/order-section", "section", ORDER, model));
  }
}
