package org.pepin.platform.transfer;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.ImportContext;
import org.pepin.platform.ImportField;
import org.pepin.platform.ImportLine;
import org.pepin.platform.ImportOutcome;
import org.pepin.platform.Importer;
import org.pepin.platform.Role;
import org.pepin.platform.user.UserManagement;
import org.pepin.platform.user.UserManagement.ImportedUser;
import org.pepin.shared.EmailAddress;
import org.pepin.shared.InvalidValue;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Imports the users of a company (Paramètres › Utilisateurs › Importer), for its administrators.
 * Key: the login. A new login creates a user who is <em>disabled, without a password</em>: no
 * password is generated, mailed or shown; the account cannot log in until an administrator sets a
 * password and ticks "Actif" on the user's page. An existing user of the company gets the name,
 * e-mail and roles of the file (the account-takeover guard and the "one active administrator" rule
 * of {@link UserManagement} apply); a login that exists only in other companies is refused, as on
 * the creation form.
 */
@Component
@Order(10)
class UserImporter implements Importer {

  static final ImportField<String> USERNAME =
      ImportField.text("username", "user.username")
          .required()
          .synonyms("login", "identifiant", "utilisateur", "nom d'utilisateur", "user", "compte");
  static final ImportField<String> NAME =
      ImportField.text("displayName", "user.displayName")
          .required()
          .synonyms("nom", "nom complet", "name", "full name", "prénom nom", "nom et prénom");
  static final ImportField<EmailAddress> EMAIL =
      ImportField.value("email", "user.email", EmailAddress::new)
          .synonyms("e-mail", "mail", "courriel", "adresse e-mail", "adresse mail");
  static final ImportField<Set<Role>> ROLES =
      ImportField.enumSet("roles", "user.roles", Role.class, "role.")
          .required()
          .synonyms("rôles", "rôle", "role", "profil", "profils", "droits");

  private final UserManagement users;

  UserImporter(UserManagement users) {
    this.users = users;
  }

  @Override
  public String type() {
    return "users";
  }

  @Override
  public String labelKey() {
    return "import.type.users";
  }

  @Override
  public Set<Role> roles() {
    return Set.of(Role.ADMIN);
  }

  @Override
  public List<ImportField<?>> fields() {
    return List.of(USERNAME, NAME, EMAIL, ROLES);
  }

  @Override
  public List<ImportField<?>> key() {
    return List.of(USERNAME);
  }

  @Override
  public ImportOutcome check(ImportContext context, ImportLine line) {
    return users.importUser(context.actor(), context.company(), user(line), false, null);
  }

  @Override
  public ImportOutcome apply(ImportContext context, ImportLine line) {
    return users.importUser(context.actor(), context.company(), user(line), true, context.origin());
  }

  @Override
  public @Nullable ImportField<?> fieldOf(InvalidValue rule) {
    String code = rule.code();
    if (code.startsWith("user.username")) return USERNAME;
    if (code.equals("user.name-required")) return NAME;
    if (code.startsWith("email")) return EMAIL;
    if (code.equals("user.roles-required") || code.equals("user.last-admin")) return ROLES;
    return null;
  }

  private static ImportedUser user(ImportLine line) {
    EmailAddress email = line.get(EMAIL);
    Set<Role> roles = line.get(ROLES);
    return new ImportedUser(
        nonNull(line.get(USERNAME)),
        nonNull(line.get(NAME)),
        email == null ? null : email.value(),
        line.isMapped(EMAIL),
        roles == null ? Set.of() : roles);
  }

  private static String nonNull(@Nullable String text) {
    return text == null ? "" : text;
  }
}
