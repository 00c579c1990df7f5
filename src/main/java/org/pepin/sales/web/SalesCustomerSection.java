package org.pepin.sales.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pepin.customers.CustomerId;
import org.pepin.platform.CompanyId;
import org.pepin.platform.Member;
import org.pepin.platform.PageQuery;
import org.pepin.platform.PageSection;
import org.pepin.platform.PageSectionContribution;
import org.pepin.platform.Role;
import org.pepin.sales.OrderFilter;
import org.pepin.sales.QuoteFilter;
import org.pepin.sales.order.OrderSearch;
import org.pepin.sales.quote.QuoteSearch;
import org.springframework.stereotype.Component;

/**
 * The customer page's "Devis et commandes" block: the customer's latest quotes and orders with
 * their state and amount, and a button to start a quote for them.
 */
@Component
class SalesCustomerSection implements PageSectionContribution {

  /** The rank of sales on the customer page (dependency rank × 100). */
  static final int ORDER = 300;

  static final int SHOWN = 10;

  private final QuoteSearch quotes;
  private final OrderSearch orders;

  SalesCustomerSection(QuoteSearch quotes, OrderSearch orders) {
    this.quotes = quotes;
    this.orders = orders;
  }

  @Override
  public List<PageSection> sections(String page, CompanyId company, UUID record, Member viewer) {
    if (!CUSTOMER_PAGE.equals(page)) {
      return List.of();
    }
    CustomerId customer = new CustomerId(record);
    var latest = PageQuery.of(0, SHOWN, "updatedAt,desc", List.of("updatedAt"), "updatedAt,desc");
    var quoteFilter =
        new QuoteFilter(null, java.util.Set.of(), customer, null, null, null, null, null, null);
    var orderFilter =
        new OrderFilter(null, java.util.Set.of(), customer, null, null, null, null, null);
    Map<String, Object> model = new HashMap<>();
    model.put("salesCustomerId", customer.value().toString());
    model.put("salesQuotes", quotes.search(company, quoteFilter, latest));
    model.put("salesOrders", orders.search(company, orderFilter, latest));
    model.put("salesCanWrite", viewer.hasAnyRole(Role.ADMIN, Role.MANAGER, Role.SALES));
    return List.of(
        new PageSection("sales.customer.title", "sales/customer-section", "section", ORDER, model));
  }
}
