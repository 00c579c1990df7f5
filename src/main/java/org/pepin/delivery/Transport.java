package org.pepin.delivery;

/** How the goods travel. */
public enum Transport {
  /** The nursery's own truck, on a driver's round. */
  OWN_TRUCK,
  /** A carrier (named on the delivery). */
  CARRIER,
  /** The customer collects at the nursery. */
  PICKUP
}
