package org.pepin.delivery.web;

import java.util.List;
import java.util.Set;
import org.pepin.platform.NavigationContribution;
import org.pepin.platform.NavigationEntry;
import org.springframework.stereotype.Component;

/** « Retours » in the deliveries' group of the navigation (the group is the delivery screens'). */
@Component
class ReturnNavigation implements NavigationContribution {

  static final String GROUP = "nav.group.deliveries";
  static final int GROUP_ORDER = 20;

  @Override
  public List<NavigationEntry> navigationEntries() {
    return List.of(
        new NavigationEntry(
            GROUP,
            GROUP_ORDER,
            "nav.delivery.returns",
            "/livraisons/retours",
            60,
            Set.of(),
            false));
  }
}
