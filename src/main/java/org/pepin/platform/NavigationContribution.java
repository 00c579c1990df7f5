package org.pepin.platform;

import java.util.List;

/**
 * SPI: entries a module adds to the left navigation. Entries appear as modules land, grouped by
 * activity (UI.md "Frame"); nothing leads to an empty page.
 */
public interface NavigationContribution {

  List<NavigationEntry> navigationEntries();
}
