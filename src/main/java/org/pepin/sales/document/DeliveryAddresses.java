package org.pepin.sales.document;

import org.jspecify.annotations.Nullable;
import org.pepin.customers.CustomerView;
import org.pepin.customers.DeliveryAddress;
import org.pepin.shared.InvalidValue;

/** The delivery address a document names by its label among the customer's. */
public final class DeliveryAddresses {

  private DeliveryAddresses() {}

  /**
   * @return {@code null} for no label (the billing address)
   * @throws InvalidValue {@code sales.delivery-address-unknown (label)}
   */
  public static @Nullable DeliveryAddress find(CustomerView customer, @Nullable String label) {
    if (label == null) {
      return null;
    }
    return customer.deliveryAddresses().stream()
        .filter(a -> a.label().equalsIgnoreCase(label))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidValue(
                    "sales.delivery-address-unknown", "unknown delivery address: " + label, label));
  }
}
