package org.pepin.sales.web;

import java.util.List;
import java.util.Set;
import org.pepin.platform.NavigationContribution;
import org.pepin.platform.NavigationEntry;
import org.pepin.platform.Role;
import org.springframework.stereotype.Component;

/**
 * The sales entries of the navigation: « Ventes » (Devis, Commandes) first, and Paramètres › Ventes
 * for administrators.
 */
@Component
class SalesNavigation implements NavigationContribution {

  static final String GROUP = "nav.group.sales";
  static final int GROUP_ORDER = 10;

  @Override
  public List<NavigationEntry> navigationEntries() {
    return List.of(
        new NavigationEntry(
            GROUP, GROUP_ORDER, "nav.sales.quotes", "/sales/quotes", 10, Set.of(), false),
        new NavigationEntry(
            GROUP, GROUP_ORDER, "nav.sales.orders", "/sales/orders", 20, Set.of(), false),
        new NavigationEntry(
            "nav.group.settings",
            90,
            "nav.sales.settings",
            "/sales/settings",
            57,
            Set.of(Role.ADMIN),
            false));
  }
}
