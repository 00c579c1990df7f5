package org.pepin.platform.user;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.pepin.platform.CompanyId;
import org.pepin.platform.Role;
import org.springframework.data.relational.core.mapping.Table;

/** A user's roles in one company (stored as a comma-separated list of role names). */
@Table("membership")
record Membership(CompanyId companyId, String roles) {

  static Membership of(CompanyId company, Set<Role> roles) {
    return new Membership(
        company, roles.stream().sorted().map(Role::name).collect(Collectors.joining(",")));
  }

  Set<Role> roleSet() {
    if (roles.isBlank()) {
      return EnumSet.noneOf(Role.class);
    }
    return Arrays.stream(roles.split(","))
        .map(Role::valueOf)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
  }
}
