package org.pepin.platform;

/** What importing one valid line does (or, in a dry run, would do). */
public enum ImportOutcome {
  /** A new record is created. */
  CREATED,
  /** The record with the line's key exists and some of its fields change. */
  UPDATED,
  /** The record with the line's key exists with the same values: nothing to do. */
  UNCHANGED
}
