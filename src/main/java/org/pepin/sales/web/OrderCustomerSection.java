package org.pepin.sales.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.pepin.customers.CustomerId;
import org.pepin.customers.Customers;
import org.pepin.platform.CompanyId;
import org.pepin.platform.Member;
import org.pepin.platform.PageQuery;
import org.pepin.platform.PageSection;
import org.pepin.platform.PageSectionContribution;
import org.pepin.sales.OrderFilter;
import org.pepin.sales.order.OrderSearch;
import org.springframework.stereotype.Component;

/**
 * The customer page's « Commandes » block, below « Devis »: the customer's latest orders with their
 * state, amount and down payment still due, and a link to all of them.
 */
@Component
class OrderCustomerSection implements PageSectionContribution {

  /** Just after the quotes block ({@link QuoteCustomerSection#ORDER}). */
  static final int ORDER = QuoteCustomerSection.ORDER + 10;

  static final int SHOWN = 10;

  private final OrderSearch orders;
  private final Customers customers;

  OrderCustomerSection(OrderSearch orders, Customers customers) {
    this.orders = orders;
    this.customers = customers;
  }

  @Override
  public List<PageSection> sections(String page, CompanyId company, UUID record, Member viewer) {
    if (!CUSTOMER_PAGE.equals(page)) {
      return List.of();
    }
    CustomerId id = new CustomerId(record);
    var customer = customers.find(company, id);
    if (customer.isEmpty()) {
      return List.of();
    }
    var latest =
        orders.search(
            company,
            new OrderFilter(null, Set.of(), id, null, null, null, null, null),
            PageQuery.of(
                0,
                SHOWN,
                OrderSearch.DEFAULT_SORT + ",desc",
                List.copyOf(OrderSearch.SORTS.keySet()),
                OrderSearch.DEFAULT_SORT));
    Map<String, Object> model = new HashMap<>();
    model.put("ordersCustomerCode", customer.get().code());
    model.put("ordersRows", latest.content());
    model.put("ordersTotal", latest.totalElements());
    return List.of(
        new PageSection("orders.customer.title", "sales/orders-customer", "section", ORDER, model));
  }
}
