package org.pepin.platform.web;

import java.util.List;
import java.util.Set;
import org.pepin.platform.NavigationContribution;
import org.pepin.platform.NavigationEntry;
import org.pepin.platform.Role;
import org.springframework.stereotype.Component;

/** The settings entries of the navigation ("Paramètres"). */
@Component
class PlatformNavigation implements NavigationContribution {

  static final String SETTINGS = "nav.group.settings";
  static final int SETTINGS_ORDER = 90;

  @Override
  public List<NavigationEntry> navigationEntries() {
    return List.of(
        new NavigationEntry(
            SETTINGS, SETTINGS_ORDER, "nav.company", "/settings/company", 10, Set.of(), false),
        new NavigationEntry(
            SETTINGS,
            SETTINGS_ORDER,
            "nav.users",
            "/settings/users",
            20,
            Set.of(Role.ADMIN),
            false),
        new NavigationEntry(
            SETTINGS,
            SETTINGS_ORDER,
            "nav.imports",
            "/settings/imports",
            25,
            Set.of(Role.ADMIN),
            false),
        new NavigationEntry(
            SETTINGS,
            SETTINGS_ORDER,
            "nav.audit",
            "/settings/audit",
            30,
            Set.of(Role.ADMIN, Role.MANAGER),
            false),
        new NavigationEntry(
            SETTINGS, SETTINGS_ORDER, "nav.companies", "/admin/companies", 40, Set.of(), true),
        new NavigationEntry(
            SETTINGS,
            SETTINGS_ORDER,
            "nav.numbering",
            "/settings/numbering",
            50,
            Set.of(Role.ADMIN, Role.MANAGER, Role.ACCOUNTING),
            false),
        new NavigationEntry(
            SETTINGS, SETTINGS_ORDER, "nav.terms", "/settings/terms", 55, Set.of(), false),
        new NavigationEntry(
            SETTINGS,
            SETTINGS_ORDER,
            "nav.legal-rates",
            "/settings/legal-rates",
            60,
            Set.of(),
            false),
        new NavigationEntry(
            SETTINGS,
            SETTINGS_ORDER,
            "nav.message-templates",
            "/settings/message-templates",
            50,
            Set.of(Role.ADMIN, Role.MANAGER),
            false),
        new NavigationEntry(
            SETTINGS,
            SETTINGS_ORDER,
            "nav.messaging",
            "/settings/messaging",
            51,
            Set.of(Role.ADMIN),
            false),
        new NavigationEntry(
            SETTINGS,
            SETTINGS_ORDER,
            "nav.outbox",
            "/settings/outbox",
            52,
            Set.of(Role.ADMIN, Role.MANAGER),
            false),
        new NavigationEntry(
            SETTINGS, SETTINGS_ORDER, "nav.mailbox", "/mailbox", 53, Set.of(), false),
        new NavigationEntry(
            SETTINGS,
            SETTINGS_ORDER,
            "nav.integrity",
            "/integrity",
            70,
            Set.of(Role.ADMIN, Role.MANAGER, Role.ACCOUNTING),
            false));
  }
}
