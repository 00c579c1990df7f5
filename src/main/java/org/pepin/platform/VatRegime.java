package org.pepin.platform;

/**
 * When the company's VAT becomes due (CGI art. 269; france-compliance §6.5). It decides the mention
 * printed on invoices and how VAT is posted.
 */
public enum VatRegime {
  /**
   * The default: VAT on goods is due on delivery, VAT on services on receipt of payment (CGI
   * 269-2-c). Nothing is printed.
   */
  RECEIPTS,
  /**
   * Option for paying VAT on services when invoiced (CGI 269-2-c): invoices carry "Option pour le
   * paiement de la taxe d'après les débits".
   */
  DEBITS,
  /** Franchise en base (CGI 293 B): no VAT charged; invoices say so. */
  FRANCHISE
}
