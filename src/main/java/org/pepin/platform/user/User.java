package org.pepin.platform.user;

import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.CompanyId;
import org.pepin.platform.Role;
import org.pepin.platform.UserId;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person who logs in. A user belongs to one or more companies with roles in each ({@link
 * Membership}); {@code systemAdmin} users also manage the instance's companies. The password is
 * only ever held hashed.
 */
@Table("app_user")
record User(
    @Id UserId id,
    @Version @Nullable Integer version,
    String username,
    String displayName,
    @Nullable String email,
    String passwordHash,
    boolean enabled,
    boolean systemAdmin,
    String language,
    @Nullable CompanyId lastCompanyId,
    Instant createdAt,
    @MappedCollection(idColumn = "app_user") Set<Membership> memberships) {

  static User create(
      String username,
      String displayName,
      @Nullable String email,
      String passwordHash,
      boolean systemAdmin,
      Instant now) {
    return new User(
        UserId.random(),
        null,
        username,
        displayName,
        email,
        passwordHash,
        true,
        systemAdmin,
        "fr",
        null,
        now,
        Set.of());
  }

  Map<CompanyId, Set<Role>> roles() {
    return memberships.stream()
        .collect(Collectors.toMap(Membership::companyId, Membership::roleSet));
  }

  Optional<Set<Role>> rolesIn(CompanyId company) {
    return Optional.ofNullable(roles().get(company));
  }

  User withRoles(CompanyId company, Set<Role> roles) {
    Set<Membership> next = new HashSet<>();
    memberships.stream().filter(m -> !m.companyId().equals(company)).forEach(next::add);
    if (!roles.isEmpty()) {
      next.add(Membership.of(company, roles));
    }
    // The first company a user joins is where they land until they switch.
    CompanyId last;
    if (roles.isEmpty()) {
      last = company.equals(lastCompanyId) ? null : lastCompanyId;
    } else {
      last = lastCompanyId == null ? company : lastCompanyId;
    }
    return new User(
        id,
        version,
        username,
        displayName,
        email,
        passwordHash,
        enabled,
        systemAdmin,
        language,
        last,
        createdAt,
        Set.copyOf(next));
  }

  User withProfile(
      String displayName, @Nullable String email, boolean enabled, @Nullable Integer version) {
    return new User(
        id,
        version,
        username,
        displayName,
        email,
        passwordHash,
        enabled,
        systemAdmin,
        language,
        lastCompanyId,
        createdAt,
        memberships);
  }

  User withPasswordHash(String hash) {
    return new User(
        id,
        version,
        username,
        displayName,
        email,
        hash,
        enabled,
        systemAdmin,
        language,
        lastCompanyId,
        createdAt,
        memberships);
  }

  User withLanguage(String language) {
    return new User(
        id,
        version,
        username,
        displayName,
        email,
        passwordHash,
        enabled,
        systemAdmin,
        language,
        lastCompanyId,
        createdAt,
        memberships);
  }

  User asSystemAdmin() {
    return new User(
        id,
        version,
        username,
        displayName,
        email,
        passwordHash,
        enabled,
        true,
        language,
        lastCompanyId,
        createdAt,
        memberships);
  }

  User withLastCompany(CompanyId company) {
    return new User(
        id,
        version,
        username,
        displayName,
        email,
        passwordHash,
        enabled,
        systemAdmin,
        language,
        company,
        createdAt,
        memberships);
  }
}
