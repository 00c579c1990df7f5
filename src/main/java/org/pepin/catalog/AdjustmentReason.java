package org.pepin.catalog;

/** Why an inventory adjustment was made. */
public enum AdjustmentReason {
  /** A physical count found a different quantity. */
  COUNT,
  /** Plants dead or unsaleable in the nursery. */
  LOSS,
  /** Goods broken or damaged. */
  DAMAGE,
  /** Goods taken for the company's own use (plantations, samples). */
  OWN_USE,
  /** Any other reason, explained in the note. */
  OTHER
}
