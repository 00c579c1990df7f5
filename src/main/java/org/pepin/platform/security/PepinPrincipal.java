package org.pepin.platform.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.CompanyId;
import org.pepin.platform.Role;
import org.pepin.platform.UserId;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in user, acting for one company at a time ({@link #currentCompany}). Authorities are
 * the roles held in that company, plus {@code ROLE_SYSTEM_ADMIN} for instance administrators.
 * Stored in the database session, hence serializable.
 */
public final class PepinPrincipal implements UserDetails, CredentialsContainer, Serializable {

  @Serial private static final long serialVersionUID = 1L;

  public static final String SYSTEM_ADMIN = "ROLE_SYSTEM_ADMIN";

  private final UserId userId;
  private final String username;
  private final String displayName;
  private @Nullable String passwordHash;
  private final boolean enabled;
  private final boolean systemAdmin;
  private final String language;
  private final LinkedHashMap<CompanyId, EnumSet<Role>> memberships;
  private final @Nullable CompanyId currentCompany;

  public PepinPrincipal(
      UserId userId,
      String username,
      String displayName,
      @Nullable String passwordHash,
      boolean enabled,
      boolean systemAdmin,
      String language,
      Map<CompanyId, ? extends Set<Role>> memberships,
      @Nullable CompanyId currentCompany) {
    this.userId = userId;
    this.username = username;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.enabled = enabled;
    this.systemAdmin = systemAdmin;
    this.language = language;
    this.memberships = new LinkedHashMap<>();
    memberships.forEach(
        (company, roles) ->
            this.memberships.put(
                company, roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles)));
    this.currentCompany =
        currentCompany != null && memberships.containsKey(currentCompany)
            ? currentCompany
            : memberships.keySet().stream().findFirst().orElse(null);
  }

  /** The same user acting for another company of theirs. */
  public PepinPrincipal actingFor(CompanyId company) {
    if (!memberships.containsKey(company)) {
      throw new IllegalArgumentException("not a member of " + company);
    }
    return new PepinPrincipal(
        userId, username, displayName, null, enabled, systemAdmin, language, memberships, company);
  }

  public UserId userId() {
    return userId;
  }

  public String displayName() {
    return displayName;
  }

  public boolean systemAdmin() {
    return systemAdmin;
  }

  public String language() {
    return language;
  }

  public @Nullable CompanyId currentCompany() {
    return currentCompany;
  }

  public Map<CompanyId, EnumSet<Role>> memberships() {
    return memberships;
  }

  public Set<Role> roles() {
    return currentCompany == null
        ? EnumSet.noneOf(Role.class)
        : memberships.getOrDefault(currentCompany, EnumSet.noneOf(Role.class));
  }

  public boolean hasRole(Role role) {
    return roles().contains(role);
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    List<GrantedAuthority> authorities = new ArrayList<>();
    roles().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
    if (systemAdmin) {
      authorities.add(new SimpleGrantedAuthority(SYSTEM_ADMIN));
    }
    return authorities;
  }

  @Override
  public @Nullable String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return username;
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }

  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }

  /** Same user, same company, same roles: no need to refresh the session. */
  public boolean sameAccessAs(PepinPrincipal other) {
    return userId.equals(other.userId)
        && enabled == other.enabled
        && systemAdmin == other.systemAdmin
        && language.equals(other.language)
        && displayName.equals(other.displayName)
        && memberships.equals(other.memberships)
        && java.util.Objects.equals(currentCompany, other.currentCompany);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PepinPrincipal p && p.userId.equals(userId);
  }

  @Override
  public int hashCode() {
    return userId.hashCode();
  }

  @Override
  public String toString() {
    return username;
  }
}
