package org.pepin.platform.transfer;

/** How an import is executed. */
public enum ImportMode {
  /** One transaction: any invalid line and nothing is imported (the default). */
  ALL_OR_NOTHING,
  /** Only the valid lines are imported; invalid ones are skipped. Only by explicit choice. */
  VALID_ONLY
}
