package org.pepin.customers;

import java.util.Optional;
import org.pepin.platform.CompanyId;

/** The customer file as other modules use it. Every call is scoped by the company. */
public interface Customers {

  /** The third party, if it belongs to the company. */
  Optional<CustomerView> find(CompanyId company, CustomerId id);

  /**
   * @throws org.pepin.platform.ResourceNotFound unless the third party belongs to the company
   */
  CustomerView get(CompanyId company, CustomerId id);

  /** The third party with this code in the company. */
  Optional<CustomerView> findByCode(CompanyId company, String code);

  /** What a document issued now freezes of the customer. */
  default CustomerSnapshot snapshot(CompanyId company, CustomerId id) {
    return CustomerSnapshot.of(get(company, id));
  }

  /**
   * Records the customer's insolvency situation (the risk module; by hand until it lands). Recorded
   * in the customer's history.
   */
  void recordInsolvency(CompanyId company, CustomerId id, Insolvency insolvency);

  /**
   * Notes business activity with the customer (a quote, an order, a payment), which restarts the
   * three years after which an inactive prospect is flagged (CNIL, france-compliance §9.1).
   */
  void touch(CompanyId company, CustomerId id);
}
