package org.pepin.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.pepin.PepinIntegrationTest;
import org.pepin.TenantIsolation;
import org.pepin.WebSession;
import org.pepin.catalog.product.ProductManagement;
import org.pepin.catalog.product.ProductPhoto;
import org.pepin.catalog.product.ProductPhotoManagement;
import org.pepin.platform.ChangeHistory;
import org.pepin.platform.CompanyId;
import org.pepin.platform.PlatformFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Product photos: upload, refusals (type, size, count), serving, main photo, roles, tenancy. */
@PepinIntegrationTest
class ProductPhotoTests {

  @Autowired MockMvc mvc;
  @Autowired PlatformFixtures fixtures;
  @Autowired ProductManagement products;
  @Autowired ProductPhotoManagement photos;
  @Autowired ChangeHistory history;

  /** A product of the nursery of our own, copied from the hornbeam with a unique code. */
  private ProductId newProduct() {
    return newProduct(products, fixtures);
  }

  static ProductId newProduct(ProductManagement products, PlatformFixtures fixtures) {
    CompanyId nursery = fixtures.nursery();
    var model = products.findByCode(nursery, "CHA-RN-6080").orElseThrow().toDraft();
    String code = "PH-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    var draft =
        new ProductDraft(
            code,
            "Photo test " + code,
            model.description(),
            model.kind(),
            model.unit(),
            model.vatCategory(),
            model.followsGoods(),
            model.revenueKind(),
            model.salePrice(),
            model.costPrice(),
            model.group(),
            false,
            null,
            model.plant(),
            model.season());
    return products.create(nursery, draft);
  }

  static byte[] png(int width, int height, Color color) throws Exception {
    var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    g.setColor(color);
    g.fillRect(0, 0, width, height);
    g.dispose();
    var out = new ByteArrayOutputStream();
    assertThat(ImageIO.write(image, "png", out)).isTrue();
    return out.toByteArray();
  }

  static String text(MockHttpServletResponse response) throws Exception {
    return response.getContentAsString(StandardCharsets.UTF_8);
  }

  private MockHttpServletResponse apiUpload(
      ProductId id, String user, String name, String type, byte[] data) throws Exception {
    return mvc.perform(
            multipart("/api/v1/products/{id}/photos", id)
                .file(new MockMultipartFile("file", name, type, data))
                .with(fixtures.bearer(user, fixtures.nursery())))
        .andReturn()
        .getResponse();
  }

  @Test
  void aPngIsStoredListedAndServedBackByteForByte() throws Exception {
    ProductId id = newProduct();
    byte[] png = png(40, 30, Color.GREEN);
    var created = apiUpload(id, "karim", "haie.png", "image/png", png);
    assertThat(created.getStatus()).isEqualTo(201);
    String photoId = JsonPath.read(text(created), "$.id");
    assertThat(JsonPath.<Integer>read(text(created), "$.width")).isEqualTo(40);
    assertThat(JsonPath.<Integer>read(text(created), "$.height")).isEqualTo(30);
    assertThat(JsonPath.<Boolean>read(text(created), "$.main")).isTrue();

    var list =
        mvc.perform(
                get("/api/v1/products/{id}/photos", id)
                    .with(fixtures.bearer("isabelle", fixtures.nursery())))
            .andReturn()
            .getResponse();
    assertThat(list.getStatus()).isEqualTo(200);
    assertThat(JsonPath.<List<String>>read(text(list), "$[*].fileName"))
        .containsExactly("haie.png");
    assertThat(JsonPath.<List<String>>read(text(list), "$[*].contentType"))
        .containsExactly("image/png");
    assertThat(JsonPath.<List<Integer>>read(text(list), "$[*].size")).containsExactly(png.length);

    var bytes =
        mvc.perform(
                get("/api/v1/products/{id}/photos/{photo}", id, photoId)
                    .with(fixtures.bearer("isabelle", fixtures.nursery())))
            .andReturn()
            .getResponse();
    assertThat(bytes.getStatus()).isEqualTo(200);
    assertThat(bytes.getContentType()).isEqualTo("image/png");
    assertThat(bytes.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(bytes.getHeader("Cache-Control")).contains("private");
    assertThat(bytes.getContentAsByteArray()).isEqualTo(png);

    // the screen: the card shows it, the page serves it, the history names it
    var sophie = WebSession.login(mvc, "sophie");
    var page = sophie.perform(get("/catalog/products/{id}", id)).getResponse();
    assertThat(text(page))
        .contains(
            "id=\"product-photos\"", "haie.png", "40 × 30 px", "enctype=\"multipart/form-data\"")
        .contains("accept=\"image/jpeg,image/png,image/webp");
    var served =
        sophie.perform(get("/catalog/products/{id}/photos/{photo}", id, photoId)).getResponse();
    assertThat(served.getContentType()).isEqualTo("image/png");
    assertThat(served.getContentAsByteArray()).isEqualTo(png);
    var changes = history.of(fixtures.nursery(), "product", id, 10);
    assertThat(changes.toString()).contains("photos").contains("haie.png");
  }

  @Test
  void theScreenUploadsMakesMainAndRemovesAndTheListShowsTheMainPhoto() throws Exception {
    ProductId id = newProduct();
    var karim = WebSession.login(mvc, "karim");
    for (String name : List.of("un.png", "deux.png")) {
      var upload =
          karim
              .perform(
                  multipart("/catalog/products/{id}/photos", id)
                      .file(
                          new MockMultipartFile(
                              "photo", name, "image/png", png(10, 10, Color.RED))))
              .getResponse();
      assertThat(upload.getStatus()).isEqualTo(302);
    }
    var list = photos.list(fixtures.nursery(), id);
    assertThat(list).extracting(ProductPhoto::fileName).containsExactly("un.png", "deux.png");
    UUID second = list.get(1).id();
    assertThat(
            karim
                .perform(post("/catalog/products/{id}/photos/{p}/main", id, second))
                .getResponse()
                .getStatus())
        .isEqualTo(302);
    assertThat(photos.list(fixtures.nursery(), id))
        .extracting(ProductPhoto::fileName)
        .containsExactly("deux.png", "un.png");
    String code = products.get(fixtures.nursery(), id).code();
    var listing = text(karim.perform(get("/catalog/products").param("q", code)).getResponse());
    assertThat(listing).contains("/catalog/products/" + id + "/photos/" + second);

    assertThat(
            karim
                .perform(post("/catalog/products/{id}/photos/{p}/remove", id, second))
                .getResponse()
                .getStatus())
        .isEqualTo(302);
    var left = photos.list(fixtures.nursery(), id);
    assertThat(left).extracting(ProductPhoto::fileName).containsExactly("un.png");
    assertThat(left.get(0).main()).isTrue();
    assertThat(history.of(fixtures.nursery(), "product", id, 10).toString())
        .contains("deux.png, un.png");
  }

  @Test
  void aTextFileNamedPngIsRefusedWithTheFrenchMessageAndNothingIsSaved() throws Exception {
    ProductId id = newProduct();
    byte[] text = "ceci n'est pas une image".getBytes(StandardCharsets.UTF_8);
    var refused = apiUpload(id, "karim", "faux.png", "image/png", text);
    assertThat(refused.getStatus()).isEqualTo(400);
    assertThat(JsonPath.<List<String>>read(text(refused), "$.errors[*].code"))
        .containsExactly("product.photo-format");
    assertThat(JsonPath.<List<String>>read(text(refused), "$.errors[*].message"))
        .containsExactly("La photo doit être une image JPEG, PNG ou WebP lisible.");

    // a PNG signature followed by garbage does not decode either
    byte[] fake = new byte[100];
    System.arraycopy(png(5, 5, Color.BLUE), 0, fake, 0, 8);
    assertThat(apiUpload(id, "karim", "tronque.png", "image/png", fake).getStatus()).isEqualTo(400);

    var karim = WebSession.login(mvc, "karim");
    var screen =
        karim.perform(
            multipart("/catalog/products/{id}/photos", id)
                .file(new MockMultipartFile("photo", "faux.png", "image/png", text)));
    assertThat(screen.getResponse().getStatus()).isEqualTo(302);
    assertThat(screen.getFlashMap().get("toastError")).isEqualTo("error.product.photo-format");
    var page =
        karim
            .perform(
                get("/catalog/products/{id}", id)
                    .flashAttr("toastError", "error.product.photo-format"))
            .getResponse();
    assertThat(text(page)).contains("La photo doit être une image JPEG, PNG ou WebP lisible.");
    assertThat(photos.list(fixtures.nursery(), id)).isEmpty();
    assertThat(history.of(fixtures.nursery(), "product", id, 10).toString())
        .doesNotContain("faux.png");
  }

  @Test
  void aSixthPhotoAndAFileAboveTwoMegabytesAreRefused() throws Exception {
    ProductId id = newProduct();
    for (int i = 1; i <= 5; i++) {
      assertThat(
              apiUpload(id, "paul", "p" + i + ".png", "image/png", png(8, 8, Color.GRAY))
                  .getStatus())
          .isEqualTo(201);
    }
    var sixth = apiUpload(id, "paul", "p6.png", "image/png", png(8, 8, Color.GRAY));
    assertThat(sixth.getStatus()).isEqualTo(400);
    assertThat(JsonPath.<List<String>>read(text(sixth), "$.errors[*].message"))
        .containsExactly("Un article a 5 photos au plus : retirez-en une avant d'en ajouter.");
    assertThat(photos.list(fixtures.nursery(), id)).hasSize(5);

    ProductId other = newProduct();
    byte[] big = new byte[ProductPhotoManagement.MAX_BYTES + 1];
    System.arraycopy(png(8, 8, Color.GRAY), 0, big, 0, 8);
    var tooLarge = apiUpload(other, "paul", "grand.png", "image/png", big);
    assertThat(tooLarge.getStatus()).isEqualTo(400);
    assertThat(JsonPath.<List<String>>read(text(tooLarge), "$.errors[*].message"))
        .containsExactly("La photo ne doit pas dépasser 2 Mo.");
    assertThat(photos.list(fixtures.nursery(), other)).isEmpty();
  }

  @Test
  void accountingCannotUploadAndDeleteRemovesThroughTheApi() throws Exception {
    ProductId id = newProduct();
    var forbidden = apiUpload(id, "isabelle", "a.png", "image/png", png(4, 4, Color.BLACK));
    assertThat(forbidden.getStatus()).isEqualTo(403);
    assertThat(photos.list(fixtures.nursery(), id)).isEmpty();

    var created = apiUpload(id, "karim", "a.png", "image/png", png(4, 4, Color.BLACK));
    String photoId = JsonPath.read(text(created), "$.id");
    assertThat(
            mvc.perform(
                    delete("/api/v1/products/{id}/photos/{p}", id, photoId)
                        .with(fixtures.bearer("isabelle", fixtures.nursery())))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(403);
    assertThat(
            mvc.perform(
                    delete("/api/v1/products/{id}/photos/{p}", id, photoId)
                        .with(fixtures.bearer("karim", fixtures.nursery())))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(204);
    assertThat(photos.list(fixtures.nursery(), id)).isEmpty();
  }

  @Test
  void anUploadReplayedWithTheSameIdempotencyKeyAddsOnePhoto() throws Exception {
    ProductId id = newProduct();
    byte[] png = png(12, 12, Color.CYAN);
    String key = "photo-" + UUID.randomUUID();
    MockHttpServletResponse[] answers = new MockHttpServletResponse[2];
    for (int i = 0; i < 2; i++) {
      answers[i] =
          mvc.perform(
                  multipart("/api/v1/products/{id}/photos", id)
                      .file(new MockMultipartFile("file", "cle.png", "image/png", png))
                      .header("Idempotency-Key", key)
                      .with(fixtures.bearer("karim", fixtures.nursery())))
              .andReturn()
              .getResponse();
    }
    assertThat(answers[0].getStatus()).isEqualTo(201);
    assertThat(answers[1].getStatus()).isEqualTo(201);
    assertThat(answers[1].getHeader("Idempotent-Replayed")).isEqualTo("true");
    assertThat(JsonPath.<String>read(text(answers[1]), "$.id"))
        .isEqualTo(JsonPath.<String>read(text(answers[0]), "$.id"));
    assertThat(photos.list(fixtures.nursery(), id)).hasSize(1);

    var other =
        mvc.perform(
                multipart("/api/v1/products/{id}/photos", id)
                    .file(
                        new MockMultipartFile(
                            "file", "autre.png", "image/png", png(3, 3, Color.RED)))
                    .header("Idempotency-Key", key)
                    .with(fixtures.bearer("karim", fixtures.nursery())))
            .andReturn()
            .getResponse();
    assertThat(other.getStatus()).isEqualTo(422);
    assertThat(photos.list(fixtures.nursery(), id)).hasSize(1);
  }

  @Test
  void clementJardinsCannotSeeOrChangeTheNurseryPhotos() throws Exception {
    CompanyId nursery = fixtures.nursery();
    ProductId id = newProduct();
    var photo = photos.add(nursery, id, "pepiniere.png", png(6, 6, Color.ORANGE));
    var paulInJardins = fixtures.bearer("paul", fixtures.jardins());
    TenantIsolation.assertNotFoundFor(
        mvc,
        paulInJardins,
        () -> List.of(photos.list(nursery, id), photos.image(nursery, id, photo.id())),
        get("/api/v1/products/{id}/photos", id),
        get("/api/v1/products/{id}/photos/{p}", id, photo.id()),
        post("/api/v1/products/{id}/photos", id),
        delete("/api/v1/products/{id}/photos/{p}", id, photo.id()));
    var paulSession = WebSession.login(mvc, "paul");
    paulSession.perform(post("/company/switch").param("company", fixtures.jardins().toString()));
    try {
      TenantIsolation.assertNotFoundFor(
          mvc,
          paulSession,
          () -> List.of(photos.list(nursery, id), photos.image(nursery, id, photo.id())),
          get("/catalog/products/{id}/photos/{p}", id, photo.id()),
          post("/catalog/products/{id}/photos", id),
          post("/catalog/products/{id}/photos/{p}/remove", id, photo.id()),
          post("/catalog/products/{id}/photos/{p}/main", id, photo.id()));
    } finally {
      paulSession.perform(post("/company/switch").param("company", nursery.toString()));
    }
    var upload =
        mvc.perform(
                multipart("/api/v1/products/{id}/photos", id)
                    .file(new MockMultipartFile("file", "x.png", "image/png", png(3, 3, Color.RED)))
                    .with(paulInJardins))
            .andReturn()
            .getResponse();
    assertThat(upload.getStatus()).isEqualTo(404);
    assertThat(photos.list(nursery, id))
        .extracting(ProductPhoto::fileName)
        .containsExactly("pepiniere.png");
  }
}
