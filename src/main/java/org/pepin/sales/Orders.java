package org.pepin.sales;

import java.util.Optional;
import org.pepin.platform.CompanyId;

/** Orders as other modules read them. Every call is scoped by the company. */
public interface Orders {

  /** The order, if it belongs to the company. */
  Optional<OrderView> find(CompanyId company, OrderId id);

  /**
   * @throws org.pepin.platform.ResourceNotFound unless the order belongs to the company
   */
  OrderView get(CompanyId company, OrderId id);
}
