package org.pepin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.pepin.PepinIntegrationTest;
import org.pepin.WebSession;
import org.pepin.platform.CompanyId;
import org.pepin.platform.CompanyIdentity;
import org.pepin.platform.Route;
import org.pepin.platform.company.CompanyManagement;
import org.pepin.platform.security.RouteTable;
import org.pepin.platform.user.UserManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hostile input on every route of the table, by a caller allowed everywhere (administrator of its
 * company with every role, and instance administrator): malformed and oversized JSON, wrong types,
 * missing and unknown fields, SQL and script injection, very long and odd Unicode strings,
 * malformed ids. Every answer is a 4xx with a problem document (API) or a page/form error (UI),
 * never a 5xx; a refused request changes nothing; and no page ever echoes a script unescaped.
 */
@PepinIntegrationTest
class HostileInputTests {

  static final String SCRIPT = "<script>alert('pepin')</script>";

  /** Strings that break naive code: injection, markup, control characters, odd Unicode. */
  static final List<String> STRINGS =
      List.of(
          "' OR '1'='1' --",
          "'; DROP TABLE company; --",
          SCRIPT,
          "\"><img src=x onerror=alert(1)>",
          "=cmd|' /C calc'!A0",
          "../../../../etc/passwd",
          "%00%0d%0aSet-Cookie: pwned=1",
          "\u0000\u0001\u0007",
          "\uD83C\uDF3F\u202E\u200B\uFEFF 🌱 Pépinières « Clément »",
          "a".repeat(10_000),
          "",
          " ");

  /** Field names the application's forms and API payloads use. */
  static final List<String> FIELDS =
      List.of(
          "version",
          "name",
          "username",
          "displayName",
          "email",
          "password",
          "current",
          "roles",
          "enabled",
          "siren",
          "siret",
          "vatNumber",
          "iban",
          "bic",
          "postalCode",
          "city",
          "addressLine1",
          "countryCode",
          "vatRegime",
          "shareCapital",
          "nafCode",
          "phone",
          "company",
          "lang",
          "back",
          "loadCase",
          "expiresOn",
          "q",
          "action",
          "user",
          "from",
          "to",
          "page",
          "size",
          "sort");

  /** JSON bodies: malformed, wrong types, unknown fields, oversized. */
  static List<String> jsonBodies() {
    List<String> bodies = new ArrayList<>();
    bodies.add("{\"name\": ");
    bodies.add("[1, 2, 3]");
    bodies.add("\"just a string\"");
    bodies.add("{\"version\": \"abc\", \"roles\": \"ADMIN\", \"enabled\": \"maybe\"}");
    bodies.add("{\"unknownField\": 1, \"__proto__\": {\"admin\": true}}");
    bodies.add("{\"version\": 99999999999999999999, \"expiresOn\": \"31/31/2026\"}");
    bodies.add("{\"roles\": [\"ROOT\"], \"vatRegime\": \"NONE\"}");
    for (String s : STRINGS) {
      StringBuilder json = new StringBuilder("{");
      for (String field : FIELDS) {
        json.append('"').append(field).append("\": ").append(quote(s)).append(',');
      }
      json.append("\"x\": null}");
      bodies.add(json.toString());
    }
    bodies.add("{\"name\": \"" + "x".repeat(3 * 1024 * 1024) + "\"}");
    return bodies;
  }

  static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  @Autowired MockMvc mvc;
  @Autowired RouteTable table;
  @Autowired CompanyManagement companies;
  @Autowired UserManagement users;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcClient jdbc;

  @Test
  void no_route_fails_or_changes_anything_on_hostile_input() throws Exception {
    CompanyId company =
        transaction.execute(
            s ->
                companies.create(
                    CompanyIdentity.named("Hostile " + System.nanoTime() % 1_000_000), false));
    String superUser = Personas.superUser(mvc, company, users, transaction);
    var session = WebSession.login(mvc, superUser, Personas.PASSWORD);
    List<String> wrong = new ArrayList<>();
    int requests = 0;
    for (Route route : RouteTableTests.checkedRoutes(table)) {
      for (MockHttpServletRequestBuilder request : hostile(route)) {
        Object before = snapshot(company);
        requests++;
        String what = route.method() + " " + route.pattern();
        try {
          var response = session.perform(request).getResponse();
          check(wrong, what, route, response, before, snapshot(company));
        } catch (IllegalStateException e) {
          wrong.add(what + " threw " + e.getCause());
        }
      }
    }
    assertThat(requests).isGreaterThan(400);
    assertThat(wrong).isEmpty();
  }

  @Test
  void control_characters_are_refused_in_forms_and_json_on_every_database() throws Exception {
    var sophie = WebSession.login(mvc, "sophie");
    var form =
        sophie.perform(MockMvcRequestBuilders.post("/profile/tokens").param("name", "a\u0000b"));
    assertThat(form.getResponse().getStatus()).isEqualTo(400);
    var json =
        sophie.perform(
            MockMvcRequestBuilders.post("/api/v1/tokens")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"a\\u0000b\"}"));
    assertThat(json.getResponse().getStatus()).isEqualTo(400);
    assertThat(json.getResponse().getContentType()).startsWith("application/problem+json");
    var login =
        mvc.perform(
                MockMvcRequestBuilders.post("/login")
                    .param("username", "sophie\u0000")
                    .param("password", "x")
                    .with(
                        org.springframework.security.test.web.servlet.request
                            .SecurityMockMvcRequestPostProcessors.csrf()))
            .andReturn();
    assertThat(login.getResponse().getStatus()).isEqualTo(400);
  }

  private void check(
      List<String> wrong,
      String what,
      Route route,
      MockHttpServletResponse response,
      Object before,
      Object after)
      throws Exception {
    int status = response.getStatus();
    if (status >= 500) {
      wrong.add(what + " answered " + status);
      return;
    }
    String body = response.getContentAsString(StandardCharsets.UTF_8);
    boolean html = Objects.toString(response.getContentType()).startsWith("text/html");
    if (html && (body.contains(SCRIPT) || body.contains("<img src=x onerror"))) {
      wrong.add(what + " echoed a script unescaped");
    }
    if (status >= 400 && route.pattern().startsWith("/api/")) {
      if (!Objects.toString(response.getContentType()).startsWith("application/problem+json")) {
        wrong.add(what + " answered " + status + " without a problem document");
      }
    }
    boolean refused = status >= 400 || (status == 200 && !"GET".equals(route.method()));
    if (refused && !before.equals(after)) {
      wrong.add(what + " refused the request (" + status + ") but changed data");
    }
  }

  /** The company's data a request could change: identity, users and their roles, tokens. */
  private Object snapshot(CompanyId company) {
    return List.of(
        companies.view(company),
        users.list(company),
        jdbc.sql("SELECT COUNT(*) FROM api_token WHERE company_id = :c")
            .param("c", company.value())
            .query(Long.class)
            .single(),
        jdbc.sql("SELECT COUNT(*) FROM company").query(Long.class).single());
  }

  /**
   * The hostile variants of one route: every hostile value and body on the route (ids random, hence
   * unknown), and every hostile id with a plain request.
   */
  private static List<MockHttpServletRequestBuilder> hostile(Route route) {
    List<MockHttpServletRequestBuilder> requests = new ArrayList<>();
    String base = route.pattern().replaceAll("\\{[^}]+}", java.util.UUID.randomUUID().toString());
    boolean api = route.pattern().startsWith("/api/");
    boolean get = "GET".equals(route.method());
    if (!get && api) {
      for (String body : jsonBodies()) {
        requests.add(request(route, base).contentType(MediaType.APPLICATION_JSON).content(body));
      }
      requests.add(request(route, base).contentType(MediaType.TEXT_PLAIN).content("name=x"));
    } else {
      for (String s : STRINGS) {
        var request = request(route, base);
        FIELDS.forEach(field -> request.param(field, s));
        requests.add(request);
      }
    }
    if (route.pattern().contains("{")) {
      for (String id :
          List.of("not-a-uuid", "' OR 1=1 --", "..%2F..%2Fetc", "x".repeat(5000), "%F0%9F%8C%B1")) {
        var request =
            request(route, route.pattern().replaceAll("\\{[^}]+}", Matcher.quoteReplacement(id)));
        requests.add(
            api && !get ? request.contentType(MediaType.APPLICATION_JSON).content("{}") : request);
      }
    }
    return requests;
  }

  private static MockHttpServletRequestBuilder request(Route route, String path) {
    return MockMvcRequestBuilders.request(route.method(), java.net.URI.create(encode(path)));
  }

  /** Keeps the path a valid URI whatever the hostile id holds. */
  private static String encode(String path) {
    StringBuilder out = new StringBuilder();
    for (char c : path.toCharArray()) {
      if (c == '/'
          || c == '%'
          || Character.isLetterOrDigit(c) && c < 128
          || "-._~{}".indexOf(c) >= 0) {
        out.append(c);
      } else {
        out.append(java.net.URLEncoder.encode(String.valueOf(c), StandardCharsets.UTF_8));
      }
    }
    return out.toString();
  }
}
