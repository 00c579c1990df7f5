package org.pepin.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.pepin.PepinIntegrationTest;
import org.pepin.customers.file.CustomerLifecycle;
import org.pepin.customers.file.CustomerManagement;
import org.pepin.customers.file.DraftCopy;
import org.pepin.platform.ChangeHistory;
import org.pepin.platform.PlatformFixtures;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.PostalAddress;
import org.pepin.shared.Siret;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 5's head-office move: C0001 (Paysages de l'Ouest parisien) moves to 5 avenue Foch, 78100
 * Saint-Germain-en-Laye, new SIRET 522 747 963 00026. Done on a copy of C0001 created here, with a
 * code of its own, and deleted at the end: C0001 and the searches of other tests stay as the demo
 * has them.
 */
@PepinIntegrationTest
class HeadOfficeMoveTests {

  @Autowired CustomerManagement customers;
  @Autowired CustomerLifecycle lifecycle;
  @Autowired ChangeHistory history;
  @Autowired PlatformFixtures fixtures;

  @Test
  void theMoveShowsInTheTimelineAndADocumentIssuedBeforeKeepsTheOldAddress() {
    var company = fixtures.nursery();
    var original = customers.findByCode(company, "C0001").orElseThrow();
    var id = customers.create(company, copy(original), true);
    try {
      moveAndCheck(company, original, id);
    } finally {
      customers.delete(company, id);
    }
  }

  private void moveAndCheck(
      org.pepin.platform.CompanyId company, CustomerView original, CustomerId id) {
    var copy = customers.get(company, id);
    assertThat(copy.siret()).isEqualTo(new Siret("52274796300018"));

    // A document issued now freezes the customer; it is stored as JSON, as a document would be.
    var json = JsonMapper.builder().build();
    String stored = json.writeValueAsString(customers.snapshot(company, id));

    var foch = PostalAddress.france("5 avenue Foch", null, "78100", "Saint-Germain-en-Laye");
    lifecycle.moveHeadOffice(company, id, copy.version(), new Siret("52274796300026"), foch);

    var moved = customers.get(company, id);
    assertThat(moved.siret()).isEqualTo(new Siret("52274796300026"));
    assertThat(moved.siren()).isEqualTo(original.siren());
    assertThat(moved.billingAddress()).isEqualTo(foch);
    assertThat(customers.snapshot(company, id).billingAddress()).isEqualTo(foch);

    var entry = history.of(company, CustomerManagement.ENTITY, id, 5).entries().get(0);
    assertThat(entry.action()).isEqualTo(CustomerLifecycle.HEAD_OFFICE_MOVED);
    assertThat(entry.changes())
        .anySatisfy(
            c -> {
              assertThat(c.field()).isEqualTo("siret");
              assertThat(c.oldValue()).isEqualTo("522 747 963 00018");
              assertThat(c.newValue()).isEqualTo("522 747 963 00026");
            })
        .anySatisfy(
            c -> {
              assertThat(c.field()).isEqualTo("billingAddress");
              assertThat(c.newValue()).contains("5 avenue Foch").contains("78100");
              assertThat(c.oldValue()).doesNotContain("Foch");
            });

    CustomerSnapshot issued = json.readValue(stored, CustomerSnapshot.class);
    assertThat(issued.siret()).isEqualTo(new Siret("52274796300018"));
    assertThat(issued.billingAddress()).isEqualTo(original.billingAddress());
    assertThat(issued.billingAddress().line1()).doesNotContain("Foch");
    assertThat(issued.name()).isEqualTo(original.name());
  }

  /** C0001's draft under a code of its own, without a sales rep. */
  static CustomerDraft copy(CustomerView original) {
    return DraftCopy.of(original.toDraft()).code(CustomerTestData.code()).salesRep(null).build();
  }

  @Test
  void aSiretOfAnotherCompanyOrAStaleVersionIsRefused() {
    var company = fixtures.nursery();
    var original = customers.findByCode(company, "C0001").orElseThrow();
    var id = customers.create(company, copy(original), true);
    try {
      refusals(company, original, id);
    } finally {
      customers.delete(company, id);
    }
  }

  private void refusals(
      org.pepin.platform.CompanyId company, CustomerView original, CustomerId id) {
    var copy = customers.get(company, id);
    var foch = PostalAddress.france("5 avenue Foch", null, "78100", "Saint-Germain-en-Laye");
    assertThatThrownBy(
            () ->
                lifecycle.moveHeadOffice(
                    company, id, copy.version(), new Siret("73282932000074"), foch))
        .extracting(e -> ((InvalidValue) e).code())
        .isEqualTo("customer.siret-siren");
    assertThatThrownBy(
            () ->
                lifecycle.moveHeadOffice(
                    company, id, copy.version() + 1, new Siret("52274796300026"), foch))
        .isInstanceOf(org.pepin.platform.ConcurrentModification.class);
    assertThat(customers.get(company, id).billingAddress()).isEqualTo(original.billingAddress());
  }
}
