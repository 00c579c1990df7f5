/**
 * Sales: quotes (devis) with their revisions, approval of manual discounts, PDF, sending and online
 * acceptance; orders (commandes) made from an accepted quote or entered directly, with their credit
 * check, amendments and cancellation; down-payment requests.
 *
 * <p>Its root package is the API: {@link org.pepin.sales.Quotes} and {@link org.pepin.sales.Orders}
 * (read documents, record delivered and invoiced quantities). The named interface {@code spi} holds
 * {@link org.pepin.sales.spi.CreditCheck}, which the risk module implements.
 *
 * <p>Events published: {@link org.pepin.sales.QuoteSent}, {@link org.pepin.sales.QuoteAccepted},
 * {@link org.pepin.sales.QuoteRefused}, {@link org.pepin.sales.OrderConfirmed}, {@link
 * org.pepin.sales.OrderHeld}, {@link org.pepin.sales.OrderCancelled}, {@link
 * org.pepin.sales.DownPaymentRequested}. Events consumed: {@link
 * org.pepin.customers.CustomerMerged} (the merged customer's quotes and orders move to the record
 * kept). It implements {@code customers.spi.CustomerLinks} (a customer with quotes or orders is
 * archived, not deleted).
 */
@ApplicationModule(
    displayName = "Ventes",
    allowedDependencies = {"shared", "platform", "customers", "customers :: spi", "catalog"})
@NullMarked
package org.pepin.sales;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
