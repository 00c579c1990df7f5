package org.pepin.customers;

/** Where a third party's record stands. */
public enum CustomerStatus {
  /** In use. */
  ACTIVE,
  /** Kept for its documents, hidden from pickers; can be restored. */
  ARCHIVED,
  /** Merged into another record, which it points to; read-only. */
  MERGED,
  /** An individual whose personal data was erased on request (GDPR art. 17); read-only. */
  ERASED
}
