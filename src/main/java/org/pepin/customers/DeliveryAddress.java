package org.pepin.customers;

import org.jspecify.annotations.Nullable;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.PostalAddress;
import org.pepin.shared.Siret;

/**
 * A place where goods are delivered: a building site (chantier), a branch, a garden.
 *
 * @param label how the sales staff call it, e.g. « Chantier Lycée Poncet »
 * @param siret the establishment's SIRET when the site is one of the customer's establishments
 * @param accessNotes how to get there: opening hours, gate code, unloading constraints
 */
public record DeliveryAddress(
    String label, PostalAddress address, @Nullable Siret siret, @Nullable String accessNotes) {

  public DeliveryAddress {
    label = Texts.clean(label);
    accessNotes = Texts.clean(accessNotes);
    if (label == null) {
      throw new InvalidValue("customer.address.label-required", "a delivery address needs a name");
    }
    Texts.limit(label, "label", 100);
    Texts.limit(accessNotes, "accessNotes", 1000);
    Texts.limit(address, "address.");
  }
}
