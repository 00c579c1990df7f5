package org.pepin.sales.order;

import java.util.Arrays;
import java.util.List;
import org.pepin.platform.CompanyId;
import org.pepin.sales.OrderId;
import org.pepin.sales.SalesLine;
import org.pepin.sales.document.SalesJson;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The amendments of an order, with each previous revision's lines readable. */
@Component
@Transactional(readOnly = true)
public class OrderAmendments {

  private final OrderService orders;

  OrderAmendments(OrderService orders) {
    this.orders = orders;
  }

  /**
   * The amendments of the order, oldest first.
   *
   * @throws org.pepin.platform.ResourceNotFound unless the order belongs to the company
   */
  public List<OrderAmendment> of(CompanyId company, OrderId id) {
    return orders.amendments(company, id).stream()
        .map(
            a ->
                new OrderAmendment(
                    a.revision(),
                    a.reason(),
                    a.at(),
                    a.by(),
                    Arrays.asList(SalesJson.read(a.linesJson(), SalesLine[].class))))
        .toList();
  }
}
