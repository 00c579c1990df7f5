package org.pepin.delivery.web;

import java.util.List;
import java.util.Set;
import org.pepin.platform.NavigationContribution;
import org.pepin.platform.NavigationEntry;
import org.springframework.stereotype.Component;

/**
 * The « Livraisons » group of the navigation, after « Ventes »: « À livrer » (the orders waiting
 * for goods), « Bons de livraison », « Suivi » (to prepare, late, backorders, notices), « Retours
 * », « Traçabilité » and « Passeports » (the plant passport labels of a lot, R-PHY-05); every
 * member sees them, the screens decide who may act.
 */
@Component
class DeliveryNavigation implements NavigationContribution {

  /** The group's key (its label is this message). */
  static final String GROUP = "nav.group.deliveries";

  static final int GROUP_ORDER = 20;

  @Override
  public List<NavigationEntry> navigationEntries() {
    return List.of(
        entry("nav.deliveries.to-deliver", "/livraisons/a-livrer", 10),
        entry("nav.deliveries.notes", "/livraisons", 20),
        entry("nav.delivery.follow-up", "/livraisons/suivi", 30),
        entry("nav.delivery.returns", "/livraisons/retours", 60),
        entry("nav.delivery.traceability", TraceabilityController.PATH, 70),
        entry("nav.delivery.passports", "/livraisons/passeports", 80));
  }

  private static NavigationEntry entry(String label, String path, int order) {
    return new NavigationEntry(GROUP, GROUP_ORDER, label, path, order, Set.of(), false);
  }
}
