package org.pepin.catalog;

/** What a product is: something delivered (stock, delivery notes) or a service performed. */
public enum ProductKind {
  /** Goods: plants, supplies; can be stocked and delivered. */
  GOODS,
  /** A service: labour, visits, delivery fees, guarantees. */
  SERVICE
}
