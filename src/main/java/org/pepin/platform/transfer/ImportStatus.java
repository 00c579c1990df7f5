package org.pepin.platform.transfer;

/**
 * Where an import run stands. A run is created by its dry run (CHECKED or INVALID), may be checked
 * again with another mapping, then executed once (IMPORTED, PARTIAL or REFUSED); the last three are
 * final.
 *
 * <pre>
 * upload ──▶ CHECKED ──execute──▶ IMPORTED
 *    │         ▲  │                  (or REFUSED if the data changed since the dry run)
 *    │   remap │  │
 *    ▼         │  ▼
 *  INVALID ────┘ ──execute, all or nothing──▶ REFUSED
 *            └───execute, valid lines only──▶ PARTIAL
 * </pre>
 */
public enum ImportStatus {
  /** Dry run without error: ready to import. */
  CHECKED,
  /** Dry run with invalid lines: nothing can be imported as a whole. */
  INVALID,
  /** Every line imported, in one transaction. */
  IMPORTED,
  /** Only the valid lines imported, by the user's explicit choice; the others skipped. */
  PARTIAL,
  /** Import attempted all or nothing, refused because of invalid lines: nothing imported. */
  REFUSED;

  /** Whether the run can still be checked again or executed. */
  public boolean open() {
    return this == CHECKED || this == INVALID;
  }
}
