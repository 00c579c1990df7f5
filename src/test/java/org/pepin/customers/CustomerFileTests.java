package org.pepin.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pepin.PepinIntegrationTest;
import org.pepin.customers.file.CustomerManagement;
import org.pepin.customers.file.DraftCopy;
import org.pepin.platform.ChangeHistory;
import org.pepin.platform.PlatformFixtures;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.PaymentTerms;
import org.pepin.shared.PostalAddress;
import org.pepin.shared.Siren;
import org.pepin.shared.Siret;
import org.springframework.beans.factory.annotation.Autowired;

/** The customer file's service: the demo's records, validation, codes and history. */
@PepinIntegrationTest
class CustomerFileTests {

  @Autowired CustomerManagement customers;
  @Autowired PlatformFixtures fixtures;
  @Autowired ChangeHistory history;
  @Autowired org.pepin.customers.file.CustomerSearch search;

  @Test
  void theListFindsCustomersByIdentifierContactCityAndTagAndFiltersThem() {
    var company = fixtures.nursery();
    var page = org.pepin.platform.PageQuery.of(null, null, null, List.of("code"), "code");
    assertThat(codes(company, CustomerFilter.text("522 747 963"), page)).containsExactly("C0001");
    assertThat(codes(company, CustomerFilter.text("GIRARD"), page)).containsExactly("C0001");
    assertThat(codes(company, CustomerFilter.text("montfort"), page))
        .containsExactly("C0002", "C0009");
    assertThat(codes(company, CustomerFilter.text("Lefevre"), page)).containsExactly("C0004");
    assertThat(codes(company, CustomerFilter.text("chorus pro"), page)).containsExactly("C0002");
    assertThat(codes(company, CustomerFilter.text("coteaux"), page)).containsExactly("C0001");
    var individuals =
        new CustomerFilter(
            null,
            CustomerKind.INDIVIDUAL,
            null,
            null,
            null,
            null,
            CustomerFilter.StatusFilter.ACTIVE,
            null,
            false);
    assertThat(codes(company, individuals, page)).containsExactly("C0004", "C0009", "C0011");
    var subcontractors =
        new CustomerFilter(
            null,
            null,
            PartyRole.SUBCONTRACTOR,
            null,
            null,
            null,
            CustomerFilter.StatusFilter.ACTIVE,
            null,
            false);
    assertThat(codes(company, subcontractors, page)).containsExactly("F0001");
    var landscapers =
        new CustomerFilter(
            null,
            null,
            null,
            "paysagiste",
            null,
            null,
            CustomerFilter.StatusFilter.ACTIVE,
            null,
            false);
    assertThat(codes(company, landscapers, page)).containsExactly("C0001", "C0007");
    var secondPage = org.pepin.platform.PageQuery.of(1, 5, "code", List.of("code"), "code");
    var result = search.search(company, CustomerFilter.ACTIVE, secondPage);
    assertThat(result.totalElements()).isGreaterThanOrEqualTo(12);
    assertThat(result.content()).extracting(CustomerRow::code).first().isEqualTo("C0006");
  }

  private List<String> codes(
      org.pepin.platform.CompanyId company,
      CustomerFilter filter,
      org.pepin.platform.PageQuery page) {
    return search.search(company, filter, page).content().stream()
        .map(CustomerRow::code)
        .filter(c -> c.matches("[CF]00\\d\\d"))
        .toList();
  }

  @Test
  void theDemoHoldsTheElevenCustomersAndTheSubcontractorWithValidIdentifiers() {
    var company = fixtures.nursery();
    for (int n = 1; n <= 11; n++) {
      String code = "C%04d".formatted(n);
      assertThat(customers.findByCode(company, code)).as(code).isPresent();
    }
    var marly = customers.findByCode(company, "F0001").orElseThrow();
    assertThat(marly.roles())
        .containsExactlyInAnyOrder(PartyRole.SUPPLIER, PartyRole.SUBCONTRACTOR);
    assertThat(marly.siret()).isEqualTo(new Siret("66984166000014"));

    var commune = customers.findByCode(company, "C0002").orElseThrow();
    assertThat(commune.kind()).isEqualTo(CustomerKind.PUBLIC_BODY);
    assertThat(commune.publicServiceCode()).isEqualTo("SERV-TECH");
    assertThat(commune.commitmentRequired()).isTrue();
    assertThat(commune.siren()).isEqualTo(new Siren("217804210"));

    var verte = customers.findByCode(company, "C0007").orElseThrow();
    assertThat(verte.insolvency().status()).isEqualTo(InsolvencyStatus.RECEIVERSHIP);
    assertThat(verte.insolvency().publicationDate())
        .isEqualTo(verte.insolvency().judgmentDate().plusDays(2));
    assertThat(verte.insolvency().claimDeadline())
        .isEqualTo(verte.insolvency().publicationDate().plusMonths(2));

    var paysages = customers.findByCode(company, "C0001").orElseThrow();
    assertThat(paysages.siret()).isEqualTo(new Siret("52274796300018"));
    assertThat(paysages.deliveryAddresses()).hasSize(2);
    assertThat(paysages.salesRep()).isEqualTo(fixtures.user("karim"));
    assertThat(paysages.paymentTerms()).isEqualTo(PaymentTerms.daysEndOfMonth(30));
    assertThat(paysages.creditLimit().amount()).isEqualByComparingTo("20000.00");
    assertThat(paysages.contacts()).extracting(Contact::fullName).containsExactly("Thomas Girard");

    var vanDijk = customers.findByCode(company, "C0010").orElseThrow();
    assertThat(vanDijk.vatNumber().value()).isEqualTo("BE0462157785");
    assertThat(vanDijk.billingAddress().countryCode()).isEqualTo("BE");

    assertThat(customers.findByCode(company, "C0004").orElseThrow().name())
        .isEqualTo("M. et Mme Lefèvre");
    assertThat(customers.find(fixtures.jardins(), paysages.id())).isEmpty();
  }

  @Test
  void aWrongSirenKeyIsRefusedBeforeAnythingIsSaved() {
    assertThatThrownBy(() -> new Siren("522747962"))
        .isInstanceOf(InvalidValue.class)
        .extracting(e -> ((InvalidValue) e).code())
        .isEqualTo("siren.checksum");
  }

  @Test
  void aSiretMustStartWithTheSirenAndAFrenchBusinessNeedsOne() {
    assertThatThrownBy(
            () -> business(new Siren("732829320"), new Siret("52274796300018"), "Essai SARL"))
        .extracting(e -> ((InvalidValue) e).code())
        .isEqualTo("customer.siret-siren");
    assertThatThrownBy(() -> business(null, null, "Essai SARL"))
        .extracting(e -> ((InvalidValue) e).code())
        .isEqualTo("customer.siren-required");
  }

  @Test
  void generatedCodesSkipTakenOnesAndTheCodeChangesOnlyOnce() {
    var company = fixtures.jardins();
    var id = customers.create(company, business(new Siren("404833048"), null, "Alpha"), true);
    var created = customers.get(company, id);
    assertThat(created.code()).matches("C\\d{4}");
    assertThat(created.codeEditable()).isTrue();

    var renamed = DraftCopy.of(created.toDraft()).code("ALPHA-" + created.code()).build();
    customers.update(company, id, created.version(), renamed);
    var after = customers.get(company, id);
    assertThat(after.code()).isEqualTo("ALPHA-" + created.code());
    assertThat(after.codeEditable()).isFalse();
    assertThatThrownBy(
            () ->
                customers.update(
                    company,
                    id,
                    after.version(),
                    DraftCopy.of(after.toDraft()).code("BETA").build()))
        .extracting(e -> ((InvalidValue) e).code())
        .isEqualTo("customer.code-locked");

    var timeline = history.of(company, CustomerManagement.ENTITY, id, 10).entries();
    assertThat(timeline.get(0).changes())
        .anySatisfy(
            c -> {
              assertThat(c.field()).isEqualTo("code");
              assertThat(c.oldValue()).isEqualTo(created.code());
              assertThat(c.newValue()).isEqualTo("ALPHA-" + created.code());
            });
  }

  @Test
  void lookAlikesStopTheCreationUntilConfirmed() {
    var company = fixtures.nursery();
    var twin = business(new Siren("522747963"), null, "POP Paysages");
    assertThatThrownBy(() -> customers.create(company, twin, false))
        .isInstanceOfSatisfying(
            PossibleDuplicates.class,
            e ->
                assertThat(e.candidates())
                    .extracting(DuplicateCandidate::code, DuplicateCandidate::reason)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("C0001", "siren")));
  }

  static CustomerDraft business(Siren siren, Siret siret, String name) {
    return new CustomerDraft(
        null,
        CustomerKind.BUSINESS,
        Set.of(PartyRole.CUSTOMER),
        name,
        null,
        null,
        null,
        "SARL",
        siren,
        siret,
        null,
        null,
        PostalAddress.france("1 rue de l'Essai", null, "78000", "Versailles"),
        null,
        null,
        null,
        false,
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
}
