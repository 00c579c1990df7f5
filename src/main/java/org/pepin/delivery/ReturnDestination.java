package org.pepin.delivery;

/** Where returned goods go. */
public enum ReturnDestination {
  /** Back to stock, into the lot they came from (stock move {@code RETURN}). */
  STOCK,
  /**
   * Lost: dead or damaged plants destroyed; no stock move, the loss is recorded with the return.
   */
  LOSS
}
