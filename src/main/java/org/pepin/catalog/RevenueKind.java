package org.pepin.catalog;

/**
 * The kind of revenue a sale makes, which the accounting maps to its revenue account (Plan
 * comptable général, art. 946-70: 701 ventes de produits finis, 706 prestations de services, 707
 * ventes de marchandises).
 */
public enum RevenueKind {
  /** Own production (plants grown in the nursery): account 701. */
  OWN_PRODUCTION("701"),
  /** Goods bought for resale: account 707. */
  RESALE("707"),
  /** Services: account 706. */
  SERVICE("706");

  private final String account;

  RevenueKind(String account) {
    this.account = account;
  }

  /** The default revenue account of the general chart of accounts (PCG). */
  public String account() {
    return account;
  }
}
