package org.pepin.platform.demo;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.pepin.platform.CompanyId;
import org.pepin.platform.CompanyIdentity;
import org.pepin.platform.DemoContribution;
import org.pepin.platform.DemoStep;
import org.pepin.platform.Role;
import org.pepin.platform.VatRegime;
import org.pepin.platform.company.CompanyManagement;
import org.pepin.shared.Bic;
import org.pepin.shared.EmailAddress;
import org.pepin.shared.Iban;
import org.pepin.shared.Money;
import org.pepin.shared.PostalAddress;
import org.pepin.shared.Siren;
import org.pepin.shared.Siret;
import org.pepin.shared.VatNumber;
import org.springframework.stereotype.Component;

/**
 * The platform's part of the Pépinières Clément case (scenario §1): the seller's legal identity and
 * settings, and the people of the case with their roles.
 */
@Component
public class DemoCase implements DemoContribution {

  public static final String COMPANY_NAME = "Pépinières Clément";
  public static final String SECOND_COMPANY_NAME = "Clément Jardins SARL";

  /** The demo password; the accounts exist only in demo mode and are shown on its login page. */
  public static final String PASSWORD = "pepin-demo";

  /** The people of the case: login, name, roles in Pépinières Clément. */
  public record Person(String username, String displayName, String email, Set<Role> roles) {}

  public static final List<Person> PEOPLE =
      List.of(
          new Person(
              "paul",
              "Paul Clément",
              "paul@pepinieres-clement.example",
              EnumSet.of(Role.ADMIN, Role.MANAGER)),
          new Person(
              "sophie",
              "Sophie Martin",
              "sophie@pepinieres-clement.example",
              EnumSet.of(Role.SALES, Role.ACCOUNTING)),
          new Person(
              "karim", "Karim Benali", "karim@pepinieres-clement.example", EnumSet.of(Role.SALES)),
          new Person(
              "isabelle",
              "Isabelle Roux",
              "isabelle@pepinieres-clement.example",
              EnumSet.of(Role.ACCOUNTING)),
          new Person(
              "julien",
              "Julien Petit",
              "julien@pepinieres-clement.example",
              EnumSet.of(Role.SALES)));

  private final CompanyManagement companies;

  DemoCase(CompanyManagement companies) {
    this.companies = companies;
  }

  /** The legal identity of Pépinières Clément, under the given name. */
  public static CompanyIdentity identity(String name) {
    return new CompanyIdentity(
        name,
        "SAS",
        Money.of(new BigDecimal("120000.00")),
        PostalAddress.france("4 chemin des Grands Prés", null, "78490", "Montfort-l'Amaury"),
        new Siren("977118041"),
        new Siret("97711804100010"),
        "Versailles",
        new VatNumber("FR70977118041"),
        VatRegime.RECEIPTS,
        "01.30Z",
        new Iban("FR7630004012340001234567862"),
        new Bic("BNPAFRPPXXX"),
        new EmailAddress("contact@pepinieres-clement.example"),
        "01 34 86 00 00",
        "FR-78-0412");
  }

  /** Clément Jardins SARL: same address, its own identifiers, no documents (scenario §1). */
  public static CompanyIdentity secondIdentity() {
    return new CompanyIdentity(
        SECOND_COMPANY_NAME,
        "SARL",
        null,
        PostalAddress.france("4 chemin des Grands Prés", null, "78490", "Montfort-l'Amaury"),
        new Siren("928152305"),
        new Siret("92815230500019"),
        "Versailles",
        new VatNumber("FR50928152305"),
        VatRegime.RECEIPTS,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  @Override
  public List<DemoStep> demoSteps() {
    return List.of(
        new DemoStep(
            -180,
            0,
            "legal identity of the seller",
            context -> {
              CompanyId company = context.company();
              var view = companies.view(company);
              companies.updateIdentity(company, view.version(), identity(view.identity().name()));
            }));
  }
}
