package org.pepin.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pepin.PepinIntegrationTest;
import org.pepin.TenantIsolation;
import org.pepin.WebSession;
import org.pepin.catalog.pricing.PriceListManagement;
import org.pepin.catalog.product.ProductManagement;
import org.pepin.catalog.product.VatCategoryManagement;
import org.pepin.catalog.stock.StockManagement;
import org.pepin.customers.file.CustomerManagement;
import org.pepin.delivery.note.DeliveryFollowUp;
import org.pepin.delivery.note.DeliveryService;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.PlatformFixtures;
import org.pepin.platform.Role;
import org.pepin.platform.user.UserManagement;
import org.pepin.sales.OrderId;
import org.pepin.sales.OrderStatus;
import org.pepin.sales.OrderView;
import org.pepin.sales.SalesLine;
import org.pepin.sales.order.OrderService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The order page's « Livraisons » block, the backorder cancellation from it, Livraisons › Suivi and
 * the follow-up API, in Clément Jardins: quantities after a partial delivery, a cancellation
 * refused without reason (in French) then done, a viewer who reads but may not cancel, and another
 * company's order and notices out of reach.
 */
@PepinIntegrationTest
class FollowUpWebTests {

  static final String PASSWORD = "suivi-livraisons-42";

  @Autowired MockMvc mvc;
  @Autowired PlatformFixtures fixtures;
  @Autowired ProductManagement products;
  @Autowired VatCategoryManagement categories;
  @Autowired PriceListManagement lists;
  @Autowired CustomerManagement customers;
  @Autowired StockManagement stock;
  @Autowired OrderService orders;
  @Autowired DeliveryService deliveries;
  @Autowired DeliveryFollowUp followUp;
  @Autowired UserManagement users;
  @Autowired TransactionTemplate transaction;
  @Autowired CompanyClock clock;

  DeliveryScenario w;
  String seller;
  String viewer;

  @BeforeEach
  void world() {
    w = new DeliveryScenario(fixtures, products, categories, lists, customers, stock, orders);
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    seller = "suivi-vendeur-" + suffix;
    viewer = "suivi-lecteur-" + suffix;
    transaction.executeWithoutResult(
        t -> {
          users.create(
              w.company,
              new UserManagement.NewUser(
                  seller, "Karim Suivi " + suffix, null, PASSWORD, EnumSet.of(Role.SALES)));
          users.create(
              w.company,
              new UserManagement.NewUser(
                  viewer, "Véra Lecture " + suffix, null, PASSWORD, EnumSet.of(Role.VIEWER)));
        });
  }

  static String body(MockHttpServletResponse response) throws Exception {
    return response
        .getContentAsString(StandardCharsets.UTF_8)
        .replace('\u202f', ' ')
        .replace('\u00a0', ' ');
  }

  /** An order of 60 Photinia delivered 35, the rest expected in ten days. */
  record Partly(
      OrderId order, String number, String delivery, SalesLine line, LocalDate expected) {}

  Partly partly() {
    OrderId order = w.photiniaOrder(60);
    DeliveryId id = deliveries.prepare(w.company, List.of(order), null);
    LocalDate expected = clock.today(w.company).plusDays(10);
    String bl = deliveries.validate(w.company, id, 1, expected);
    OrderView o = orders.get(w.company, order);
    return new Partly(order, o.number(), bl, o.lines().get(0), expected);
  }

  String orderPage(WebSession session, OrderId order) throws Exception {
    MvcResult page = session.perform(get("/sales/orders/" + order));
    assertThat(page.getResponse().getStatus()).isEqualTo(200);
    return body(page.getResponse());
  }

  static String format(LocalDate date) {
    return date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
  }

  @Test
  void theOrderPageShowsWhatWasDeliveredAndWhatRemainsAfterAPartialDelivery() throws Exception {
    Partly p = partly();
    var session = WebSession.login(mvc, seller, PASSWORD);
    String page = orderPage(session, p.order());
    String section = page.substring(page.indexOf("id=\"order-delivery-section\""));
    assertThat(section)
        .contains("Livrée en partie")
        .contains("Préparer la livraison")
        .contains("name=\"order\" value=\"" + p.order() + "\"")
        .contains("action=\"/livraisons/preparer\"")
        .contains(p.delivery())
        .contains("Expédié")
        .contains("href=\"/livraisons/")
        .contains("reliquat attendu le " + format(p.expected()))
        .contains("Annuler le reliquat")
        .contains("Annuler les 25 restants");
    String row = section.substring(section.indexOf("data-line=\"" + p.line().id() + "\""));
    // ordered 60, delivered 35, cancelled 0, remaining 25, invoiced 0
    assertThat(row.replaceAll("\\s+", " "))
        .containsSubsequence(">60</span>", ">35<", ">0</span>", ">25<", ">0<");

    var reader = WebSession.login(mvc, viewer, PASSWORD);
    String read = orderPage(reader, p.order());
    assertThat(read).contains("Livrée en partie").contains(p.delivery());
    assertThat(read).doesNotContain("Préparer la livraison").doesNotContain("Annuler le reliquat");
  }

  @Test
  void aBackorderIsCancelledFromTheOrderPageOnlyWithAReason() throws Exception {
    Partly p = partly();
    var session = WebSession.login(mvc, seller, PASSWORD);
    String path = "/livraisons/reliquats/" + p.order() + "/" + p.line().id() + "/annuler";

    MvcResult refused = session.perform(post(path).param("reason", "  "));
    assertThat(refused.getResponse().getStatus()).isEqualTo(302);
    assertThat(refused.getResponse().getRedirectedUrl())
        .isEqualTo("/sales/orders/" + p.order() + "#order-delivery-section");
    String page = orderPage(session, p.order());
    assertThat(page)
        .contains("Indiquez un motif (500 caractères au plus).")
        .contains("is-invalid")
        .contains("Livrée en partie");
    assertThat(orders.get(w.company, p.order()).status())
        .isEqualTo(OrderStatus.PARTIALLY_DELIVERED);

    MvcResult done = session.perform(post(path).param("reason", "Fin de saison du Photinia"));
    assertThat(done.getResponse().getRedirectedUrl()).startsWith("/sales/orders/" + p.order());
    page = orderPage(session, p.order());
    assertThat(page)
        .contains("Reliquat annulé : la commande l&#39;indique avec son motif.")
        .contains("Fin de saison du Photinia");
    OrderView closed = orders.get(w.company, p.order());
    assertThat(closed.status()).isEqualTo(OrderStatus.DELIVERED);
    assertThat(closed.lines().get(0).cancelled().value()).isEqualByComparingTo("25");
    assertThat(closed.lines().get(0).remainingToDeliver().isZero()).isTrue();
    String section = page.substring(page.indexOf("id=\"order-delivery-section\""));
    assertThat(section).contains("Livrée").doesNotContain("Annuler le reliquat");

    session.perform(post(path).param("reason", "encore"));
    assertThat(orderPage(session, p.order()))
        .contains("Il ne reste rien à livrer sur cette ligne.");
  }

  @Test
  void aViewerMayNotCancelABackorderNorMarkANoticeRead() throws Exception {
    Partly p = partly();
    var reader = WebSession.login(mvc, viewer, PASSWORD);
    MvcResult web =
        reader.perform(
            post("/livraisons/reliquats/" + p.order() + "/" + p.line().id() + "/annuler")
                .param("reason", "pas moi"));
    assertThat(web.getResponse().getStatus()).isEqualTo(403);
    var api =
        mvc.perform(
                post("/api/v1/orders/"
                        + p.order()
                        + "/lines/"
                        + p.line().id()
                        + "/cancel-backorder")
                    .with(fixtures.bearer(viewer, w.company))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"reason\": \"pas moi\"}"))
            .andReturn()
            .getResponse();
    assertThat(api.getStatus()).isEqualTo(403);
    var notice = followUp.notices(w.company).get(0);
    var dismiss =
        mvc.perform(
                post("/api/v1/delivery-notices/" + notice.id() + "/dismiss")
                    .with(fixtures.bearer(viewer, w.company)))
            .andReturn()
            .getResponse();
    assertThat(dismiss.getStatus()).isEqualTo(403);
    assertThat(orders.get(w.company, p.order()).status())
        .isEqualTo(OrderStatus.PARTIALLY_DELIVERED);

    // the viewer reads the follow-up, without the button
    MvcResult screen = reader.perform(get("/livraisons/suivi"));
    assertThat(screen.getResponse().getStatus()).isEqualTo(200);
    assertThat(body(screen.getResponse()))
        .contains("Suivi des livraisons")
        .contains(p.number())
        .doesNotContain("Marquer comme lu");
  }

  @Test
  void theFollowUpScreenListsTheBackorderAndItsNoticeWhichCanBeMarkedRead() throws Exception {
    Partly p = partly();
    DeliveryId late =
        deliveries.prepare(
            w.company, List.of(w.photiniaOrder(5)), clock.today(w.company).minusDays(2));
    var session = WebSession.login(mvc, seller, PASSWORD);
    String screen = body(session.perform(get("/livraisons/suivi")).getResponse());
    assertThat(screen)
        .contains("Suivi des livraisons")
        .contains("En retard")
        .contains("href=\"/livraisons/" + late + "\"")
        .contains("2 j")
        .contains("Reliquats par produit")
        .contains("data-product=\"" + w.photiniaCode + "\"")
        .contains(
            "Reliquat de 25 × "
                + w.photiniaCode
                + " sur "
                + p.number()
                + " — attendu le "
                + format(p.expected()))
        .contains("Marquer comme lu")
        .contains("href=\"/livraisons/suivi\"")
        .as("today's round sheet is one click away")
        .contains("href=\"/livraisons/tournee.pdf?date=" + clock.today(w.company) + "\"")
        .contains("Feuille de tournée du jour (PDF)");
    String backorders = screen.substring(screen.indexOf("data-product=\"" + w.photiniaCode));
    assertThat(backorders).containsSubsequence(">25<", p.number(), format(p.expected()));

    var notice =
        followUp.notices(w.company).stream()
            .filter(n -> n.order().equals(p.order()))
            .findFirst()
            .orElseThrow();
    MvcResult read = session.perform(post("/livraisons/suivi/avis/" + notice.id() + "/lu"));
    assertThat(read.getResponse().getRedirectedUrl()).isEqualTo("/livraisons/suivi#notices");
    String after = body(session.perform(get("/livraisons/suivi")).getResponse());
    assertThat(after)
        .contains("Avis marqué comme lu.")
        .doesNotContain("data-notice=\"" + notice.id() + "\"");
  }

  @Test
  void theApiGivesTheFollowUpAndCancelsABackorderWithItsReason() throws Exception {
    Partly p = partly();
    var token = fixtures.bearer(seller, w.company);
    String json =
        body(
            mvc.perform(get("/api/v1/deliveries/follow-up").with(token)).andReturn().getResponse());
    List<Map<String, Object>> product =
        JsonPath.read(json, "$.backorders[?(@.productCode == '" + w.photiniaCode + "')]");
    assertThat(product).hasSize(1);
    assertThat(product.get(0).get("remaining").toString()).isIn("25", "25.0", "25.000");
    assertThat(product.get(0).get("expectedOn")).isEqualTo(p.expected().toString());
    List<String> noticeIds = JsonPath.read(json, "$.notices[?(@.order == '" + p.order() + "')].id");
    assertThat(noticeIds).hasSize(1);
    assertThat(JsonPath.<String>read(json, "$.today")).isEqualTo(clock.today(w.company).toString());

    String notices =
        body(mvc.perform(get("/api/v1/delivery-notices").with(token)).andReturn().getResponse());
    assertThat(JsonPath.<List<String>>read(notices, "$[*].id")).contains(noticeIds.get(0));
    var dismissed =
        mvc.perform(post("/api/v1/delivery-notices/" + noticeIds.get(0) + "/dismiss").with(token))
            .andReturn()
            .getResponse();
    assertThat(dismissed.getStatus()).isEqualTo(200);
    assertThat(JsonPath.<List<String>>read(body(dismissed), "$[*].id"))
        .doesNotContain(noticeIds.get(0));

    String cancel = "/api/v1/orders/" + p.order() + "/lines/" + p.line().id() + "/cancel-backorder";
    var refused =
        mvc.perform(post(cancel).with(token).contentType(MediaType.APPLICATION_JSON).content("{}"))
            .andReturn()
            .getResponse();
    assertThat(refused.getStatus()).isEqualTo(400);
    assertThat(JsonPath.<String>read(body(refused), "$.errors[0].field")).isEqualTo("reason");
    assertThat(JsonPath.<String>read(body(refused), "$.errors[0].message"))
        .isEqualTo("Indiquez un motif (500 caractères au plus).");

    var done =
        mvc.perform(
                post(cancel)
                    .with(token)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"reason\": \"Fin de saison\"}"))
            .andReturn()
            .getResponse();
    assertThat(done.getStatus()).as(body(done)).isEqualTo(200);
    String order = body(done);
    assertThat(JsonPath.<String>read(order, "$.status")).isEqualTo("DELIVERED");
    assertThat(JsonPath.<String>read(order, "$.delivery")).isEqualTo("FULLY");
    assertThat(JsonPath.<String>read(order, "$.lines[0].cancelReason")).isEqualTo("Fin de saison");
    assertThat(JsonPath.<Object>read(order, "$.lines[0].cancelled").toString()).startsWith("25");

    var again =
        mvc.perform(
                post(cancel)
                    .with(token)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"reason\": \"encore\"}"))
            .andReturn()
            .getResponse();
    assertThat(again.getStatus()).isEqualTo(400);
    assertThat(JsonPath.<String>read(body(again), "$.errors[0].code"))
        .isEqualTo("sales.backorder.none");
    assertThat(JsonPath.<String>read(body(again), "$.errors[0].message"))
        .isEqualTo("Il ne reste rien à livrer sur cette ligne.");
  }

  @Test
  void anotherCompanysOrderAndNoticesAreNotFound() throws Exception {
    Partly p = partly();
    var notice =
        followUp.notices(w.company).stream()
            .filter(n -> n.order().equals(p.order()))
            .findFirst()
            .orElseThrow();
    TenantIsolation.assertNotFoundFor(
        mvc,
        fixtures.bearer("paul", fixtures.nursery()),
        () ->
            List.of(
                orders.get(w.company, p.order()).toString(),
                followUp.notices(w.company).stream().map(n -> n.id()).toList()),
        post("/api/v1/orders/" + p.order() + "/lines/" + p.line().id() + "/cancel-backorder")
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"reason\": \"intrus\"}"),
        post("/api/v1/delivery-notices/" + notice.id() + "/dismiss"),
        post("/api/v1/delivery-notices/not-an-id/dismiss"));
    var paul = WebSession.login(mvc, "paul");
    paul.perform(post("/company/switch").param("company", fixtures.nursery().toString()));
    MvcResult web =
        paul.perform(
            post("/livraisons/reliquats/" + p.order() + "/" + p.line().id() + "/annuler")
                .param("reason", "intrus"));
    assertThat(web.getResponse().getStatus()).isEqualTo(404);
    assertThat(
            paul.perform(post("/livraisons/suivi/avis/" + notice.id() + "/lu"))
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    assertThat(orders.get(w.company, p.order()).status())
        .isEqualTo(OrderStatus.PARTIALLY_DELIVERED);
    // and the follow-up of the demo company does not list it
    String screen = body(paul.perform(get("/livraisons/suivi")).getResponse());
    assertThat(screen).contains("Suivi des livraisons").doesNotContain(w.photiniaCode);
  }
}
