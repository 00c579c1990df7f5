package org.pepin.platform;

import java.util.EnumSet;
import java.util.Set;

/**
 * One entry of the route table: an HTTP method and a path pattern (Spring path-pattern syntax, e.g.
 * {@code /settings/users/{id}}), and who may call it. The table is the single place where
 * authorisation is declared: the security filter chains enforce it before any request body is read,
 * a route missing from it is refused at runtime and fails the build, and tests generated from it
 * check every role on every route.
 *
 * @param method GET, POST, PUT, PATCH or DELETE
 * @param pattern the path pattern
 * @param access who may call it
 * @param roles for {@link Access#ROLES}: the company roles allowed (any of them)
 */
public record Route(String method, String pattern, Access access, Set<Role> roles) {

  public Route {
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    if ((access == Access.ROLES) == roles.isEmpty()) {
      throw new IllegalArgumentException("roles are given exactly for Access.ROLES: " + pattern);
    }
  }

  /** Who may call a route. */
  public enum Access {
    /** Anyone, logged in or not. */
    PUBLIC,
    /** Any logged-in user, even without a company (profile, language). */
    AUTHENTICATED,
    /** Any member of the current company, whatever their roles. */
    MEMBER,
    /** Members holding one of the route's roles in the current company. */
    ROLES,
    /** Instance administrators. */
    SYSTEM_ADMIN
  }

  public static Route get(String pattern, Access access) {
    return new Route("GET", pattern, access, Set.of());
  }

  public static Route get(String pattern, Role... roles) {
    return new Route("GET", pattern, Access.ROLES, Set.of(roles));
  }

  public static Route post(String pattern, Access access) {
    return new Route("POST", pattern, access, Set.of());
  }

  public static Route post(String pattern, Role... roles) {
    return new Route("POST", pattern, Access.ROLES, Set.of(roles));
  }

  public static Route put(String pattern, Access access) {
    return new Route("PUT", pattern, access, Set.of());
  }

  public static Route put(String pattern, Role... roles) {
    return new Route("PUT", pattern, Access.ROLES, Set.of(roles));
  }

  public static Route delete(String pattern, Access access) {
    return new Route("DELETE", pattern, access, Set.of());
  }

  public static Route delete(String pattern, Role... roles) {
    return new Route("DELETE", pattern, Access.ROLES, Set.of(roles));
  }
}
