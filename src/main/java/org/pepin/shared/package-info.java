/**
 * Shared kernel: the value types every module speaks in. It owns money ({@link
 * org.pepin.shared.Money}, euros to the cent), unit prices (6 decimals), quantities (3 decimals),
 * VAT rates and percentages; the French and European identifiers (SIREN, SIRET, VAT number, IBAN,
 * BIC, e-mail address) with their published check algorithms; postal addresses and date ranges; the
 * payment terms of French B2B sales with their due-date rules and the C. com. L441-10 cap; and
 * {@link org.pepin.shared.DocumentTotals}, the one money algorithm (ARCHITECTURE §3) used by every
 * quote, order, contract, invoice and credit note. Every type is an immutable record or a class of
 * pure functions that validates its input and reports a broken rule as an {@link
 * org.pepin.shared.InvalidValue} carrying a message code. The module holds no Spring beans,
 * publishes and consumes no events, keeps no state and depends on no other module, so that every
 * module may depend on it.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Noyau partagé",
    allowedDependencies = {},
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package org.pepin.shared;
