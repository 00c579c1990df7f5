package org.pepin.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pepin.PepinIntegrationTest;
import org.pepin.WebSession;
import org.pepin.catalog.pricing.PriceListManagement;
import org.pepin.catalog.product.ProductManagement;
import org.pepin.catalog.product.VatCategoryManagement;
import org.pepin.catalog.stock.StockManagement;
import org.pepin.customers.file.CustomerManagement;
import org.pepin.delivery.note.DeliveryService;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.PlatformFixtures;
import org.pepin.platform.Role;
import org.pepin.platform.user.UserManagement;
import org.pepin.sales.OrderId;
import org.pepin.sales.order.OrderService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Proof of delivery and returns through the screens and the API, in Clément Jardins: the reception
 * form refuses a partial reception without reservations (French message beside the lines) then
 * records it with a photo, a text file is refused as a photo, a return goes to losses then back to
 * stock, the list filters and exports it, the API records a proof, photos and a return (replayed by
 * its Idempotency-Key), and a viewer or another company gets nothing.
 */
@PepinIntegrationTest
class ProofReturnWebTests {

  static final String PASSWORD = "proof-scenario-pwd-42";

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
  @Autowired CompanyClock clock;
  @Autowired org.springframework.core.env.Environment environment;

  DeliveryScenario w;
  String sales;
  String viewer;

  @BeforeEach
  void world() {
    w = new DeliveryScenario(fixtures, products, categories, lists, customers, stock, orders);
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    sales = "pod-sales-" + suffix;
    viewer = "pod-viewer-" + suffix;
    transaction.executeWithoutResult(
        t -> {
          users.create(
              w.company,
              new UserManagement.NewUser(
                  sales, "Sacha Livreur " + suffix, null, PASSWORD, EnumSet.of(Role.SALES)));
          users.create(
              w.company,
              new UserManagement.NewUser(
                  viewer, "Victor Lecteur " + suffix, null, PASSWORD, EnumSet.of(Role.VIEWER)));
        });
  }

  DeliveryView shipped(int quantity) {
    OrderId order = w.photiniaOrder(quantity);
    DeliveryId id = deliveries.prepare(w.company, List.of(order), null);
    deliveries.validate(w.company, id, deliveries.get(w.company, id).version(), null);
    return deliveries.get(w.company, id);
  }

  static String body(MockHttpServletResponse r) throws Exception {
    return r.getContentAsString(StandardCharsets.UTF_8)
        .replace('\u00a0', ' ')
        .replace('\u202f', ' ');
  }

  @Test
  void theReceptionFormRecordsAPartialReceptionWithReservationsAndAPhoto() throws Exception {
    DeliveryView d = shipped(10);
    DeliveryLine line = d.lines().get(0);
    var sacha = WebSession.login(mvc, sales, PASSWORD);

    String page = body(sacha.perform(get("/livraisons/" + d.id() + "/reception")).getResponse());
    assertThat(page)
        .contains("id=\"proof-form\"")
        .contains("capture=\"environment\"")
        .contains("accept=\"image/*\"")
        .contains("10 photos de 5 Mo au plus")
        .contains(d.number());
    assertThat(
            org.springframework.util.unit.DataSize.parse(
                    environment.getProperty("spring.servlet.multipart.max-request-size"))
                .toBytes())
        .as("the form's 10 photos of 5 MB fit in one request")
        .isGreaterThan(
            (long) org.pepin.delivery.note.DeliveryPhotos.MAX_PHOTOS
                * org.pepin.delivery.note.DeliveryPhotos.MAX_BYTES);
    assertThat(body(sacha.perform(get("/livraisons/" + d.id())).getResponse()))
        .contains("href=\"/livraisons/" + d.id() + "/reception\"")
        .contains("Saisir la réception");

    var refused =
        sacha
            .perform(
                multipart("/livraisons/" + d.id() + "/reception")
                    .param("version", String.valueOf(d.version()))
                    .param("receivedOn", "")
                    .param("received-" + line.id(), "8")
                    .param("signer", "M. Lefèvre"))
            .getResponse();
    assertThat(refused.getStatus()).isEqualTo(400);
    assertThat(body(refused)).contains("Indiquez la date.");
    refused =
        sacha
            .perform(
                multipart("/livraisons/" + d.id() + "/reception")
                    .param("version", String.valueOf(d.version()))
                    .param("receivedOn", "31/02/2026")
                    .param("received-" + line.id(), "1e1")
                    .param("signer", "M. Lefèvre"))
            .getResponse();
    assertThat(refused.getStatus()).isEqualTo(400);
    assertThat(body(refused))
        .contains("« 31/02/2026 » n&#39;est pas une date (jj/mm/aaaa).")
        .contains("« 1e1 » n&#39;est pas une quantité.");
    String today = clock.today(w.company).toString();
    refused =
        sacha
            .perform(
                multipart("/livraisons/" + d.id() + "/reception")
                    .param("version", String.valueOf(d.version()))
                    .param("receivedOn", today)
                    .param("received-" + line.id(), "8")
                    .param("signer", "M. Lefèvre"))
            .getResponse();
    assertThat(body(refused))
        .contains(
            "Reçu 8 sur 10 livrés pour "
                + w.photiniaCode
                + " : cochez « Réserves » et décrivez-les dans les remarques.");
    assertThat(deliveries.get(w.company, d.id()).status()).isEqualTo(DeliveryStatus.SHIPPED);

    var text =
        new MockMultipartFile(
            "photos", "notes.png", "image/png", "pas une image".getBytes(StandardCharsets.UTF_8));
    refused =
        sacha
            .perform(
                multipart("/livraisons/" + d.id() + "/reception")
                    .file(text)
                    .param("version", String.valueOf(d.version()))
                    .param("receivedOn", today)
                    .param("received-" + line.id(), "8")
                    .param("reservations", "true")
                    .param("remarks", "2 Photinia aux branches cassées")
                    .param("signer", "M. Lefèvre"))
            .getResponse();
    assertThat(body(refused)).contains("Ce fichier n&#39;est pas une photo JPEG, PNG ou WebP.");
    assertThat(deliveries.get(w.company, d.id()).status())
        .as("nothing saved when a photo is refused")
        .isEqualTo(DeliveryStatus.SHIPPED);

    var photo = new MockMultipartFile("photos", "quai.png", "image/png", ProofAndReturnTests.png());
    var done =
        sacha
            .perform(
                multipart("/livraisons/" + d.id() + "/reception")
                    .file(photo)
                    .param("version", String.valueOf(d.version()))
                    .param("receivedOn", today)
                    .param("received-" + line.id(), "7,5")
                    .param("reservations", "true")
                    .param("remarks", "2 Photinia aux branches cassées")
                    .param("signer", "M. Lefèvre"))
            .getResponse();
    assertThat(done.getRedirectedUrl()).isEqualTo("/livraisons/" + d.id() + "/reception");
    DeliveryView received = deliveries.get(w.company, d.id());
    assertThat(received.status()).isEqualTo(DeliveryStatus.DELIVERED);
    assertThat(received.lines().get(0).received().value()).isEqualByComparingTo("7.5");
    assertThat(received.remarks()).isEqualTo("2 Photinia aux branches cassées");
    String summary = body(sacha.perform(get("/livraisons/" + d.id() + "/reception")).getResponse());
    assertThat(summary)
        .contains("id=\"proof-summary\"")
        .contains("Avec réserves")
        .contains("quai.png")
        .contains("id=\"return-new\"")
        .as("the correction form shows the quantity the French way")
        .contains("value=\"7,5\"");
    UUID photoId =
        jdbc.sql("SELECT id FROM delivery_photo WHERE delivery_id = ?")
            .param(d.id().value())
            .query(UUID.class)
            .single();
    var image = sacha.perform(get("/livraisons/" + d.id() + "/photos/" + photoId)).getResponse();
    assertThat(image.getContentType()).isEqualTo("image/png");
    assertThat(image.getContentAsByteArray()).isEqualTo(ProofAndReturnTests.png());

    // a viewer reads but cannot act
    var victor = WebSession.login(mvc, viewer, PASSWORD);
    assertThat(body(victor.perform(get("/livraisons/" + d.id())).getResponse()))
        .as("a delivered note leads every member to its proof, photos and returns")
        .contains("href=\"/livraisons/" + d.id() + "/reception\"")
        .contains("Réception et retours");
    String read = body(victor.perform(get("/livraisons/" + d.id() + "/reception")).getResponse());
    assertThat(read).contains("id=\"proof-summary\"").doesNotContain("id=\"proof-form\"");
    assertThat(
            victor
                .perform(
                    multipart("/livraisons/" + d.id() + "/reception")
                        .param("version", String.valueOf(received.version()))
                        .param("receivedOn", today)
                        .param("signer", "X"))
                .getResponse()
                .getStatus())
        .isEqualTo(403);
    assertThat(
            victor
                .perform(get("/livraisons/" + d.id() + "/retours/nouveau"))
                .getResponse()
                .getStatus())
        .isEqualTo(403);
    // another company's user gets 404
    var paul = WebSession.login(mvc, "paul");
    paul.perform(post("/company/switch").param("company", fixtures.nursery().toString()));
    assertThat(paul.perform(get("/livraisons/" + d.id() + "/reception")).getResponse().getStatus())
        .isEqualTo(404);
  }

  @Test
  void theReturnFormSendsDeadPlantsToLossesAndTheListFindsIt() throws Exception {
    DeliveryView d = shipped(10);
    DeliveryLine line = d.lines().get(0);
    String key = line.id() + "_" + w.firstLot;
    var sacha = WebSession.login(mvc, sales, PASSWORD);
    String today = clock.today(w.company).toString();

    String form =
        body(sacha.perform(get("/livraisons/" + d.id() + "/retours/nouveau")).getResponse());
    assertThat(form).contains("name=\"qty-" + key + "\"").contains(w.firstLotNumber);

    var refused =
        sacha
            .perform(
                post("/livraisons/" + d.id() + "/retours")
                    .param("returnedOn", today)
                    .param("reason", "Plants morts à la plantation")
                    .param("qty-" + key, "11")
                    .param("dest-" + key, "LOSS"))
            .getResponse();
    assertThat(refused.getStatus()).isEqualTo(400);
    assertThat(body(refused))
        .contains(
            "Vous ne pouvez retourner que 10 "
                + w.photiniaCode
                + " de plus (reçus par le client moins déjà retournés).");

    var nowhere =
        sacha
            .perform(
                post("/livraisons/" + d.id() + "/retours")
                    .param("returnedOn", today)
                    .param("reason", "Plants morts à la plantation")
                    .param("qty-" + key, "1")
                    .param("dest-" + key, "ELSEWHERE"))
            .getResponse();
    assertThat(nowhere.getStatus()).isEqualTo(400);
    assertThat(body(nowhere))
        .contains("Destination inconnue : « ELSEWHERE » (STOCK ou LOSS).")
        .contains("is-invalid");
    var exponent =
        sacha
            .perform(
                post("/livraisons/" + d.id() + "/retours")
                    .param("returnedOn", "29/02/2026")
                    .param("reason", "Plants morts à la plantation")
                    .param("qty-" + key, "1E0")
                    .param("dest-" + key, "LOSS"))
            .getResponse();
    assertThat(exponent.getStatus()).isEqualTo(400);
    assertThat(body(exponent))
        .contains("« 29/02/2026 » n&#39;est pas une date")
        .contains("« 1E0 » n&#39;est pas une quantité.");
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM delivery_return WHERE delivery_id = ?")
                .param(d.id().value())
                .query(Long.class)
                .single())
        .as("nothing returned by refused forms")
        .isZero();

    var done =
        sacha
            .perform(
                post("/livraisons/" + d.id() + "/retours")
                    .param("returnedOn", today)
                    .param("reason", "Plants morts à la plantation")
                    .param("qty-" + key, "5")
                    .param("dest-" + key, "LOSS"))
            .getResponse();
    assertThat(done.getRedirectedUrl()).startsWith("/livraisons/retours/");
    String page = body(sacha.perform(get(done.getRedirectedUrl())).getResponse());
    assertThat(page)
        .contains("Plants morts à la plantation")
        .contains("Perte")
        .contains(d.number());
    assertThat(stock.lot(w.company, w.firstLot).quantityOnHand().value())
        .isEqualByComparingTo("25");

    String customerCode =
        jdbc.sql("SELECT customer_code FROM delivery WHERE id = ?")
            .param(d.id().value())
            .query(String.class)
            .single();
    String list =
        body(
            sacha
                .perform(
                    get("/livraisons/retours")
                        .param("customer", customerCode.toLowerCase(java.util.Locale.ROOT))
                        .param("destination", "LOSS"))
                .getResponse());
    assertThat(list).contains(d.number()).contains("Plants morts à la plantation");
    String none =
        body(
            sacha
                .perform(
                    get("/livraisons/retours")
                        .param("customer", customerCode)
                        .param("destination", "STOCK"))
                .getResponse());
    assertThat(none).doesNotContain(d.number());
    String badDestination =
        body(
            sacha
                .perform(
                    get("/livraisons/retours")
                        .param("customer", customerCode)
                        .param("destination", "BOGUS"))
                .getResponse());
    assertThat(badDestination)
        .contains("id=\"filter-errors\"")
        .contains("Destination inconnue : « BOGUS » (STOCK ou LOSS).");
    var csv =
        sacha
            .perform(get("/livraisons/retours/export.csv").param("customer", customerCode))
            .getResponse();
    assertThat(csv.getContentType()).startsWith("text/csv");
    assertThat(body(csv)).contains(d.number()).contains(w.firstLotNumber).contains("Perte");

    var victor = WebSession.login(mvc, viewer, PASSWORD);
    assertThat(body(victor.perform(get("/livraisons/retours")).getResponse())).contains(d.number());
    assertThat(
            victor
                .perform(
                    post("/livraisons/" + d.id() + "/retours")
                        .param("returnedOn", today)
                        .param("reason", "x")
                        .param("qty-" + key, "1"))
                .getResponse()
                .getStatus())
        .isEqualTo(403);
    var paul = WebSession.login(mvc, "paul");
    paul.perform(post("/company/switch").param("company", fixtures.nursery().toString()));
    assertThat(paul.perform(get(done.getRedirectedUrl())).getResponse().getStatus()).isEqualTo(404);
  }

  @Test
  void theApiRecordsAProofPhotosAndAReturnOnce() throws Exception {
    DeliveryView d = shipped(10);
    DeliveryLine line = d.lines().get(0);
    String today = clock.today(w.company).toString();

    var proof =
        mvc.perform(
                post("/api/v1/deliveries/" + d.id() + "/proof")
                    .with(fixtures.bearer(sales, w.company))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"receivedOn\": \""
                            + today
                            + "\", \"signer\": \"Mme Roussel\", \"lines\": [{\"line\": \""
                            + line.id()
                            + "\", \"received\": 9}]}"))
            .andReturn()
            .getResponse();
    assertThat(proof.getStatus()).isEqualTo(400);
    assertThat(JsonPath.<String>read(body(proof), "$.errors[0].code"))
        .isEqualTo("delivery.proof.reservations-required");
    String twoLines =
        "[{\"line\": \""
            + line.id()
            + "\", \"received\": 9}, {\"line\": \""
            + line.id()
            + "\", \"received\": 9}]";
    proof =
        mvc.perform(
                post("/api/v1/deliveries/" + d.id() + "/proof")
                    .with(fixtures.bearer(sales, w.company))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"receivedOn\": \""
                            + today
                            + "\", \"signer\": \"X\", \"lines\": "
                            + twoLines
                            + "}"))
            .andReturn()
            .getResponse();
    assertThat(proof.getStatus()).isEqualTo(400);
    assertThat(JsonPath.<String>read(body(proof), "$.errors[0].code"))
        .isEqualTo("delivery.input.too-many-lines");
    proof =
        mvc.perform(
                post("/api/v1/deliveries/" + d.id() + "/proof")
                    .with(fixtures.bearer(sales, w.company))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"receivedOn\": \""
                            + today
                            + "\", \"signer\": \"Mme Roussel\", \"reservations\": true,"
                            + " \"remarks\": \"1 plant mort\", \"lines\": [{\"line\": \""
                            + line.id()
                            + "\", \"received\": 9}]}"))
            .andReturn()
            .getResponse();
    assertThat(proof.getStatus()).as(body(proof)).isEqualTo(200);
    assertThat(JsonPath.<String>read(body(proof), "$.status")).isEqualTo("DELIVERED");
    assertThat(JsonPath.<Double>read(body(proof), "$.lines[0].received")).isEqualTo(9.0);

    var upload =
        mvc.perform(
                multipart("/api/v1/deliveries/" + d.id() + "/photos")
                    .file(
                        new MockMultipartFile(
                            "file", "plant.png", "image/png", ProofAndReturnTests.png()))
                    .with(fixtures.bearer(sales, w.company)))
            .andReturn()
            .getResponse();
    assertThat(upload.getStatus()).as(body(upload)).isEqualTo(201);
    String url = JsonPath.read(body(upload), "$.url");
    assertThat(
            mvc.perform(
                    get("/api/v1/deliveries/" + d.id() + "/photos")
                        .with(fixtures.bearer(viewer, w.company)))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("plant.png");
    var big =
        mvc.perform(
                multipart("/api/v1/deliveries/" + d.id() + "/photos")
                    .file(
                        new MockMultipartFile(
                            "file", "big.png", "image/png", new byte[5 * 1024 * 1024 + 1]))
                    .with(fixtures.bearer(sales, w.company)))
            .andReturn()
            .getResponse();
    assertThat(big.getStatus()).isEqualTo(400);
    assertThat(JsonPath.<String>read(body(big), "$.errors[0].message"))
        .isEqualTo("Une photo fait au plus 5 Mo.");
    assertThat(
            mvc.perform(delete(url).with(fixtures.bearer(viewer, w.company)))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(403);
    assertThat(
            mvc.perform(delete(url).with(fixtures.bearer(sales, w.company)))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(204);

    String lotLine =
        "{\"line\": \"" + line.id() + "\", \"lot\": \"" + w.firstLot + "\", \"quantity\": 1}";
    var tooMany =
        mvc.perform(
                post("/api/v1/deliveries/" + d.id() + "/returns")
                    .with(fixtures.bearer(sales, w.company))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"returnedOn\": \""
                            + today
                            + "\", \"reason\": \"x\", \"lines\": ["
                            + lotLine
                            + ", "
                            + lotLine
                            + "]}"))
            .andReturn()
            .getResponse();
    assertThat(tooMany.getStatus()).isEqualTo(400);
    assertThat(JsonPath.<String>read(body(tooMany), "$.errors[0].message"))
        .isEqualTo("1 lignes au plus pour ce bon de livraison.");
    var badDestination =
        mvc.perform(
                get("/api/v1/returns")
                    .param("destination", "BOGUS")
                    .with(fixtures.bearer(viewer, w.company)))
            .andReturn()
            .getResponse();
    assertThat(badDestination.getStatus()).isEqualTo(400);
    assertThat(JsonPath.<String>read(body(badDestination), "$.errors[0].message"))
        .isEqualTo("Destination inconnue : « BOGUS » (STOCK ou LOSS).");

    String key = "return-" + UUID.randomUUID();
    String returnBody =
        "{\"returnedOn\": \""
            + today
            + "\", \"reason\": \"Plants morts à la plantation\", \"lines\": [{\"line\": \""
            + line.id()
            + "\", \"lot\": \""
            + w.firstLot
            + "\", \"quantity\": 3, \"destination\": \"STOCK\"}]}";
    var created =
        mvc.perform(
                post("/api/v1/deliveries/" + d.id() + "/returns")
                    .with(fixtures.bearer(sales, w.company))
                    .header("Idempotency-Key", key)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(returnBody))
            .andReturn()
            .getResponse();
    assertThat(created.getStatus()).as(body(created)).isEqualTo(201);
    String returnId = JsonPath.read(body(created), "$.id");
    assertThat(JsonPath.<String>read(body(created), "$.number")).matches("RT-\\d{4}-\\d{4}");
    var replay =
        mvc.perform(
                post("/api/v1/deliveries/" + d.id() + "/returns")
                    .with(fixtures.bearer(sales, w.company))
                    .header("Idempotency-Key", key)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(returnBody))
            .andReturn()
            .getResponse();
    assertThat(replay.getHeader("Idempotent-Replayed")).isEqualTo("true");
    assertThat(stock.lot(w.company, w.firstLot).quantityOnHand().value())
        .isEqualByComparingTo("28");

    var one =
        mvc.perform(get("/api/v1/returns/" + returnId).with(fixtures.bearer(viewer, w.company)))
            .andReturn()
            .getResponse();
    assertThat(JsonPath.<String>read(body(one), "$.lines[0].destination")).isEqualTo("STOCK");
    var listed =
        mvc.perform(
                get("/api/v1/returns")
                    .param("q", d.number())
                    .with(fixtures.bearer(viewer, w.company)))
            .andReturn()
            .getResponse();
    assertThat(JsonPath.<List<String>>read(body(listed), "$.content[*].id"))
        .containsExactly(returnId);
    assertThat(
            mvc.perform(
                    post("/api/v1/deliveries/" + d.id() + "/returns")
                        .with(fixtures.bearer(viewer, w.company))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(returnBody))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(403);
    assertThat(
            mvc.perform(
                    get("/api/v1/returns/" + returnId)
                        .with(fixtures.bearer("paul", fixtures.nursery())))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    assertThat(
            mvc.perform(
                    post("/api/v1/deliveries/" + d.id() + "/proof")
                        .with(fixtures.bearer("paul", fixtures.nursery()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"receivedOn\": \"" + today + "\", \"signer\": \"X\"}"))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
  }
}
