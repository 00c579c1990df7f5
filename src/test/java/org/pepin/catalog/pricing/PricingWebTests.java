package org.pepin.catalog.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pepin.PepinIntegrationTest;
import org.pepin.TenantIsolation;
import org.pepin.WebSession;
import org.pepin.catalog.PriceListId;
import org.pepin.catalog.product.ProductManagement;
import org.pepin.catalog.product.VatCategoryManagement;
import org.pepin.customers.Customers;
import org.pepin.customers.file.CustomerManagement;
import org.pepin.platform.PageSectionContribution;
import org.pepin.platform.PlatformFixtures;
import org.pepin.shared.UnitPrice;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Pricing in the UI and the API: explain, editor, preview, customer block, import and export. */
@PepinIntegrationTest
class PricingWebTests {

  @Autowired MockMvc mvc;
  @Autowired PriceListManagement lists;
  @Autowired ProductManagement products;
  @Autowired VatCategoryManagement categories;
  @Autowired CustomerManagement customerManagement;
  @Autowired Customers customers;
  @Autowired PlatformFixtures fixtures;
  @Autowired List<PageSectionContribution> sections;

  PricingScenario s;

  @BeforeEach
  void scenario() {
    s =
        new PricingScenario(fixtures.nursery(), products, categories, lists, customerManagement)
            .load();
  }

  String code(java.util.function.Supplier<org.pepin.customers.CustomerId> id) {
    return customers.get(s.company, id.get()).code();
  }

  static String body(MockHttpServletResponse response) throws Exception {
    return response.getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void theApiExplainsMmeDuboisPrice() throws Exception {
    var response =
        mvc.perform(
                get("/api/v1/pricing/explain")
                    .param("product", s.code("CHA-RN-6080"))
                    .param("customer", code(() -> s.dubois))
                    .param("quantity", "40")
                    .param("date", "29/11/2026")
                    .with(fixtures.bearer("karim", s.company)))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    String json = body(response);
    assertThat(JsonPath.<String>read(json, "$.priceList")).isEqualTo(s.publicCode);
    assertThat(JsonPath.<Double>read(json, "$.unitPrice")).isEqualTo(1.49);
    assertThat(JsonPath.<Boolean>read(json, "$.includesVat")).isTrue();
    assertThat(JsonPath.<Double>read(json, "$.netUnitPrice")).isEqualTo(1.286818);
    assertThat(JsonPath.<List<String>>read(json, "$.steps[*].kind"))
        .containsExactly("BASE", "LIST_PRICE", "TO_EXCL_VAT", "BREAK");
    assertThat(JsonPath.<List<String>>read(json, "$.steps[*].text"))
        .containsExactly(
            "Prix de base de l'article : 1,35 € HT",
            "Prix saisi au tarif " + s.publicCode + " — Public : 1,49 € TTC",
            "Prix net HT = TTC / (1 + 10 %) : 1,354545 € HT",
            "Remise par quantité (à partir de 10) : −5 % → 1,286818 € HT");

    var unknown =
        mvc.perform(
                get("/api/v1/pricing/explain")
                    .param("product", "NOPE-" + s.suffix)
                    .with(fixtures.bearer("karim", s.company)))
            .andReturn()
            .getResponse();
    assertThat(unknown.getStatus()).isEqualTo(400);
    assertThat(body(unknown)).contains("pricing.product-unknown");
  }

  @Test
  void theExplainPageShowsHotelDuParcLaurels() throws Exception {
    var session = WebSession.login(mvc, "sophie");
    String html =
        body(
            session
                .perform(
                    get("/catalog/pricing/explain")
                        .param("product", s.code("LAU-C10-125"))
                        .param("customer", code(() -> s.hotel))
                        .param("quantity", "120")
                        .param("date", "29/11/2026"))
                .getResponse());
    assertThat(html)
        .contains("Prix de base de l&#39;article : 24,90 € HT")
        .contains("Remise du tarif " + s.proCode + " — Professionnel : −15 % → 21,165 € HT")
        .contains("Remise par quantité (à partir de 50) : −10 % → 19,0485 € HT")
        .contains("Prix unitaire net : 19,0485 € HT");
  }

  @Test
  void theEditorPreviewsTheListForACustomerAndAQuantity() throws Exception {
    var session = WebSession.login(mvc, "paul");
    String html =
        body(
            session
                .perform(
                    get("/catalog/price-lists/" + s.proList)
                        .param("customer", code(() -> s.hotel))
                        .param("quantity", "120")
                        .param("date", "29/11/2026"))
                .getResponse());
    assertThat(html).contains("Professionnel").contains("19,0485").contains("price-preview-table");
    String listPage = body(session.perform(get("/catalog/price-lists")).getResponse());
    assertThat(listPage).contains(s.proCode).contains("groupe " + s.group);

    // A price entered in the editor, then a bad one refused with its message.
    var saved =
        session.perform(
            post("/catalog/price-lists/" + s.proList + "/prices")
                .param("product", s.code("OLI-C30"))
                .param("price", "120,50"));
    assertThat(saved.getResponse().getStatus()).isEqualTo(302);
    assertThat(lists.itemPrice(s.company, s.proList, s.id("OLI-C30")))
        .contains(UnitPrice.of("120.5"));
    String edited = body(session.perform(get("/catalog/price-lists/" + s.proList)).getResponse());
    assertThat(edited).contains("id=\"history\"").contains(s.code("OLI-C30")).contains("120.5");
    var refused =
        session.perform(
            post("/catalog/price-lists/" + s.publicList + "/prices")
                .param("product", s.code("OLI-C30"))
                .param("price", "149,015"));
    assertThat(refused.getFlashMap().get("toastError"))
        .isEqualTo("error.price-list.price-ttc-scale");
    assertThat(lists.itemPrice(s.company, s.publicList, s.id("OLI-C30"))).isEmpty();

    // An overlapping version is refused on the form.
    String form =
        body(
            session
                .perform(
                    post("/catalog/price-lists")
                        .param("code", s.proCode)
                        .param("name", "Pro bis")
                        .param("adjustment", "-20"))
                .getResponse());
    assertThat(form).contains("Une autre version du tarif " + s.proCode);
  }

  @Test
  void theApiManagesListsPricesBreaksAndCustomers() throws Exception {
    var paul = fixtures.bearer("paul", s.company);
    String created =
        body(
            mvc.perform(
                    post("/api/v1/price-lists")
                        .with(paul)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                            "{\"code\":\"rev"
                                + s.suffix
                                + "\",\"name\":\"Revendeur\",\"parentCode\":\""
                                + s.proCode
                                + "\",\"adjustment\":\"-10\"}"))
                .andReturn()
                .getResponse());
    String id = JsonPath.read(created, "$.id");
    assertThat(JsonPath.<String>read(created, "$.code")).isEqualTo("REV" + s.suffix);
    var priced =
        mvc.perform(
                put("/api/v1/price-lists/" + id + "/prices/" + s.code("TIL-T1214"))
                    .with(paul)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"price\":\"150\"}"))
            .andReturn()
            .getResponse();
    assertThat(JsonPath.<List<String>>read(body(priced), "$.prices[*].product"))
        .containsExactly(s.code("TIL-T1214"));
    var bad =
        mvc.perform(
                put("/api/v1/price-lists/" + id + "/prices/" + s.code("TIL-T1214"))
                    .with(paul)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"price\":\"-3\"}"))
            .andReturn()
            .getResponse();
    assertThat(bad.getStatus()).isEqualTo(400);
    assertThat(body(bad)).contains("price-list.price-negative");

    String customerId = s.hotel.value().toString();
    var assigned =
        mvc.perform(
                put("/api/v1/customers/" + customerId + "/price-list")
                    .with(fixtures.bearer("karim", s.company))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"priceList\":\"REV" + s.suffix + "\"}"))
            .andReturn()
            .getResponse();
    assertThat(JsonPath.<String>read(body(assigned), "$.priceList")).isEqualTo("REV" + s.suffix);
    var negotiated =
        mvc.perform(
                post("/api/v1/customers/" + customerId + "/customer-prices")
                    .with(fixtures.bearer("karim", s.company))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"product\":\"" + s.code("OLI-C30") + "\",\"price\":\"110\"}"))
            .andReturn()
            .getResponse();
    assertThat(negotiated.getStatus()).isEqualTo(201);
    String explained =
        body(
            mvc.perform(
                    get("/api/v1/pricing/explain")
                        .param("product", s.code("OLI-C30"))
                        .param("customer", code(() -> s.hotel))
                        .with(paul))
                .andReturn()
                .getResponse());
    assertThat(JsonPath.<Double>read(explained, "$.netUnitPrice")).isEqualTo(110.0);
    assertThat(JsonPath.<List<String>>read(explained, "$.steps[*].kind"))
        .containsExactly("BASE", "LIST_ADJUSTMENT", "LIST_ADJUSTMENT", "CUSTOMER_PRICE");

    // Accounting may read, not assign.
    var forbidden =
        mvc.perform(
                put("/api/v1/customers/" + customerId + "/price-list")
                    .with(fixtures.bearer("isabelle", s.company))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"priceList\":\"" + s.proCode + "\"}"))
            .andReturn()
            .getResponse();
    assertThat(forbidden.getStatus()).isEqualTo(403);

    String breakJson =
        body(
            mvc.perform(
                    post("/api/v1/price-breaks")
                        .with(paul)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                            "{\"product\":\""
                                + s.code("TIL-T1214")
                                + "\",\"minQuantity\":\"5\",\"discount\":\"3\"}"))
                .andReturn()
                .getResponse());
    String breakId = JsonPath.read(breakJson, "$.id");
    assertThat(
            mvc.perform(delete("/api/v1/price-breaks/" + breakId).with(paul))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(204);
  }

  @Test
  void anotherCompanysPricingIsNotFound() {
    var outsider = fixtures.bearer("paul", fixtures.jardins());
    PriceListId list = s.proList;
    TenantIsolation.assertNotFoundFor(
        mvc,
        outsider,
        () -> List.of(lists.get(s.company, list), lists.assigned(s.company, s.hotel)),
        get("/api/v1/price-lists/" + list),
        put("/api/v1/price-lists/" + list)
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"version\":1,\"code\":\"X\",\"name\":\"X\"}"),
        put("/api/v1/price-lists/" + list + "/prices/" + s.code("OLI-C30"))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"price\":\"1\"}"),
        get("/api/v1/customers/" + s.hotel + "/pricing"),
        put("/api/v1/customers/" + s.hotel + "/price-list")
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"priceList\":null}"),
        delete("/api/v1/customers/" + s.hotel + "/customer-prices/" + UUID.randomUUID()));
  }

  @Test
  void theCustomerPageBlockShowsAndChangesTheList() throws Exception {
    var karim = fixtures.user("karim");
    var member =
        new org.pepin.platform.Member(
            karim, "karim", "Karim", java.util.Set.of(org.pepin.platform.Role.SALES));
    var found =
        sections.stream()
            .flatMap(
                c ->
                    c
                        .sections(
                            PageSectionContribution.CUSTOMER_PAGE,
                            s.company,
                            s.hotel.value(),
                            member)
                        .stream())
            .filter(p -> p.template().equals("catalog/pricing-customer"))
            .toList();
    assertThat(found).hasSize(1);
    assertThat(found.get(0).model()).containsEntry("pricingAssigned", s.proCode);
    assertThat(
            sections.stream()
                .flatMap(
                    c ->
                        c
                            .sections(
                                PageSectionContribution.CUSTOMER_PAGE,
                                fixtures.jardins(),
                                s.hotel.value(),
                                member)
                            .stream())
                .filter(p -> p.template().equals("catalog/pricing-customer")))
        .isEmpty();

    var session = WebSession.login(mvc, "karim");
    var result =
        session.perform(
            post("/catalog/customers/" + s.hotel + "/price-list").param("priceList", s.publicCode));
    assertThat(result.getResponse().getRedirectedUrl())
        .isEqualTo("/catalog/customers/" + s.hotel + "/pricing");
    assertThat(lists.assigned(s.company, s.hotel)).contains(s.publicCode);
    session.perform(
        post("/catalog/customers/" + s.hotel + "/customer-prices")
            .param("product", s.code("ERA-T1012"))
            .param("price", "130")
            .param("validFrom", "01/11/2026"));
    String page =
        body(session.perform(get("/catalog/customers/" + s.hotel + "/pricing")).getResponse());
    assertThat(page).contains(s.code("ERA-T1012")).contains("130,00").contains("01/11/2026");
  }

  @Test
  void anExportedListImportsBackAndAnImportChangesPrices() throws Exception {
    var session = WebSession.login(mvc, "paul");
    String csv =
        session
            .perform(get("/catalog/price-lists/" + s.publicList + "/export.csv"))
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(csv).contains("Tarif").contains(s.code("CHA-RN-6080")).contains("1,49");

    String again = csv + s.publicCode + ";" + s.code("LAV-G9") + ";Lavande;3,50;TTC\r\n";
    var response =
        mvc.perform(
                multipart("/api/v1/imports/prices")
                    .file(
                        new MockMultipartFile(
                            "file",
                            "tarif.csv",
                            "text/csv",
                            again.getBytes(StandardCharsets.UTF_8)))
                    .param("dryRun", "false")
                    .with(fixtures.bearer("paul", s.company)))
            .andReturn()
            .getResponse();
    String json = body(response);
    assertThat(JsonPath.<String>read(json, "$.status")).as(json).isEqualTo("IMPORTED");
    assertThat(JsonPath.<Integer>read(json, "$.counts.created")).isEqualTo(1);
    assertThat(JsonPath.<Integer>read(json, "$.counts.unchanged")).isEqualTo(2);
    assertThat(lists.itemPrice(s.company, s.publicList, s.id("LAV-G9")))
        .contains(UnitPrice.of("3.5"));
  }
}
