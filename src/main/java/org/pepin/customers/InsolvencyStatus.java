package org.pepin.customers;

/**
 * Whether a customer is in collective insolvency proceedings (procédure collective, C. com. livre
 * VI): claims must then be declared to the court-appointed representative within two months of the
 * judgment's publication (C. com. R622-24), individual reminders stop (C. com. L622-21) and new
 * orders are accepted against payment only. Set by the risk module, read by dunning.
 */
public enum InsolvencyStatus {
  NONE,
  /** Procédure de sauvegarde. */
  SAFEGUARD,
  /** Redressement judiciaire. */
  RECEIVERSHIP,
  /** Liquidation judiciaire. */
  LIQUIDATION;

  public boolean inProceedings() {
    return this != NONE;
  }
}
