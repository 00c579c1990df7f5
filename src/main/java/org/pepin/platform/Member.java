package org.pepin.platform;

import java.util.Set;

/**
 * A user as a member of one company: who acts, for the modules that record or check it (the sales
 * rep of a customer, who may see margins). A controller parameter of this type is the logged-in
 * user in the company they act for.
 *
 * @param id the user
 * @param username the login
 * @param displayName the name shown on screens and documents
 * @param roles the user's roles in the company
 */
public record Member(UserId id, String username, String displayName, Set<Role> roles) {

  public Member {
    roles = Set.copyOf(roles);
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  /** Whether the member holds at least one of the roles. */
  public boolean hasAnyRole(Role... wanted) {
    for (Role role : wanted) {
      if (roles.contains(role)) {
        return true;
      }
    }
    return false;
  }
}
