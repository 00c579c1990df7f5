package org.pepin.catalog.web;

import static org.pepin.platform.Role.ADMIN;
import static org.pepin.platform.Role.MANAGER;
import static org.pepin.platform.Role.SALES;

import java.util.List;
import java.util.Set;
import org.pepin.platform.Member;
import org.pepin.platform.Role;
import org.pepin.platform.Route;
import org.pepin.platform.Route.Access;
import org.pepin.platform.RouteContribution;
import org.springframework.stereotype.Component;

/**
 * The pricing routes: price lists and breaks (read by every member, written by administrators and
 * managers), a customer's list and prices (also written by sales), "explain this price" (every
 * member), in the UI and the API.
 */
@Component
class PricingRoutes implements RouteContribution {

  /** Who edits price lists and breaks. */
  static final Set<Role> LIST_EDITORS = Set.of(ADMIN, MANAGER);

  /** Who assigns a list to a customer and records customer prices. */
  static final Set<Role> CUSTOMER_EDITORS = Set.of(ADMIN, MANAGER, SALES);

  static boolean canEditLists(Member member) {
    return member.roles().stream().anyMatch(LIST_EDITORS::contains);
  }

  static boolean canEditCustomers(Member member) {
    return member.roles().stream().anyMatch(CUSTOMER_EDITORS::contains);
  }

  @Override
  public List<Route> routes() {
    Role[] lists = LIST_EDITORS.toArray(Role[]::new);
    Role[] customers = CUSTOMER_EDITORS.toArray(Role[]::new);
    return List.of(
        Route.get("/catalog/price-lists", Access.MEMBER),
        Route.get("/catalog/price-lists/new", lists),
        Route.post("/catalog/price-lists", lists),
        Route.get("/catalog/price-lists/{id}", Access.MEMBER),
        Route.post("/catalog/price-lists/{id}", lists),
        Route.post("/catalog/price-lists/{id}/archive", lists),
        Route.post("/catalog/price-lists/{id}/prices", lists),
        Route.post("/catalog/price-lists/{id}/prices/remove", lists),
        Route.get("/catalog/price-lists/{id}/export.{format}", Access.MEMBER),
        Route.post("/catalog/price-breaks", lists),
        Route.post("/catalog/price-breaks/{id}/remove", lists),
        Route.get("/catalog/pricing/explain", Access.MEMBER),
        Route.get("/catalog/customers/{id}/pricing", Access.MEMBER),
        Route.post("/catalog/customers/{id}/price-list", customers),
        Route.post("/catalog/customers/{id}/customer-prices", customers),
        Route.post("/catalog/customers/{id}/customer-prices/{priceId}/remove", customers),
        Route.get("/api/v1/price-lists", Access.MEMBER),
        Route.post("/api/v1/price-lists", lists),
        Route.get("/api/v1/price-lists/{id}", Access.MEMBER),
        Route.put("/api/v1/price-lists/{id}", lists),
        Route.get("/api/v1/price-lists/{id}/export.{format}", Access.MEMBER),
        Route.put("/api/v1/price-lists/{id}/prices/{product}", lists),
        Route.delete("/api/v1/price-lists/{id}/prices/{product}", lists),
        Route.get("/api/v1/price-breaks", Access.MEMBER),
        Route.post("/api/v1/price-breaks", lists),
        Route.delete("/api/v1/price-breaks/{id}", lists),
        Route.get("/api/v1/pricing/explain", Access.MEMBER),
        Route.get("/api/v1/customers/{id}/pricing", Access.MEMBER),
        Route.put("/api/v1/customers/{id}/price-list", customers),
        Route.post("/api/v1/customers/{id}/customer-prices", customers),
        Route.delete("/api/v1/customers/{id}/customer-prices/{priceId}", customers));
  }
}
