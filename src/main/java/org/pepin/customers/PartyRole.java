package org.pepin.customers;

/** The roles a third party holds for the company; one record may hold several. */
public enum PartyRole {
  CUSTOMER,
  SUPPLIER,
  SUBCONTRACTOR
}
