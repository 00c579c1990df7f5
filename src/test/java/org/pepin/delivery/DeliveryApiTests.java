package org.pepin.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pepin.PepinIntegrationTest;
import org.pepin.TenantIsolation;
import org.pepin.catalog.pricing.PriceListManagement;
import org.pepin.catalog.product.ProductManagement;
import org.pepin.catalog.product.VatCategoryManagement;
import org.pepin.catalog.stock.StockManagement;
import org.pepin.customers.file.CustomerManagement;
import org.pepin.delivery.note.DeliveryService;
import org.pepin.platform.CompanyId;
import org.pepin.platform.PlatformFixtures;
import org.pepin.platform.Role;
import org.pepin.platform.user.UserManagement;
import org.pepin.sales.OrderId;
import org.pepin.sales.order.OrderService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The delivery API in the deliveries' test world (Clément Jardins): the Done-when flow through the
 * API — 35 of 60 Photinia prepared and validated, a backorder of 25, the order partly delivered, a
 * receipt of 25 and a second delivery, the order delivered — then the problem documents
 * (over-delivery, lots that do not add up, a note no longer a draft, a stale version, an unknown
 * order or lot), the roles, another company's note answered 404 and an Idempotency-Key replay.
 */
@PepinIntegrationTest
class DeliveryApiTests {

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
  @Autowired UserManagement users;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcClient jdbc;

  DeliveryScenario w;

  @BeforeEach
  void world() {
    w = new DeliveryScenario(fixtures, products, categories, lists, customers, stock, orders);
  }

  /** A user of the company with these roles. */
  RequestPostProcessor as(CompanyId company, Role... roles) {
    String login = "dapi" + System.nanoTime() % 1_000_000_000L;
    transaction.executeWithoutResult(
        t ->
            users.create(
                company,
                new UserManagement.NewUser(
                    login, "Essai " + login, null, PASSWORD, EnumSet.of(roles[0], roles))));
    return fixtures.bearer(login, company);
  }

  RequestPostProcessor as(Role... roles) {
    return as(w.company, roles);
  }

  MockHttpServletResponse call(MockHttpServletRequestBuilder request, RequestPostProcessor who)
      throws Exception {
    return mvc.perform(request.with(who)).andReturn().getResponse();
  }

  static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
    return request.contentType(MediaType.APPLICATION_JSON).content(body);
  }

  static String body(MockHttpServletResponse response) throws Exception {
    return response.getContentAsString(StandardCharsets.UTF_8);
  }

  static double number(String json, String path) {
    return ((Number) JsonPath.read(json, path)).doubleValue();
  }

  static int version(String json) {
    return JsonPath.<Integer>read(json, "$.version");
  }

  long deliveriesOf(OrderId order) {
    return jdbc.sql(
            "SELECT COUNT(DISTINCT delivery_id) FROM delivery_line WHERE company_id = ? AND"
                + " order_id = ?")
        .params(w.company.value(), order.value())
        .query(Long.class)
        .single();
  }

  String create(OrderId order, RequestPostProcessor who) throws Exception {
    var created =
        call(json(post("/api/v1/deliveries"), "{\"orders\": [\"%s\"]}".formatted(order)), who);
    assertThat(created.getStatus()).as(body(created)).isEqualTo(201);
    return body(created);
  }

  @Test
  void theDoneWhenFlowRunsThroughTheApi() throws Exception {
    var sales = as(Role.SALES);
    OrderId order = w.photiniaOrder(60);
    String key = UUID.randomUUID().toString();
    String request = "{\"orders\": [\"%s\"]}".formatted(order);

    var created =
        call(json(post("/api/v1/deliveries"), request).header("Idempotency-Key", key), sales);

    assertThat(created.getStatus()).as(body(created)).isEqualTo(201);
    String draft = body(created);
    String id = JsonPath.read(draft, "$.id");
    assertThat(created.getHeader("Location")).isEqualTo("/api/v1/deliveries/" + id);
    assertThat(JsonPath.<String>read(draft, "$.status")).isEqualTo("DRAFT");
    assertThat(JsonPath.<Object>read(draft, "$.number")).isNull();
    assertThat(JsonPath.<Boolean>read(draft, "$.printsPassports")).isTrue();
    assertThat(number(draft, "$.lines[0].remaining")).isEqualTo(60.0);
    assertThat(number(draft, "$.lines[0].quantity")).isEqualTo(35.0);
    assertThat(number(draft, "$.lines[0].backorder")).isEqualTo(25.0);
    assertThat(JsonPath.<String>read(draft, "$.lines[0].lots[0].lotNumber"))
        .isEqualTo(w.firstLotNumber);
    assertThat(JsonPath.<String>read(draft, "$.lines[0].lots[0].passport.botanicalName"))
        .isEqualTo("Photinia × fraseri");
    assertThat(JsonPath.<String>read(draft, "$.lines[0].lots[0].passport.operatorNumber"))
        .isEqualTo("FR-78-0412");
    assertThat(JsonPath.<String>read(draft, "$.lines[0].lots[0].passport.countryOfOrigin"))
        .isEqualTo("FR");

    var replayed =
        call(json(post("/api/v1/deliveries"), request).header("Idempotency-Key", key), sales);
    assertThat(replayed.getStatus()).isEqualTo(201);
    assertThat(JsonPath.<String>read(body(replayed), "$.id")).isEqualTo(id);
    assertThat(deliveriesOf(order)).isEqualTo(1);

    var read = call(get("/api/v1/deliveries/" + id), as(Role.VIEWER));
    assertThat(read.getStatus()).isEqualTo(200);
    assertThat(read.getHeader("ETag")).isEqualTo("\"" + version(draft) + "\"");
    assertThat(
            call(
                    json(
                        post("/api/v1/deliveries/" + id + "/validate"),
                        "{\"version\": %d}".formatted(version(draft))),
                    as(Role.VIEWER))
                .getStatus())
        .isEqualTo(403);
    var stale =
        call(
            json(
                post("/api/v1/deliveries/" + id + "/validate"),
                "{\"version\": %d}".formatted(version(draft) + 5)),
            sales);
    assertThat(stale.getStatus()).isEqualTo(409);

    var validated =
        call(
            json(
                post("/api/v1/deliveries/" + id + "/validate"),
                "{\"version\": %d, \"backorderExpectedOn\": \"15/01/2027\"}"
                    .formatted(version(draft))),
            sales);
    assertThat(validated.getStatus()).as(body(validated)).isEqualTo(200);
    String shipped = body(validated);
    assertThat(JsonPath.<String>read(shipped, "$.status")).isEqualTo("SHIPPED");
    assertThat(JsonPath.<String>read(shipped, "$.number")).matches("BL-\\d{4}-\\d{4}");
    assertThat(number(shipped, "$.lines[0].quantity")).isEqualTo(35.0);
    assertThat(number(shipped, "$.lines[0].backorder")).isEqualTo(25.0);
    assertThat(JsonPath.<String>read(shipped, "$.backorderExpectedOn")).isEqualTo("2027-01-15");

    var partly = call(get("/api/v1/orders/" + order), sales);
    assertThat(JsonPath.<String>read(body(partly), "$.status")).isEqualTo("PARTIALLY_DELIVERED");
    var toDeliver =
        call(get("/api/v1/deliveries/to-deliver").param("customer", w.business.toString()), sales);
    assertThat(toDeliver.getStatus()).as(body(toDeliver)).isEqualTo(200);
    String waiting = body(toDeliver);
    String path = "$[?(@.id == '%s')]".formatted(order);
    assertThat(JsonPath.<List<Double>>read(waiting, path + ".lines[0].remaining"))
        .containsExactly(25.0);
    assertThat(JsonPath.<List<String>>read(waiting, path + ".expectedOn"))
        .containsExactly("2027-01-15");

    w.receive(w.firstLotNumber + "B", 25);
    String second = create(order, sales);
    assertThat(number(second, "$.lines[0].quantity")).isEqualTo(25.0);
    assertThat(number(second, "$.lines[0].backorder")).isEqualTo(0.0);
    assertThat(JsonPath.<String>read(second, "$.lines[0].lots[0].lotNumber"))
        .isEqualTo(w.firstLotNumber + "B");
    String secondId = JsonPath.read(second, "$.id");
    var done =
        call(
            json(
                post("/api/v1/deliveries/" + secondId + "/validate"),
                "{\"version\": %d}".formatted(version(second))),
            sales);
    assertThat(done.getStatus()).as(body(done)).isEqualTo(200);
    assertThat(JsonPath.<String>read(body(call(get("/api/v1/orders/" + order), sales)), "$.status"))
        .isEqualTo("DELIVERED");

    String ofOrder = body(call(get("/api/v1/orders/" + order + "/deliveries"), sales));
    assertThat(JsonPath.<List<String>>read(ofOrder, "$[*].status"))
        .containsExactly("SHIPPED", "SHIPPED");
    assertThat(JsonPath.<List<Double>>read(ofOrder, "$[*].lines[0].quantity"))
        .containsExactly(35.0, 25.0);
    String listed =
        body(
            call(
                get("/api/v1/deliveries")
                    .param("status", "SHIPPED")
                    .param("customer", w.business.toString())
                    .param("sort", "number"),
                sales));
    assertThat(JsonPath.<List<String>>read(listed, "$.content[*].id")).contains(id, secondId);
    assertThat(JsonPath.<List<String>>read(listed, "$.content[*].status")).containsOnly("SHIPPED");
  }

  @Test
  void badChangesAreProblemDocumentsInFrench() throws Exception {
    var sales = as(Role.SALES);
    OrderId order = w.photiniaOrder(60);
    String draft = create(order, sales);
    String id = JsonPath.read(draft, "$.id");
    String orderLine = JsonPath.read(draft, "$.lines[0].orderLine");
    int version = version(draft);

    var lotsTotal =
        call(
            json(
                put("/api/v1/deliveries/" + id),
                """
                {"version": %d, "lines": [{"orderLine": "%s", "quantity": 30,
                  "lots": [{"lot": "%s", "quantity": 20}]}]}
                """
                    .formatted(version, orderLine, w.firstLotNumber)),
            sales);
    assertThat(lotsTotal.getStatus()).isEqualTo(400);
    assertThat(JsonPath.<String>read(body(lotsTotal), "$.errors[0].code"))
        .isEqualTo("delivery.lots-total");
    assertThat(JsonPath.<String>read(body(lotsTotal), "$.errors[0].field")).isEqualTo("lines");
    assertThat(JsonPath.<String>read(body(lotsTotal), "$.errors[0].message"))
        .isEqualTo(
            "Les lots de %s totalisent 20 alors que la quantité livrée est 30."
                .formatted(w.photiniaCode));

    var unknownLot =
        call(
            json(
                put("/api/v1/deliveries/" + id),
                """
                {"version": %d, "lines": [{"orderLine": "%s", "quantity": "12,5",
                  "lots": [{"lot": "L99-NOPE", "quantity": 12.5}]}]}
                """
                    .formatted(version, orderLine)),
            sales);
    assertThat(unknownLot.getStatus()).isEqualTo(400);
    assertThat(JsonPath.<String>read(body(unknownLot), "$.errors[0].field"))
        .isEqualTo("lines[0].lots[0].lot");
    assertThat(JsonPath.<String>read(body(unknownLot), "$.errors[0].message"))
        .isEqualTo("Lot inconnu : L99-NOPE");

    var noVersion =
        call(json(put("/api/v1/deliveries/" + id), "{\"roundName\": \"Tournée Nord\"}"), sales);
    assertThat(noVersion.getStatus()).isEqualTo(400);
    assertThat(JsonPath.<List<String>>read(body(noVersion), "$.errors[*].field"))
        .containsExactly("version");

    // more lines than the note has, more than 50 lots on a line: refused before any work
    var twoLines =
        call(
            json(
                put("/api/v1/deliveries/" + id),
                """
                {"version": %d, "lines": [{"orderLine": "%s", "quantity": 1},
                  {"orderLine": "%s", "quantity": 1}]}
                """
                    .formatted(version, orderLine, orderLine)),
            sales);
    assertThat(twoLines.getStatus()).isEqualTo(400);
    assertThat(JsonPath.<String>read(body(twoLines), "$.errors[0].field")).isEqualTo("lines");
    assertThat(JsonPath.<String>read(body(twoLines), "$.errors[0].message"))
        .isEqualTo("1 lignes au plus pour ce bon de livraison.");
    String manyLots =
        String.join(
            ", ",
            java.util.Collections.nCopies(
                51, "{\"lot\": \"%s\", \"quantity\": 1}".formatted(w.firstLotNumber)));
    var tooManyLots =
        call(
            json(
                put("/api/v1/deliveries/" + id),
                "{\"version\": %d, \"lines\": [{\"orderLine\": \"%s\", \"quantity\": 51, \"lots\": [%s]}]}"
                    .formatted(version, orderLine, manyLots)),
            sales);
    assertThat(tooManyLots.getStatus()).isEqualTo(400);
    assertThat(JsonPath.<String>read(body(tooManyLots), "$.errors[0].field"))
        .isEqualTo("lines[0].lots");
    assertThat(JsonPath.<String>read(body(tooManyLots), "$.errors[0].message"))
        .isEqualTo("Une ligne prend 50 lots au plus.");

    // a page far beyond the list is empty, not a server error
    var farPage =
        call(get("/api/v1/deliveries").param("page", "5000000").param("size", "500"), sales);
    assertThat(farPage.getStatus()).as(body(farPage)).isEqualTo(200);
    assertThat(JsonPath.<List<Object>>read(body(farPage), "$.content")).isEmpty();
    assertThat(org.pepin.platform.PageQuery.of(5_000_000, 500, null, List.of("n"), "n").offset())
        .isEqualTo(org.pepin.platform.PageQuery.MAX_PAGE * 500);

    // over-delivery: 70 of the 60 ordered, from the lot and a second one, without asking for it
    w.receive(w.firstLotNumber + "C", 40);
    String overBody =
        """
        {"version": %d, "roundName": "Tournée Nord", "transport": "carrier",
         "carrier": "Transports Martin",
         "lines": [{"id": "%s", "quantity": 70, "overDelivery": %s, "lots": [{"lot": "%s",
           "quantity": 35}, {"lot": "%s", "quantity": 35}]}]}
        """;
    String lineId = JsonPath.<String>read(draft, "$.lines[0].id");
    var refused =
        call(
            json(
                put("/api/v1/deliveries/" + id),
                overBody.formatted(
                    version, lineId, false, w.firstLotNumber, w.firstLotNumber + "C")),
            sales);
    assertThat(refused.getStatus()).isEqualTo(400);
    assertThat(JsonPath.<String>read(body(refused), "$.errors[0].code"))
        .isEqualTo("sales.order.over-delivery");
    assertThat(JsonPath.<String>read(body(refused), "$.errors[0].message"))
        .isEqualTo(
            "Vous livrez plus que le reste à livrer de "
                + w.photiniaCode
                + " (60) : cochez « Surlivraison » pour le confirmer.");
    var over =
        call(
            json(
                put("/api/v1/deliveries/" + id),
                overBody.formatted(
                    version, lineId, true, w.firstLotNumber, w.firstLotNumber + "C")),
            sales);
    assertThat(over.getStatus()).as(body(over)).isEqualTo(200);
    String changed = body(over);
    assertThat(JsonPath.<String>read(changed, "$.roundName")).isEqualTo("Tournée Nord");
    assertThat(JsonPath.<String>read(changed, "$.transport")).isEqualTo("CARRIER");
    assertThat(number(changed, "$.lines[0].quantity")).isEqualTo(70.0);
    assertThat(JsonPath.<Boolean>read(changed, "$.lines[0].overDelivery")).isTrue();
    assertThat(JsonPath.<List<String>>read(changed, "$.lines[0].lots[*].lotNumber"))
        .containsExactly(w.firstLotNumber, w.firstLotNumber + "C");
    assertThat(JsonPath.<String>read(body(call(get("/api/v1/orders/" + order), sales)), "$.status"))
        .isEqualTo("CONFIRMED");

    var noReason =
        call(
            json(
                post("/api/v1/deliveries/" + id + "/cancel"),
                "{\"version\": %d}".formatted(version(changed))),
            sales);
    assertThat(noReason.getStatus()).isEqualTo(400);
    assertThat(JsonPath.<String>read(body(noReason), "$.errors[0].field")).isEqualTo("reason");
    var cancelled =
        call(
            json(
                post("/api/v1/deliveries/" + id + "/cancel"),
                "{\"version\": %d, \"reason\": \"Client absent\"}".formatted(version(changed))),
            sales);
    assertThat(cancelled.getStatus()).isEqualTo(200);
    assertThat(JsonPath.<String>read(body(cancelled), "$.status")).isEqualTo("CANCELLED");
    assertThat(JsonPath.<String>read(body(cancelled), "$.cancelReason")).isEqualTo("Client absent");

    var notDraft =
        call(
            json(
                post("/api/v1/deliveries/" + id + "/validate"),
                "{\"version\": %d}".formatted(version(body(cancelled)))),
            sales);
    assertThat(notDraft.getStatus()).isEqualTo(400);
    assertThat(JsonPath.<String>read(body(notDraft), "$.errors[0].code"))
        .isEqualTo("delivery.not-draft");
    assertThat(JsonPath.<String>read(body(notDraft), "$.errors[0].message"))
        .isEqualTo("Ce bon de livraison n'est plus modifiable (statut CANCELLED).");

    String unknown = UUID.randomUUID().toString();
    var unknownOrder =
        call(json(post("/api/v1/deliveries"), "{\"orders\": [\"%s\"]}".formatted(unknown)), sales);
    assertThat(unknownOrder.getStatus()).isEqualTo(400);
    assertThat(JsonPath.<String>read(body(unknownOrder), "$.errors[0].field"))
        .isEqualTo("orders[0]");
    assertThat(JsonPath.<String>read(body(unknownOrder), "$.errors[0].message"))
        .isEqualTo("Commande inconnue : « " + unknown + " ».");
    var badFilter = call(get("/api/v1/deliveries").param("status", "PERDU"), sales);
    assertThat(badFilter.getStatus()).isEqualTo(400);
    assertThat(JsonPath.<String>read(body(badFilter), "$.errors[0].field")).isEqualTo("status");
  }

  @Test
  void readersReadAnotherCompanyFindsNothingAndAViewerCannotAct() throws Exception {
    OrderId order = w.photiniaOrder(10);
    String draft = create(order, as(Role.MANAGER));
    String id = JsonPath.read(draft, "$.id");

    assertThat(call(get("/api/v1/deliveries/" + id), as(Role.ACCOUNTING)).getStatus())
        .isEqualTo(200);
    assertThat(
            call(
                    json(post("/api/v1/deliveries"), "{\"orders\": [\"%s\"]}".formatted(order)),
                    as(Role.VIEWER))
                .getStatus())
        .isEqualTo(403);
    assertThat(
            call(json(put("/api/v1/deliveries/" + id), "{\"version\": 1}"), as(Role.ACCOUNTING))
                .getStatus())
        .isEqualTo(403);

    var outsider = as(fixtures.nursery(), Role.ADMIN);
    TenantIsolation.assertNotFoundFor(
        mvc,
        outsider,
        () -> deliveries.get(w.company, DeliveryId.of(id)),
        get("/api/v1/deliveries/" + id),
        json(put("/api/v1/deliveries/" + id), "{\"version\": 1, \"notes\": \"x\"}"),
        json(post("/api/v1/deliveries/" + id + "/validate"), "{\"version\": 1}"),
        json(post("/api/v1/deliveries/" + id + "/cancel"), "{\"version\": 1, \"reason\": \"x\"}"),
        get("/api/v1/orders/" + order + "/deliveries"));
    var foreignOrder =
        call(json(post("/api/v1/deliveries"), "{\"orders\": [\"%s\"]}".formatted(order)), outsider);
    assertThat(foreignOrder.getStatus()).isEqualTo(400);
    assertThat(JsonPath.<String>read(body(foreignOrder), "$.errors[0].field"))
        .isEqualTo("orders[0]");
    assertThat(deliveriesOf(order)).isEqualTo(1);
  }
}
