package org.pepin.catalog;

/** Where a lot comes from. */
public enum LotOrigin {
  /** Grown by the company: the passport's registered operator is the company itself. */
  OWN_PRODUCTION,
  /** Bought from a supplier: the passport data are the supplier's. */
  SUPPLIER
}
