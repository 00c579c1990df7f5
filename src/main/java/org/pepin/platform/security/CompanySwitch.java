package org.pepin.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.pepin.platform.CompanyId;
import org.pepin.platform.ResourceNotFound;
import org.pepin.platform.user.UserManagement;
import org.springframework.stereotype.Component;

/**
 * Switches the logged-in user to another of their companies. A company they do not belong to
 * answers "not found", like any other company's resource.
 */
@Component
public class CompanySwitch {

  private final UserManagement users;
  private final PrincipalRefreshFilter sessions;

  CompanySwitch(UserManagement users, PrincipalRefreshFilter sessions) {
    this.users = users;
    this.sessions = sessions;
  }

  public void switchTo(
      PepinPrincipal user,
      CompanyId company,
      HttpServletRequest request,
      HttpServletResponse response) {
    if (!user.memberships().containsKey(company)) {
      throw new ResourceNotFound("company", company);
    }
    users.rememberCompany(user.userId(), company);
    sessions.replace(request, response, user.actingFor(company));
  }
}
