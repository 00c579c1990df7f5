package org.pepin.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pepin.PepinIntegrationTest;
import org.pepin.TenantIsolation;
import org.pepin.WebSession;
import org.pepin.catalog.pricing.PriceListManagement;
import org.pepin.catalog.product.ProductManagement;
import org.pepin.catalog.product.VatCategoryManagement;
import org.pepin.customers.Customers;
import org.pepin.customers.file.CustomerManagement;
import org.pepin.platform.PlatformFixtures;
import org.pepin.platform.pdf.PdfChecks;
import org.pepin.platform.user.UserManagement;
import org.pepin.sales.order.OrderService;
import org.pepin.shared.Money;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Orders through the screens and the API, on a private copy of the scenario in Clément Jardins: the
 * Commune's order that cannot be confirmed without its commitment number (and whose PDF carries
 * it), a held order that only a manager releases, cancellation with a reason, an amendment that
 * keeps the previous lines, an order created with its lines in one call to the cent, sending the
 * confirmation with its PDF, the list and its export, and another company's orders out of reach.
 */
@PepinIntegrationTest
class OrderWebTests {

  @Autowired MockMvc mvc;
  @Autowired OrderService orders;
  @Autowired PriceListManagement lists;
  @Autowired ProductManagement products;
  @Autowired VatCategoryManagement categories;
  @Autowired CustomerManagement customerManagement;
  @Autowired Customers customers;
  @Autowired UserManagement users;
  @Autowired TransactionTemplate transaction;
  @Autowired PlatformFixtures fixtures;
  @Autowired JdbcClient jdbc;

  OrderScenario o;

  @BeforeEach
  void scenario() {
    o =
        new OrderScenario(
            fixtures,
            products,
            categories,
            lists,
            customerManagement,
            customers,
            users,
            transaction);
  }

  @AfterEach
  void release() {
    HoldingCreditCheck.HELD.remove(o.s.hotel);
  }

  /** The answer's text, with the no-break spaces of French amounts as plain spaces. */
  static String body(MockHttpServletResponse response) throws Exception {
    return response
        .getContentAsString(StandardCharsets.UTF_8)
        .replace('\u202f', ' ')
        .replace('\u00a0', ' ');
  }

  String product(String code) {
    return o.s.id(code).value().toString();
  }

  String line(String code, String quantity) {
    return "{\"product\": \"" + product(code) + "\", \"quantity\": \"" + quantity + "\"}";
  }

  /** The Commune's order: 2 lime trees and their planting on the −10 % list. */
  String communeOrder(String extra) {
    return "{\"customer\": \""
        + o.communeCode
        + "\", \"customerReference\": \"BC-2026-77\", \"requestedDelivery\": \"15/12/2026\","
        + " \"lines\": ["
        + line("TIL-T1214", "2")
        + ", "
        + line("PLANT-TIGE", "2")
        + "]"
        + extra
        + "}";
  }

  MockHttpServletResponse api(MockHttpServletRequestBuilder request, String user, String json)
      throws Exception {
    return mvc.perform(
            request
                .with(fixtures.bearer(user, o.company))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json))
        .andReturn()
        .getResponse();
  }

  OrderId create(String user, String json) throws Exception {
    var response = api(post("/api/v1/orders"), user, json);
    assertThat(response.getStatus()).as(body(response)).isEqualTo(201);
    return OrderId.of(JsonPath.read(body(response), "$.id"));
  }

  WebSession session(String user) {
    return WebSession.login(mvc, user, OrderScenario.PASSWORD);
  }

  @Test
  void theCommuneCannotHaveItsOrderConfirmedWithoutItsCommitmentNumberWhichThePdfCarries()
      throws Exception {
    var created = api(post("/api/v1/orders"), o.sales, communeOrder(""));
    assertThat(created.getStatus()).as(body(created)).isEqualTo(201);
    String json = body(created);
    assertThat(created.getHeader("Location")).startsWith("/api/v1/orders/");
    assertThat(JsonPath.<String>read(json, "$.status")).isEqualTo("DRAFT");
    assertThat(JsonPath.<Double>read(json, "$.totals.totalNet")).isEqualTo(511.20);
    assertThat(JsonPath.<Double>read(json, "$.totals.totalVat")).isEqualTo(68.22);
    assertThat(JsonPath.<Double>read(json, "$.totals.totalGross")).isEqualTo(579.42);
    assertThat(JsonPath.<List<Double>>read(json, "$.totals.rates[*].base"))
        .containsExactly(340.20, 171.00);
    assertThat(JsonPath.<List<Double>>read(json, "$.totals.rates[*].vat"))
        .containsExactly(34.02, 34.20);
    assertThat(JsonPath.<List<Double>>read(json, "$.lines[*].netUnitPrice"))
        .containsExactly(170.10, 85.50);
    OrderId id = OrderId.of(JsonPath.read(json, "$.id"));

    // Confirming from the page is refused with the reason, and nothing changes.
    var sacha = session(o.sales);
    var refused = sacha.perform(post("/sales/orders/" + id + "/confirm").param("version", "1"));
    assertThat(refused.getResponse().getStatus()).isEqualTo(400);
    assertThat(body(refused.getResponse()))
        .contains("Ce client exige un numéro d&#39;engagement sur ses commandes (Chorus Pro)")
        .contains("id=\"commitment-banner\"");
    assertThat(orders.get(o.company, id).status()).isEqualTo(OrderStatus.DRAFT);
    assertThat(orders.get(o.company, id).number()).isNull();
    var apiRefused = api(post("/api/v1/orders/" + id + "/confirm"), o.sales, "{}");
    assertThat(apiRefused.getStatus()).isEqualTo(400);
    assertThat(JsonPath.<String>read(body(apiRefused), "$.errors[0].field"))
        .isEqualTo("commitmentNumber");
    assertThat(JsonPath.<String>read(body(apiRefused), "$.errors[0].code"))
        .isEqualTo("sales.order.commitment-required");

    // With the commitment number (an amendment of the draft: no revision), it is confirmed.
    var amended =
        api(
            put("/api/v1/orders/" + id),
            o.sales,
            communeOrder(", \"commitmentNumber\": \"EJ-2026-118\", \"version\": 1"));
    assertThat(amended.getStatus()).as(body(amended)).isEqualTo(200);
    assertThat(JsonPath.<Integer>read(body(amended), "$.revision")).isZero();
    int version = JsonPath.read(body(amended), "$.version");
    var confirmed =
        sacha.perform(
            post("/sales/orders/" + id + "/confirm").param("version", String.valueOf(version)));
    assertThat(confirmed.getResponse().getStatus()).isEqualTo(302);
    OrderView order = orders.get(o.company, id);
    assertThat(order.status()).isEqualTo(OrderStatus.CONFIRMED);
    assertThat(order.number()).matches("CO-\\d{4}-\\d{4}");

    String page = body(sacha.perform(get("/sales/orders/" + id)).getResponse());
    assertThat(page)
        .contains(order.number())
        .contains("EJ-2026-118")
        .contains("BC-2026-77")
        .contains("Confirmée")
        .contains("TVA 10 % sur 340,20 €")
        .contains("579,42 €")
        .contains("Confirmée</ins>")
        .doesNotContain("id=\"commitment-banner\"");

    var pdf = sacha.perform(get("/sales/orders/" + id + "/pdf")).getResponse();
    assertThat(pdf.getContentType()).isEqualTo("application/pdf");
    String text = PdfChecks.text(pdf.getContentAsByteArray());
    assertThat(text)
        .contains("Confirmation de commande " + order.number())
        .contains("engagement")
        .contains("EJ-2026-118")
        .contains("Votre référence")
        .contains("BC-2026-77")
        .contains("Code service")
        .contains("SERV-TECH")
        .contains("15/12/2026")
        .contains("579,42")
        .contains("TVA 10 % sur 340,20")
        .doesNotContain("Droit de rétractation");
    assertThat(PdfChecks.pdfA3bFailures(pdf.getContentAsByteArray())).isEmpty();
    // kept beside the screenshots, for anyone to look at
    java.nio.file.Files.createDirectories(org.pepin.Browser.SCREENSHOTS);
    java.nio.file.Files.write(
        org.pepin.Browser.SCREENSHOTS.resolve("sales-order-commune.pdf"),
        pdf.getContentAsByteArray());
  }

  @Test
  void aHeldOrderShowsTheReasonAndOnlyAManagerReleasesIt() throws Exception {
    HoldingCreditCheck.HELD.add(o.s.hotel);
    var created =
        api(
            post("/api/v1/orders"),
            o.sales,
            "{\"customer\": \""
                + o.hotelCode
                + "\", \"confirm\": true, \"lines\": ["
                + line("TIL-T1214", "2")
                + "]}");
    assertThat(created.getStatus()).as(body(created)).isEqualTo(201);
    assertThat(JsonPath.<String>read(body(created), "$.status")).isEqualTo("HELD");
    assertThat(JsonPath.<String>read(body(created), "$.statusReason"))
        .isEqualTo("sales.test.over-limit");
    OrderId id = OrderId.of(JsonPath.read(body(created), "$.id"));
    OrderView held = orders.get(o.company, id);
    assertThat(held.number()).isNotNull();

    var sacha = session(o.sales);
    String page = body(sacha.perform(get("/sales/orders/" + id)).getResponse());
    assertThat(page)
        .contains("Commande bloquée par le contrôle de crédit :")
        // the test check's reason has no message: its key is shown, with nothing lost
        .contains("id=\"held-reason\">sales.test.over-limit<")
        .contains("Un responsable (administrateur ou gérant) doit décider de la débloquer.")
        .doesNotContain("id=\"release-form\"")
        .doesNotContain(">Marge<");
    assertThat(
            sacha
                .perform(post("/sales/orders/" + id + "/release").param("note", "je débloque"))
                .getResponse()
                .getStatus())
        .isEqualTo(403);
    assertThat(
            api(post("/api/v1/orders/" + id + "/release"), o.sales, "{\"note\": \"moi\"}")
                .getStatus())
        .isEqualTo(403);
    assertThat(orders.get(o.company, id).status()).isEqualTo(OrderStatus.HELD);

    var manon = session(o.manager);
    String managerPage = body(manon.perform(get("/sales/orders/" + id)).getResponse());
    // the margin column is for managers (the scenario's products have no cost: no total)
    assertThat(managerPage).contains("id=\"release-form\"").contains(">Marge<");
    var noNote = manon.perform(post("/sales/orders/" + id + "/release").param("note", " "));
    assertThat(noNote.getResponse().getStatus()).isEqualTo(400);
    assertThat(body(noNote.getResponse())).contains("Indiquez un motif (500 caractères au plus).");
    assertThat(orders.get(o.company, id).status()).isEqualTo(OrderStatus.HELD);

    // the order was amended since the manager read it: the decision is refused
    int read = orders.get(o.company, id).version();
    assertThat(
            api(
                    post("/api/v1/orders/" + id + "/release"),
                    o.manager,
                    "{\"note\": \"vu\", \"version\": " + (read - 1) + "}")
                .getStatus())
        .isEqualTo(409);
    assertThat(orders.get(o.company, id).status()).isEqualTo(OrderStatus.HELD);
    var released =
        manon.perform(
            post("/sales/orders/" + id + "/release")
                .param("version", String.valueOf(read))
                .param("note", "Acompte reçu par virement, risque accepté"));
    assertThat(released.getResponse().getStatus()).isEqualTo(302);
    assertThat(orders.get(o.company, id).status()).isEqualTo(OrderStatus.CONFIRMED);
    String after = body(manon.perform(get("/sales/orders/" + id)).getResponse());
    assertThat(after)
        .contains("Débloquée")
        .contains("Acompte reçu par virement, risque accepté")
        .doesNotContain("id=\"held-banner\"");
  }

  @Test
  void aConsumersConfirmationCarriesTheWithdrawalInformationAndTheNatureOfTheDeposit()
      throws Exception {
    OrderId id =
        create(
            o.sales,
            "{\"customer\": \""
                + o.duboisCode
                + "\", \"confirm\": true, \"downPayment\": {\"kind\": \"ARRHES\", \"percent\": \"30\"},"
                + " \"lines\": ["
                + line("CHA-RN-6080", "40")
                + ", "
                + line("MO-PLANT", "6")
                + ", "
                + line("LIV-Z1", "1")
                + "]}");
    OrderView order = orders.get(o.company, id);
    assertThat(order.totals().totalGross()).isEqualTo(Money.of("451.72"));
    assertThat(order.pricesIncludeVat()).isTrue();
    String text =
        PdfChecks.text(
            session(o.sales)
                .perform(get("/sales/orders/" + id + "/pdf"))
                .getResponse()
                .getContentAsByteArray());
    assertThat(text)
        .contains("Confirmation de commande " + order.number())
        .contains("PU TTC")
        .contains("451,72")
        .contains("Arrhes de 30 % à la commande")
        .contains("L214-1")
        .contains("Droit de rétractation")
        .contains("14 jours")
        .contains("L221-18")
        .contains("Formulaire de rétractation")
        .contains(order.number());
  }

  @Test
  void anOrderIsCancelledOnlyWithAReason() throws Exception {
    OrderId id =
        create(
            o.sales,
            "{\"customer\": \""
                + o.hotelCode
                + "\", \"confirm\": true, \"lines\": ["
                + line("OLI-C30", "1")
                + "]}");
    var sacha = session(o.sales);
    var refused = sacha.perform(post("/sales/orders/" + id + "/cancel").param("reason", ""));
    assertThat(refused.getResponse().getStatus()).isEqualTo(400);
    assertThat(body(refused.getResponse()))
        .contains("Action refusée :")
        .contains("Indiquez un motif (500 caractères au plus).");
    var apiRefused = api(post("/api/v1/orders/" + id + "/cancel"), o.sales, "{}");
    assertThat(apiRefused.getStatus()).isEqualTo(400);
    assertThat(apiRefused.getContentType()).startsWith("application/problem+json");
    assertThat(JsonPath.<String>read(body(apiRefused), "$.errors[0].field")).isEqualTo("reason");
    assertThat(orders.get(o.company, id).status()).isEqualTo(OrderStatus.CONFIRMED);

    var cancelled =
        sacha.perform(
            post("/sales/orders/" + id + "/cancel")
                .param("reason", "Le client renonce : chantier reporté"));
    assertThat(cancelled.getResponse().getStatus()).isEqualTo(302);
    OrderView order = orders.get(o.company, id);
    assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(order.statusReason()).isEqualTo("Le client renonce : chantier reporté");
    String page = body(sacha.perform(get("/sales/orders/" + id)).getResponse());
    assertThat(page)
        .contains("Commande annulée :")
        .contains("Le client renonce : chantier reporté")
        .doesNotContain("id=\"cancel-form\"")
        .doesNotContain("id=\"order-amend\"");
  }

  @Test
  void anAmendmentRecordsRevisionOneAndKeepsThePreviousLinesReadable() throws Exception {
    OrderId id =
        create(
            o.sales,
            "{\"customer\": \""
                + o.hotelCode
                + "\", \"confirm\": true, \"lines\": ["
                + line("TIL-T1214", "2")
                + "]}");
    OrderView before = orders.get(o.company, id);
    String amendment =
        "{\"version\": "
            + before.version()
            + ", \"customerReference\": \"BC-4471\", \"lines\": ["
            + line("TIL-T1214", "3")
            + ", "
            + line("PLANT-TIGE", "3")
            + "]";
    var noReason = api(put("/api/v1/orders/" + id), o.sales, amendment + "}");
    assertThat(noReason.getStatus()).isEqualTo(400);
    assertThat(JsonPath.<String>read(body(noReason), "$.errors[0].field")).isEqualTo("reason");

    var amended =
        api(
            put("/api/v1/orders/" + id),
            o.sales,
            amendment + ", \"reason\": \"Un troisième tilleul pour l'entrée\"}");
    assertThat(amended.getStatus()).as(body(amended)).isEqualTo(200);
    assertThat(JsonPath.<Integer>read(body(amended), "$.revision")).isEqualTo(1);
    assertThat(JsonPath.<String>read(body(amended), "$.status")).isEqualTo("CONFIRMED");
    assertThat(JsonPath.<List<Double>>read(body(amended), "$.lines[*].quantity"))
        .containsExactly(3.0, 3.0);
    var stale = api(put("/api/v1/orders/" + id), o.sales, amendment + ", \"reason\": \"x\"}");
    assertThat(stale.getStatus()).isEqualTo(409);

    var history = api(get("/api/v1/orders/" + id + "/amendments"), o.sales, "");
    assertThat(history.getStatus()).isEqualTo(200);
    String json = body(history);
    assertThat(JsonPath.<List<Integer>>read(json, "$[*].revision")).containsExactly(0);
    assertThat(JsonPath.<String>read(json, "$[0].reason"))
        .isEqualTo("Un troisième tilleul pour l'entrée");
    assertThat(JsonPath.<String>read(json, "$[0].byName")).startsWith("Sacha Vendeur");
    assertThat(JsonPath.<List<Double>>read(json, "$[0].lines[*].quantity")).containsExactly(2.0);
    assertThat(JsonPath.<Double>read(json, "$[0].linesNet"))
        .isEqualTo(before.totals().totalNet().amount().doubleValue());

    String page = body(session(o.sales).perform(get("/sales/orders/" + id)).getResponse());
    assertThat(page)
        .contains("rév. 1")
        .contains("Révision 0 remplacée par la révision 1")
        .contains("Motif : Un troisième tilleul pour l&#39;entrée")
        .contains("Lignes de la révision 0")
        .contains("Modifiée");
  }

  /** Hôtel du Parc's lines (scenario §5), as the quote test sends them. */
  String hotelOrder(String extra) {
    return "{\"customer\": \""
        + o.hotelCode
        + "\", \"customerReference\": \"BC-4471\", \"downPayment\": {\"kind\": \"ACOMPTE\","
        + " \"percent\": 30}, \"lines\": [{\"type\": \"SECTION\", \"designation\": \"Plantations\"},"
        + line("TIL-T1214", "6")
        + ","
        + line("ERA-T1012", "10")
        + ","
        + line("OLI-C30", "4")
        + ","
        + line("LAU-C10-125", "120")
        + ","
        + line("LAV-G9", "300")
        + ","
        + line("GAZ-M2", "150")
        + ","
        + line("TER-50L", "40")
        + ","
        + line("TUT-KIT", "20")
        + ","
        + line("PLANT-TIGE", "20")
        + ","
        + line("MO-PLANT", "60")
        + ","
        + line("LIV-Z2", "3")
        + ", {\"type\": \"NOTE\", \"designation\": \"Arrosage les deux premières semaines compris.\"}]"
        + extra
        + "}";
  }

  @Test
  void theApiTakesADownPaymentOfAnAmountIncludingVatAndItsPdfPrintsIt() throws Exception {
    String thousand =
        hotelOrder(", \"confirm\": true").replace("\"percent\": 30}", "\"amount\": \"1000,00\"}");
    var created = api(post("/api/v1/orders"), o.sales, thousand);
    assertThat(created.getStatus()).as(body(created)).isEqualTo(201);
    String json = body(created);
    assertThat(JsonPath.<Double>read(json, "$.downPayment.amount")).isEqualTo(1000.00);
    assertThat(JsonPath.<Object>read(json, "$.downPayment.percent")).isNull();
    assertThat(JsonPath.<Double>read(json, "$.downPayments[0].amount")).isEqualTo(1000.00);
    assertThat(JsonPath.<List<Double>>read(json, "$.downPayments[0].amounts.rates[*].base"))
        .containsExactly(525.57, 351.56);
    assertThat(JsonPath.<List<Double>>read(json, "$.downPayments[0].amounts.rates[*].vat"))
        .containsExactly(52.56, 70.31);
    assertThat(JsonPath.<Double>read(json, "$.downPaymentDue")).isEqualTo(1000.00);
    String id = JsonPath.read(json, "$.id");
    var pdf = api(get("/api/v1/orders/" + id + "/pdf"), o.sales, "");
    assertThat(pdf.getStatus()).isEqualTo(200);
    assertThat(
            org.pepin.platform.pdf.PdfChecks.normalised(
                org.pepin.platform.pdf.PdfChecks.text(pdf.getContentAsByteArray())))
        .contains("Acompte de 1 000,00 € à la commande 1 000,00 €");

    var both =
        api(
            post("/api/v1/orders"),
            o.sales,
            hotelOrder("").replace("\"percent\": 30}", "\"percent\": 30, \"amount\": 10}"));
    assertThat(both.getStatus()).as(body(both)).isEqualTo(400);
    assertThat(body(both))
        .contains("Indiquez l'acompte soit en pourcentage, soit en montant TTC, pas les deux.");
  }

  @Test
  void theApiCreatesHotelDuParcsOrderWithItsLinesToTheCentOnce() throws Exception {
    var preview = api(post("/api/v1/orders/preview"), o.sales, hotelOrder(""));
    assertThat(preview.getStatus()).as(body(preview)).isEqualTo(200);
    assertThat(JsonPath.<Double>read(body(preview), "$.totals.totalGross")).isEqualTo(13101.04);
    assertThat(JsonPath.<Double>read(body(preview), "$.downPayment.totalGross")).isEqualTo(3930.32);
    assertThat(JsonPath.<Object>read(body(preview), "$.margin")).isNull();

    String key = "order-" + UUID.randomUUID();
    var first =
        mvc.perform(
                post("/api/v1/orders")
                    .with(fixtures.bearer(o.sales, o.company))
                    .header("Idempotency-Key", key)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(hotelOrder(", \"confirm\": true")))
            .andReturn()
            .getResponse();
    assertThat(first.getStatus()).as(body(first)).isEqualTo(201);
    String json = body(first);
    assertThat(JsonPath.<String>read(json, "$.status")).isEqualTo("CONFIRMED");
    assertThat(JsonPath.<String>read(json, "$.number")).matches("CO-\\d{4}-\\d{4}");
    assertThat(JsonPath.<Double>read(json, "$.totals.totalGross")).isEqualTo(13101.04);
    assertThat(JsonPath.<List<Double>>read(json, "$.downPayments[0].amounts.rates[*].base"))
        .containsExactly(2065.65, 1381.75);
    assertThat(JsonPath.<Double>read(json, "$.downPayments[0].amounts.totalVat")).isEqualTo(482.92);
    assertThat(JsonPath.<Double>read(json, "$.downPayments[0].due")).isEqualTo(3930.32);
    assertThat(JsonPath.<Double>read(json, "$.downPaymentDue")).isEqualTo(3930.32);
    assertThat(JsonPath.<List<String>>read(json, "$.lines[*].type"))
        .hasSize(13)
        .startsWith("SECTION")
        .endsWith("NOTE");
    OrderId id = OrderId.of(JsonPath.read(json, "$.id"));

    var replay =
        mvc.perform(
                post("/api/v1/orders")
                    .with(fixtures.bearer(o.sales, o.company))
                    .header("Idempotency-Key", key)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(hotelOrder(", \"confirm\": true")))
            .andReturn()
            .getResponse();
    assertThat(replay.getHeader("Idempotent-Replayed")).isEqualTo("true");
    assertThat(JsonPath.<String>read(body(replay), "$.id")).isEqualTo(id.toString());
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM sales_order WHERE company_id = ? AND customer_id = ?")
                .params(o.company.value(), o.s.hotel.value())
                .query(Long.class)
                .single())
        .isEqualTo(1);

    // The list (API and screen) and the export find it by its customer.
    var list =
        api(
            get("/api/v1/orders").param("customer", o.hotelCode).param("status", "OPEN"),
            o.sales,
            "");
    assertThat(list.getStatus()).as(body(list)).isEqualTo(200);
    assertThat(JsonPath.<List<String>>read(body(list), "$.content[*].id"))
        .containsExactly(id.toString());
    assertThat(JsonPath.<Double>read(body(list), "$.content[0].downPaymentDue")).isEqualTo(3930.32);
    var bad = api(get("/api/v1/orders").param("from", "31/02/2026"), o.sales, "");
    assertThat(bad.getStatus()).isEqualTo(400);
    assertThat(body(bad)).contains("« 31/02/2026 » n'est pas une date (jj/mm/aaaa).");

    var sacha = session(o.sales);
    String listPage =
        body(
            sacha
                .perform(get("/sales/orders").param("customer", o.hotelCode).param("sort", "date"))
                .getResponse());
    assertThat(listPage)
        .contains(JsonPath.<String>read(json, "$.number"))
        .contains("BC-4471")
        .contains("13 101,04 €")
        .contains("3 930,32 €")
        .contains("1 entrée(s)");
    String ignored =
        body(
            sacha
                .perform(get("/sales/orders").param("min", "beaucoup").param("sort", "nope"))
                .getResponse());
    assertThat(ignored)
        .contains("Filtres ignorés :")
        .contains("« beaucoup » n&#39;est pas un nombre.");
    var csv =
        sacha.perform(get("/sales/orders/export.csv").param("customer", o.hotelCode)).getResponse();
    assertThat(csv.getStatus()).isEqualTo(200);
    String file = body(csv);
    assertThat(file)
        .contains(JsonPath.<String>read(json, "$.number"))
        .contains("13101,04")
        .contains("3930,32")
        .contains("Confirmée");
  }

  @Test
  void theConfirmationGoesOutWithItsPdfAndIsInTheHistory() throws Exception {
    OrderId draft = create(o.sales, communeOrder(", \"commitmentNumber\": \"EJ-7\""));
    var sacha = session(o.sales);
    var early = sacha.perform(post("/sales/orders/" + draft + "/send"));
    assertThat(early.getResponse().getStatus()).isEqualTo(400);
    assertThat(body(early.getResponse()))
        .contains(
            "Seule une commande confirmée peut être envoyée au client (état actuel : DRAFT).");

    orders.confirm(o.company, null, draft, orders.get(o.company, draft).version());
    var sent =
        sacha.perform(
            post("/sales/orders/" + draft + "/send")
                .param("to", "achats@saint-essai.example, mairie@saint-essai.example"));
    assertThat(sent.getResponse().getStatus()).isEqualTo(302);
    OrderView order = orders.get(o.company, draft);
    Map<String, Object> message =
        jdbc.sql(
                "SELECT id, kind, subject, body, to_addresses FROM outbox_message"
                    + " WHERE company_id = ? AND reference = ?")
            .params(o.company.value(), "order:" + draft)
            .query()
            .singleRow();
    assertThat(message.get("kind")).isEqualTo("order-confirmation");
    assertThat((String) message.get("subject"))
        .contains("Confirmation de commande " + order.number());
    assertThat((String) message.get("body")).contains("BC-2026-77").contains("579,42");
    assertThat((String) message.get("to_addresses")).contains("achats@saint-essai.example");
    Map<String, Object> attachment =
        jdbc.sql("SELECT file_name, content_type, data FROM outbox_attachment WHERE message_id = ?")
            .params(message.get("id"))
            .query()
            .singleRow();
    assertThat(attachment.get("file_name")).isEqualTo("Commande-" + order.number() + ".pdf");
    assertThat(PdfChecks.text((byte[]) attachment.get("data"))).contains("EJ-7");
    String page = body(sacha.perform(get("/sales/orders/" + draft)).getResponse());
    assertThat(page).contains("Envoyé").contains("achats@saint-essai.example");

    var apiSent =
        api(post("/api/v1/orders/" + draft + "/send"), o.sales, "{\"to\": [\"pas-une-adresse\"]}");
    assertThat(apiSent.getStatus()).isEqualTo(400);
    assertThat(JsonPath.<String>read(body(apiSent), "$.errors[0].field")).isEqualTo("to[0]");
  }

  @Test
  void anotherCompanysOrdersAreNotFound() throws Exception {
    OrderId id = create(o.sales, communeOrder(", \"commitmentNumber\": \"EJ-9\""));
    var sophie = fixtures.bearer("sophie", fixtures.nursery());
    var sophieSession = WebSession.login(mvc, "sophie");
    TenantIsolation.assertNotFoundFor(
        mvc,
        sophie,
        () -> orders.get(o.company, id),
        get("/api/v1/orders/" + id),
        get("/api/v1/orders/" + id + "/pdf"),
        get("/api/v1/orders/" + id + "/amendments"),
        put("/api/v1/orders/" + id)
            .contentType(MediaType.APPLICATION_JSON)
            .content(communeOrder(", \"version\": 1")),
        post("/api/v1/orders/" + id + "/confirm")
            .contentType(MediaType.APPLICATION_JSON)
            .content("{}"),
        post("/api/v1/orders/" + id + "/cancel")
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"reason\": \"x\"}"));
    TenantIsolation.assertNotFoundFor(
        mvc,
        sophieSession,
        () -> orders.get(o.company, id),
        get("/sales/orders/" + id),
        get("/sales/orders/" + id + "/pdf"),
        post("/sales/orders/" + id + "/confirm").param("version", "1"),
        post("/sales/orders/" + id + "/cancel").param("reason", "x"),
        post("/sales/orders/" + id + "/send"));
    assertThat(orders.get(o.company, id).totals().totalGross()).isEqualTo(Money.of("579.42"));
  }
}
