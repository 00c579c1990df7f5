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
import org.pepin.sales.QuoteFilter;
import org.pepin.sales.quote.QuoteSearch;
import org.springframework.stereotype.Component;

/**
 * The customer page's « Devis » block: the customer's latest quotes, a link to all of them and the
 * button that opens the editor for this customer.
 */
@Component
class QuoteCustomerSection implements PageSectionContribution {

  /** Sales' rank on the customer page (dependency rank × 100). */
  static final int ORDER = 300;

  static final int SHOWN = 10;

  private final QuoteSearch search;
  private final Customers customers;

  QuoteCustomerSection(QuoteSearch search, Customers customers) {
    this.search = search;
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
    var quotes =
        search.search(
            company,
            new QuoteFilter(null, Set.of(), id, null, null, null, null, null, null),
            PageQuery.of(
                0,
                SHOWN,
                QuoteSearch.DEFAULT_SORT + ",desc",
                List.copyOf(QuoteSearch.SORTS.keySet()),
                QuoteSearch.DEFAULT_SORT));
    Map<String, Object> model = new HashMap<>();
    model.put("quotesCustomerId", id.value().toString());
    model.put("quotesCustomerCode", customer.get().code());
    model.put("quotesRows", quotes.content());
    model.put("quotesTotal", quotes.totalElements());
    model.put("quotesCanCreate", QuoteRoutes.canWrite(viewer) && customer.get().isActive());
    return List.of(
        new PageSection("quotes.customer.title", "sales/quotes-customer", "section", ORDER, model));
  }
}
