package org.pepin.delivery.web;

import java.util.List;
import java.util.Set;
import org.pepin.platform.NavigationContribution;
import org.pepin.platform.NavigationEntry;
import org.springframework.stereotype.Component;

/**
 * « Livraisons › Passeports »: the plant passport labels of a lot (france-compliance R-PHY-05), for
 * every member.
 */
@Component
class PassportNavigation implements NavigationContribution {

  /** The deliveries' group of the navigation, between Ventes (10) and Catalogue (30). */
  static final String GROUP = "nav.group.deliveries";

  static final int GROUP_ORDER = 20;

  @Override
  public List<NavigationEntry> navigationEntries() {
    return List.of(
        new NavigationEntry(
            GROUP,
            GROUP_ORDER,
            "nav.delivery.passports",
            "/livraisons/passeports",
            80,
            Set.of(),
            false));
  }
}
