package org.pepin.customers;

/**
 * What kind of buyer a customer is: the rules differ (B2C prices incl. VAT, no 40 € recovery
 * indemnity and consumer law for individuals; Chorus Pro for public bodies).
 */
public enum CustomerKind {
  /** A company or a sole trader (professionnel). */
  BUSINESS,
  /** A public body (collectivité, administration): invoices go through Chorus Pro. */
  PUBLIC_BODY,
  /** A private individual (particulier, consommateur). */
  INDIVIDUAL
}
