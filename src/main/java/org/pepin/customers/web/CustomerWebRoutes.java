package org.pepin.customers.web;

import static org.pepin.platform.Role.ACCOUNTING;
import static org.pepin.platform.Role.ADMIN;
import static org.pepin.platform.Role.MANAGER;
import static org.pepin.platform.Role.SALES;
import static org.pepin.platform.Route.Access.MEMBER;

import java.util.List;
import org.pepin.platform.Role;
import org.pepin.platform.Route;
import org.pepin.platform.RouteContribution;
import org.springframework.stereotype.Component;

/**
 * The customer screens' part of the route table: every member reads the customer file; the roles
 * that deal with customers (administration, management, sales, accounting) create, edit, archive
 * and restore; only administrators and managers delete; insolvency is recorded by management or
 * accounting.
 */
@Component
class CustomerWebRoutes implements RouteContribution {

  /** Who may create, edit, archive and restore third parties (a viewer only reads). */
  static final Role[] EDITORS = {ADMIN, MANAGER, SALES, ACCOUNTING};

  /** Who may delete a third party without documents. */
  static final Role[] DELETERS = {ADMIN, MANAGER};

  /** Who may record an insolvency (procédure collective). */
  static final Role[] INSOLVENCY = {MANAGER, ACCOUNTING};

  @Override
  public List<Route> routes() {
    return List.of(
        Route.get("/customers", MEMBER),
        Route.get("/customers/new", EDITORS),
        Route.post("/customers", EDITORS),
        Route.get("/customers/{id}", MEMBER),
        Route.get("/customers/{id}/edit", EDITORS),
        Route.post("/customers/{id}", EDITORS),
        Route.post("/customers/{id}/archive", EDITORS),
        Route.post("/customers/{id}/restore", EDITORS),
        Route.post("/customers/{id}/delete", DELETERS),
        Route.post("/customers/{id}/insolvency", INSOLVENCY));
  }
}
