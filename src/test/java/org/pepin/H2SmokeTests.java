package org.pepin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Always on the embedded default, whatever the test database: the application starts on a fresh H2
 * file-mode-compatible database, loads the demo, and its pages answer over real HTTP to a logged-in
 * user.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:smoke;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "spring.datasource.username=sa",
      "spring.datasource.password=",
      "pepin.demo.enabled=true"
    })
class H2SmokeTests {

  @LocalServerPort int port;

  @Test
  void the_app_boots_loads_the_demo_and_serves_its_pages() throws Exception {
    var client =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    String login = get(client, "/login").body();
    assertThat(login).contains("Comptes de démonstration");
    var csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
    assertThat(csrf.find()).isTrue();

    var home =
        client.send(
            HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username=sophie&password=pepin-demo&_csrf="
                            + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).contains("Pépinières Clément").contains("977 118 041");

    for (String page : new String[] {"/", "/settings/company", "/profile"}) {
      assertThat(get(client, page).statusCode()).as(page).isEqualTo(200);
    }
    assertThat(get(client, "/settings/users").statusCode()).isEqualTo(403);
    assertThat(get(client, "/webjars/htmx.org/dist/htmx.min.js").statusCode()).isEqualTo(200);
    assertThat(get(client, "/webjars/bootstrap/dist/css/bootstrap.min.css").statusCode())
        .isEqualTo(200);
    assertThat(get(client, "/settings/users/" + java.util.UUID.randomUUID()).statusCode())
        .isEqualTo(403);
    assertThat(get(client, "/actuator/health").body()).contains("UP");
  }

  private HttpResponse<String> get(HttpClient client, String path)
      throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
