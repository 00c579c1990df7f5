package org.pepin.customers.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.pepin.customers.Contact;
import org.pepin.customers.ContactChannel;
import org.pepin.customers.CustomerDraft;
import org.pepin.customers.CustomerId;
import org.pepin.customers.CustomerKind;
import org.pepin.customers.DeliveryAddress;
import org.pepin.customers.Insolvency;
import org.pepin.customers.InsolvencyStatus;
import org.pepin.customers.PartyRole;
import org.pepin.customers.PaymentMethod;
import org.pepin.customers.file.CustomerManagement;
import org.pepin.platform.CompanyId;
import org.pepin.platform.DemoContext;
import org.pepin.platform.DemoContribution;
import org.pepin.platform.DemoStep;
import org.pepin.platform.Member;
import org.pepin.platform.Members;
import org.pepin.platform.UserId;
import org.pepin.shared.EmailAddress;
import org.pepin.shared.Money;
import org.pepin.shared.PaymentTerms;
import org.pepin.shared.PostalAddress;
import org.pepin.shared.Siret;
import org.pepin.shared.VatNumber;
import org.springframework.stereotype.Component;

/**
 * The third parties of the Pépinières Clément case (scenario §3): eleven customers and the
 * supplier-subcontractor Les Jardins de Marly, created at D−450 (before the oldest contract), Mme
 * Dubois as a prospect at D−1 when her request arrives, and the receivership of Entreprise Verte
 * Paysage recorded when it is published (D−18). Each is registered as {@code customer:<code>}.
 */
@Component
public class CustomersDemo implements DemoContribution {

  /** The rank of the customer file's steps within a day (after the platform's). */
  static final int ORDER = 100;

  private final CustomerManagement customers;
  private final Members members;

  CustomersDemo(CustomerManagement customers, Members members) {
    this.customers = customers;
    this.members = members;
  }

  @Override
  public List<DemoStep> demoSteps() {
    return List.of(
        new DemoStep(-450, ORDER, "customers, supplier and subcontractor", this::createAll),
        new DemoStep(-1, ORDER, "Mme Dubois asks for a quote (prospect)", this::createDubois),
        new DemoStep(
            -18,
            ORDER,
            "receivership of Entreprise Verte Paysage published",
            context ->
                customers.recordInsolvency(
                    context.company(),
                    context.ref("customer:C0007", CustomerId.class),
                    new Insolvency(
                        InsolvencyStatus.RECEIVERSHIP,
                        context.today().minusDays(2),
                        context.today()))));
  }

  private void createAll(DemoContext context) {
    CompanyId company = context.company();
    @Nullable UserId karim = rep(company, "karim");
    @Nullable UserId sophie = rep(company, "sophie");
    for (CustomerDraft draft : drafts(karim, sophie)) {
      context.register("customer:" + draft.code(), customers.create(company, draft, true, null));
    }
  }

  private void createDubois(DemoContext context) {
    var draft =
        individual(
            "C0009",
            "Mme",
            "Claire",
            "Dubois",
            PostalAddress.france("15 rue Verte", null, "78490", "Montfort-l'Amaury"),
            "claire.dubois@example.org",
            "06 12 34 56 78",
            PaymentTerms.onReceipt(),
            rep(context.company(), "sophie"),
            Set.of("Particulier", "Prospect"),
            "Demande de devis reçue par e-mail : haie de charmille d'environ 20 m, plantée et"
                + " livrée.");
    context.register("customer:C0009", customers.create(context.company(), draft, true, null));
  }

  private @Nullable UserId rep(CompanyId company, String username) {
    return members.of(company).stream()
        .filter(m -> m.username().equals(username))
        .map(Member::id)
        .findFirst()
        .orElse(null);
  }

  /** The records created at D−450, in code order. */
  static List<CustomerDraft> drafts(@Nullable UserId karim, @Nullable UserId sophie) {
    var list = new ArrayList<CustomerDraft>();
    list.add(
        business(
            "C0001",
            "Paysages de l'Ouest Parisien",
            "SARL",
            "52274796300018",
            "FR87522747963",
            "81.30Z",
            PostalAddress.france("18 rue de Poissy", null, "78100", "Saint-Germain-en-Laye"),
            PaymentTerms.daysEndOfMonth(30),
            "20000.00",
            karim,
            Set.of("Paysagiste"),
            List.of(
                contact(
                    "M.",
                    "Thomas",
                    "Girard",
                    "Gérant",
                    "t.girard@paysages-ouest.example",
                    "06 11 22 33 44",
                    true,
                    true)),
            List.of(
                new DeliveryAddress(
                    "Chantier résidence Les Coteaux",
                    PostalAddress.france(
                        "Résidence Les Coteaux",
                        "allée des Vignes",
                        "78100",
                        "Saint-Germain-en-Laye"),
                    null,
                    "Accès par le portail nord, livraison 8 h – 12 h ; prévenir le conducteur de"
                        + " travaux la veille."),
                new DeliveryAddress(
                    "Chantier parc d'activités du Pecq",
                    PostalAddress.france("ZA des Grands Champs", "lot 12", "78230", "Le Pecq"),
                    null,
                    "Quai de déchargement, semi-remorque impossible."))));
    list.add(
        new CustomerDraft(
            "C0002",
            CustomerKind.PUBLIC_BODY,
            Set.of(PartyRole.CUSTOMER),
            "Commune de Montfort-l'Amaury",
            null,
            null,
            null,
            "Commune",
            null,
            new Siret("21780421000011"),
            null,
            "84.11Z",
            PostalAddress.france("Place de l'Hôtel de Ville", null, "78490", "Montfort-l'Amaury"),
            new EmailAddress("services-techniques@montfort-lamaury.example"),
            "01 34 86 01 20",
            "SERV-TECH",
            true,
            PaymentTerms.days(30),
            PaymentMethod.TRANSFER,
            null,
            sophie,
            Set.of("Collectivité"),
            Set.of("Chorus Pro"),
            "fr",
            "Factures déposées sur Chorus Pro avec le code service et le numéro d'engagement du"
                + " bon de commande.",
            false,
            null,
            false,
            List.of(
                contact(
                    "Mme",
                    "Nathalie",
                    "Morel",
                    "Responsable des services techniques",
                    "n.morel@montfort-lamaury.example",
                    "01 34 86 01 21",
                    false,
                    false)),
            List.of()));
    list.add(
        business(
            "C0003",
            "Jardinerie du Val",
            "SAS",
            null,
            "FR44734034739",
            "47.76Z",
            PostalAddress.france("ZA des Bréviaires", null, "78610", "Le Perray-en-Yvelines"),
            PaymentTerms.daysEndOfMonth(45),
            "35000.00",
            sophie,
            Set.of("Jardinerie", "Revendeur"),
            List.of(
                contact(
                    "Mme",
                    "Sandrine",
                    "Leroy",
                    "Responsable des achats",
                    "achats@jardinerie-du-val.example",
                    "01 34 84 50 00",
                    true,
                    true)),
            List.of()));
    list.add(
        individual(
            "C0004",
            "M. et Mme",
            null,
            "Lefèvre",
            PostalAddress.france("7 allée des Chênes", null, "78490", "Méré"),
            "famille.lefevre@example.org",
            "01 34 86 45 12",
            PaymentTerms.onReceipt(),
            sophie,
            Set.of("Particulier", "Contrat d'entretien"),
            null));
    list.add(
        business(
            "C0005",
            "Golf de la Vallée",
            "SAS",
            null,
            "FR19812345676",
            "93.11Z",
            PostalAddress.france("Route de Dreux", null, "78490", "Grosrouvre"),
            PaymentTerms.days(30),
            "10000.00",
            karim,
            Set.of("Golf et loisirs", "Contrat d'entretien"),
            List.of(
                contact(
                    "M.",
                    "Éric",
                    "Vasseur",
                    "Directeur",
                    "direction@golf-vallee.example",
                    "01 34 87 60 00",
                    false,
                    false),
                contact(
                    "Mme",
                    "Hélène",
                    "Caron",
                    "Comptable",
                    "compta@golf-vallee.example",
                    "01 34 87 60 05",
                    true,
                    true)),
            List.of()));
    list.add(
        business(
            "C0006",
            "SCI Les Tilleuls",
            "SCI",
            null,
            "FR96644109225",
            "68.20B",
            PostalAddress.france("3 place du Marché", null, "78120", "Rambouillet"),
            PaymentTerms.days(30),
            "5000.00",
            sophie,
            Set.of("Immobilier"),
            List.of(
                contact(
                    "M.",
                    "Bernard",
                    "Fontaine",
                    "Gérant",
                    "b.fontaine@sci-tilleuls.example",
                    "06 20 30 40 50",
                    true,
                    true)),
            List.of()));
    list.add(
        business(
            "C0007",
            "Entreprise Verte Paysage",
            "EURL",
            null,
            "FR41590133880",
            "81.30Z",
            PostalAddress.france("22 rue des Acacias", null, "78310", "Maurepas"),
            PaymentTerms.days(30),
            "8000.00",
            karim,
            Set.of("Paysagiste"),
            List.of(
                contact(
                    "M.",
                    "Julien",
                    "Marchand",
                    "Gérant",
                    "contact@verte-paysage.example",
                    "06 44 55 66 77",
                    true,
                    true)),
            List.of()));
    list.add(
        business(
            "C0008",
            "Hôtel du Parc",
            "SARL",
            null,
            "FR00951495985",
            "55.10Z",
            PostalAddress.france("1 avenue du Parc", null, "78000", "Versailles"),
            PaymentTerms.days(30),
            "15000.00",
            karim,
            Set.of("Hôtellerie"),
            List.of(
                contact(
                    "Mme",
                    "Camille",
                    "Renaud",
                    "Directrice",
                    "direction@hotelduparc-versailles.example",
                    "01 39 50 00 00",
                    true,
                    true)),
            List.of()));
    list.add(
        new CustomerDraft(
            "C0010",
            CustomerKind.BUSINESS,
            Set.of(PartyRole.CUSTOMER),
            "Tuinen Van Dijk",
            null,
            null,
            null,
            "BV",
            null,
            null,
            new VatNumber("BE0462157785"),
            null,
            new PostalAddress("Kerkstraat 12", null, "2000", "Antwerpen", "BE"),
            new EmailAddress("inkoop@tuinen-vandijk.example"),
            "+32 3 123 45 67",
            null,
            false,
            PaymentTerms.days(30),
            PaymentMethod.TRANSFER,
            Money.of("10000.00"),
            sophie,
            Set.of("Revendeur", "Export UE"),
            Set.of("Livraison intracommunautaire"),
            "en",
            "Livraisons intracommunautaires exonérées (CGI art. 262 ter I) : numéros de TVA et"
                + " passeports phytosanitaires sur les documents.",
            false,
            null,
            false,
            List.of(
                contact(
                    "Mr",
                    "Pieter",
                    "Van Dijk",
                    "Zaakvoerder",
                    "pieter@tuinen-vandijk.example",
                    "+32 3 123 45 67",
                    true,
                    true)),
            List.of()));
    list.add(
        individual(
            "C0011",
            "M.",
            "Hervé",
            "Colin",
            PostalAddress.france("9 rue de la Mare", null, "78490", "Bazoches-sur-Guyonne"),
            "herve.colin@example.org",
            "06 98 76 54 32",
            PaymentTerms.onReceipt(),
            sophie,
            Set.of("Particulier"),
            null));
    list.add(
        new CustomerDraft(
            "F0001",
            CustomerKind.BUSINESS,
            Set.of(PartyRole.SUPPLIER, PartyRole.SUBCONTRACTOR),
            "Les Jardins de Marly",
            null,
            null,
            null,
            "SARL",
            null,
            new Siret("66984166000014"),
            new VatNumber("FR48669841660"),
            "81.30Z",
            PostalAddress.france("12 rue de la Machine", null, "78160", "Marly-le-Roi"),
            new EmailAddress("contact@jardins-marly.example"),
            "01 39 16 00 00",
            null,
            false,
            PaymentTerms.days(30),
            PaymentMethod.TRANSFER,
            null,
            null,
            Set.of("Sous-traitant plantation"),
            Set.of(),
            "fr",
            "Sous-traitant pour les plantations (loi n° 75-1334 du 31 décembre 1975).",
            false,
            null,
            false,
            List.of(
                contact(
                    "M.",
                    "François",
                    "Dumas",
                    "Gérant",
                    "f.dumas@jardins-marly.example",
                    "06 31 41 59 26",
                    false,
                    false)),
            List.of()));
    return list;
  }

  private static CustomerDraft business(
      String code,
      String name,
      String legalForm,
      @Nullable String siret,
      String vat,
      String naf,
      PostalAddress address,
      PaymentTerms terms,
      String creditLimit,
      @Nullable UserId rep,
      Set<String> categories,
      List<Contact> contacts,
      List<DeliveryAddress> sites) {
    return new CustomerDraft(
        code,
        CustomerKind.BUSINESS,
        Set.of(PartyRole.CUSTOMER),
        name,
        null,
        null,
        null,
        legalForm,
        siret == null ? new VatNumber(vat).siren().orElseThrow() : new Siret(siret).siren(),
        siret == null ? null : new Siret(siret),
        new VatNumber(vat),
        naf,
        address,
        contacts.isEmpty() ? null : contacts.get(0).email(),
        contacts.isEmpty() ? null : contacts.get(0).phone(),
        null,
        false,
        terms,
        PaymentMethod.TRANSFER,
        Money.of(creditLimit),
        rep,
        categories,
        Set.of(),
        "fr",
        null,
        false,
        null,
        false,
        contacts,
        sites);
  }

  private static CustomerDraft individual(
      String code,
      String civility,
      @Nullable String firstName,
      String lastName,
      PostalAddress address,
      String email,
      String phone,
      PaymentTerms terms,
      @Nullable UserId rep,
      Set<String> categories,
      @Nullable String notes) {
    return new CustomerDraft(
        code,
        CustomerKind.INDIVIDUAL,
        Set.of(PartyRole.CUSTOMER),
        null,
        civility,
        firstName,
        lastName,
        null,
        null,
        null,
        null,
        null,
        address,
        new EmailAddress(email),
        phone,
        null,
        false,
        terms,
        PaymentMethod.CARD,
        null,
        rep,
        categories,
        Set.of(),
        "fr",
        notes,
        false,
        null,
        false,
        List.of(),
        List.of());
  }

  private static Contact contact(
      String civility,
      String firstName,
      String lastName,
      String jobTitle,
      String email,
      String phone,
      boolean invoices,
      boolean reminders) {
    return new Contact(
        civility,
        firstName,
        lastName,
        jobTitle,
        new EmailAddress(email),
        phone,
        null,
        ContactChannel.EMAIL,
        invoices,
        reminders);
  }
}
