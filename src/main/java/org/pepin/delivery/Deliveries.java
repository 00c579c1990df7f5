package org.pepin.delivery;

import java.util.List;
import java.util.Optional;
import org.pepin.customers.CustomerId;
import org.pepin.platform.CompanyId;
import org.pepin.sales.OrderId;
import org.pepin.shared.Quantity;

/** Delivery notes as other modules read them (invoicing invoices what was shipped). */
public interface Deliveries {

  /** The delivery note, if it belongs to the company. */
  Optional<DeliveryView> find(CompanyId company, DeliveryId id);

  /**
   * @throws org.pepin.platform.ResourceNotFound unless the delivery belongs to the company
   */
  DeliveryView get(CompanyId company, DeliveryId id);

  /** The delivery notes of an order (drafts and cancelled ones included), oldest first. */
  List<DeliveryView> ofOrder(CompanyId company, OrderId order);

  /**
   * The returned quantities of the customer not yet credited (returned minus credited), oldest
   * return first: what a credit note may take.
   */
  List<ReturnedLine> returnsToCredit(CompanyId company, CustomerId customer);

  /**
   * Records that a credit note credited {@code quantity} of a return line (invoicing calls it in
   * the credit note's transaction).
   *
   * @throws org.pepin.platform.ResourceNotFound unless the return line belongs to the company
   * @throws org.pepin.shared.InvalidValue {@code delivery.return.credit-too-much (left)} beyond
   *     what is left to credit, {@code delivery.return.quantity} for zero or less
   */
  void recordCredited(CompanyId company, ReturnLineId line, Quantity quantity);
}
