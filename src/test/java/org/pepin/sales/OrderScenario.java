package org.pepin.sales;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.pepin.catalog.pricing.PriceListDraft;
import org.pepin.catalog.pricing.PriceListManagement;
import org.pepin.catalog.pricing.PricingScenario;
import org.pepin.catalog.product.ProductManagement;
import org.pepin.catalog.product.VatCategoryManagement;
import org.pepin.customers.CustomerDraft;
import org.pepin.customers.CustomerId;
import org.pepin.customers.CustomerKind;
import org.pepin.customers.Customers;
import org.pepin.customers.PartyRole;
import org.pepin.customers.file.CustomerManagement;
import org.pepin.platform.CompanyId;
import org.pepin.platform.PlatformFixtures;
import org.pepin.platform.Role;
import org.pepin.platform.user.UserManagement;
import org.pepin.shared.EmailAddress;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.PaymentTerms;
import org.pepin.shared.PostalAddress;
import org.pepin.shared.Siret;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The orders' test world in Clément Jardins (never the demo company): the pricing scenario's
 * catalogue and customers, a Commune that requires a commitment number on a −10 % « Collectivités »
 * list, and members of the company with the roles the tests need (a manager and a sales person,
 * each with a password).
 */
final class OrderScenario {

  static final String PASSWORD = "order-scenario-pwd-42";

  final PricingScenario s;
  final CompanyId company;
  final CustomerId commune;
  final String communeCode;
  final String hotelCode;
  final String duboisCode;
  final String manager;
  final String sales;

  OrderScenario(
      PlatformFixtures fixtures,
      ProductManagement products,
      VatCategoryManagement categories,
      PriceListManagement lists,
      CustomerManagement customerManagement,
      Customers customers,
      UserManagement users,
      TransactionTemplate transaction) {
    s = new PricingScenario(fixtures.jardins(), products, categories, lists, customerManagement);
    s.load();
    company = s.company;
    String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    String listCode = "COL" + suffix;
    lists.create(
        company,
        new PriceListDraft(
            listCode, "Collectivités", false, null, new BigDecimal("-10"), null, null));
    commune = customerManagement.create(company, commune("Commune de Saint-Essai " + suffix), true);
    lists.assign(company, commune, listCode);
    communeCode = customers.get(company, commune).code();
    hotelCode = customers.get(company, s.hotel).code();
    duboisCode = customers.get(company, s.dubois).code();
    String lower = suffix.toLowerCase();
    manager = "ord-manager-" + lower;
    sales = "ord-sales-" + lower;
    transaction.executeWithoutResult(
        t -> {
          users.create(
              company,
              new UserManagement.NewUser(
                  manager, "Manon Gérante " + suffix, null, PASSWORD, EnumSet.of(Role.MANAGER)));
          users.create(
              company,
              new UserManagement.NewUser(
                  sales, "Sacha Vendeur " + suffix, null, PASSWORD, EnumSet.of(Role.SALES)));
        });
  }

  static CustomerDraft commune(String name) {
    return new CustomerDraft(
        "PX" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
        CustomerKind.PUBLIC_BODY,
        Set.of(PartyRole.CUSTOMER),
        name,
        null,
        null,
        null,
        null,
        null,
        randomSiret(),
        null,
        null,
        PostalAddress.france("Place de la Mairie", null, "78000", "Versailles"),
        new EmailAddress("mairie@saint-essai.example"),
        null,
        "SERV-TECH",
        true,
        PaymentTerms.days(30),
        null,
        null,
        null,
        Set.of(),
        Set.of(),
        "fr",
        null,
        false,
        null,
        false,
        List.of(),
        List.of());
  }

  /** A random SIRET whose SIREN and 14 digits pass their Luhn checks. */
  static Siret randomSiret() {
    Random random = new Random();
    while (true) {
      StringBuilder digits = new StringBuilder();
      for (int i = 0; i < 8; i++) {
        digits.append(random.nextInt(10));
      }
      String siren = null;
      for (int key = 0; key < 10 && siren == null; key++) {
        if (luhn(digits.toString() + key)) {
          siren = digits.toString() + key;
        }
      }
      if (siren == null || siren.startsWith("356000000")) {
        continue;
      }
      String nic = String.format("%04d", random.nextInt(10_000));
      for (int key = 0; key < 10; key++) {
        try {
          return Siret.parse(siren + nic + key);
        } catch (InvalidValue e) {
          // try the next key
        }
      }
    }
  }

  static boolean luhn(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return sum % 10 == 0;
  }
}
