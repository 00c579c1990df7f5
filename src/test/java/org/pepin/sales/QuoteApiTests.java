package org.pepin.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pepin.PepinIntegrationTest;
import org.pepin.TenantIsolation;
import org.pepin.catalog.Products;
import org.pepin.catalog.pricing.PriceListManagement;
import org.pepin.catalog.pricing.PricingScenario;
import org.pepin.catalog.product.ProductManagement;
import org.pepin.catalog.product.VatCategoryManagement;
import org.pepin.customers.file.CustomerManagement;
import org.pepin.platform.CompanyId;
import org.pepin.platform.CompanyIdentity;
import org.pepin.platform.PlatformFixtures;
import org.pepin.platform.Role;
import org.pepin.platform.company.CompanyManagement;
import org.pepin.platform.user.UserManagement;
import org.pepin.sales.quote.QuoteService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The quote API on a private copy of the scenario's catalogue in Clément Jardins: Mme Dubois's and
 * Hôtel du Parc's quotes created with their lines in one call (451.72 € and 13 101.04 € TTC, the
 * bases per rate, the down payment of 3 930.32 €), pricing without saving, sending, revision B
 * keeping revision A's PDF, approval of a manual discount, answers recorded by hand, cancellation,
 * the list's filters and the conversion rate, the sales settings; bad input refused in French with
 * nothing created, the roles, and another company's quote answered 404.
 */
@PepinIntegrationTest
class QuoteApiTests {

  static final String PASSWORD = "un-long-mot-de-passe";

  @Autowired MockMvc mvc;
  @Autowired PlatformFixtures fixtures;
  @Autowired PriceListManagement lists;
  @Autowired ProductManagement productManagement;
  @Autowired VatCategoryManagement categories;
  @Autowired CustomerManagement customerManagement;
  @Autowired Products products;
  @Autowired QuoteService quotes;
  @Autowired UserManagement users;
  @Autowired CompanyManagement companies;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcClient jdbc;

  PricingScenario s;
  CompanyId company;

  @BeforeEach
  void scenario() {
    s =
        new PricingScenario(
                fixtures.jardins(), productManagement, categories, lists, customerManagement)
            .load();
    company = s.company;
  }

  /** A user of Clément Jardins with these roles. */
  RequestPostProcessor as(Role... roles) {
    String login = "qapi" + System.nanoTime() % 1_000_000_000L;
    transaction.executeWithoutResult(
        t ->
            users.create(
                company,
                new UserManagement.NewUser(
                    login, "Essai " + login, null, PASSWORD, EnumSet.of(roles[0], roles))));
    return fixtures.bearer(login, company);
  }

  String code(String scenarioCode) {
    return products.get(company, s.id(scenarioCode)).code();
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

  long quoteCount() {
    return jdbc.sql("SELECT COUNT(*) FROM sales_quote WHERE company_id = ?")
        .param(company.value())
        .query(Long.class)
        .single();
  }

  /** Mme Dubois's request (§5): products by code and by id, quantities as numbers and text. */
  String dubois() {
    return """
        {"customer": "%s", "deliveryLeadTime": "Plantation en décembre",
         "lines": [
           {"productCode": "%s", "quantity": 40},
           {"product": "%s", "quantity": "6"},
           {"type": "PRODUCT", "productCode": "%s", "quantity": 1}]}
        """
        .formatted(s.dubois, code("CHA-RN-6080"), s.id("MO-PLANT"), code("LIV-Z1"));
  }

  /** Hôtel du Parc's quote (§6) with a section, a note and the acompte of 30 %. */
  String hotel(String planting) {
    StringBuilder lines = new StringBuilder("{\"type\": \"SECTION\", \"designation\": \"Jardin\"}");
    for (String[] l :
        List.of(
            new String[] {"TIL-T1214", "6"},
            new String[] {"ERA-T1012", "10"},
            new String[] {"OLI-C30", "4"},
            new String[] {"LAU-C10-125", "120"},
            new String[] {"LAV-G9", "300"},
            new String[] {"GAZ-M2", "150"},
            new String[] {"TER-50L", "40"},
            new String[] {"TUT-KIT", "20"},
            new String[] {"PLANT-TIGE", "20"},
            new String[] {"MO-PLANT", planting},
            new String[] {"LIV-Z2", "3"})) {
      lines.append(",{\"productCode\": \"%s\", \"quantity\": %s}".formatted(code(l[0]), l[1]));
    }
    lines.append(",{\"type\": \"NOTE\", \"designation\": \"Arrosage compris.\"}");
    return """
        {"customer": "%s", "deliveryLeadTime": "3 semaines après acceptation",
         "downPayment": {"kind": "ACOMPTE", "percent": 30},
         "lines": [%s]}
        """
        .formatted(s.hotel, lines);
  }

  @Test
  void mme_dubois_quote_is_created_with_its_lines_in_one_call() throws Exception {
    var sales = as(Role.SALES);

    var created = call(json(post("/api/v1/quotes"), dubois()), sales);

    assertThat(created.getStatus()).as(body(created)).isEqualTo(201);
    String json = body(created);
    String id = JsonPath.read(json, "$.id");
    assertThat(created.getHeader("Location")).isEqualTo("/api/v1/quotes/" + id);
    assertThat(JsonPath.<String>read(json, "$.status")).isEqualTo("DRAFT");
    assertThat(JsonPath.<Object>read(json, "$.number")).isNull();
    assertThat(JsonPath.<String>read(json, "$.current.revision")).isEqualTo("A");
    assertThat(JsonPath.<Boolean>read(json, "$.current.pricesIncludeVat")).isTrue();
    assertThat(JsonPath.<List<String>>read(json, "$.current.lines[*].productCode"))
        .containsExactly(code("CHA-RN-6080"), code("MO-PLANT"), code("LIV-Z1"));
    assertThat(number(json, "$.current.lines[0].net")).isEqualTo(51.47);
    assertThat(number(json, "$.current.lines[0].listDiscounts[0]")).isEqualTo(5.0);
    assertThat(number(json, "$.current.lines[1].net")).isEqualTo(288.00);
    assertThat(number(json, "$.current.lines[2].net")).isEqualTo(45.00);
    assertThat(JsonPath.<String>read(json, "$.current.lines[2].kind"))
        .isEqualTo("FEE_FOLLOWING_GOODS");
    assertThat(number(json, "$.current.lines[2].feeSplit[0].amount")).isEqualTo(45.00);
    assertThat(number(json, "$.current.totals.rates[0].rate")).isEqualTo(10.0);
    assertThat(number(json, "$.current.totals.rates[0].base")).isEqualTo(96.47);
    assertThat(number(json, "$.current.totals.rates[0].vat")).isEqualTo(9.65);
    assertThat(number(json, "$.current.totals.rates[1].base")).isEqualTo(288.00);
    assertThat(number(json, "$.current.totals.rates[1].vat")).isEqualTo(57.60);
    assertThat(number(json, "$.current.totals.totalNet")).isEqualTo(384.47);
    assertThat(number(json, "$.current.totals.totalVat")).isEqualTo(67.25);
    assertThat(number(json, "$.current.totals.totalGross")).isEqualTo(451.72);
    assertThat(JsonPath.<Object>read(json, "$.current.downPayment")).isNull();
    assertThat(JsonPath.<Object>read(json, "$.current.margin")).isNull();
    assertThat(quotes.get(company, QuoteId.of(id)).current().totals().totalGross())
        .isEqualTo(org.pepin.shared.Money.of("451.72"));

    var read = call(get("/api/v1/quotes/" + id), as(Role.VIEWER));
    assertThat(read.getStatus()).isEqualTo(200);
    assertThat(number(body(read), "$.current.totals.totalGross")).isEqualTo(451.72);
  }

  @Test
  void hotel_du_parc_quote_totals_13101_04_with_its_rates_and_down_payment() throws Exception {
    var sales = as(Role.SALES);
    long before = quoteCount();

    var preview = call(json(post("/api/v1/quotes/preview"), hotel("60")), sales);
    assertThat(preview.getStatus()).as(body(preview)).isEqualTo(200);
    assertThat(number(body(preview), "$.totals.totalGross")).isEqualTo(13101.04);
    assertThat(quoteCount()).as("a preview saves nothing").isEqualTo(before);

    var created = call(json(post("/api/v1/quotes"), hotel("60")), sales);
    assertThat(created.getStatus()).as(body(created)).isEqualTo(201);
    String json = body(created);
    assertThat(JsonPath.<Boolean>read(json, "$.current.pricesIncludeVat")).isFalse();
    assertThat(JsonPath.<List<String>>read(json, "$.current.lines[*].type"))
        .first()
        .isEqualTo("SECTION");
    assertThat(JsonPath.<List<String>>read(json, "$.current.lines[*].type"))
        .last()
        .isEqualTo("NOTE");
    assertThat(JsonPath.<List<Double>>read(json, "$.current.lines[*].net"))
        .containsExactly(
            null, 963.90, 1232.50, 506.60, 2285.82, 816.00, 879.75, 289.00, 238.00, 1615.00,
            2448.00, 216.75, null);
    assertThat(JsonPath.<List<Double>>read(json, "$.current.lines[11].feeSplit[*].amount"))
        .containsExactly(200.91, 15.84);
    assertThat(number(json, "$.current.totals.rates[0].rate")).isEqualTo(10.0);
    assertThat(number(json, "$.current.totals.rates[0].base")).isEqualTo(6885.48);
    assertThat(number(json, "$.current.totals.rates[0].vat")).isEqualTo(688.55);
    assertThat(number(json, "$.current.totals.rates[1].rate")).isEqualTo(20.0);
    assertThat(number(json, "$.current.totals.rates[1].base")).isEqualTo(4605.84);
    assertThat(number(json, "$.current.totals.rates[1].vat")).isEqualTo(921.17);
    assertThat(number(json, "$.current.totals.totalNet")).isEqualTo(11491.32);
    assertThat(number(json, "$.current.totals.totalGross")).isEqualTo(13101.04);
    assertThat(JsonPath.<String>read(json, "$.current.downPayment.kind")).isEqualTo("ACOMPTE");
    assertThat(number(json, "$.current.downPayment.percent")).isEqualTo(30.0);
    assertThat(number(json, "$.current.downPayment.amounts.rates[0].base")).isEqualTo(2065.65);
    assertThat(number(json, "$.current.downPayment.amounts.rates[1].base")).isEqualTo(1381.75);
    assertThat(number(json, "$.current.downPayment.amounts.totalGross")).isEqualTo(3930.32);
    assertThat(quoteCount()).isEqualTo(before + 1);
  }

  @Test
  void a_sent_quote_gets_revision_b_and_keeps_revision_a_pdf() throws Exception {
    var sales = as(Role.SALES);
    String id = JsonPath.read(body(call(json(post("/api/v1/quotes"), hotel("60")), sales)), "$.id");

    var sent =
        call(
            json(
                post("/api/v1/quotes/" + id + "/send"),
                "{\"to\": [\"accueil@hotel-du-parc.example\"]}"),
            sales);
    assertThat(sent.getStatus()).as(body(sent)).isEqualTo(200);
    String number = JsonPath.read(body(sent), "$.number");
    assertThat(number).matches("DE-\\d{4}-\\d{4}");
    assertThat(JsonPath.<String>read(body(sent), "$.status")).isEqualTo("SENT");
    assertThat(JsonPath.<Boolean>read(body(sent), "$.current.frozen")).isTrue();
    String revisionA = JsonPath.read(body(sent), "$.current.id");
    var pdf = call(get("/api/v1/quotes/" + id + "/pdf"), sales);
    assertThat(pdf.getStatus()).isEqualTo(200);
    assertThat(pdf.getContentType()).isEqualTo("application/pdf");
    assertThat(pdf.getHeader("Content-Disposition")).contains("Devis-" + number + "-A.pdf");
    byte[] bytesA = pdf.getContentAsByteArray();
    assertThat(new String(bytesA, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    int version = JsonPath.read(body(sent), "$.version");

    String changed = hotel("61").replaceFirst("\\{", "{\"version\": " + version + ",");
    var revised = call(json(put("/api/v1/quotes/" + id), changed), sales);
    assertThat(revised.getStatus()).as(body(revised)).isEqualTo(200);
    assertThat(JsonPath.<String>read(body(revised), "$.status")).isEqualTo("DRAFT");
    assertThat(JsonPath.<String>read(body(revised), "$.current.revision")).isEqualTo("B");
    assertThat(JsonPath.<String>read(body(revised), "$.reference")).isEqualTo(number + " B");
    double revisedTotal = number(body(revised), "$.current.totals.totalGross");
    assertThat(revisedTotal).isGreaterThan(13101.04);
    var stale = call(json(put("/api/v1/quotes/" + id), changed), sales);
    assertThat(stale.getStatus()).isEqualTo(409);

    var revisions = call(get("/api/v1/quotes/" + id + "/revisions"), sales);
    assertThat(JsonPath.<List<String>>read(body(revisions), "$[*].revision"))
        .containsExactly("A", "B");
    assertThat(JsonPath.<List<Double>>read(body(revisions), "$[*].totalGross"))
        .containsExactly(13101.04, revisedTotal);
    assertThat(JsonPath.<String>read(body(revisions), "$[0].pdf"))
        .isEqualTo("/api/v1/quotes/" + id + "/revisions/" + revisionA + "/pdf");
    var keptA = call(get("/api/v1/quotes/" + id + "/revisions/" + revisionA + "/pdf"), sales);
    assertThat(keptA.getContentAsByteArray()).isEqualTo(bytesA);
    var revisionAData = call(get("/api/v1/quotes/" + id + "/revisions/" + revisionA), sales);
    assertThat(number(body(revisionAData), "$.totals.totalGross")).isEqualTo(13101.04);
    String revisionB = JsonPath.read(body(revised), "$.current.id");
    var draftPdf = call(get("/api/v1/quotes/" + id + "/revisions/" + revisionB + "/pdf"), sales);
    assertThat(draftPdf.getStatus()).isEqualTo(404);
    assertThat(draftPdf.getContentType()).startsWith("application/problem+json");
    assertThat(call(get("/api/v1/quotes/" + id + "/pdf"), sales).getContentAsByteArray())
        .startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII))
        .isNotEqualTo(bytesA);

    // B sent, then accepted by hand: the order is made from B; A can no longer be accepted.
    var sentB =
        call(
            json(
                post("/api/v1/quotes/" + id + "/send"),
                "{\"to\": [\"accueil@hotel-du-parc.example\"]}"),
            sales);
    assertThat(sentB.getStatus()).as(body(sentB)).isEqualTo(200);
    var old =
        call(
            json(
                post("/api/v1/quotes/" + id + "/accept"),
                "{\"revision\": \"" + revisionA + "\", \"signerName\": \"Camille Renaud\"}"),
            sales);
    assertThat(old.getStatus()).isEqualTo(400);
    assertThat(JsonPath.<String>read(body(old), "$.errors[0].message"))
        .isEqualTo(
            "La version A de ce devis a été remplacée par une version plus récente : elle ne peut"
                + " plus être acceptée.");
    var noSigner = call(json(post("/api/v1/quotes/" + id + "/accept"), "{}"), sales);
    assertThat(noSigner.getStatus()).isEqualTo(400);
    assertThat(JsonPath.<String>read(body(noSigner), "$.errors[0].field")).isEqualTo("signerName");
    var accepted =
        call(
            json(post("/api/v1/quotes/" + id + "/accept"), "{\"signerName\": \"Camille Renaud\"}"),
            sales);
    assertThat(accepted.getStatus()).as(body(accepted)).isEqualTo(200);
    assertThat(JsonPath.<String>read(body(accepted), "$.status")).isEqualTo("CONVERTED");
    assertThat(JsonPath.<String>read(body(accepted), "$.current.decision.channel"))
        .isEqualTo("MANUAL");
    assertThat(JsonPath.<String>read(body(accepted), "$.current.decision.signerName"))
        .isEqualTo("Camille Renaud");
    String order = JsonPath.read(body(accepted), "$.order");
    assertThat(order).isNotNull();
  }

  @Test
  void a_manual_discount_above_the_threshold_needs_a_manager_then_the_quote_is_refused()
      throws Exception {
    var sales = as(Role.SALES);
    String body =
        """
        {"customer": "%s", "lines": [
           {"productCode": "%s", "quantity": 2, "discounts": ["25"]},
           {"type": "FREE", "designation": "Taille de formation", "quantity": 1,
            "unitPrice": "120,00", "vatRate": "20", "kind": "SERVICE"}]}
        """
            .formatted(s.hotel, code("TIL-T1214"));
    var created = call(json(post("/api/v1/quotes"), body), sales);
    assertThat(created.getStatus()).as(body(created)).isEqualTo(201);
    String id = JsonPath.read(body(created), "$.id");
    // TIL-T1214: 2 × (189.00 − 15 % − 25 %) = 2 × 120.4875 = 240.98; the free line 120.00.
    assertThat(JsonPath.<List<Double>>read(body(created), "$.current.lines[*].net"))
        .containsExactly(240.98, 120.00);
    assertThat(number(body(created), "$.current.manualDiscountRate")).isGreaterThan(15.0);
    assertThat(JsonPath.<Boolean>read(body(created), "$.current.approvalRequired")).isTrue();

    var refused =
        call(json(post("/api/v1/quotes/" + id + "/send"), "{\"to\": [\"a@b.fr\"]}"), sales);
    assertThat(refused.getStatus()).isEqualTo(400);
    assertThat(JsonPath.<String>read(body(refused), "$.errors[0].code"))
        .isEqualTo("sales.quote.approval-required");
    assertThat(JsonPath.<String>read(body(refused), "$.errors[0].message"))
        .startsWith("La remise manuelle de ")
        .endsWith(
            "dépasse le seuil de 15 % : l'accord d'un responsable est nécessaire avant l'envoi.");
    assertThat(call(post("/api/v1/quotes/" + id + "/approve"), sales).getStatus()).isEqualTo(403);

    var manager = as(Role.MANAGER);
    var approved = call(post("/api/v1/quotes/" + id + "/approve"), manager);
    assertThat(approved.getStatus()).as(body(approved)).isEqualTo(200);
    assertThat(JsonPath.<Boolean>read(body(approved), "$.current.approvalRequired")).isFalse();
    assertThat(JsonPath.<Object>read(body(approved), "$.current.approvedBy")).isNotNull();
    var sent = call(json(post("/api/v1/quotes/" + id + "/send"), "{\"to\": [\"a@b.fr\"]}"), sales);
    assertThat(sent.getStatus()).as(body(sent)).isEqualTo(200);

    var refusal =
        call(
            json(
                post("/api/v1/quotes/" + id + "/refuse"),
                "{\"reason\": \"Budget reporté à l'an prochain\"}"),
            sales);
    assertThat(refusal.getStatus()).as(body(refusal)).isEqualTo(200);
    assertThat(JsonPath.<String>read(body(refusal), "$.status")).isEqualTo("REFUSED");
    assertThat(JsonPath.<String>read(body(refusal), "$.statusReason"))
        .isEqualTo("Budget reporté à l'an prochain");
    assertThat(JsonPath.<String>read(body(refusal), "$.current.decision.outcome"))
        .isEqualTo("REFUSED");
  }

  @Test
  void hotel_du_parc_quote_with_a_down_payment_of_1000_00_including_vat() throws Exception {
    var sales = as(Role.SALES);
    String thousand =
        hotel("60")
            .replace(
                "{\"kind\": \"ACOMPTE\", \"percent\": 30}",
                "{\"kind\": \"ACOMPTE\", \"amount\": \"1000,00\"}");

    var created = call(json(post("/api/v1/quotes"), thousand), sales);

    assertThat(created.getStatus()).as(body(created)).isEqualTo(201);
    String json = body(created);
    assertThat(JsonPath.<String>read(json, "$.current.downPayment.kind")).isEqualTo("ACOMPTE");
    assertThat(JsonPath.<Object>read(json, "$.current.downPayment.percent")).isNull();
    assertThat(number(json, "$.current.downPayment.amount")).isEqualTo(1000.00);
    assertThat(number(json, "$.current.downPayment.amounts.rates[0].base")).isEqualTo(525.57);
    assertThat(number(json, "$.current.downPayment.amounts.rates[0].vat")).isEqualTo(52.56);
    assertThat(number(json, "$.current.downPayment.amounts.rates[1].base")).isEqualTo(351.56);
    assertThat(number(json, "$.current.downPayment.amounts.rates[1].vat")).isEqualTo(70.31);
    assertThat(number(json, "$.current.downPayment.amounts.totalGross")).isEqualTo(1000.00);
    assertThat(
            quotes
                .get(company, QuoteId.of(JsonPath.read(json, "$.id")))
                .current()
                .downPayment()
                .amount())
        .isEqualTo(org.pepin.shared.Money.of("1000.00"));
  }

  @Test
  void a_down_payment_is_a_percentage_or_an_amount_within_the_total() throws Exception {
    var sales = as(Role.SALES);
    long before = quoteCount();

    var both =
        call(
            json(
                post("/api/v1/quotes"),
                hotel("60")
                    .replace("\"percent\": 30}", "\"percent\": 30, \"amount\": \"1000,00\"}")),
            sales);
    assertThat(both.getStatus()).as(body(both)).isEqualTo(400);
    assertThat(JsonPath.<String>read(body(both), "$.errors[0].field")).isEqualTo("downPayment");
    assertThat(JsonPath.<String>read(body(both), "$.errors[0].message"))
        .isEqualTo("Indiquez l'acompte soit en pourcentage, soit en montant TTC, pas les deux.");

    var above =
        call(
            json(
                post("/api/v1/quotes"),
                hotel("60").replace("\"percent\": 30}", "\"amount\": \"13101,05\"}")),
            sales);
    assertThat(above.getStatus()).as(body(above)).isBetween(400, 422);
    assertThat(body(above)).contains("sales.down-payment.above-total");
    assertThat(body(above))
        .contains("L'acompte de 13\u202f101,05\u00a0€ dépasse le total TTC du document");
    assertThat(quoteCount()).isEqualTo(before);
  }

  @Test
  void bad_input_is_refused_in_french_and_nothing_is_created() throws Exception {
    var sales = as(Role.SALES);
    long before = quoteCount();

    var zero =
        call(
            json(post("/api/v1/quotes"), dubois().replace("\"quantity\": 40", "\"quantity\": 0")),
            sales);
    assertThat(zero.getStatus()).isEqualTo(400);
    assertThat(zero.getContentType()).startsWith("application/problem+json");
    assertThat(JsonPath.<String>read(body(zero), "$.detail"))
        .isEqualTo("La demande contient des erreurs ; rien n'a été enregistré.");
    assertThat(JsonPath.<String>read(body(zero), "$.errors[0].field"))
        .isEqualTo("lines[0].quantity");
    assertThat(JsonPath.<String>read(body(zero), "$.errors[0].code"))
        .isEqualTo("sales.line.quantity-positive");
    assertThat(JsonPath.<String>read(body(zero), "$.errors[0].message"))
        .startsWith("La quantité doit être supérieure à zéro");

    var nullLine =
        call(
            json(post("/api/v1/quotes"), "{\"customerCode\": \"C0009\", \"lines\": [null]}"),
            sales);
    assertThat(nullLine.getStatus()).isEqualTo(400);
    assertThat(JsonPath.<List<String>>read(body(nullLine), "$.errors[*].field"))
        .contains("lines[0]");

    var unknown =
        call(json(post("/api/v1/quotes"), dubois().replace(code("LIV-Z1"), "LIV-Z9")), sales);
    assertThat(unknown.getStatus()).isEqualTo(400);
    assertThat(JsonPath.<String>read(body(unknown), "$.errors[0].field"))
        .isEqualTo("lines[2].productCode");
    assertThat(JsonPath.<String>read(body(unknown), "$.errors[0].message"))
        .isEqualTo("Aucun article « LIV-Z9 » dans le catalogue.");

    var past =
        call(
            json(
                post("/api/v1/quotes"),
                dubois().replaceFirst("\\{", "{\"validUntil\": \"01/01/2020\",")),
            sales);
    assertThat(past.getStatus()).isEqualTo(400);
    assertThat(JsonPath.<String>read(body(past), "$.errors[0].field")).isEqualTo("validUntil");
    assertThat(JsonPath.<String>read(body(past), "$.errors[0].message"))
        .isEqualTo("La date de validité (01/01/2020) est déjà passée.");

    var several =
        call(
            json(
                post("/api/v1/quotes"),
                """
                {"customerCode": "ZZ-NOBODY", "validUntil": "31/02/2026",
                 "lines": [{"type": "FREE", "designation": "Conseil", "quantity": "1,5"},
                           {"type": "TABLE"}]}
                """),
            sales);
    assertThat(several.getStatus()).isEqualTo(400);
    assertThat(JsonPath.<List<String>>read(body(several), "$.errors[*].field"))
        .containsExactlyInAnyOrder(
            "customerCode", "validUntil", "lines[0].unitPrice", "lines[1].type");
    assertThat(
            JsonPath.<List<String>>read(
                body(several), "$.errors[?(@.field == 'customerCode')].message"))
        .containsExactly("Aucun client « ZZ-NOBODY » dans cette société.");
    assertThat(quoteCount()).as("nothing created").isEqualTo(before);

    // An empty quote is saved as a draft but cannot be sent.
    var empty =
        call(
            json(post("/api/v1/quotes"), "{\"customer\": \"" + s.dubois + "\", \"lines\": []}"),
            sales);
    assertThat(empty.getStatus()).isEqualTo(201);
    String id = JsonPath.read(body(empty), "$.id");
    var send = call(json(post("/api/v1/quotes/" + id + "/send"), "{}"), sales);
    assertThat(send.getStatus()).isEqualTo(400);
    assertThat(JsonPath.<String>read(body(send), "$.errors[0].message"))
        .isEqualTo("Un devis sans ligne chiffrée ne peut pas être envoyé.");
    var badRecipient =
        call(
            json(post("/api/v1/quotes/" + id + "/send"), "{\"to\": [\"pas-une-adresse\"]}"), sales);
    assertThat(badRecipient.getStatus()).isEqualTo(400);
    assertThat(JsonPath.<String>read(body(badRecipient), "$.errors[0].field")).isEqualTo("to[0]");
    assertThat(quotes.get(company, QuoteId.of(id)).status()).isEqualTo(QuoteStatus.DRAFT);
    assertThat(quotes.get(company, QuoteId.of(id)).number()).isNull();

    // A cancelled quote can no longer be changed; a version is required to change one.
    var noReason = call(json(post("/api/v1/quotes/" + id + "/cancel"), "{}"), sales);
    assertThat(noReason.getStatus()).isEqualTo(400);
    assertThat(JsonPath.<String>read(body(noReason), "$.errors[0].field")).isEqualTo("reason");
    var cancelled =
        call(json(post("/api/v1/quotes/" + id + "/cancel"), "{\"reason\": \"Doublon\"}"), sales);
    assertThat(JsonPath.<String>read(body(cancelled), "$.status")).isEqualTo("CANCELLED");
    int version = JsonPath.read(body(cancelled), "$.version");
    var edit =
        call(
            json(
                put("/api/v1/quotes/" + id),
                dubois().replaceFirst("\\{", "{\"version\": " + version + ",")),
            sales);
    assertThat(edit.getStatus()).isEqualTo(400);
    assertThat(JsonPath.<String>read(body(edit), "$.errors[0].code"))
        .isEqualTo("sales.quote.closed");
    var noVersion = call(json(put("/api/v1/quotes/" + id), dubois()), sales);
    assertThat(noVersion.getStatus()).isEqualTo(400);
    assertThat(JsonPath.<List<String>>read(body(noVersion), "$.errors[*].field"))
        .contains("version");
    assertThat(quotes.get(company, QuoteId.of(id)).current().lines()).isEmpty();
  }

  @Test
  void roles_decide_who_writes_and_who_approves() throws Exception {
    var viewer = as(Role.VIEWER);
    var accounting = as(Role.ACCOUNTING);
    long before = quoteCount();

    assertThat(call(json(post("/api/v1/quotes"), dubois()), viewer).getStatus()).isEqualTo(403);
    assertThat(call(json(post("/api/v1/quotes"), dubois()), accounting).getStatus()).isEqualTo(403);
    assertThat(call(json(post("/api/v1/quotes/preview"), dubois()), viewer).getStatus())
        .isEqualTo(403);
    assertThat(quoteCount()).isEqualTo(before);
    assertThat(call(get("/api/v1/quotes"), viewer).getStatus()).isEqualTo(200);
    assertThat(call(get("/api/v1/sales/settings"), as(Role.MANAGER)).getStatus()).isEqualTo(403);

    var sales = as(Role.SALES);
    String id = JsonPath.read(body(call(json(post("/api/v1/quotes"), dubois()), sales)), "$.id");
    assertThat(call(post("/api/v1/quotes/" + id + "/approve"), sales).getStatus()).isEqualTo(403);
    assertThat(call(post("/api/v1/quotes/" + id + "/approve"), viewer).getStatus()).isEqualTo(403);
    assertThat(
            call(json(post("/api/v1/quotes/" + id + "/cancel"), "{\"reason\": \"x\"}"), viewer)
                .getStatus())
        .isEqualTo(403);
    assertThat(quotes.get(company, QuoteId.of(id)).status()).isEqualTo(QuoteStatus.DRAFT);
  }

  @Test
  void a_quote_of_another_company_is_not_found() throws Exception {
    var sales = as(Role.SALES);
    String json = body(call(json(post("/api/v1/quotes"), dubois()), sales));
    String id = JsonPath.read(json, "$.id");
    String revision = JsonPath.read(json, "$.current.id");
    // Paul is ADMIN and MANAGER of Pépinières Clément: allowed everywhere there, not here.
    var outsider = fixtures.bearer("paul", fixtures.nursery());

    TenantIsolation.assertNotFoundFor(
        mvc,
        outsider,
        () -> quotes.get(company, QuoteId.of(id)),
        get("/api/v1/quotes/" + id),
        get("/api/v1/quotes/" + id + "/pdf"),
        get("/api/v1/quotes/" + id + "/revisions"),
        get("/api/v1/quotes/" + id + "/revisions/" + revision),
        get("/api/v1/quotes/" + id + "/revisions/" + revision + "/pdf"),
        json(put("/api/v1/quotes/" + id), dubois().replaceFirst("\\{", "{\"version\": 1,")),
        post("/api/v1/quotes/" + id + "/approve"),
        json(post("/api/v1/quotes/" + id + "/send"), "{\"to\": [\"x@y.fr\"]}"),
        json(post("/api/v1/quotes/" + id + "/accept"), "{\"signerName\": \"X\"}"),
        json(post("/api/v1/quotes/" + id + "/refuse"), "{\"reason\": \"X\"}"),
        json(post("/api/v1/quotes/" + id + "/cancel"), "{\"reason\": \"X\"}"));
    // Nor does its list show it, nor can a quote be made for its customer.
    var list = call(get("/api/v1/quotes").param("customer", s.dubois.toString()), outsider);
    assertThat(JsonPath.<Integer>read(body(list), "$.totalElements")).isZero();
    var foreign = call(json(post("/api/v1/quotes"), dubois()), outsider);
    assertThat(foreign.getStatus()).isEqualTo(400);
    assertThat(JsonPath.<List<String>>read(body(foreign), "$.errors[*].field"))
        .contains("customer");
  }

  @Test
  void the_list_filters_and_the_conversion_rate() throws Exception {
    var sales = as(Role.SALES);
    String hotelQuote =
        JsonPath.read(body(call(json(post("/api/v1/quotes"), hotel("60")), sales)), "$.id");
    call(json(post("/api/v1/quotes/" + hotelQuote + "/send"), "{\"to\": [\"a@b.fr\"]}"), sales);
    String duboisQuote =
        JsonPath.read(body(call(json(post("/api/v1/quotes"), dubois()), sales)), "$.id");
    String refused =
        JsonPath.read(body(call(json(post("/api/v1/quotes"), dubois()), sales)), "$.id");
    call(json(post("/api/v1/quotes/" + refused + "/send"), "{\"to\": [\"a@b.fr\"]}"), sales);
    call(json(post("/api/v1/quotes/" + refused + "/refuse"), "{\"reason\": \"Trop cher\"}"), sales);

    var byCustomer =
        call(
            get("/api/v1/quotes")
                .param("customer", s.dubois.toString())
                .param("sort", "totalGross"),
            sales);
    assertThat(byCustomer.getStatus()).as(body(byCustomer)).isEqualTo(200);
    assertThat(JsonPath.<List<String>>read(body(byCustomer), "$.content[*].id"))
        .containsExactlyInAnyOrder(duboisQuote, refused);
    assertThat(JsonPath.<Integer>read(body(byCustomer), "$.totalElements")).isEqualTo(2);
    var sent =
        call(
            get("/api/v1/quotes")
                .param("customer", s.hotel.toString())
                .param("status", "SENT,ACCEPTED")
                .param("minAmount", "13000")
                .param("expiringWithin", "30"),
            sales);
    assertThat(JsonPath.<List<String>>read(body(sent), "$.content[*].id"))
        .containsExactly(hotelQuote);
    assertThat(JsonPath.<List<Double>>read(body(sent), "$.content[*].totalGross"))
        .containsExactly(13101.04);
    var cheap =
        call(
            get("/api/v1/quotes").param("customer", s.hotel.toString()).param("maxAmount", "500"),
            sales);
    assertThat(JsonPath.<Integer>read(body(cheap), "$.totalElements")).isZero();
    var notSoon =
        call(
            get("/api/v1/quotes")
                .param("customer", s.hotel.toString())
                .param("expiringWithin", "5"),
            sales);
    assertThat(JsonPath.<Integer>read(body(notSoon), "$.totalElements")).isZero();

    var badStatus = call(get("/api/v1/quotes").param("status", "PERDU"), sales);
    assertThat(badStatus.getStatus()).isEqualTo(400);
    assertThat(JsonPath.<String>read(body(badStatus), "$.errors[0].message"))
        .isEqualTo("État de devis inconnu « PERDU ».");
    var badDate = call(get("/api/v1/quotes").param("from", "hier"), sales);
    assertThat(JsonPath.<String>read(body(badDate), "$.errors[0].field")).isEqualTo("from");
    var badSort = call(get("/api/v1/quotes").param("sort", "margin"), sales);
    assertThat(badSort.getStatus()).isEqualTo(400);

    var conversion = call(get("/api/v1/quotes/conversion"), sales);
    assertThat(conversion.getStatus()).as(body(conversion)).isEqualTo(200);
    assertThat(JsonPath.<Integer>read(body(conversion), "$.answered")).isPositive();
    Map<String, Object> counts = JsonPath.read(body(conversion), "$");
    long answered = ((Number) counts.get("answered")).longValue();
    long converted = ((Number) counts.get("converted")).longValue();
    assertThat(number(body(conversion), "$.rate"))
        .isEqualTo(
            java.math.BigDecimal.valueOf(converted * 100)
                .divide(java.math.BigDecimal.valueOf(answered), 1, java.math.RoundingMode.HALF_UP)
                .doubleValue());
    var period =
        call(
            get("/api/v1/quotes/conversion").param("from", "2030-01-01").param("to", "2029-12-31"),
            sales);
    assertThat(period.getStatus()).isEqualTo(400);
  }

  @Test
  void the_sales_settings_are_read_and_changed_by_an_administrator() throws Exception {
    String admin = "vadm" + System.nanoTime() % 1_000_000_000L;
    CompanyId other =
        transaction.execute(
            t -> {
              var c = companies.create(CompanyIdentity.named("Ventes " + admin), false);
              users.create(
                  c,
                  new UserManagement.NewUser(
                      admin, "Admin " + admin, null, PASSWORD, Set.of(Role.ADMIN)));
              return c;
            });
    var who = fixtures.bearer(admin, other);

    var defaults = call(get("/api/v1/sales/settings"), who);
    assertThat(defaults.getStatus()).isEqualTo(200);
    assertThat(JsonPath.<Integer>read(body(defaults), "$.version")).isZero();
    assertThat(JsonPath.<Integer>read(body(defaults), "$.quoteValidityDays")).isEqualTo(30);

    String nursery =
        """
        {"version": 0, "quoteValidityDays": 45, "discountApprovalThreshold": "12,5",
         "individualDownPaymentPercent": 30, "individualDownPaymentAbove": "1500",
         "withdrawalDays": 14}
        """;
    var saved = call(json(put("/api/v1/sales/settings"), nursery), who);
    assertThat(saved.getStatus()).as(body(saved)).isEqualTo(200);
    assertThat(JsonPath.<Integer>read(body(saved), "$.version")).isEqualTo(1);
    assertThat(JsonPath.<Integer>read(body(saved), "$.quoteValidityDays")).isEqualTo(45);
    assertThat(number(body(saved), "$.discountApprovalThreshold")).isEqualTo(12.5);
    assertThat(number(body(saved), "$.individualDownPaymentAbove")).isEqualTo(1500.0);
    assertThat(call(json(put("/api/v1/sales/settings"), nursery), who).getStatus()).isEqualTo(409);
    String details =
        jdbc.sql(
                "SELECT details FROM audit_event WHERE company_id = ?"
                    + " AND action = 'sales.settings-changed'")
            .param(other.value())
            .query(String.class)
            .single();
    assertThat(details)
        .contains("quoteValidityDays: 30 → 45", "discountApprovalThreshold: 15 → 12.5")
        .doesNotContain("withdrawalDays");

    var bad =
        call(
            json(
                put("/api/v1/sales/settings"),
                """
                {"version": 1, "quoteValidityDays": 400, "discountApprovalThreshold": "15",
                 "individualDownPaymentPercent": 30, "freeDeliveryProductCode": "NOPE",
                 "freeDeliveryAbove": "1500", "withdrawalDays": 14}
                """),
            who);
    assertThat(bad.getStatus()).isEqualTo(400);
    assertThat(JsonPath.<List<String>>read(body(bad), "$.errors[*].field"))
        .containsExactlyInAnyOrder("individualDownPaymentAbove", "freeDeliveryProductCode");
    var range =
        call(
            json(
                put("/api/v1/sales/settings"),
                "{\"version\": 1, \"quoteValidityDays\": 400, \"discountApprovalThreshold\": \"15\","
                    + " \"withdrawalDays\": 14}"),
            who);
    assertThat(range.getStatus()).isEqualTo(400);
    assertThat(JsonPath.<String>read(body(range), "$.errors[0].field"))
        .isEqualTo("quoteValidityDays");
    assertThat(JsonPath.<String>read(body(range), "$.errors[0].message"))
        .isEqualTo("La validité d'un devis est de 1 à 365 jours (400).");
    assertThat(
            JsonPath.<Integer>read(
                body(call(get("/api/v1/sales/settings"), who)), "$.quoteValidityDays"))
        .isEqualTo(45);
  }

  @Test
  void an_idempotency_key_creates_the_quote_once() throws Exception {
    var sales = as(Role.SALES);
    long before = quoteCount();
    var first =
        call(
            json(post("/api/v1/quotes"), dubois()).header("Idempotency-Key", "devis-dubois-1"),
            sales);
    var again =
        call(
            json(post("/api/v1/quotes"), dubois()).header("Idempotency-Key", "devis-dubois-1"),
            sales);
    assertThat(first.getStatus()).isEqualTo(201);
    assertThat(again.getStatus()).isEqualTo(201);
    assertThat(again.getHeader("Idempotent-Replayed")).isEqualTo("true");
    assertThat(JsonPath.<String>read(body(again), "$.id"))
        .isEqualTo(JsonPath.<String>read(body(first), "$.id"));
    assertThat(quoteCount()).isEqualTo(before + 1);
  }
}
