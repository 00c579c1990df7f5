package org.pepin.catalog;

/**
 * The unit a product is sold in; its French label is the message {@code unit.<NAME>} and its code
 * for e-invoices the UN/ECE Recommendation 20/21 code (EN 16931 BT-130).
 */
public enum Unit {
  PLANT("C62"),
  UNIT("C62"),
  SQUARE_METRE("MTK"),
  METRE("MTR"),
  BAG("XBG"),
  KILOGRAM("KGM"),
  LITRE("LTR"),
  HOUR("HUR"),
  DAY("DAY"),
  VISIT("C62"),
  KIT("KT"),
  DELIVERY("C62"),
  PACKAGE("XPK"),
  /** A percentage of other lines (e.g. a guarantee extension at 5 % of the plants' value). */
  PERCENT("P1");

  private final String uneceCode;

  Unit(String uneceCode) {
    this.uneceCode = uneceCode;
  }

  /** The UN/ECE Rec. 20 (or Rec. 21, prefixed X) unit code of EN 16931 BT-130. */
  public String uneceCode() {
    return uneceCode;
  }
}
