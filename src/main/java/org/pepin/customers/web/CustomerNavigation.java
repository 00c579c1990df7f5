package org.pepin.customers.web;

import java.util.List;
import java.util.Set;
import org.pepin.platform.NavigationContribution;
import org.pepin.platform.NavigationEntry;
import org.springframework.stereotype.Component;

/** The "Clients" entry of the left navigation, for every member of the company. */
@Component
class CustomerNavigation implements NavigationContribution {

  static final String GROUP = "nav.group.customers";
  static final int GROUP_ORDER = 50;

  @Override
  public List<NavigationEntry> navigationEntries() {
    return List.of(
        new NavigationEntry(
            GROUP, GROUP_ORDER, "nav.customers", "/customers", 10, Set.of(), false));
  }
}
