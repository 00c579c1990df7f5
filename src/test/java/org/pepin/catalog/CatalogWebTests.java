package org.pepin.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pepin.PepinIntegrationTest;
import org.pepin.TenantIsolation;
import org.pepin.WebSession;
import org.pepin.catalog.product.ProductManagement;
import org.pepin.catalog.stock.StockManagement;
import org.pepin.platform.PlatformFixtures;
import org.pepin.shared.Quantity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The catalogue's screens and JSON API: lists, filters, forms, roles, tenancy. */
@PepinIntegrationTest
class CatalogWebTests {

  @Autowired MockMvc mvc;
  @Autowired PlatformFixtures fixtures;
  @Autowired ProductManagement products;
  @Autowired StockManagement stock;

  static String text(MockHttpServletResponse response) throws Exception {
    return response
        .getContentAsString(StandardCharsets.UTF_8)
        .replace('\u202f', ' ')
        .replace('\u00a0', ' ');
  }

  private Product product(String code) {
    return products.findByCode(fixtures.nursery(), code).orElseThrow();
  }

  @Test
  void theProductListFiltersByFormSeasonAndTextAndThePageShowsStockAndLots() throws Exception {
    var sophie = WebSession.login(mvc, "sophie");
    var all = sophie.perform(get("/catalog/products")).getResponse();
    assertThat(all.getStatus()).isEqualTo(200);
    assertThat(text(all))
        .contains("CHA-RN-6080", "GAR-EXT2", "Charmille — Carpinus betulus", "1 800");
    var bareRoots =
        text(sophie.perform(get("/catalog/products").param("form", "BARE_ROOT")).getResponse());
    assertThat(bareRoots)
        .contains("CHA-RN-6080", "HET-RN-80100", "POM-RR-DT")
        .doesNotContain("LAU-C10-125");
    var search = text(sophie.perform(get("/catalog/products").param("q", "fagus")).getResponse());
    assertThat(search).contains("HET-RN-80100").doesNotContain("CHA-RN-6080");
    var accents = text(sophie.perform(get("/catalog/products").param("q", "erable")).getResponse());
    assertThat(accents).contains("ERA-T1012");
    var page =
        sophie.perform(get("/catalog/products/{id}", product("CHA-RN-6080").id())).getResponse();
    assertThat(page.getStatus()).isEqualTo(200);
    assertThat(text(page))
        .contains(
            "L24-CHA-01",
            "L25-CHA-02",
            "FR-78-0412",
            "15/11–31/03",
            "Carpinus betulus",
            "1 800",
            "10 % aujourd");
    var olive =
        text(sophie.perform(get("/catalog/products/{id}", product("OLI-C30").id())).getResponse());
    assertThat(olive)
        .contains(
            "L25-OLI-01",
            "XF-25-0412-OLI",
            "même pour les particuliers",
            "F0001 Les Jardins de Marly");
  }

  @Test
  void theFormsOpenFilledInAndAnUpdateIsRecordedInTheHistory() throws Exception {
    var karim = WebSession.login(mvc, "karim");
    var hornbeam = product("CHA-RN-6080");
    assertThat(karim.perform(get("/catalog/products/new")).getResponse().getStatus())
        .isEqualTo(200);
    var edit = text(karim.perform(get("/catalog/products/{id}/edit", hornbeam.id())).getResponse());
    assertThat(edit)
        .contains("value=\"1,35\"", "value=\"15/11\"", "value=\"31/03\"", "Carpinus betulus");
    var adjust =
        text(
            karim
                .perform(
                    get("/catalog/stock/adjustments/new")
                        .param("product", hornbeam.id().toString()))
                .getResponse());
    assertThat(adjust).contains("L24-CHA-01 (800)", "L25-CHA-02 (1 000)");
    var receipt =
        text(
            karim
                .perform(
                    get("/catalog/stock/receipts/new").param("product", hornbeam.id().toString()))
                .getResponse());
    assertThat(receipt).contains("CHA-RN-6080 — Charmille");
    var category =
        text(
            karim
                .perform(get("/catalog/vat-categories/{id}", hornbeam.vatCategory()))
                .getResponse());
    assertThat(category).contains("Végétaux vivants (10 %)", "10 % aujourd");

    var company = fixtures.nursery();
    String code = "WEB-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    var created =
        karim
            .perform(
                post("/catalog/products")
                    .param("code", code)
                    .param("designation", "Lierre")
                    .param("kind", "GOODS")
                    .param("unit", "PLANT")
                    .param("revenueKind", "OWN_PRODUCTION")
                    .param("vatCategory", hornbeam.vatCategory().toString())
                    .param("salePrice", "4,10")
                    .param("stocked", "true"))
            .getResponse();
    assertThat(created.getStatus()).isEqualTo(302);
    var ivy = products.findByCode(company, code).orElseThrow();
    var updated =
        karim
            .perform(
                post("/catalog/products/{id}", ivy.id())
                    .param("version", String.valueOf(ivy.version()))
                    .param("code", code)
                    .param("designation", "Lierre grimpant")
                    .param("kind", "GOODS")
                    .param("unit", "PLANT")
                    .param("revenueKind", "OWN_PRODUCTION")
                    .param("vatCategory", hornbeam.vatCategory().toString())
                    .param("salePrice", "4,30")
                    .param("stocked", "true"))
            .getResponse();
    assertThat(updated.getStatus()).isEqualTo(302);
    var stale =
        karim
            .perform(
                post("/catalog/products/{id}", ivy.id())
                    .param("version", String.valueOf(ivy.version()))
                    .param("code", code)
                    .param("designation", "Lierre perdu")
                    .param("kind", "GOODS")
                    .param("unit", "PLANT")
                    .param("revenueKind", "OWN_PRODUCTION")
                    .param("vatCategory", hornbeam.vatCategory().toString())
                    .param("salePrice", "9"))
            .getResponse();
    assertThat(text(stale)).contains("Quelqu");
    var page = text(karim.perform(get("/catalog/products/{id}", ivy.id())).getResponse());
    assertThat(page).contains("Lierre grimpant", ">4,30<", "Karim Benali");
    assertThat(products.get(company, ivy.id()).salePrice().value()).isEqualByComparingTo("4.30");
    var archived = karim.perform(post("/catalog/products/{id}/archive", ivy.id())).getResponse();
    assertThat(archived.getStatus()).isEqualTo(302);
    assertThat(products.get(company, ivy.id()).archived()).isTrue();
    assertThat(text(karim.perform(get("/catalog/products").param("q", code)).getResponse()))
        .doesNotContain(">" + code + "</a>");
    assertThat(
            text(
                karim
                    .perform(get("/catalog/products").param("q", code).param("status", "ARCHIVED"))
                    .getResponse()))
        .contains(">" + code + "</a>");
  }

  @Test
  void accountingManagesVatCategoriesThroughTheApiAndSalesCannot() throws Exception {
    var company = fixtures.nursery();
    var isabelle = fixtures.bearer("isabelle", company);
    String code = "FR" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    var created =
        mvc.perform(
                post("/api/v1/vat-categories")
                    .with(isabelle)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"code\":\""
                            + code
                            + "\",\"name\":\"Franchise en base\","
                            + "\"exemptionCode\":\"VATEX-FR-FRANCHISE\","
                            + "\"exemptionReason\":\"TVA non applicable, art. 293 B du CGI\"}"))
            .andReturn()
            .getResponse();
    assertThat(created.getStatus()).as(text(created)).isEqualTo(201);
    String json = text(created);
    assertThat(JsonPath.<Double>read(json, "$.rate")).isEqualTo(0.0);
    assertThat(JsonPath.<String>read(json, "$.en16931Code")).isEqualTo("E");
    String id = JsonPath.read(json, "$.id");
    var changed =
        mvc.perform(
                put("/api/v1/vat-categories/{id}", id)
                    .with(isabelle)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"version\":0,\"code\":\""
                            + code
                            + "\",\"name\":\"Taux réduit\",\"vatKind\":\"REDUCED\"}"))
            .andReturn()
            .getResponse();
    assertThat(changed.getStatus()).as(text(changed)).isEqualTo(200);
    assertThat(JsonPath.<Double>read(text(changed), "$.rate")).isEqualTo(5.5);
    var past =
        text(
            mvc.perform(
                    get("/api/v1/vat-categories/{id}", id)
                        .param("date", "1950-01-01")
                        .with(isabelle))
                .andReturn()
                .getResponse());
    assertThat(JsonPath.<Object>read(past, "$.rate")).isNull();
    var karim = fixtures.bearer("karim", company);
    assertThat(
            mvc.perform(
                    put("/api/v1/vat-categories/{id}", id)
                        .with(karim)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                            "{\"version\":1,\"code\":\""
                                + code
                                + "\",\"name\":\"x\",\"vatKind\":\"STANDARD\"}"))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(403);
  }

  @Test
  void inSeasonAndInStockFiltersWorkInTheApi() throws Exception {
    var token = fixtures.bearer("karim", fixtures.nursery());
    var inStock =
        text(
            mvc.perform(
                    get("/api/v1/products")
                        .param("inStock", "true")
                        .param("size", "100")
                        .with(token))
                .andReturn()
                .getResponse());
    assertThat(JsonPath.<List<String>>read(inStock, "$.content[*].code"))
        .contains("CHA-RN-6080", "OLI-C30")
        .doesNotContain("MO-PLANT", "LIV-Z1");
    var season =
        text(
            mvc.perform(
                    get("/api/v1/products")
                        .param("inSeason", "true")
                        .param("size", "100")
                        .with(token))
                .andReturn()
                .getResponse());
    List<String> codes = JsonPath.read(season, "$.content[*].code");
    var today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
    boolean bareRootSeason = org.pepin.catalog.SellingSeason.bareRoot().contains(today);
    assertThat(codes.contains("CHA-RN-6080")).isEqualTo(bareRootSeason);
    assertThat(codes).contains("LAU-C10-125", "MO-PLANT");
  }

  @Test
  void aNegativePriceIsRefusedWithItsMessageAndNothingIsSaved() throws Exception {
    var karim = WebSession.login(mvc, "karim");
    String code = "NEG-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    var response =
        karim
            .perform(
                post("/catalog/products")
                    .param("code", code)
                    .param("designation", "Essai")
                    .param("kind", "GOODS")
                    .param("unit", "PLANT")
                    .param("revenueKind", "RESALE")
                    .param("vatCategory", fixturesCategory("VEGETAUX"))
                    .param("salePrice", "-1,50")
                    .param("seasonStart", "15/11"))
            .getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(text(response))
        .contains("Le prix de vente ne peut pas être négatif (-1.5).")
        .contains("Ce champ est obligatoire.");
    assertThat(products.findByCode(fixtures.nursery(), code)).isEmpty();
  }

  private String fixturesCategory(String code) {
    return product("CHA-RN-6080").vatCategory().toString();
  }

  @Test
  void theApiCreatesAProductRefusesBadOnesAndChecksRoles() throws Exception {
    var company = fixtures.nursery();
    var karim = fixtures.bearer("karim", company);
    String category = product("CHA-RN-6080").vatCategory().toString();
    String code = "API-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    String body =
        "{\"code\":\""
            + code
            + "\",\"designation\":\"Buis test\",\"kind\":\"GOODS\",\"unit\":\"PLANT\","
            + "\"revenueKind\":\"OWN_PRODUCTION\",\"vatCategory\":\""
            + category
            + "\",\"salePrice\":7.25,\"stocked\":true,\"botanicalName\":\"Buxus sempervirens\","
            + "\"form\":\"CONTAINER\",\"containerLitres\":\"2\",\"seasonStart\":\"01/09\",\"seasonEnd\":\"30/04\"}";
    var created =
        mvc.perform(
                post("/api/v1/products")
                    .with(karim)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body))
            .andReturn()
            .getResponse();
    assertThat(created.getStatus()).isEqualTo(201);
    String json = text(created);
    assertThat(JsonPath.<String>read(json, "$.code")).isEqualTo(code);
    assertThat(JsonPath.<Double>read(json, "$.salePrice")).isEqualTo(7.25);
    assertThat(JsonPath.<String>read(json, "$.vatCategoryCode")).isEqualTo("VEGETAUX");
    assertThat(JsonPath.<String>read(json, "$.seasonStart")).isEqualTo("01/09");
    String id = JsonPath.read(json, "$.id");
    var vat =
        text(
            mvc.perform(get("/api/v1/products/{id}/vat", id).with(karim))
                .andReturn()
                .getResponse());
    assertThat(JsonPath.<Double>read(vat, "$.rate")).isEqualTo(10.0);

    var duplicate =
        mvc.perform(
                post("/api/v1/products")
                    .with(karim)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body))
            .andReturn()
            .getResponse();
    assertThat(duplicate.getStatus()).isEqualTo(400);
    assertThat(JsonPath.<List<String>>read(text(duplicate), "$.errors[*].message"))
        .contains("Le code article « " + code + " » est déjà utilisé.");

    var negative =
        mvc.perform(
                put("/api/v1/products/{id}", id)
                    .with(karim)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body.replace("7.25", "-3").replace("{", "{\"version\":0,")))
            .andReturn()
            .getResponse();
    assertThat(negative.getStatus()).isEqualTo(400);
    assertThat(negative.getContentType()).startsWith("application/problem+json");
    assertThat(JsonPath.<List<String>>read(text(negative), "$.errors[*].code"))
        .containsExactly("product.price-negative");
    assertThat(products.findByCode(company, code).orElseThrow().salePrice().value())
        .isEqualByComparingTo("7.25");

    var isabelle = fixtures.bearer("isabelle", company);
    assertThat(
            mvc.perform(
                    post("/api/v1/products")
                        .with(isabelle)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(403);
    assertThat(
            mvc.perform(get("/api/v1/products/{id}", id).with(isabelle))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(200);
  }

  @Test
  void julienReceivesStockThroughTheApiAndAnAdjustmentBelowZeroIsRefused() throws Exception {
    var company = fixtures.nursery();
    var julien = fixtures.bearer("julien", company);
    String code = "STK-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    var category = product("TER-50L").vatCategory();
    var id =
        products.create(
            company,
            new ProductDraft(
                code,
                "Paillage test",
                null,
                ProductKind.GOODS,
                Unit.BAG,
                category,
                false,
                RevenueKind.RESALE,
                org.pepin.shared.UnitPrice.of("6"),
                null,
                null,
                true,
                Quantity.of(10),
                null,
                null));
    var receipt =
        mvc.perform(
                post("/api/v1/stock/receipts")
                    .with(julien)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"product\":\""
                            + id
                            + "\",\"origin\":\"SUPPLIER\",\"supplier\":\"F0001\","
                            + "\"quantity\":\"25\",\"countryOfOrigin\":\"fr\",\"note\":\"BL 4411\"}"))
            .andReturn()
            .getResponse();
    assertThat(receipt.getStatus()).isEqualTo(201);
    String lot = text(receipt);
    assertThat(JsonPath.<String>read(lot, "$.origin")).isEqualTo("SUPPLIER");
    assertThat(JsonPath.<String>read(lot, "$.countryOfOrigin")).isEqualTo("FR");
    assertThat(stock.level(company, id).onHand()).isEqualTo(Quantity.of(25));

    var noSupplier =
        mvc.perform(
                post("/api/v1/stock/receipts")
                    .with(julien)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"product\":\"" + id + "\",\"origin\":\"SUPPLIER\",\"quantity\":\"5\"}"))
            .andReturn()
            .getResponse();
    assertThat(noSupplier.getStatus()).isEqualTo(400);
    assertThat(JsonPath.<List<String>>read(text(noSupplier), "$.errors[*].message"))
        .containsExactly("Indiquez le fournisseur de ce lot.");

    var negative =
        mvc.perform(
                post("/api/v1/stock/adjustments")
                    .with(julien)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"product\":\"" + id + "\",\"counted\":\"-1\",\"reason\":\"COUNT\"}"))
            .andReturn()
            .getResponse();
    assertThat(negative.getStatus()).isEqualTo(400);
    assertThat(JsonPath.<List<String>>read(text(negative), "$.errors[*].message"))
        .containsExactly("La quantité comptée ne peut pas être négative (-1).");
    var counted =
        mvc.perform(
                post("/api/v1/stock/adjustments")
                    .with(julien)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"product\":\""
                            + id
                            + "\",\"counted\":\"22\",\"reason\":\"DAMAGE\",\"note\":\"sacs percés\"}"))
            .andReturn()
            .getResponse();
    assertThat(counted.getStatus()).isEqualTo(200);
    assertThat(JsonPath.<Double>read(text(counted), "$.onHand")).isEqualTo(22.0);
    assertThat(JsonPath.<Double>read(text(counted), "$.moves[0].quantity")).isEqualTo(-3.0);

    var isabelle = fixtures.bearer("isabelle", company);
    assertThat(
            mvc.perform(
                    post("/api/v1/stock/adjustments")
                        .with(isabelle)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                            "{\"product\":\"" + id + "\",\"counted\":\"0\",\"reason\":\"COUNT\"}"))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(403);
    assertThat(stock.level(company, id).onHand()).isEqualTo(Quantity.of(22));
  }

  @Test
  void anotherCompanyCannotSeeOrChangeTheNurseryCatalogue() {
    var nursery = fixtures.nursery();
    var hornbeam = product("CHA-RN-6080");
    var lot = stock.lotByNumber(nursery, "L24-CHA-01").orElseThrow();
    var paulInJardins = fixtures.bearer("paul", fixtures.jardins());
    TenantIsolation.assertNotFoundFor(
        mvc,
        paulInJardins,
        () ->
            List.of(
                products.get(nursery, hornbeam.id()),
                stock.level(nursery, hornbeam.id()),
                stock.lot(nursery, lot.id())),
        get("/api/v1/products/{id}", hornbeam.id()),
        get("/api/v1/products/{id}/stock", hornbeam.id()),
        get("/api/v1/products/{id}/vat", hornbeam.id()),
        put("/api/v1/products/{id}", hornbeam.id())
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                "{\"version\":"
                    + hornbeam.version()
                    + ",\"code\":\"CHA-RN-6080\",\"designation\":\"x\",\"kind\":\"GOODS\",\"unit\":\"PLANT\",\"revenueKind\":\"RESALE\",\"followsGoods\":true,\"salePrice\":\"0\"}"),
        post("/api/v1/products/{id}/archive", hornbeam.id()),
        get("/api/v1/vat-categories/{id}", hornbeam.vatCategory()),
        get("/api/v1/stock/lots/{id}", lot.id()),
        post("/api/v1/stock/adjustments")
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                "{\"product\":\"" + hornbeam.id() + "\",\"counted\":\"0\",\"reason\":\"COUNT\"}"),
        post("/api/v1/stock/receipts")
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                "{\"product\":\""
                    + hornbeam.id()
                    + "\",\"origin\":\"OWN_PRODUCTION\",\"quantity\":\"5\"}"));
  }

  @Test
  void theWebPagesOfAnotherCompanyAnswerNotFound() throws Exception {
    var nursery = fixtures.nursery();
    var hornbeam = product("CHA-RN-6080");
    var paul = WebSession.login(mvc, "paul");
    paul.perform(post("/company/switch").param("company", fixtures.jardins().toString()));
    try {
      otherCompanysPagesAnswerNotFound(paul, hornbeam);
    } finally {
      paul.perform(post("/company/switch").param("company", nursery.toString()));
    }
    assertThat(products.get(nursery, hornbeam.id()).archived()).isFalse();
  }

  private void otherCompanysPagesAnswerNotFound(WebSession paul, Product hornbeam)
      throws Exception {
    assertThat(paul.perform(get("/catalog/products/{id}", hornbeam.id())).getResponse().getStatus())
        .isEqualTo(404);
    assertThat(
            paul.perform(post("/catalog/products/{id}/archive", hornbeam.id()))
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    assertThat(
            paul.perform(get("/catalog/vat-categories/{id}", hornbeam.vatCategory()))
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    // Clément Jardins may hold test products named CHA-RN-6080-<suffix>; never the nursery's own
    assertThat(text(paul.perform(get("/catalog/products")).getResponse()))
        .doesNotContain(">CHA-RN-6080<");
  }

  @Test
  void theExportHasTheListsColumnsWithTheHeadersTheImportReads() throws Exception {
    var sophie = WebSession.login(mvc, "sophie");
    var csv =
        sophie
            .perform(get("/catalog/products/export.csv").param("form", "CONTAINER"))
            .getResponse();
    assertThat(csv.getStatus()).isEqualTo(200);
    String body = text(csv);
    assertThat(body.lines().findFirst().orElseThrow())
        .contains(
            "Code;Désignation;Nature;Unité;Catégorie de TVA;TVA suivant les marchandises;Prix de vente HT");
    assertThat(body)
        .contains("LAU-C10-125;Laurier-palme")
        .contains("24,90")
        .doesNotContain("CHA-RN-6080");
    var xlsx = sophie.perform(get("/catalog/products/export.xlsx")).getResponse();
    assertThat(xlsx.getStatus()).isEqualTo(200);
    assertThat(xlsx.getContentAsByteArray()).startsWith((byte) 'P', (byte) 'K');
  }

  @Test
  void theVatCategoriesPageShowsTheRateTodayAndAtAChosenDate() throws Exception {
    var isabelle = WebSession.login(mvc, "isabelle");
    var page =
        text(
            isabelle
                .perform(get("/catalog/vat-categories").param("date", "1950-06-01"))
                .getResponse());
    assertThat(page)
        .contains(
            "VEGETAUX",
            "Végétaux vivants (10 %)",
            "10 %",
            "aucun taux en vigueur",
            "Exonération de TVA, art. 262 ter I du CGI");
    var refused =
        isabelle
            .perform(
                post("/catalog/vat-categories")
                    .param(
                        "code", "EXO-" + UUID.randomUUID().toString().substring(0, 4).toUpperCase())
                    .param("name", "Exonérée sans mention")
                    .param("vatKind", ""))
            .getResponse();
    assertThat(refused.getStatus()).isEqualTo(200);
    assertThat(text(refused)).contains("Une catégorie exonérée doit porter la mention d");
    assertThat(
            WebSession.login(mvc, "karim")
                .perform(get("/catalog/vat-categories/new"))
                .getResponse()
                .getStatus())
        .isEqualTo(403);
  }
}
