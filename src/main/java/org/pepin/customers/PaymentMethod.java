package org.pepin.customers;

/** How a customer usually pays. */
public enum PaymentMethod {
  TRANSFER,
  CHEQUE,
  CARD,
  CASH,
  DIRECT_DEBIT
}
