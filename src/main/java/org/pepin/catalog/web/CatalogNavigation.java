package org.pepin.catalog.web;

import java.util.List;
import java.util.Set;
import org.pepin.platform.NavigationContribution;
import org.pepin.platform.NavigationEntry;
import org.springframework.stereotype.Component;

/** The catalogue's entries of the navigation ("Catalogue"). */
@Component
class CatalogNavigation implements NavigationContribution {

  static final String GROUP = "nav.group.catalog";
  static final int GROUP_ORDER = 30;

  @Override
  public List<NavigationEntry> navigationEntries() {
    return List.of(
        new NavigationEntry(
            GROUP, GROUP_ORDER, "nav.catalog.products", "/catalog/products", 10, Set.of(), false),
        new NavigationEntry(
            GROUP, GROUP_ORDER, "nav.catalog.stock", "/catalog/stock", 20, Set.of(), false),
        new NavigationEntry(
            GROUP,
            GROUP_ORDER,
            "nav.catalog.vat-categories",
            "/catalog/vat-categories",
            30,
            Set.of(),
            false));
  }
}
