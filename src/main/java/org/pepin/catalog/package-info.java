/**
 * The catalogue: products and services with their plant attributes and selling seasons, units, VAT
 * categories pointing to the platform's dated legal rates, stock per product, lots with their
 * plant-passport data and stock receipts; later price lists and the unit-price function.
 *
 * <p>Its root package is the API: {@link org.pepin.catalog.Products} (read a product, the VAT rate
 * it takes at a date), {@link org.pepin.catalog.VatCategories}, {@link
 * org.pepin.catalog.StockMovements} (deliveries and returns move stock through it).
 *
 * <p>Events published: none yet. Events consumed: none.
 */
@ApplicationModule(
    displayName = "Catalogue",
    allowedDependencies = {"shared", "platform", "customers"})
@NullMarked
package org.pepin.catalog;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
