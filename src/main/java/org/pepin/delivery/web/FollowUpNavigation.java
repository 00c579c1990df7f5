package org.pepin.delivery.web;

import java.util.List;
import java.util.Set;
import org.pepin.platform.NavigationContribution;
import org.pepin.platform.NavigationEntry;
import org.springframework.stereotype.Component;

/** Livraisons › Suivi in the navigation, for every member. */
@Component
class FollowUpNavigation implements NavigationContribution {

  /**
   * The « Livraisons » group of DeliveryNavigation (its label is declared there), after « Ventes ».
   */
  static final String GROUP = "nav.group.deliveries";

  static final int GROUP_ORDER = 20;

  @Override
  public List<NavigationEntry> navigationEntries() {
    return List.of(
        new NavigationEntry(
            GROUP,
            GROUP_ORDER,
            "nav.delivery.follow-up",
            "/livraisons/suivi",
            30,
            Set.of(),
            false));
  }
}
