package org.pepin.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.pepin.catalog.product.ProductManagement;
import org.pepin.catalog.product.ProductPhotoManagement;
import org.pepin.platform.PlatformFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Through the real servlet container (MockMvc builds multipart requests its own way): a photo above
 * 1 MB uploaded with an {@code Idempotency-Key} reaches the controller, and its replay adds
 * nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ProductPhotoServerTests {

  @Autowired PlatformFixtures fixtures;
  @Autowired ProductManagement products;
  @Autowired ProductPhotoManagement photos;

  @LocalServerPort int port;

  @Test
  void aPhotoAboveOneMegabyteWithAnIdempotencyKeyIsStoredOnce() throws Exception {
    ProductId id = ProductPhotoTests.newProduct(products, fixtures);
    var image = new BufferedImage(600, 600, BufferedImage.TYPE_INT_RGB);
    var random = new Random(6);
    for (int x = 0; x < 600; x++) {
      for (int y = 0; y < 600; y++) {
        image.setRGB(x, y, random.nextInt(0x1000000));
      }
    }
    var png = new ByteArrayOutputStream();
    ImageIO.write(image, "png", png);
    assertThat(png.size()).isBetween(1024 * 1024, ProductPhotoManagement.MAX_BYTES);

    String boundary = "pepin-boundary";
    var body = new ByteArrayOutputStream();
    body.write(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bruit.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.write(png.toByteArray());
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    String key = "server-" + UUID.randomUUID();
    String token = fixtures.token("karim", fixtures.nursery());
    HttpResponse<String>[] answers = new HttpResponse[2];
    for (int i = 0; i < 2; i++) {
      var request =
          HttpRequest.newBuilder(
                  URI.create("http://localhost:" + port + "/api/v1/products/" + id + "/photos"))
              .header("Content-Type", "multipart/form-data; boundary=" + boundary)
              .header("Authorization", "Bearer " + token)
              .header("Idempotency-Key", key)
              .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
              .build();
      answers[i] =
          HttpClient.newHttpClient()
              .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
    assertThat(answers[0].statusCode()).as(answers[0].body()).isEqualTo(201);
    assertThat(answers[0].body()).contains("\"fileName\":\"bruit.png\"", "\"width\":600");
    assertThat(answers[1].statusCode()).isEqualTo(201);
    assertThat(answers[1].headers().firstValue("Idempotent-Replayed")).hasValue("true");
    var stored = photos.list(fixtures.nursery(), id);
    assertThat(stored).hasSize(1);
    assertThat(photos.image(fixtures.nursery(), id, stored.get(0).id()).data())
        .isEqualTo(png.toByteArray());
  }
}
