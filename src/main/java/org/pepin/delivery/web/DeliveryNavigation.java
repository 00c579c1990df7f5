package org.pepin.delivery.web;

import java.util.List;
import java.util.Set;
import org.pepin.platform.NavigationContribution;
import org.pepin.platform.NavigationEntry;
import org.springframework.stereotype.Component;

/**
 * The « Livraisons » group of the navigation, after « Ventes »: « À livrer » (the orders waiting
 * for goods) and « Bons de livraison » (the delivery notes). The follow-up, returns and
 * traceability screens add their entries to the same group ({@link #GROUP}, {@link #GROUP_ORDER}).
 */
@Component
class DeliveryNavigation implements NavigationContribution {

  /** The group's key (its label is this message) shared by every entry of the deliveries. */
  static final String GROUP = "nav.group.deliveries";

  static final int GROUP_ORDER = 20;

  @Override
  public List<NavigationEntry> navigationEntries() {
    return List.of(
        new NavigationEntry(
            GROUP,
            GROUP_ORDER,
            "nav.deliveries.to-deliver",
            "/livraisons/a-livrer",
            10,
            Set.of(),
            false),
        new NavigationEntry(
            GROUP, GROUP_ORDER, "nav.deliveries.notes", "/livraisons", 20, Set.of(), false));
  }
}
