package org.pepin.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pepin.PepinIntegrationTest;
import org.pepin.WebSession;
import org.pepin.catalog.pricing.PriceListManagement;
import org.pepin.catalog.product.ProductManagement;
import org.pepin.catalog.product.VatCategoryManagement;
import org.pepin.catalog.stock.StockManagement;
import org.pepin.customers.file.CustomerManagement;
import org.pepin.delivery.document.DeliveryDocuments;
import org.pepin.delivery.note.DeliveryService;
import org.pepin.platform.PlatformFixtures;
import org.pepin.platform.ResourceNotFound;
import org.pepin.platform.Role;
import org.pepin.platform.pdf.PdfChecks;
import org.pepin.platform.user.UserManagement;
import org.pepin.sales.LineDraft;
import org.pepin.sales.OrderId;
import org.pepin.sales.order.OrderService;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.Quantity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The delivery documents as printed, read back by pdftotext and checked by veraPDF: the note of a
 * partial delivery of 35 Photinia out of 60 to a professional (number, lots, backorder of 25, the
 * blank received-quantity column, the signature box, and the plant passport with its A–D fields,
 * france-compliance R-PHY-04), no passport for an individual (a final user), a draft marked as not
 * valid, the round sheet of a day's round, the passport labels of a lot (R-PHY-05), and the screens
 * and API answering PDFs to the company's members only.
 */
@PepinIntegrationTest
class DeliveryPdfTests {

  static final String PASSWORD = "delivery-pdf-pwd-42";

  @Autowired PlatformFixtures fixtures;
  @Autowired ProductManagement products;
  @Autowired VatCategoryManagement categories;
  @Autowired PriceListManagement lists;
  @Autowired CustomerManagement customers;
  @Autowired StockManagement stock;
  @Autowired OrderService orders;
  @Autowired DeliveryService deliveries;
  @Autowired DeliveryDocuments documents;
  @Autowired UserManagement users;
  @Autowired TransactionTemplate transaction;
  @Autowired MockMvc mvc;

  DeliveryScenario w;

  @BeforeEach
  void world() {
    w = new DeliveryScenario(fixtures, products, categories, lists, customers, stock, orders);
  }

  static void save(String name, byte[] pdf) throws Exception {
    Files.createDirectories(Path.of("target", "pdf"));
    Files.write(Path.of("target", "pdf", name), pdf);
  }

  /** The text as PDFBox reads it, in the order it was drawn, whitespace as one space. */
  static String text(byte[] pdf) throws Exception {
    return PdfChecks.normalised(PdfChecks.glyphText(pdf));
  }

  static String compact(String text) {
    return text.replaceAll("[\\s\\u00A0\\u202F]+", "");
  }

  static int occurrences(String text, String part) {
    return (int) Pattern.compile(Pattern.quote(part)).matcher(text).results().count();
  }

  /** The business customer's order of 60 Photinia, 35 of them shipped (the whole first lot). */
  DeliveryView partialDelivery() {
    return partialDelivery(null, null);
  }

  /** The same, planned on a day in a round. */
  DeliveryView partialDelivery(@Nullable LocalDate day, @Nullable String round) {
    OrderId order = w.photiniaOrder(60);
    DeliveryId id = deliveries.prepare(w.company, List.of(order), null);
    if (day != null) {
      plan(id, day, round);
    }
    deliveries.validate(w.company, id, deliveries.get(w.company, id).version(), null);
    return deliveries.get(w.company, id);
  }

  /** A delivery of {@code quantity} Photinia to the individual customer (a final user). */
  DeliveryId individualDelivery(int quantity) {
    OrderId order =
        w.confirmedOrder(
            w.individual, List.of(LineDraft.product(w.photinia, Quantity.of(quantity))));
    return deliveries.prepare(w.company, List.of(order), null);
  }

  void plan(DeliveryId id, LocalDate date, @Nullable String round) {
    DeliveryView d = deliveries.get(w.company, id);
    deliveries.update(
        w.company,
        id,
        d.version(),
        new DeliveryDraft(
            date, Transport.OWN_TRUCK, null, round, "Sonner au portail vert", List.of()));
  }

  @Test
  void the_note_of_a_partial_delivery_carries_the_backorder_the_blank_column_and_the_passport()
      throws Exception {
    DeliveryView delivery = partialDelivery();
    assertThat(delivery.number()).isNotNull();
    byte[] pdf = documents.notePdf(w.company, delivery.id());
    save("delivery-note.pdf", pdf);

    assertThat(PdfChecks.pdfA3bFailures(pdf)).as("veraPDF, PDF/A-3b").isEmpty();
    String flat = text(pdf);
    assertThat(flat)
        // seller's identity, title and date
        .contains("Clément Jardins SARL")
        .contains("SIREN 928 152 305 RCS Versailles")
        .contains("Bon de livraison " + delivery.number())
        .contains(
            "Date d'expédition "
                + delivery
                    .shippedOn()
                    .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))
        .doesNotContain("Brouillon")
        // customer, orders
        .contains(delivery.customerName())
        .contains(delivery.orderNumbers().get(0))
        // the line: code, ordered 60, delivered 35, lot, backorder 25, blank received column
        .contains("Qté commandée")
        .contains("Qté livrée")
        .contains("Qté reçue")
        .contains(w.photiniaCode)
        .contains(w.firstLotNumber + " (35)")
        .contains("Reliquat : 25")
        // the plant passport: title and its four fields with their values
        .contains("Passeports phytosanitaires")
        .contains("Plant Passport / Passeport phytosanitaire")
        .contains("A Photinia × fraseri")
        .contains("B FR-78-0412")
        .contains("C " + w.firstLotNumber)
        .contains("D FR")
        // the signature box
        .contains("Reçu le")
        .contains("Signature")
        .contains("Réserves :")
        // no prices on a delivery note
        .doesNotContain("€")
        .doesNotContain("12,50");
    // the row in the order of its columns (a long designation may wrap anywhere)
    assertThat(compact(flat))
        .contains(
            compact(
                w.photiniaCode
                    + " Photinia × fraseri 'Red Robin' C4 60/80 Reliquat : 25 plant 60 35 "
                    + w.firstLotNumber
                    + " (35)"));
    assertThat(occurrences(flat, "Plant Passport")).as("one passport per lot").isEqualTo(1);
  }

  @Test
  void each_lot_of_a_line_has_its_own_passport() throws Exception {
    String second = w.firstLotNumber + "B";
    w.receive(second, 10);
    OrderId order = w.photiniaOrder(40);
    DeliveryId id = deliveries.prepare(w.company, List.of(order), null);
    byte[] pdf = documents.notePdf(w.company, id);
    String flat = text(pdf);
    assertThat(occurrences(flat, "Plant Passport")).isEqualTo(2);
    assertThat(flat).contains("C " + w.firstLotNumber + " ").contains("C " + second + " ");
    assertThat(compact(flat))
        .contains(compact("plant 40 40 " + w.firstLotNumber + " (35) " + second + " (5)"));
  }

  @Test
  void an_individual_gets_no_passport_and_a_draft_says_it_is_not_valid() throws Exception {
    DeliveryId id = individualDelivery(5);
    DeliveryView draft = deliveries.get(w.company, id);
    assertThat(draft.lines().get(0).passportRequired()).isFalse();
    byte[] pdf = documents.notePdf(w.company, id);
    save("delivery-note-draft.pdf", pdf);

    assertThat(PdfChecks.pdfA3bFailures(pdf)).as("veraPDF, PDF/A-3b").isEmpty();
    String flat = text(pdf);
    assertThat(flat)
        .contains("Bon de livraison (brouillon)")
        .contains("Brouillon — non valable")
        .contains(w.photiniaCode)
        .contains("Qté reçue")
        .contains("Reçu le")
        .doesNotContain("Plant Passport")
        .doesNotContain("Passeport phytosanitaire")
        .doesNotContain("FR-78-0412")
        .doesNotContain("Reliquat");
  }

  @Test
  void the_round_sheet_lists_the_stops_of_the_round_then_each_note() throws Exception {
    // the company is shared by the test runs: rounds of their own
    LocalDate day = LocalDate.of(2026, 12, 3);
    String nord = "Nord " + w.photiniaCode.substring(w.photiniaCode.lastIndexOf('-') + 1);
    String sud = "Sud " + w.photiniaCode.substring(w.photiniaCode.lastIndexOf('-') + 1);
    DeliveryView business = partialDelivery(day, nord);
    w.receive(w.firstLotNumber + "C", 20);
    DeliveryId individual = individualDelivery(5);
    plan(individual, day, nord);
    DeliveryId other = individualDelivery(3);
    plan(other, day, sud);

    byte[] pdf = documents.roundPdf(w.company, day, nord.toLowerCase(Locale.ROOT));
    save("round-sheet.pdf", pdf);
    assertThat(PdfChecks.pdfA3bFailures(pdf)).as("veraPDF, PDF/A-3b").isEmpty();
    String text = PdfChecks.text(pdf);
    List<String> pages = List.of(text.split("\f"));
    String summary = PdfChecks.normalised(pages.get(0));
    assertThat(summary)
        .contains("Feuille de tournée du 3 décembre 2026")
        .contains("Tournée " + nord)
        .contains("Arrêts 2")
        .contains(business.customerName())
        .contains(deliveries.get(w.company, individual).customerName())
        .contains(business.number())
        .contains("Brouillon")
        .contains("Sonner au portail vert")
        .contains("Total 40");
    String flat = PdfChecks.normalised(text);
    assertThat(occurrences(flat, "Bon de livraison " + business.number())).isEqualTo(1);
    assertThat(occurrences(flat, "Bon de livraison (brouillon)")).isEqualTo(1);
    assertThat(occurrences(flat, "Plant Passport")).isEqualTo(1);
    assertThat(PdfChecks.pages(pdf)).isGreaterThanOrEqualTo(3);
    assertThat(documents.round(w.company, day, null))
        .extracting(DeliveryView::id)
        .contains(business.id(), individual, other);
    assertThat(documents.round(w.company, day, sud))
        .extracting(DeliveryView::id)
        .containsExactly(other);
  }

  @Test
  void labels_print_the_asked_number_of_passports_of_a_lot() throws Exception {
    byte[] pdf =
        documents.labelsPdf(
            w.company, w.firstLotNumber.toLowerCase(Locale.ROOT), 12, Locale.FRENCH);
    save("passport-labels.pdf", pdf);
    assertThat(PdfChecks.pdfA3bFailures(pdf)).as("veraPDF, PDF/A-3b").isEmpty();
    String flat = PdfChecks.normalised(PdfChecks.text(pdf));
    assertThat(occurrences(flat, "Plant Passport")).isEqualTo(12);
    assertThat(occurrences(flat, "A Photinia × fraseri")).isEqualTo(12);
    assertThat(occurrences(flat, "B FR-78-0412")).isEqualTo(12);
    assertThat(occurrences(flat, "C " + w.firstLotNumber)).isEqualTo(12);
    assertThat(occurrences(flat, "D FR")).isEqualTo(12);
    assertThat(PdfChecks.pages(pdf)).isEqualTo(2);

    assertThatThrownBy(() -> documents.labelsPdf(w.company, "L99-NOPE", 1, Locale.FRENCH))
        .isInstanceOf(InvalidValue.class)
        .hasFieldOrPropertyWithValue("code", "delivery.passport.lot-unknown");
    assertThatThrownBy(() -> documents.labelsPdf(w.company, w.firstLotNumber, 501, Locale.FRENCH))
        .isInstanceOf(InvalidValue.class)
        .hasFieldOrPropertyWithValue("code", "delivery.passport.count-range");
  }

  @Test
  void another_company_cannot_print_the_note() {
    DeliveryId id = individualDelivery(2);
    assertThatThrownBy(() -> documents.notePdf(fixtures.nursery(), id))
        .isInstanceOf(ResourceNotFound.class);
  }

  String viewer() {
    String name = "dlv-pdf-" + UUID.randomUUID().toString().substring(0, 8);
    transaction.executeWithoutResult(
        t ->
            users.create(
                w.company,
                new UserManagement.NewUser(
                    name, "Vera Lectrice", null, PASSWORD, EnumSet.of(Role.VIEWER))));
    return name;
  }

  static void isPdf(MockHttpServletResponse response) throws Exception {
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
    assertThat(response.getContentType()).isEqualTo("application/pdf");
    assertThat(new String(response.getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
  }

  @Test
  void screens_and_api_answer_pdfs_to_every_member_and_404_to_another_company() throws Exception {
    DeliveryView delivery = partialDelivery();
    String user = viewer();
    var session = WebSession.login(mvc, user, PASSWORD);

    var note = session.perform(get("/livraisons/" + delivery.id() + "/bon.pdf")).getResponse();
    isPdf(note);
    assertThat(note.getHeader("Content-Disposition"))
        .startsWith("inline")
        .contains(delivery.number());
    isPdf(
        session
            .perform(get("/livraisons/tournee.pdf").param("date", delivery.plannedOn().toString()))
            .getResponse());
    isPdf(
        session
            .perform(
                get("/livraisons/passeports.pdf")
                    .param("lot", w.firstLotNumber)
                    .param("count", "3"))
            .getResponse());

    var bearer = fixtures.bearer(user, w.company);
    var api =
        mvc.perform(get("/api/v1/deliveries/" + delivery.id() + "/pdf").with(bearer))
            .andReturn()
            .getResponse();
    isPdf(api);
    assertThat(api.getHeader("Content-Disposition")).startsWith("attachment");
    isPdf(
        mvc.perform(
                get("/api/v1/deliveries/round.pdf")
                    .param("date", delivery.plannedOn().toString())
                    .with(bearer))
            .andReturn()
            .getResponse());
    var labels =
        mvc.perform(
                get("/api/v1/lots/" + w.firstLotNumber + "/passports.pdf")
                    .param("count", "4")
                    .with(bearer))
            .andReturn()
            .getResponse();
    isPdf(labels);
    assertThat(
            occurrences(
                PdfChecks.normalised(PdfChecks.text(labels.getContentAsByteArray())),
                "Plant Passport"))
        .isEqualTo(4);
    assertThat(
            mvc.perform(get("/api/v1/lots/L99-NOPE/passports.pdf").with(bearer))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    var badCount =
        mvc.perform(
                get("/api/v1/lots/" + w.firstLotNumber + "/passports.pdf")
                    .param("count", "0")
                    .with(bearer))
            .andReturn()
            .getResponse();
    assertThat(badCount.getStatus()).isEqualTo(400);
    assertThat(badCount.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
        .contains("delivery.passport.count-range")
        .contains("Le nombre d'étiquettes doit être un nombre entier de 1 à 500.");

    // another company's member: 404 on the screen and in the API
    var sophie = WebSession.login(mvc, "sophie");
    assertThat(
            sophie
                .perform(get("/livraisons/" + delivery.id() + "/bon.pdf"))
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    assertThat(
            mvc.perform(
                    get("/api/v1/deliveries/" + delivery.id() + "/pdf")
                        .with(fixtures.bearer("sophie", fixtures.nursery())))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
  }

  @Test
  void the_labels_form_says_in_french_what_is_wrong() throws Exception {
    var session = WebSession.login(mvc, viewer(), PASSWORD);
    var form = session.perform(get("/livraisons/passeports")).getResponse();
    assertThat(form.getStatus()).isEqualTo(200);
    assertThat(form.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
        .contains("Étiquettes de passeport phytosanitaire")
        .contains("Numéro de lot")
        .contains("href=\"/livraisons/passeports\"");

    var back =
        session
            .perform(
                get("/livraisons/passeports.pdf").param("lot", "L99-NOPE").param("count", "900"))
            .getResponse();
    assertThat(back.getStatus()).isEqualTo(303);
    String errors =
        session
            .perform(get(back.getHeader("Location")))
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(errors)
        .contains("Aucun lot ne porte le numéro « L99-NOPE ».")
        .contains("Le nombre d&#39;étiquettes doit être un nombre entier de 1 à 500.");
  }
}
