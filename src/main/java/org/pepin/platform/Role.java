package org.pepin.platform;

/**
 * Roles a user holds in one company (ARCHITECTURE §3). {@code SYSTEM_ADMIN} is not a company role:
 * it is a flag of the user for the whole instance.
 */
public enum Role {
  /** Manages the company's settings and users. */
  ADMIN,
  /** Approves large discounts and credit overrides; sees margins and dashboards. */
  MANAGER,
  /** Quotes, orders, deliveries and customer follow-up. */
  SALES,
  /** Invoices, payments, dunning and accounting. */
  ACCOUNTING,
  /** Reads everything of the company, changes nothing. */
  VIEWER;

  /** The Spring Security authority for this role. */
  public String authority() {
    return "ROLE_" + name();
  }
}
