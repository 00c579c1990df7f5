package org.pepin.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pepin.PepinIntegrationTest;
import org.pepin.WebSession;
import org.pepin.catalog.LotId;
import org.pepin.catalog.LotOrigin;
import org.pepin.catalog.StockReceipt;
import org.pepin.catalog.pricing.PriceListManagement;
import org.pepin.catalog.product.ProductManagement;
import org.pepin.catalog.product.VatCategoryManagement;
import org.pepin.catalog.stock.StockManagement;
import org.pepin.customers.CustomerDraft;
import org.pepin.customers.CustomerId;
import org.pepin.customers.CustomerKind;
import org.pepin.customers.PartyRole;
import org.pepin.customers.file.CustomerManagement;
import org.pepin.delivery.note.DeliveryService;
import org.pepin.delivery.trace.Traceability;
import org.pepin.delivery.trace.Traceability.LotShipment;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.PlatformFixtures;
import org.pepin.platform.Role;
import org.pepin.platform.user.UserManagement;
import org.pepin.sales.LineDraft;
import org.pepin.sales.OrderId;
import org.pepin.sales.order.OrderService;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.PostalAddress;
import org.pepin.shared.Quantity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The traceability search (Regulation (EU) 2016/2031 art. 69): after the lot went to two customers,
 * « which customers received lot L » lists both with their quantities and dates, « which lots did
 * customer C receive » lists its lots with their passports; a supplier's lot shows its supplier; a
 * draft does not count; another company's lot is not found; the screen and its export, the API.
 */
@PepinIntegrationTest
class TraceabilityTests {

  static final String PASSWORD = "un-long-mot-de-passe";

  @Autowired MockMvc mvc;
  @Autowired PlatformFixtures fixtures;
  @Autowired ProductManagement products;
  @Autowired VatCategoryManagement categories;
  @Autowired PriceListManagement lists;
  @Autowired CustomerManagement customers;
  @Autowired StockManagement stock;
  @Autowired OrderService orders;
  @Autowired DeliveryService deliveries;
  @Autowired Traceability traceability;
  @Autowired CompanyClock clock;
  @Autowired UserManagement users;
  @Autowired TransactionTemplate transaction;

  DeliveryScenario w;
  String businessNumber;
  String individualNumber;

  @BeforeEach
  void world() {
    w = new DeliveryScenario(fixtures, products, categories, lists, customers, stock, orders);
  }

  /** Delivers {@code quantity} Photinia to the customer (validated); the note's number. */
  String deliver(CustomerId customer, int quantity) {
    OrderId order =
        w.confirmedOrder(customer, List.of(LineDraft.product(w.photinia, Quantity.of(quantity))));
    DeliveryId id = deliveries.prepare(w.company, List.of(order), null);
    return deliveries.validate(w.company, id, deliveries.get(w.company, id).version(), null);
  }

  /** The lot of 35 goes 20 to the business, 10 to the individual; 5 wait on a draft. */
  void twoCustomers() {
    businessNumber = deliver(w.business, 20);
    individualNumber = deliver(w.individual, 10);
    OrderId pending = w.photiniaOrder(5);
    deliveries.prepare(w.company, List.of(pending), null);
  }

  /** A valid SIREN (Luhn key), different at each call. */
  static String siren() {
    String base = "%08d".formatted(Math.floorMod(System.nanoTime(), 100_000_000L));
    for (int key = 0; key <= 9; key++) {
      String candidate = base + key;
      int sum = 0;
      for (int i = 0; i < 9; i++) {
        int d = candidate.charAt(8 - i) - '0';
        if (i % 2 == 1) {
          d *= 2;
          if (d > 9) {
            d -= 9;
          }
        }
        sum += d;
      }
      if (sum % 10 == 0) {
        return candidate;
      }
    }
    throw new IllegalStateException();
  }

  CustomerId supplier() {
    String name = "Pépinières du Val de Loire " + w.s.code("X");
    return customers.create(
        w.company,
        new CustomerDraft(
            null,
            CustomerKind.BUSINESS,
            Set.of(PartyRole.SUPPLIER),
            name,
            null,
            null,
            null,
            "SARL",
            new org.pepin.shared.Siren(siren()),
            null,
            null,
            null,
            PostalAddress.france("3 route d'Angers", null, "49000", "Angers"),
            null,
            null,
            null,
            false,
            null,
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
            List.of()),
        true);
  }

  @Test
  void whichCustomersReceivedTheLotListsBothWithQuantitiesAndDates() {
    twoCustomers();
    LocalDate today = clock.today(w.company);

    var trace = traceability.customersOfLot(w.company, w.firstLotNumber.toLowerCase());

    assertThat(trace.lot().number()).isEqualTo(w.firstLotNumber);
    assertThat(trace.lot().productCode()).isEqualTo(w.photiniaCode);
    assertThat(trace.lot().origin()).isEqualTo(LotOrigin.OWN_PRODUCTION);
    assertThat(trace.lot().operatorNumber()).isEqualTo("FR-78-0412");
    assertThat(trace.shipments())
        .extracting(
            LotShipment::customer,
            LotShipment::deliveryNumber,
            s -> s.quantity().value().intValue(),
            LotShipment::shippedOn)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(w.business, businessNumber, 20, today),
            org.assertj.core.groups.Tuple.tuple(w.individual, individualNumber, 10, today));
    assertThat(trace.totalShipped().value()).isEqualByComparingTo("30");
    assertThat(trace.customerCount()).isEqualTo(2);

    var lotsOfBusiness = traceability.lotsOfCustomer(w.company, w.business, null, null);
    assertThat(lotsOfBusiness.lots())
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.lotNumber()).isEqualTo(w.firstLotNumber);
              assertThat(l.productCode()).isEqualTo(w.photiniaCode);
              assertThat(l.quantity().value()).isEqualByComparingTo("20");
              assertThat(l.deliveryNumber()).isEqualTo(businessNumber);
              assertThat(l.botanicalName()).isEqualTo("Photinia × fraseri");
              assertThat(l.traceabilityCode()).isEqualTo(w.firstLotNumber);
              assertThat(l.countryOfOrigin()).isEqualTo("FR");
            });
    assertThat(
            traceability
                .lotsOfCustomer(w.company, w.business, today.plusDays(1), today.plusDays(30))
                .lots())
        .isEmpty();
  }

  @Test
  void aSuppliersLotShowsItsSupplierAndADraftDoesNotCount() {
    CustomerId supplier = supplier();
    String number = "L25-SUP-" + w.s.code("X").replace("X-", "");
    LotId bought =
        stock.receive(
            w.company,
            new StockReceipt(
                w.photinia,
                number,
                LotOrigin.SUPPLIER,
                supplier,
                null,
                Quantity.of(10),
                null,
                "FR-49-0099",
                "TC-4471",
                "NL",
                null),
            null);
    OrderId order =
        w.confirmedOrder(w.business, List.of(LineDraft.product(w.photinia, Quantity.of(8))));
    DeliveryId draft = deliveries.prepare(w.company, List.of(order), null);
    DeliveryView d = deliveries.get(w.company, draft);
    deliveries.update(
        w.company,
        draft,
        d.version(),
        new DeliveryDraft(
            d.plannedOn(),
            d.transport(),
            null,
            null,
            null,
            List.of(
                new DeliveryDraft.LineDraft(
                    d.lines().get(0).orderLine(),
                    Quantity.of(8),
                    false,
                    List.of(new DeliveryDraft.LotPick(bought, Quantity.of(8)))))));

    var before = traceability.customersOfLot(w.company, number);
    assertThat(before.lot().supplier()).isEqualTo(supplier);
    assertThat(before.lot().supplierName()).startsWith("Pépinières du Val de Loire");
    assertThat(before.lot().origin()).isEqualTo(LotOrigin.SUPPLIER);
    assertThat(before.lot().countryOfOrigin()).isEqualTo("NL");
    assertThat(before.shipments()).as("a draft did not ship").isEmpty();

    deliveries.validate(w.company, draft, deliveries.get(w.company, draft).version(), null);
    var after = traceability.customersOfLot(w.company, number);
    assertThat(after.shipments())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.customer()).isEqualTo(w.business);
              assertThat(s.quantity().value()).isEqualByComparingTo("8");
            });
    assertThat(traceability.lotsOfCustomer(w.company, w.business, null, null).lots())
        .filteredOn(l -> l.lotNumber().equals(number))
        .singleElement()
        .satisfies(l -> assertThat(l.traceabilityCode()).isEqualTo("TC-4471"));
  }

  @Test
  void anotherCompanysLotIsNotFound() {
    twoCustomers();
    assertThatThrownBy(() -> traceability.customersOfLot(fixtures.nursery(), w.firstLotNumber))
        .isInstanceOf(InvalidValue.class)
        .extracting(e -> ((InvalidValue) e).code())
        .isEqualTo("trace.lot-unknown");
    assertThatThrownBy(
            () -> traceability.lotsOfCustomer(fixtures.nursery(), w.business, null, null))
        .isInstanceOf(InvalidValue.class);
  }

  @Test
  void theScreenTheExportAndTheApiAnswerTheSameQuestions() throws Exception {
    twoCustomers();
    String login = "trace" + System.nanoTime() % 1_000_000_000L;
    transaction.executeWithoutResult(
        t ->
            users.create(
                w.company,
                new UserManagement.NewUser(
                    login, "Essai " + login, null, PASSWORD, EnumSet.of(Role.VIEWER))));
    var session = WebSession.login(mvc, login, PASSWORD);

    String page =
        session
            .perform(
                get("/livraisons/tracabilite")
                    .param("search", "lot")
                    .param("lot", w.firstLotNumber))
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page)
        .contains("Traçabilité")
        .contains(businessNumber)
        .contains(individualNumber)
        .contains("Production de la pépinière")
        .contains("2 client(s), 2 livraison(s)");
    String unknown =
        session
            .perform(get("/livraisons/tracabilite").param("search", "lot").param("lot", "L00-RIEN"))
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(unknown).contains("Lot inconnu : L00-RIEN").contains("is-invalid");
    String byCustomer =
        session
            .perform(
                get("/livraisons/tracabilite")
                    .param("search", "customer")
                    .param("customer", customers.get(w.company, w.individual).code())
                    .param("from", "01/01/2020")
                    .param("to", "31/12/2099"))
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(byCustomer).contains(w.firstLotNumber).contains(individualNumber);
    String badPeriod =
        session
            .perform(
                get("/livraisons/tracabilite")
                    .param("search", "customer")
                    .param("customer", customers.get(w.company, w.individual).code())
                    .param("from", "32/01/2026"))
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(badPeriod).contains("« 32/01/2026 » n&#39;est pas une date (jj/mm/aaaa).");

    var csv =
        session
            .perform(
                get("/livraisons/tracabilite/export.csv")
                    .param("search", "lot")
                    .param("lot", w.firstLotNumber))
            .getResponse();
    assertThat(csv.getStatus()).isEqualTo(200);
    String text = csv.getContentAsString(StandardCharsets.UTF_8);
    assertThat(text.lines().filter(l -> l.contains(w.firstLotNumber))).hasSize(2);
    assertThat(text).contains(businessNumber).contains("20,00").contains("10,00");

    var token = fixtures.bearer(login, w.company);
    String lot =
        mvc.perform(get("/api/v1/traceability/lots/" + w.firstLotNumber).with(token))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(JsonPath.<List<String>>read(lot, "$.customers[*].deliveryNumber"))
        .containsExactly(businessNumber, individualNumber);
    assertThat(JsonPath.<List<Double>>read(lot, "$.customers[*].quantity"))
        .containsExactly(20.0, 10.0);
    assertThat(JsonPath.<String>read(lot, "$.lot.origin")).isEqualTo("OWN_PRODUCTION");
    String customer =
        mvc.perform(get("/api/v1/traceability/customers/" + w.business).with(token))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(JsonPath.<List<String>>read(customer, "$.lots[*].lotNumber"))
        .containsExactly(w.firstLotNumber);
    assertThat(JsonPath.<String>read(customer, "$.lots[0].passport.operatorNumber"))
        .isEqualTo("FR-78-0412");
    assertThat(
            mvc.perform(get("/api/v1/traceability/lots/L00-RIEN").with(token))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    var outsider = fixtures.bearer("isabelle", fixtures.nursery());
    assertThat(
            mvc.perform(get("/api/v1/traceability/lots/" + w.firstLotNumber).with(outsider))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
  }
}
