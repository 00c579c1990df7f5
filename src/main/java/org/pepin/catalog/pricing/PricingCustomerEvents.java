package org.pepin.catalog.pricing;

import org.pepin.customers.CustomerMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Follows the customer file: when a duplicate is merged, its negotiated prices (and its list, if
 * the record kept has none) move to the record kept.
 */
@Component
class PricingCustomerEvents {

  private final PriceListManagement lists;

  PricingCustomerEvents(PriceListManagement lists) {
    this.lists = lists;
  }

  @EventListener
  void on(CustomerMerged event) {
    lists.moveCustomer(event.company(), event.merged(), event.kept());
  }
}
