package org.pepin.sales;

/**
 * The nature of a sum paid in advance, which the quote and the order must state (france-compliance
 * §4.5, R-PAY-09). With arrhes either party may withdraw (the customer loses them, the seller pays
 * back twice; C. conso L214-1); an acompte binds both parties. For a consumer a sum paid in advance
 * is arrhes unless the contract expressly says acompte.
 */
public enum DownPaymentKind {
  ACOMPTE,
  ARRHES
}
