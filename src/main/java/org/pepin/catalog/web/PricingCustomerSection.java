package org.pepin.catalog.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pepin.catalog.pricing.PriceListManagement;
import org.pepin.customers.CustomerId;
import org.pepin.customers.Customers;
import org.pepin.platform.CompanyId;
import org.pepin.platform.Member;
import org.pepin.platform.PageSection;
import org.pepin.platform.PageSectionContribution;
import org.springframework.stereotype.Component;

/**
 * The customer page's "Tarif" block: the price list assigned to the customer (changed there by
 * sales, managers and administrators) and the prices negotiated with them, with a link to explain a
 * price for this customer.
 */
@Component
class PricingCustomerSection implements PageSectionContribution {

  /** The catalogue's rank on the customer page (dependency rank × 100). */
  static final int ORDER = 200;

  private final PriceListManagement lists;
  private final Customers customers;

  PricingCustomerSection(PriceListManagement lists, Customers customers) {
    this.lists = lists;
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
    return List.of(
        new PageSection(
            "pricing.customer.title",
            "catalog/pricing-customer",
            "section",
            ORDER,
            model(company, id, customer.get().code(), viewer)));
  }

  /** The fragment's model (also used by the standalone page). */
  Map<String, Object> model(CompanyId company, CustomerId id, String code, Member viewer) {
    Map<String, Object> model = new HashMap<>();
    model.put("pricingCustomerId", id.value().toString());
    model.put("pricingCustomerCode", code);
    model.put("pricingAssigned", lists.assigned(company, id).orElse(""));
    model.put("pricingCodes", lists.codes(company));
    model.put("pricingPrices", lists.customerPriceRows(company, id));
    model.put("pricingCanEdit", PricingRoutes.canEditCustomers(viewer));
    return model;
  }
}
