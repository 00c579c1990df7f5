package org.pepin.delivery.web;

import java.util.List;
import java.util.Set;
import org.pepin.platform.NavigationContribution;
import org.pepin.platform.NavigationEntry;
import org.springframework.stereotype.Component;

/** « Traçabilité » in the Livraisons group of the navigation, for every member. */
@Component
class TraceabilityNavigation implements NavigationContribution {

  static final String GROUP = "nav.group.delivery";
  static final int GROUP_ORDER = 20;

  @Override
  public List<NavigationEntry> navigationEntries() {
    return List.of(
        new NavigationEntry(
            GROUP,
            GROUP_ORDER,
            "nav.delivery.traceability",
            TraceabilityController.PATH,
            90,
            Set.of(),
            false));
  }
}
