package org.pepin.sales;

import java.util.EnumSet;
import java.util.Set;
import org.pepin.WebSession;
import org.pepin.platform.CompanyId;
import org.pepin.platform.CompanyIdentity;
import org.pepin.platform.Role;
import org.pepin.platform.company.CompanyManagement;
import org.pepin.platform.user.UserManagement;
import org.pepin.shared.PostalAddress;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A company of its own for the sales screens' tests, so that their customers, products and quotes
 * never show in the demo's lists and screenshots; with its people: {@link #sales} (SALES and
 * ACCOUNTING, like Sophie), {@link #seller} (SALES only, like Karim), {@link #manager} (MANAGER)
 * and {@link #admin} (ADMIN).
 */
final class SalesWebCompany {

  static final String PASSWORD = "ventes-essai-123";

  final CompanyId company;
  final String sales;
  final String seller;
  final String manager;
  final String admin;

  SalesWebCompany(
      CompanyManagement companies, UserManagement users, TransactionTemplate transaction) {
    String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    company =
        transaction.execute(
            s ->
                companies.create(
                    new CompanyIdentity(
                        "Jardins d'essai " + suffix,
                        "SARL",
                        null,
                        PostalAddress.france(
                            "2 allée des Essais", null, "78490", "Montfort-l'Amaury"),
                        null,
                        null,
                        "Versailles",
                        null,
                        org.pepin.platform.VatRegime.RECEIPTS,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null),
                    false));
    sales =
        user(
            users,
            transaction,
            "ventes-" + suffix,
            "Sophie Essai",
            EnumSet.of(Role.SALES, Role.ACCOUNTING));
    seller = user(users, transaction, "vendeur-" + suffix, "Karim Essai", EnumSet.of(Role.SALES));
    manager = user(users, transaction, "gerant-" + suffix, "Paul Essai", EnumSet.of(Role.MANAGER));
    admin = user(users, transaction, "admin-" + suffix, "Admin Essai", EnumSet.of(Role.ADMIN));
  }

  private String user(
      UserManagement users,
      TransactionTemplate transaction,
      String username,
      String name,
      Set<Role> roles) {
    transaction.executeWithoutResult(
        s ->
            users.create(
                company, new UserManagement.NewUser(username, name, null, PASSWORD, roles)));
    return username;
  }

  WebSession login(MockMvc mvc, String username) {
    return WebSession.login(mvc, username, PASSWORD);
  }
}
