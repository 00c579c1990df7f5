/**
 * The customer file (fichier clients): third parties — customers (businesses, public bodies,
 * individuals), suppliers and subcontractors — with their identifiers, addresses and delivery
 * sites, contacts, payment terms, credit limit value, insolvency status, change history, duplicate
 * detection and merge, imports and exports, and the GDPR access export, erasure and retention rule.
 *
 * <p>Its root package is the API: {@link org.pepin.customers.Customers} (read a customer, freeze
 * its {@link org.pepin.customers.CustomerSnapshot} on a document, record an insolvency, note
 * activity). Downstream modules implement {@link org.pepin.customers.spi.CustomerLinks} and add
 * blocks to the customer page through the platform's {@code PageSectionContribution}.
 *
 * <p>Events published: {@link org.pepin.customers.CustomerMerged}, {@link
 * org.pepin.customers.CustomerErased}. Events consumed: none.
 */
@ApplicationModule(
    displayName = "Clients",
    allowedDependencies = {"shared", "platform"})
@NullMarked
package org.pepin.customers;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
