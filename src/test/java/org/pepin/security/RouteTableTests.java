package org.pepin.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pepin.PepinIntegrationTest;
import org.pepin.platform.Route;
import org.pepin.platform.company.CompanyManagement;
import org.pepin.platform.security.PepinPrincipal;
import org.pepin.platform.security.RouteTable;
import org.pepin.platform.user.UserManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Tests generated from the route table: every route of the application is in the table (a route
 * missing from it fails the build), and every route answers each kind of caller as the table says —
 * allowed callers get past security, the others get 401 (API) or the login page (anonymous) and 403
 * (logged in).
 */
@PepinIntegrationTest
class RouteTableTests {

  @Autowired MockMvc mvc;
  @Autowired RouteTable table;
  @Autowired CompanyManagement companies;
  @Autowired UserManagement users;
  @Autowired TransactionTemplate transaction;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  /** Every (method, pattern) served by a handler method of the application. */
  static Set<String> served(RequestMappingHandlerMapping mappings) {
    Set<String> served = new TreeSet<>();
    mappings
        .getHandlerMethods()
        .forEach(
            (info, handler) -> {
              var methods = info.getMethodsCondition().getMethods();
              for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                  served.add("ANY " + pattern);
                }
                methods.forEach(m -> served.add(m.name() + " " + pattern));
              }
            });
    return served;
  }

  @Test
  void every_route_of_the_application_is_in_the_table_and_nothing_else() {
    Set<String> declared = new TreeSet<>();
    table.routes().forEach(r -> declared.add(r.method() + " " + r.pattern()));
    Set<String> served = served(mappings);
    served.remove("ANY /error"); // Boot's error controller: declared as GET and POST
    assertThat(served).as("routes served but missing from the route table").isSubsetOf(declared);
    Set<String> stale = new TreeSet<>(declared);
    stale.removeAll(served);
    stale.removeAll(Set.of("GET /error", "POST /error"));
    assertThat(stale).as("routes declared but not served").isEmpty();
  }

  @Test
  void every_route_answers_every_kind_of_caller_as_the_table_says() throws Exception {
    var personas = new Personas(mvc, companies, users, transaction);
    List<String> wrong = new ArrayList<>();
    for (Route route : checkedRoutes(table)) {
      // anonymous visitor
      var anonymous = mvc.perform(request(route).with(csrf())).andReturn().getResponse();
      check(wrong, route, "anonymous", route.access() == Route.Access.PUBLIC, anonymous);
      for (var persona : personas.sessions.entrySet()) {
        String name = persona.getKey();
        var principal = users.principal(name).orElseThrow();
        boolean allowed =
            RouteTable.allows(
                route,
                UsernamePasswordAuthenticationToken.authenticated(
                    principal, null, principal.getAuthorities()));
        try {
          var response = persona.getValue().perform(request(route)).getResponse();
          check(wrong, route, name, allowed, response);
        } catch (IllegalStateException e) {
          wrong.add(route + " threw for " + name + ": " + e.getCause());
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  /** Every route but Boot's error page, which is only ever reached by an error dispatch. */
  static List<Route> checkedRoutes(RouteTable table) {
    return table.routes().stream().filter(r -> !r.pattern().equals("/error")).toList();
  }

  /** The expected authorisation of a few routes, stated by hand against the table itself. */
  @Test
  void the_table_says_what_the_roles_of_the_case_imply() {
    assertThat(table.match("POST", "/settings/company").orElseThrow().roles())
        .containsExactly(org.pepin.platform.Role.ADMIN);
    assertThat(table.match("GET", "/settings/users/" + UUID.randomUUID()).orElseThrow().pattern())
        .isEqualTo("/settings/users/{id}");
    assertThat(table.match("GET", "/settings/users/new").orElseThrow().pattern())
        .isEqualTo("/settings/users/new");
    assertThat(table.match("GET", "/admin/companies").orElseThrow().access())
        .isEqualTo(Route.Access.SYSTEM_ADMIN);
    assertThat(table.match("DELETE", "/settings/company")).isEmpty();
  }

  private static void check(
      List<String> wrong,
      Route route,
      String persona,
      boolean allowed,
      MockHttpServletResponse response) {
    int status = response.getStatus();
    String redirect = response.getRedirectedUrl();
    boolean toLogin = redirect != null && redirect.endsWith("/login");
    boolean denied = status == 401 || status == 403 || toLogin;
    boolean api = route.pattern().startsWith("/api/");
    if (allowed && denied) {
      wrong.add(route + " refused " + persona + " (" + status + ")");
    }
    if (!allowed && !denied) {
      wrong.add(route + " let " + persona + " through (" + status + ")");
    }
    if (!allowed && "anonymous".equals(persona) && api && status != 401) {
      wrong.add(route + " answered " + status + " instead of 401 to an anonymous API call");
    }
    if (status >= 500) {
      wrong.add(route + " failed for " + persona + " (" + status + ")");
    }
  }

  /** A request for the route: ids are random (unknown), bodies empty but well-formed. */
  static MockHttpServletRequestBuilder request(Route route) {
    String path = route.pattern().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    var request = MockMvcRequestBuilders.request(route.method(), java.net.URI.create(path));
    if (route.pattern().startsWith("/api/") && !route.method().equals("GET")) {
      request.contentType(MediaType.APPLICATION_JSON).content("{}");
    }
    return request;
  }

  static PepinPrincipal principal(UserManagement users, String name) {
    return users.principal(name).orElseThrow();
  }
}
