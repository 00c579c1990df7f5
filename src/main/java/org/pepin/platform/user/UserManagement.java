package org.pepin.platform.user;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.AuditLog;
import org.pepin.platform.ChangeHistory;
import org.pepin.platform.CompanyId;
import org.pepin.platform.ConcurrentModification;
import org.pepin.platform.FieldChange;
import org.pepin.platform.ImportOutcome;
import org.pepin.platform.ResourceNotFound;
import org.pepin.platform.Role;
import org.pepin.platform.UserId;
import org.pepin.platform.security.PepinPrincipal;
import org.pepin.shared.EmailAddress;
import org.pepin.shared.InvalidValue;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users and their roles per company. A company administrator manages the users of the company;
 * account fields (name, e-mail, password, enabled) of a user who also belongs to a company the
 * administrator does not administer are left to that user or to an instance administrator, so that
 * no administrator can take over an account in another company.
 *
 * <p>Changes are written to the audit log (the security trail) and to the user's change history
 * (shown on the user's page), from the same list of {@link FieldChange}s.
 */
@Service
@Transactional
public class UserManagement {

  /** Logins: lower-case letters, digits, dot, dash, underscore. */
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{2,60}");

  /** Minimum password length (ANSSI recommends long passphrases over complexity rules). */
  public static final int MIN_PASSWORD_LENGTH = 10;

  /**
   * The password hash of an imported user: not a BCrypt hash, so that no password ever matches it
   * (Spring's BCrypt encoder answers "no match" for it) — and the account is disabled anyway until
   * an administrator sets a password.
   */
  static final String NO_PASSWORD = "{bcrypt}imported-without-password";

  private final UserRepository users;
  private final PasswordEncoder passwords;
  private final AuditLog audit;
  private final ChangeHistory history;
  private final Clock clock;

  UserManagement(
      UserRepository users,
      PasswordEncoder passwords,
      AuditLog audit,
      ChangeHistory history,
      Clock clock) {
    this.users = users;
    this.passwords = passwords;
    this.audit = audit;
    this.history = history;
    this.clock = clock;
  }

  /** Creates a user who belongs to {@code company} with {@code roles}. */
  public UserId create(CompanyId company, NewUser command) {
    String username = command.username().strip().toLowerCase(java.util.Locale.ROOT);
    if (!USERNAME.matcher(username).matches()) {
      throw new InvalidValue("user.username-format", "bad username");
    }
    if (users.existsByUsername(username)) {
      throw new InvalidValue("user.username-taken", "username taken", username);
    }
    requireRoles(command.roles());
    User user =
        User.create(
                username,
                requireName(command.displayName()),
                email(command.email()),
                passwords.encode(requirePassword(command.password())),
                false,
                clock.instant())
            .withRoles(company, command.roles());
    user = users.save(user);
    audit.record(
        company,
        "user.created",
        "user",
        user.id(),
        user.displayName() + " (" + username + ")",
        "roles: " + command.roles());
    history.record(
        company, "user", user.id(), ChangeHistory.CREATED, null, firstValues(user, company));
    return user.id();
  }

  /**
   * Creates or updates a user of the company from an imported line, keyed by login; with {@code
   * write} false, only checks and says what it would do (the dry run).
   *
   * <p>A new login creates a disabled user without a password ({@link #NO_PASSWORD}): nothing to
   * generate, mail or leak; an administrator sets a password and enables the account. An existing
   * member of the company gets the line's name, e-mail (if the file has the column) and roles,
   * under the same rules as the user form (account-takeover guard, one active administrator). A
   * login that exists only in other companies is refused as taken, as on the creation form.
   */
  public ImportOutcome importUser(
      UserId actor, CompanyId company, ImportedUser line, boolean write, @Nullable String origin) {
    String username = line.username().strip().toLowerCase(java.util.Locale.ROOT);
    if (!USERNAME.matcher(username).matches()) {
      throw new InvalidValue("user.username-format", "bad username");
    }
    String name = requireName(line.displayName());
    requireRoles(line.roles());
    Set<Role> roles = EnumSet.copyOf(line.roles());
    Optional<User> existing = users.findByUsername(username);
    if (existing.isEmpty()) {
      String email = email(line.email());
      if (write) {
        User user =
            User.create(username, name, email, NO_PASSWORD, false, clock.instant())
                .withProfile(name, email, false, null)
                .withRoles(company, roles);
        user = users.save(user);
        audit.record(
            company,
            "user.created",
            "user",
            user.id(),
            name + " (" + username + ")",
            "roles: " + roles + "\norigin: " + origin);
        history.record(
            company, "user", user.id(), ChangeHistory.CREATED, origin, firstValues(user, company));
      }
      return ImportOutcome.CREATED;
    }
    User user = existing.get();
    Set<Role> before =
        user.rolesIn(company)
            .orElseThrow(() -> new InvalidValue("user.username-taken", "username taken", username));
    String email = line.emailMapped() ? email(line.email()) : user.email();
    List<FieldChange> changes = new ArrayList<>();
    FieldChange.of("displayName", user.displayName(), name).ifPresent(changes::add);
    FieldChange.of("email", user.email(), email).ifPresent(changes::add);
    FieldChange.of("roles", before, roles).ifPresent(changes::add);
    if (changes.isEmpty()) {
      return ImportOutcome.UNCHANGED;
    }
    if (!name.equals(user.displayName()) || !Objects.equals(email, user.email())) {
      requireAccountManageable(refresh(actor, company).orElseThrow(), user);
    }
    if (before.contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
      requireAnotherAdmin(company, user.id());
    }
    if (write) {
      save(user.withProfile(name, email, user.enabled(), user.version()).withRoles(company, roles));
      audit.record(
          company,
          "user.updated",
          "user",
          user.id(),
          user.displayName() + " (" + user.username() + ")",
          FieldChange.describe(changes) + "\norigin: " + origin);
      history.record(company, "user", user.id(), ChangeHistory.UPDATED, origin, changes);
    }
    return ImportOutcome.UPDATED;
  }

  /** Creates an instance administrator with no company (first start-up of a production). */
  public UserId createSystemAdmin(String username, String displayName, String password) {
    if (!USERNAME.matcher(username).matches()) {
      throw new InvalidValue("user.username-format", "bad username");
    }
    return users
        .save(
            User.create(
                username,
                requireName(displayName),
                null,
                passwords.encode(requirePassword(password)),
                true,
                clock.instant()))
        .id();
  }

  /** Grants roles in a company to an existing user (or changes them); empty roles remove. */
  public void grant(UserId id, CompanyId company, Set<Role> roles) {
    User user = load(id);
    users.save(user.withRoles(company, roles));
  }

  /** Makes the user an instance administrator (demo: the managing director). */
  public void makeSystemAdmin(UserId id) {
    save(load(id).asSystemAdmin());
  }

  public boolean systemAdminExists() {
    return users.existsBySystemAdminTrue();
  }

  public Optional<UserId> findByUsername(String username) {
    return users.findByUsername(username).map(User::id);
  }

  @Transactional(readOnly = true)
  public List<UserView> list(CompanyId company) {
    return users.findByCompany(company.value()).stream().map(u -> view(u, company)).toList();
  }

  /**
   * @throws ResourceNotFound unless the user belongs to the company
   */
  @Transactional(readOnly = true)
  public UserView view(CompanyId company, UserId id) {
    return view(loadIn(company, id), company);
  }

  /**
   * Changes a user's name, e-mail, enabled flag and roles in the company, as of the version the
   * administrator edited.
   */
  public void update(
      PepinPrincipal actor, CompanyId company, UserId id, int editedVersion, UserUpdate update) {
    User user = loadIn(company, id);
    if (!Objects.equals(user.version(), editedVersion)) {
      throw new ConcurrentModification("user", id);
    }
    requireRoles(update.roles());
    Set<Role> before = user.rolesIn(company).orElseThrow();
    if (before.contains(Role.ADMIN) && !update.roles().contains(Role.ADMIN)) {
      requireAnotherAdmin(company, id);
    }
    String name = requireName(update.displayName());
    String email = email(update.email());
    boolean accountChanged =
        !name.equals(user.displayName())
            || !Objects.equals(email, user.email())
            || update.enabled() != user.enabled();
    if (accountChanged) {
      requireAccountManageable(actor, user);
      if (!update.enabled() && user.id().equals(actor.userId())) {
        throw new InvalidValue("user.disable-self", "cannot disable oneself");
      }
    }
    User next =
        user.withProfile(name, email, update.enabled(), editedVersion)
            .withRoles(company, update.roles());
    save(next);
    List<FieldChange> changes = new ArrayList<>();
    FieldChange.of("displayName", user.displayName(), name).ifPresent(changes::add);
    FieldChange.of("email", user.email(), email).ifPresent(changes::add);
    FieldChange.of("enabled", user.enabled(), update.enabled()).ifPresent(changes::add);
    FieldChange.of("roles", before, EnumSet.copyOf(update.roles())).ifPresent(changes::add);
    if (!changes.isEmpty()) {
      audit.record(
          company,
          "user.updated",
          "user",
          id,
          user.displayName() + " (" + user.username() + ")",
          FieldChange.describe(changes));
      history.record(company, "user", id, changes);
    }
  }

  /** Removes the user from the company (the account stays for their other companies). */
  public void removeFromCompany(PepinPrincipal actor, CompanyId company, UserId id) {
    User user = loadIn(company, id);
    if (user.id().equals(actor.userId())) {
      throw new InvalidValue("user.remove-self", "cannot remove oneself");
    }
    if (user.rolesIn(company).orElseThrow().contains(Role.ADMIN)) {
      requireAnotherAdmin(company, id);
    }
    Set<Role> before = user.rolesIn(company).orElseThrow();
    save(user.withRoles(company, Set.of()));
    audit.record(
        company,
        "user.removed",
        "user",
        id,
        user.displayName() + " (" + user.username() + ")",
        null);
    history.record(
        company,
        "user",
        id,
        ChangeHistory.REMOVED,
        null,
        FieldChange.of("roles", before, Set.of()).stream().toList());
  }

  /** An administrator sets a new password for a user of the company. */
  public void resetPassword(PepinPrincipal actor, CompanyId company, UserId id, String password) {
    User user = loadIn(company, id);
    requireAccountManageable(actor, user);
    save(user.withPasswordHash(passwords.encode(requirePassword(password))));
    audit.record(
        company,
        "user.password-reset",
        "user",
        id,
        user.displayName() + " (" + user.username() + ")",
        null);
  }

  /** The user changes their own password, proving the current one. */
  public void changeOwnPassword(
      UserId id, @Nullable CompanyId company, String current, String password) {
    User user = load(id);
    if (!passwords.matches(current, user.passwordHash())) {
      throw new InvalidValue("user.password-wrong", "wrong current password");
    }
    save(user.withPasswordHash(passwords.encode(requirePassword(password))));
    if (company != null) {
      audit.record(company, "user.password-changed", "user", id, user.displayName(), null);
    }
  }

  public void setLanguage(UserId id, String language) {
    if (!List.of("fr", "en").contains(language)) {
      throw new InvalidValue("user.language", "unknown language", language);
    }
    User user = load(id);
    if (!user.language().equals(language)) {
      save(user.withLanguage(language));
    }
  }

  public void rememberCompany(UserId id, CompanyId company) {
    User user = load(id);
    if (!company.equals(user.lastCompanyId())) {
      save(user.withLastCompany(company));
    }
  }

  /** The principal for a login, acting for the company the user last worked in. */
  @Transactional(readOnly = true)
  public Optional<PepinPrincipal> principal(String username) {
    return users
        .findByUsername(username.strip().toLowerCase(java.util.Locale.ROOT))
        .map(u -> principal(u, u.lastCompanyId(), true));
  }

  /** A fresh principal (roles as stored now) acting for {@code company} if still a member. */
  @Transactional(readOnly = true)
  public Optional<PepinPrincipal> refresh(UserId id, @Nullable CompanyId company) {
    return users.findById(id).map(u -> principal(u, company, false));
  }

  private static PepinPrincipal principal(
      User user, @Nullable CompanyId company, boolean withPassword) {
    Map<CompanyId, Set<Role>> roles =
        new java.util.TreeMap<>(java.util.Comparator.comparing(CompanyId::toString));
    roles.putAll(user.roles());
    return new PepinPrincipal(
        user.id(),
        user.username(),
        user.displayName(),
        withPassword ? user.passwordHash() : null,
        user.enabled(),
        user.systemAdmin(),
        user.language(),
        roles,
        company);
  }

  private void requireAnotherAdmin(CompanyId company, UserId leaving) {
    boolean another =
        users.findByCompany(company.value()).stream()
            .anyMatch(
                u ->
                    !u.id().equals(leaving)
                        && u.enabled()
                        && u.rolesIn(company).orElseThrow().contains(Role.ADMIN));
    if (!another) {
      throw new InvalidValue("user.last-admin", "last administrator");
    }
  }

  /** The actor administers every company of the user, or is an instance administrator. */
  private static void requireAccountManageable(PepinPrincipal actor, User user) {
    if (actor.systemAdmin() || actor.userId().equals(user.id())) {
      return;
    }
    boolean adminEverywhere =
        user.roles().keySet().stream()
            .allMatch(
                c ->
                    actor
                        .memberships()
                        .getOrDefault(c, EnumSet.noneOf(Role.class))
                        .contains(Role.ADMIN));
    if (!adminEverywhere) {
      throw new InvalidValue("user.account-elsewhere", "user belongs to another company");
    }
  }

  private void save(User user) {
    try {
      users.save(user);
    } catch (OptimisticLockingFailureException e) {
      throw new ConcurrentModification("user", user.id());
    }
  }

  private User load(UserId id) {
    return users.findById(id).orElseThrow(() -> new ResourceNotFound("user", id));
  }

  private User loadIn(CompanyId company, UserId id) {
    return users
        .findById(id)
        .filter(u -> u.rolesIn(company).isPresent())
        .orElseThrow(() -> new ResourceNotFound("user", id));
  }

  private static UserView view(User user, CompanyId company) {
    return new UserView(
        user.id(),
        Objects.requireNonNull(user.version()),
        user.username(),
        user.displayName(),
        user.email(),
        user.enabled(),
        user.systemAdmin(),
        user.rolesIn(company).orElse(Set.of()),
        user.roles().size(),
        user.createdAt());
  }

  private static void requireRoles(Set<Role> roles) {
    if (roles.isEmpty()) {
      throw new InvalidValue("user.roles-required", "at least one role");
    }
  }

  private static String requireName(String name) {
    String stripped = name.strip();
    if (stripped.isEmpty() || stripped.length() > 120) {
      throw new InvalidValue("user.name-required", "name required");
    }
    return stripped;
  }

  private static String requirePassword(String password) {
    if (password.length() < MIN_PASSWORD_LENGTH || password.length() > 200) {
      throw new InvalidValue("user.password-length", "password too short", MIN_PASSWORD_LENGTH);
    }
    return password;
  }

  private static @Nullable String email(@Nullable String email) {
    return email == null || email.isBlank() ? null : new EmailAddress(email).value();
  }

  /** The first values of a new user, for the history's "created" entry. */
  private static List<FieldChange> firstValues(User user, CompanyId company) {
    List<FieldChange> values = new ArrayList<>();
    FieldChange.of("username", null, user.username()).ifPresent(values::add);
    FieldChange.of("displayName", null, user.displayName()).ifPresent(values::add);
    FieldChange.of("email", null, user.email()).ifPresent(values::add);
    FieldChange.of("enabled", null, user.enabled()).ifPresent(values::add);
    FieldChange.of("roles", null, user.rolesIn(company).orElse(Set.of())).ifPresent(values::add);
    return values;
  }

  /** What an administrator types to create a user. */
  public record NewUser(
      String username,
      String displayName,
      @Nullable String email,
      String password,
      Set<Role> roles) {}

  /**
   * A user as read from an imported line.
   *
   * @param emailMapped whether the file has an e-mail column (without one, the e-mail of an
   *     existing user is kept)
   */
  public record ImportedUser(
      String username,
      String displayName,
      @Nullable String email,
      boolean emailMapped,
      Set<Role> roles) {}

  /** What an administrator may change on a user of the company. */
  public record UserUpdate(
      String displayName, @Nullable String email, boolean enabled, Set<Role> roles) {}

  /** A user as seen from one company. */
  public record UserView(
      UserId id,
      int version,
      String username,
      String displayName,
      @Nullable String email,
      boolean enabled,
      boolean systemAdmin,
      Set<Role> roles,
      int companyCount,
      java.time.Instant createdAt) {}
}
