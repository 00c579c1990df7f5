package org.pepin.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pepin.PepinIntegrationTest;
import org.pepin.TenantIsolation;
import org.pepin.WebSession;
import org.pepin.catalog.LotId;
import org.pepin.catalog.pricing.PriceListManagement;
import org.pepin.catalog.product.ProductManagement;
import org.pepin.catalog.product.VatCategoryManagement;
import org.pepin.catalog.stock.StockManagement;
import org.pepin.customers.Customers;
import org.pepin.customers.file.CustomerManagement;
import org.pepin.delivery.note.DeliveryService;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.PlatformFixtures;
import org.pepin.platform.Role;
import org.pepin.platform.user.UserManagement;
import org.pepin.sales.LineDraft;
import org.pepin.sales.OrderId;
import org.pepin.sales.OrderStatus;
import org.pepin.sales.order.OrderService;
import org.pepin.shared.Quantity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The delivery screens through MockMvc, in the deliveries' own world (Clément Jardins): the list of
 * orders to deliver and the preparation of a note from it, a draft edited (quantity, lots) and
 * validated with its number and backorder, the French refusals (over-delivery without its box, lots
 * that do not add up, orders of two customers, a cancellation without reason), the list's filters
 * and its CSV export, another company's note out of reach and a viewer who cannot validate.
 */
@PepinIntegrationTest
class DeliveryWebTests {

  static final String PASSWORD = "livraisons-essai-42";

  @Autowired MockMvc mvc;
  @Autowired PlatformFixtures fixtures;
  @Autowired ProductManagement products;
  @Autowired VatCategoryManagement categories;
  @Autowired PriceListManagement lists;
  @Autowired CustomerManagement customerManagement;
  @Autowired Customers customers;
  @Autowired StockManagement stock;
  @Autowired OrderService orders;
  @Autowired DeliveryService deliveries;
  @Autowired UserManagement users;
  @Autowired TransactionTemplate transaction;
  @Autowired CompanyClock clock;

  DeliveryScenario w;
  String seller;
  String viewer;

  @BeforeEach
  void world() {
    w =
        new DeliveryScenario(
            fixtures, products, categories, lists, customerManagement, stock, orders);
    String suffix = UUID.randomUUID().toString().substring(0, 6).toLowerCase();
    seller = "liv-vendeur-" + suffix;
    viewer = "liv-lecteur-" + suffix;
    transaction.executeWithoutResult(
        t -> {
          users.create(
              w.company,
              new UserManagement.NewUser(
                  seller, "Lina Livreuse " + suffix, null, PASSWORD, EnumSet.of(Role.SALES)));
          users.create(
              w.company,
              new UserManagement.NewUser(
                  viewer, "Victor Lecteur " + suffix, null, PASSWORD, EnumSet.of(Role.VIEWER)));
        });
  }

  WebSession session(String user) {
    return WebSession.login(mvc, user, PASSWORD);
  }

  static String body(MockHttpServletResponse response) throws Exception {
    return response
        .getContentAsString(StandardCharsets.UTF_8)
        .replace('\u202f', ' ')
        .replace('\u00a0', ' ')
        .replace("&#39;", "'")
        .replace("&quot;", "\"");
  }

  static MockHttpServletResponse perform(WebSession s, MockHttpServletRequestBuilder request) {
    return s.perform(request).getResponse();
  }

  String key(DeliveryView d) {
    return d.lines().get(0).orderLine().value().toString();
  }

  /** The draft's form as the page sends it, with the line's quantity and lots given. */
  MockHttpServletRequestBuilder save(DeliveryView d, String quantity, String... lots) {
    var request =
        post("/livraisons/" + d.id())
            .param("version", String.valueOf(d.version()))
            .param("plannedOn", "15/12/2026")
            .param("transport", "OWN_TRUCK")
            .param("roundName", "Tournée Nord")
            .param("qty_" + key(d), quantity);
    for (int i = 0; i < lots.length; i += 2) {
      request.param("lot_" + key(d) + "_" + lots[i], lots[i + 1]);
    }
    return request;
  }

  @Test
  void anOrderToDeliverIsPreparedEditedWithItsLotsAndValidatedLeavingABackorder() throws Exception {
    OrderId order = w.photiniaOrder(60);
    String number = orders.get(w.company, order).number();
    LotId second = w.receive(w.firstLotNumber + "B", 10);
    WebSession lina = session(seller);
    OrderId big =
        w.confirmedOrder(w.individual, List.of(LineDraft.product(w.photinia, Quantity.of(1500))));

    String list =
        body(perform(lina, get("/livraisons/a-livrer").param("customer", w.business.toString())));
    assertThat(list)
        .contains(number)
        .contains("60</span> × <span>" + w.photiniaCode)
        .contains("Confirmée")
        .contains("Préparer la livraison");
    assertThat(
            body(
                perform(
                    lina, get("/livraisons/a-livrer").param("customer", w.individual.toString()))))
        .as("French thousands separator")
        .contains(orders.get(w.company, big).number())
        .contains("1 500</span> × <span>" + w.photiniaCode);

    var prepared = perform(lina, post("/livraisons/preparer").param("order", order.toString()));
    assertThat(prepared.getRedirectedUrl()).startsWith("/livraisons/");
    DeliveryId id = DeliveryId.of(prepared.getRedirectedUrl().substring("/livraisons/".length()));
    DeliveryView draft = deliveries.get(w.company, id);
    assertThat(draft.lines().get(0).quantity().value()).isEqualByComparingTo("45");
    String page = body(perform(lina, get("/livraisons/" + id)));
    assertThat(page)
        .contains("Brouillon")
        .contains(w.firstLotNumber)
        .contains("/sales/orders/" + order)
        .contains("/livraisons/" + id + "/bon.pdf")
        .contains("Une fois validé, le bon de livraison sort le stock");

    // 40 Photinia: 30 from the first lot, 10 from the second
    var saved =
        perform(lina, save(draft, "40", w.firstLot.toString(), "30", second.toString(), "10"));
    assertThat(saved.getRedirectedUrl()).as(body(saved)).isEqualTo("/livraisons/" + id);
    DeliveryView edited = deliveries.get(w.company, id);
    assertThat(edited.roundName()).isEqualTo("Tournée Nord");
    assertThat(edited.lines().get(0).quantity().value()).isEqualByComparingTo("40");
    assertThat(edited.lines().get(0).lots())
        .extracting(
            l -> l.lotNumber() + "=" + l.quantity().value().stripTrailingZeros().toPlainString())
        .containsExactlyInAnyOrder(w.firstLotNumber + "=30", w.firstLotNumber + "B=10");

    var validated =
        perform(
            lina,
            post("/livraisons/" + id + "/valider")
                .param("version", String.valueOf(edited.version()))
                .param("backorderOn", "20/12/2026"));
    assertThat(validated.getRedirectedUrl()).as(body(validated)).isEqualTo("/livraisons/" + id);
    DeliveryView shipped = deliveries.get(w.company, id);
    assertThat(shipped.status()).isEqualTo(DeliveryStatus.SHIPPED);
    assertThat(shipped.number()).matches("BL-\\d{4}-\\d{4}");
    assertThat(orders.get(w.company, order).status()).isEqualTo(OrderStatus.PARTIALLY_DELIVERED);
    assertThat(stock.lot(w.company, w.firstLot).quantityOnHand().value()).isEqualByComparingTo("5");

    String after = body(perform(lina, get("/livraisons/" + id)));
    assertThat(after)
        .contains(shipped.number())
        .contains("Expédié")
        .contains("20/12/2026")
        .contains("Saisir la réception")
        .contains("FR-78-0412")
        .doesNotContain("id=\"draft-form\"");
    assertThat(after.replaceAll("\\s+", " "))
        .containsPattern("class=\"text-end num backorder[^\"]*\">20<");

    // the order stays in the list to deliver with its backorder, now partly delivered
    String rest =
        body(perform(lina, get("/livraisons/a-livrer").param("customer", w.business.toString())));
    assertThat(rest)
        .contains("20</span> × <span>" + w.photiniaCode)
        .contains("reliquat attendu le 20/12/2026")
        .contains("Livrée en partie");
  }

  @Test
  void refusalsAreSaidInFrenchNextToTheirField() throws Exception {
    OrderId order = w.photiniaOrder(30);
    WebSession lina = session(seller);
    DeliveryId id = deliveries.prepare(w.company, List.of(order), null);
    DeliveryView draft = deliveries.get(w.company, id);

    var over = perform(lina, save(draft, "32"));
    assertThat(over.getStatus()).isEqualTo(400);
    assertThat(body(over))
        .contains("Vous livrez plus que le reste à livrer de " + w.photiniaCode + " (30)")
        .contains("Surlivraison");
    assertThat(deliveries.get(w.company, id).lines().get(0).quantity().value())
        .isEqualByComparingTo("30");

    var lots = perform(lina, save(draft, "25", w.firstLot.toString(), "20"));
    assertThat(lots.getStatus()).isEqualTo(400);
    assertThat(body(lots))
        .contains(
            "Les lots de "
                + w.photiniaCode
                + " totalisent 20 alors que la quantité livrée est 25.");

    var bad = perform(lina, save(draft, "deux"));
    assertThat(bad.getStatus()).isEqualTo(400);
    assertThat(body(bad)).contains("« deux » n'est pas une quantité");

    // with the box ticked, over-delivery is accepted
    var ok =
        perform(
            lina,
            save(draft, "32", w.firstLot.toString(), "32").param("over_" + key(draft), "true"));
    assertThat(ok.getRedirectedUrl()).as(body(ok)).isEqualTo("/livraisons/" + id);
    assertThat(deliveries.get(w.company, id).lines().get(0).overDelivery()).isTrue();

    // an outdated version: asked to reload
    var stale = perform(lina, save(draft, "30"));
    assertThat(stale.getStatus()).isEqualTo(409);
    assertThat(body(stale)).contains("Rechargez la page");

    OrderId other =
        w.confirmedOrder(w.individual, List.of(LineDraft.product(w.photinia, Quantity.of(2))));
    var two =
        perform(
            lina,
            post("/livraisons/preparer")
                .param("order", order.toString())
                .param("order", other.toString()));
    assertThat(two.getStatus()).isEqualTo(400);
    assertThat(body(two))
        .contains("Un bon de livraison ne regroupe que des commandes d'un même client.");

    // no more than 50 orders in one note, as through the API
    var many = post("/livraisons/preparer");
    for (int i = 0; i < 51; i++) {
      many.param("order", order.toString());
    }
    var tooMany = perform(lina, many);
    assertThat(tooMany.getStatus()).isEqualTo(400);
    assertThat(body(tooMany)).contains("Un bon de livraison regroupe 50 commandes au plus.");
  }

  @Test
  void aDraftIsCancelledOnlyWithAReason() throws Exception {
    OrderId order = w.photiniaOrder(10);
    WebSession lina = session(seller);
    DeliveryId id = deliveries.prepare(w.company, List.of(order), null);
    int version = deliveries.get(w.company, id).version();

    var refused =
        perform(
            lina,
            post("/livraisons/" + id + "/annuler")
                .param("version", String.valueOf(version))
                .param("reason", " "));
    assertThat(refused.getStatus()).isEqualTo(400);
    assertThat(body(refused)).contains("Indiquez un motif");
    assertThat(deliveries.get(w.company, id).status()).isEqualTo(DeliveryStatus.DRAFT);

    var cancelled =
        perform(
            lina,
            post("/livraisons/" + id + "/annuler")
                .param("version", String.valueOf(version))
                .param("reason", "Client injoignable"));
    assertThat(cancelled.getRedirectedUrl()).isEqualTo("/livraisons/" + id);
    assertThat(deliveries.get(w.company, id).status()).isEqualTo(DeliveryStatus.CANCELLED);
    assertThat(body(perform(lina, get("/livraisons/" + id))))
        .contains("Annulé")
        .contains("Client injoignable")
        .doesNotContain("id=\"delivery-validate\"");
  }

  @Test
  void theListFiltersAndExportsExactlyWhatItShows() throws Exception {
    OrderId first = w.photiniaOrder(5);
    OrderId second = w.photiniaOrder(6);
    DeliveryId shippedId = deliveries.prepare(w.company, List.of(first), null);
    String number =
        deliveries.validate(
            w.company, shippedId, deliveries.get(w.company, shippedId).version(), null);
    LocalDate today = clock.today(w.company);
    DeliveryId draftId = deliveries.prepare(w.company, List.of(second), today.minusDays(3));
    String code = customers.get(w.company, w.business).code();
    WebSession lina = session(seller);
    String french = today.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));

    String listPage = body(perform(lina, get("/livraisons").param("q", code)));
    assertThat(listPage)
        .as("a late draft says by how many days")
        .contains("en retard de 3 j")
        .as("the round sheet is one form away, for today by default")
        .contains("id=\"round-sheet-form\"")
        .contains("action=\"/livraisons/tournee.pdf\"")
        .contains("Feuille de tournée")
        .contains("value=\"" + french + "\"")
        .as("phones must be able to type the date's slashes")
        .doesNotContain("inputmode=\"numeric\"");
    assertThat(body(perform(lina, get("/livraisons/" + draftId))))
        .doesNotContain("inputmode=\"numeric\"");
    var sheet = perform(lina, get("/livraisons/tournee.pdf").param("date", french));
    assertThat(sheet.getStatus()).isEqualTo(200);
    assertThat(sheet.getContentType()).isEqualTo("application/pdf");
    assertThat(
            perform(lina, get("/livraisons/tournee.pdf").param("date", "31/02/2026")).getStatus())
        .isEqualTo(400);

    String all = body(perform(lina, get("/livraisons").param("q", code)));
    assertThat(all).contains(number).contains("/livraisons/" + draftId).contains("Brouillon");

    String shipped =
        body(perform(lina, get("/livraisons").param("q", code).param("status", "SHIPPED")));
    assertThat(shipped).contains(number).doesNotContain("/livraisons/" + draftId + "\"");

    String byNumber = body(perform(lina, get("/livraisons").param("q", number)));
    assertThat(byNumber).contains(number).contains("1 entrée(s)");

    String none =
        body(perform(lina, get("/livraisons").param("q", code).param("transport", "CARRIER")));
    assertThat(none).contains("Aucun résultat.").doesNotContain(number);

    var csv =
        perform(lina, get("/livraisons/export.csv").param("q", code).param("status", "SHIPPED"));
    assertThat(csv.getStatus()).isEqualTo(200);
    assertThat(csv.getContentType()).startsWith("text/csv");
    String file = body(csv);
    assertThat(file.lines().count()).isEqualTo(2);
    assertThat(file)
        .contains("Numéro")
        .contains(number)
        .contains("Expédié")
        .contains(orders.get(w.company, first).number())
        .doesNotContain(orders.get(w.company, second).number());

    var xlsx = perform(lina, get("/livraisons/export.xlsx").param("q", code));
    assertThat(xlsx.getStatus()).isEqualTo(200);
    assertThat(xlsx.getContentAsByteArray()).startsWith(new byte[] {'P', 'K'});
  }

  @Test
  void anotherCompanysNoteIsNotFoundAndAViewerCannotValidate() throws Exception {
    OrderId order = w.photiniaOrder(3);
    DeliveryId id = deliveries.prepare(w.company, List.of(order), null);
    int version = deliveries.get(w.company, id).version();

    TenantIsolation.assertNotFoundFor(
        mvc,
        WebSession.login(mvc, "sophie"),
        () -> deliveries.get(w.company, id),
        get("/livraisons/" + id),
        post("/livraisons/" + id + "/valider").param("version", String.valueOf(version)),
        post("/livraisons/" + id + "/annuler")
            .param("version", String.valueOf(version))
            .param("reason", "x"));

    WebSession victor = session(viewer);
    assertThat(perform(victor, get("/livraisons/" + id)).getStatus()).isEqualTo(200);
    assertThat(body(perform(victor, get("/livraisons/" + id))))
        .doesNotContain("id=\"delivery-validate\"")
        .doesNotContain("id=\"draft-form\"");
    assertThat(
            perform(
                    victor,
                    post("/livraisons/" + id + "/valider")
                        .param("version", String.valueOf(version)))
                .getStatus())
        .isEqualTo(403);
    assertThat(
            perform(victor, post("/livraisons/preparer").param("order", order.toString()))
                .getStatus())
        .isEqualTo(403);
    assertThat(deliveries.get(w.company, id).status()).isEqualTo(DeliveryStatus.DRAFT);
  }
}
