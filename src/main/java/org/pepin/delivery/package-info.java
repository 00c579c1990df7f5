/**
 * Deliveries: delivery notes (bons de livraison) prepared from orders, partial deliveries and
 * backorders (reliquats), lots and plant passports on the notes (Regulation (EU) 2016/2031), proof
 * of delivery, customer returns, and the traceability search (which customers received a lot, which
 * lots a customer received).
 *
 * <p>Its root package is the API: {@link org.pepin.delivery.Deliveries} (read delivery notes).
 * Events published: {@link org.pepin.delivery.DeliveryShipped} (invoicing listens), {@link
 * org.pepin.delivery.BackorderCreated} (communication turns it into a task). It records delivered
 * quantities through {@link org.pepin.sales.Orders} and moves stock through {@link
 * org.pepin.catalog.StockMovements}.
 */
@ApplicationModule(
    displayName = "Livraisons",
    allowedDependencies = {"shared", "platform", "customers", "catalog", "sales"})
@NullMarked
package org.pepin.delivery;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
