package org.pepin.sales.web;

import static org.pepin.platform.Route.Access.PUBLIC;

import java.util.List;
import org.pepin.platform.Route;
import org.pepin.platform.RouteContribution;
import org.springframework.stereotype.Component;

/**
 * The public page of a quote's acceptance link: no login, like the login page ({@link
 * PublicQuoteController}). Whoever holds the link (its 256-bit token) sees the quote and answers
 * it; the forms keep their CSRF token.
 */
@Component
class PublicQuoteRoutes implements RouteContribution {

  @Override
  public List<Route> routes() {
    return List.of(
        Route.get("/devis/{token}", PUBLIC),
        Route.get("/devis/{token}/pdf", PUBLIC),
        Route.post("/devis/{token}/accept", PUBLIC),
        Route.post("/devis/{token}/refuse", PUBLIC));
  }
}
