package org.pepin.security;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.pepin.WebSession;
import org.pepin.platform.CompanyId;
import org.pepin.platform.CompanyIdentity;
import org.pepin.platform.Role;
import org.pepin.platform.company.CompanyManagement;
import org.pepin.platform.user.UserManagement;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A company of its own with one user per role, an instance administrator without company roles, a
 * user without any company, and the anonymous visitor: every kind of caller the route table
 * distinguishes, each logged in once.
 */
final class Personas {

  static final String PASSWORD = "persona-password-123";

  final CompanyId company;

  /** Persona name → its session; the anonymous visitor has none. */
  final Map<String, WebSession> sessions = new LinkedHashMap<>();

  /** Persona name → its company roles (empty for the others). */
  final Map<String, Set<Role>> roles = new LinkedHashMap<>();

  final Set<String> systemAdmins;

  Personas(
      MockMvc mvc,
      CompanyManagement companies,
      UserManagement users,
      TransactionTemplate transaction) {
    String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    company =
        transaction.execute(
            s -> companies.create(CompanyIdentity.named("Personas " + suffix), false));
    for (Role role : Role.values()) {
      String username = role.name().toLowerCase() + "-" + suffix;
      transaction.executeWithoutResult(
          s ->
              users.create(
                  company,
                  new UserManagement.NewUser(
                      username, role.name(), null, PASSWORD, EnumSet.of(role))));
      roles.put(username, EnumSet.of(role));
    }
    String instanceAdmin = "sysadmin-" + suffix;
    String companyless = "nobody-" + suffix;
    transaction.executeWithoutResult(
        s -> {
          users.createSystemAdmin(instanceAdmin, "Instance admin", PASSWORD);
          var id =
              users.create(
                  company,
                  new UserManagement.NewUser(
                      companyless, "Nobody", null, PASSWORD, EnumSet.of(Role.VIEWER)));
          users.grant(id, company, Set.of());
        });
    roles.put(instanceAdmin, Set.of());
    roles.put(companyless, Set.of());
    systemAdmins = Set.of(instanceAdmin);
    for (String username : roles.keySet()) {
      sessions.put(username, WebSession.login(mvc, username, PASSWORD));
    }
  }

  /** An administrator of the personas' company who is also an instance administrator. */
  static String superUser(
      MockMvc mvc, CompanyId company, UserManagement users, TransactionTemplate transaction) {
    String username = "super-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    transaction.executeWithoutResult(
        s -> {
          var id =
              users.create(
                  company,
                  new UserManagement.NewUser(
                      username, "Super", null, PASSWORD, EnumSet.allOf(Role.class)));
          users.makeSystemAdmin(id);
        });
    return username;
  }
}
