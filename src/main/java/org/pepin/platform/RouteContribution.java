package org.pepin.platform;

import java.util.List;

/**
 * SPI: the routes a module serves, with who may call them (see {@link Route}). Every module with
 * controllers contributes its part of the route table.
 */
public interface RouteContribution {

  List<Route> routes();
}
