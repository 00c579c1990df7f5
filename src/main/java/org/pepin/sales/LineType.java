package org.pepin.sales;

/** What a line of a quote or an order is. */
public enum LineType {
  /** A product or service of the catalogue, priced by the unit-price function. */
  PRODUCT,
  /** Free text with a quantity, a unit price and a VAT rate typed by the user. */
  FREE,
  /** A section title: no amounts, groups the lines below it. */
  SECTION,
  /** A note printed between lines: no amounts. */
  NOTE;

  /** Whether the line carries amounts. */
  public boolean priced() {
    return this == PRODUCT || this == FREE;
  }
}
