package org.pepin.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pepin.PepinIntegrationTest;
import org.pepin.WebSession;
import org.pepin.catalog.product.ProductManagement;
import org.pepin.catalog.product.VatCategoryManagement;
import org.pepin.platform.LegalRates.VatKind;
import org.pepin.platform.PlatformFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The product import: idempotent on the code, all or nothing, and the export's headers. */
@PepinIntegrationTest
class ProductImportTests {

  @Autowired MockMvc mvc;
  @Autowired PlatformFixtures fixtures;
  @Autowired ProductManagement products;
  @Autowired VatCategoryManagement categories;

  private MockHttpServletResponse upload(
      String user, org.pepin.platform.CompanyId company, byte[] file, Map<String, String> params)
      throws Exception {
    var request =
        multipart("/api/v1/imports/products")
            .file(new MockMultipartFile("file", "articles.csv", "text/csv", file))
            .with(fixtures.bearer(user, company));
    params.forEach(request::param);
    return mvc.perform(request).andReturn().getResponse();
  }

  private static String body(MockHttpServletResponse response) throws Exception {
    return response.getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void importingTwiceCreatesThenChangesNothingAndAChangedPriceUpdates() throws Exception {
    var company = fixtures.jardins();
    String prefix = "IMP" + UUID.randomUUID().toString().substring(0, 5).toUpperCase();
    String category = prefix + "-V";
    categories.create(
        company,
        new org.pepin.catalog.VatCategoryDraft(
            category, "Végétaux", VatKind.INTERMEDIATE, null, null));
    String csv =
        "Code;Désignation;Nature;Unité;Catégorie de TVA;Prix de vente HT;Forme;Saison\r\n"
            + prefix
            + "-1;Charmille;Marchandise;plant;"
            + category
            + ";1,35;Racines nues;15/11–31/03\r\n"
            + prefix
            + "-2;Pose;Prestation;heure;"
            + category
            + ";48;;\r\n";
    var first =
        upload("paul", company, csv.getBytes(StandardCharsets.UTF_8), Map.of("dryRun", "false"));
    assertThat(first.getStatus()).as(body(first)).isEqualTo(200);
    assertThat(JsonPath.<Integer>read(body(first), "$.counts.created")).isEqualTo(2);
    var hornbeam = products.findByCode(company, prefix + "-1").orElseThrow();
    assertThat(hornbeam.salePrice().value()).isEqualByComparingTo("1.35");
    assertThat(hornbeam.plant().form()).isEqualTo(PlantForm.BARE_ROOT);
    assertThat(hornbeam.season()).hasToString("15/11–31/03");
    assertThat(products.findByCode(company, prefix + "-2").orElseThrow().kind())
        .isEqualTo(ProductKind.SERVICE);

    var again =
        upload("paul", company, csv.getBytes(StandardCharsets.UTF_8), Map.of("dryRun", "false"));
    assertThat(JsonPath.<Integer>read(body(again), "$.counts.unchanged")).isEqualTo(2);
    assertThat(JsonPath.<Integer>read(body(again), "$.counts.created")).isZero();

    var changed =
        upload(
            "paul",
            company,
            csv.replace(";1,35;", ";1,42;").getBytes(StandardCharsets.UTF_8),
            Map.of("dryRun", "false"));
    assertThat(JsonPath.<Integer>read(body(changed), "$.counts.updated")).isEqualTo(1);
    assertThat(products.findByCode(company, prefix + "-1").orElseThrow().salePrice().value())
        .isEqualByComparingTo("1.42");

    var bad =
        upload(
            "paul",
            company,
            (csv + prefix + "-3;Terreau;Marchandise;sac;INCONNUE;-2;;\r\n")
                .getBytes(StandardCharsets.UTF_8),
            Map.of("dryRun", "false"));
    assertThat(bad.getStatus()).isEqualTo(422);
    assertThat(JsonPath.<Integer>read(body(bad), "$.issues[0].line")).isEqualTo(4);
    assertThat(JsonPath.<String>read(body(bad), "$.issues[0].message"))
        .isIn(
            "Aucune catégorie de TVA active de code « INCONNUE ».",
            "Le prix de vente ne peut pas être négatif (-2).");
    assertThat(products.findByCode(company, prefix + "-3")).isEmpty();
  }

  @Test
  void theNurseryExportImportsBackUnchanged() throws Exception {
    var sophie = WebSession.login(mvc, "sophie");
    var export = sophie.perform(get("/catalog/products/export.csv")).getResponse();
    assertThat(export.getStatus()).isEqualTo(200);
    byte[] file = export.getContentAsByteArray();
    var dry = upload("sophie", fixtures.nursery(), file, Map.of("dryRun", "true"));
    String json = body(dry);
    assertThat(dry.getStatus()).as(json).isEqualTo(200);
    int total = JsonPath.read(json, "$.counts.total");
    assertThat(total).isGreaterThanOrEqualTo(21);
    assertThat(JsonPath.<Integer>read(json, "$.counts.unchanged")).as(json).isEqualTo(total);
  }
}
