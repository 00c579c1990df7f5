package org.pepin.delivery;

import java.util.List;
import java.util.Optional;
import org.pepin.platform.CompanyId;
import org.pepin.sales.OrderId;

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
}
