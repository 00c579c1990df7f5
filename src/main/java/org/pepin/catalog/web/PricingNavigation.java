package org.pepin.catalog.web;

import java.util.List;
import java.util.Set;
import org.pepin.platform.NavigationContribution;
import org.pepin.platform.NavigationEntry;
import org.springframework.stereotype.Component;

/** The pricing entries of the "Catalogue" navigation group. */
@Component
class PricingNavigation implements NavigationContribution {

  @Override
  public List<NavigationEntry> navigationEntries() {
    return List.of(
        new NavigationEntry(
            "nav.group.catalog",
            30,
            "nav.catalog.price-lists",
            "/catalog/price-lists",
            40,
            Set.of(),
            false),
        new NavigationEntry(
            "nav.group.catalog",
            30,
            "nav.catalog.explain",
            "/catalog/pricing/explain",
            45,
            Set.of(),
            false));
  }
}
