package org.pepin.sales;

/**
 * Where a quote stands. Draft → sent → accepted / refused / expired; an accepted quote becomes
 * converted when its order exists; a draft or sent quote may be cancelled.
 */
public enum QuoteStatus {
  DRAFT,
  SENT,
  ACCEPTED,
  REFUSED,
  EXPIRED,
  CONVERTED,
  CANCELLED;

  /** Whether the quote may still be changed (a sent quote changes through a new revision). */
  public boolean open() {
    return this == DRAFT || this == SENT;
  }
}
