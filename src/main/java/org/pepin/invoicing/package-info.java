/**
 * Invoicing (facturation): invoices, credit notes and down-payment invoices, and their electronic
 * form. For now it holds only the Factur-X writer ({@code facturx}, internal to the module): an EN
 * 16931 document expressed in Pépin's value types and its PDF/A-3 + CII XML rendering.
 */
@ApplicationModule(
    displayName = "Facturation",
    allowedDependencies = {"shared", "platform", "customers", "catalog", "sales", "delivery"})
@NullMarked
package org.pepin.invoicing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
