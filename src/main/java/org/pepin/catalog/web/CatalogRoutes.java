package org.pepin.catalog.web;

import static org.pepin.platform.Route.Access.MEMBER;

import java.util.List;
import org.pepin.platform.Member;
import org.pepin.platform.Role;
import org.pepin.platform.Route;
import org.pepin.platform.RouteContribution;
import org.springframework.stereotype.Component;

/**
 * The catalogue's part of the route table. Every member reads the catalogue; ADMIN, MANAGER and
 * SALES change products and move stock (Julien, SALES, receives and counts the nursery's stock);
 * ADMIN and ACCOUNTING change VAT categories.
 */
@Component
class CatalogRoutes implements RouteContribution {

  static final Role[] PRODUCT_WRITERS = {Role.ADMIN, Role.MANAGER, Role.SALES};
  static final Role[] STOCK_WRITERS = {Role.ADMIN, Role.MANAGER, Role.SALES};
  static final Role[] VAT_WRITERS = {Role.ADMIN, Role.ACCOUNTING};

  static boolean canEditProducts(Member member) {
    return member.hasAnyRole(PRODUCT_WRITERS);
  }

  static boolean canMoveStock(Member member) {
    return member.hasAnyRole(STOCK_WRITERS);
  }

  static boolean canEditVat(Member member) {
    return member.hasAnyRole(VAT_WRITERS);
  }

  @Override
  public List<Route> routes() {
    return List.of(
        Route.get("/catalog/products", MEMBER),
        Route.get("/catalog/products/export.{format}", MEMBER),
        Route.get("/catalog/products/new", PRODUCT_WRITERS),
        Route.post("/catalog/products", PRODUCT_WRITERS),
        Route.get("/catalog/products/{id}", MEMBER),
        Route.get("/catalog/products/{id}/edit", PRODUCT_WRITERS),
        Route.post("/catalog/products/{id}", PRODUCT_WRITERS),
        Route.post("/catalog/products/{id}/archive", PRODUCT_WRITERS),
        Route.post("/catalog/products/{id}/restore", PRODUCT_WRITERS),
        Route.get("/catalog/products/{id}/photos/{photoId}", MEMBER),
        Route.post("/catalog/products/{id}/photos", PRODUCT_WRITERS),
        Route.post("/catalog/products/{id}/photos/{photoId}/remove", PRODUCT_WRITERS),
        Route.post("/catalog/products/{id}/photos/{photoId}/main", PRODUCT_WRITERS),
        Route.get("/catalog/stock", MEMBER),
        Route.get("/catalog/stock/receipts/new", STOCK_WRITERS),
        Route.post("/catalog/stock/receipts", STOCK_WRITERS),
        Route.get("/catalog/stock/adjustments/new", STOCK_WRITERS),
        Route.post("/catalog/stock/adjustments", STOCK_WRITERS),
        Route.get("/catalog/vat-categories", MEMBER),
        Route.get("/catalog/vat-categories/new", VAT_WRITERS),
        Route.post("/catalog/vat-categories", VAT_WRITERS),
        Route.get("/catalog/vat-categories/{id}", MEMBER),
        Route.post("/catalog/vat-categories/{id}", VAT_WRITERS),
        Route.post("/catalog/vat-categories/{id}/archive", VAT_WRITERS),
        Route.get("/api/v1/products", MEMBER),
        Route.post("/api/v1/products", PRODUCT_WRITERS),
        Route.get("/api/v1/products/{id}", MEMBER),
        Route.put("/api/v1/products/{id}", PRODUCT_WRITERS),
        Route.post("/api/v1/products/{id}/archive", PRODUCT_WRITERS),
        Route.post("/api/v1/products/{id}/restore", PRODUCT_WRITERS),
        Route.get("/api/v1/products/{id}/stock", MEMBER),
        Route.get("/api/v1/products/{id}/vat", MEMBER),
        Route.get("/api/v1/products/{id}/photos", MEMBER),
        Route.post("/api/v1/products/{id}/photos", PRODUCT_WRITERS),
        Route.get("/api/v1/products/{id}/photos/{photoId}", MEMBER),
        Route.delete("/api/v1/products/{id}/photos/{photoId}", PRODUCT_WRITERS),
        Route.get("/api/v1/vat-categories", MEMBER),
        Route.post("/api/v1/vat-categories", VAT_WRITERS),
        Route.get("/api/v1/vat-categories/{id}", MEMBER),
        Route.put("/api/v1/vat-categories/{id}", VAT_WRITERS),
        Route.post("/api/v1/stock/receipts", STOCK_WRITERS),
        Route.post("/api/v1/stock/adjustments", STOCK_WRITERS),
        Route.get("/api/v1/stock/low", MEMBER),
        Route.get("/api/v1/stock/lots/{id}", MEMBER));
  }
}
