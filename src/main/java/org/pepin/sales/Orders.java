package org.pepin.sales;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.pepin.customers.CustomerId;
import org.pepin.platform.CompanyId;
import org.pepin.platform.Member;
import org.pepin.shared.Quantity;

/**
 * Orders as other modules read them, and the quantities the delivery module records on them. Every
 * call is scoped by the company.
 */
public interface Orders {

  /** The order, if it belongs to the company. */
  Optional<OrderView> find(CompanyId company, OrderId id);

  /**
   * @throws org.pepin.platform.ResourceNotFound unless the order belongs to the company
   */
  OrderView get(CompanyId company, OrderId id);

  /**
   * The orders waiting for goods (confirmed or partly delivered, with something left to deliver),
   * oldest first; of one customer if given.
   */
  List<OrderView> toDeliver(CompanyId company, @Nullable CustomerId customer);

  /**
   * Records goods delivered on orders' lines, in the caller's transaction (the delivery module
   * calls it when a delivery note is validated): adds the quantities, releases the stock they had
   * reserved and makes each order partly or fully delivered. The orders' rows are locked first (in
   * the order of their ids), then the products' stock rows (in the order of theirs), so that two
   * deliveries, or a delivery and a change of an order, follow each other instead of waiting for
   * each other; a line never gets more than it ordered unless over-delivery was asked for.
   *
   * @param delivery the delivery note's number, for the orders' history
   * @param quantities strictly positive quantities per line, per order
   * @param overDelivery the lines that may receive more than remains to deliver
   * @return the orders as they now are
   * @throws org.pepin.platform.ResourceNotFound unless every order belongs to the company
   * @throws org.pepin.shared.InvalidValue {@code sales.order.not-deliverable (status)}, {@code
   *     sales.order.line-not-deliverable (designation)} for a line that is not goods of its order,
   *     {@code sales.order.over-delivery (code, remaining)}
   */
  Map<OrderId, OrderView> recordDelivered(
      CompanyId company,
      String delivery,
      Map<OrderId, Map<SalesLineId, Quantity>> quantities,
      java.util.Set<SalesLineId> overDelivery);

  /**
   * Cancels the backorder of a line of a partly delivered order (the rest will not be delivered),
   * with the reason shown on the order; the stock it reserved is released and the order becomes
   * delivered when nothing else remains.
   *
   * @throws org.pepin.shared.InvalidValue {@code sales.backorder.none} when the line has nothing
   *     left to deliver or the order is not partly delivered, {@code sales.reason-required}
   */
  OrderView cancelBackorder(
      CompanyId company, @Nullable Member member, OrderId order, SalesLineId line, String reason);
}
