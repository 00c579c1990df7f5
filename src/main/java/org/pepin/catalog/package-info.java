/**
 * The catalogue: products and services with their plant attributes and selling seasons, units, VAT
 * categories pointing to the platform's dated legal rates, stock per product, lots with their
 * plant-passport data, stock receipts and product photos; price lists (incl. or excl. VAT, derived,
 * dated), quantity breaks, customer prices and their assignment to customers, and the unit-price
 * function with its explanation.
 *
 * <p>Its root package is the API: {@link org.pepin.catalog.Products} (read a product, the VAT rate
 * it takes at a date), {@link org.pepin.catalog.VatCategories}, {@link
 * org.pepin.catalog.StockMovements} (deliveries and returns move stock through it), {@link
 * org.pepin.catalog.Pricing} (the unit price of a product for a customer, quantity and date, with
 * the steps that explain it). It adds the customer's price list to the customer page through the
 * platform's {@code PageSectionContribution}.
 *
 * <p>Events published: none. Events consumed: {@link org.pepin.customers.CustomerMerged} (a merged
 * customer's prices and list move to the record kept).
 */
@ApplicationModule(
    displayName = "Catalogue",
    allowedDependencies = {"shared", "platform", "customers"})
@NullMarked
package org.pepin.catalog;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
