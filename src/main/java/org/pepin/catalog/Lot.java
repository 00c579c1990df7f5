package org.pepin.catalog;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.pepin.customers.CustomerId;
import org.pepin.shared.Quantity;

/**
 * A lot (batch) of a product received at one time from one origin, with the data of its plant
 * passport (Regulation (EU) 2016/2031 art. 83 and Regulation (EU) 2017/2313 annex: A botanical
 * name, B registered operator number, C traceability code, D country of origin).
 *
 * @param number the lot number, unique in the company, e.g. {@code L25-OLI-01}
 * @param supplier the supplier (a third party with the SUPPLIER role) for a bought lot
 * @param quantityReceived what the receipt brought in
 * @param quantityOnHand what remains of it
 * @param botanicalName passport field A
 * @param operatorNumber passport field B: registration number of the operator, e.g. {@code
 *     FR-78-0412}
 * @param traceabilityCode passport field C
 * @param countryOfOrigin passport field D, ISO 3166 code
 */
public record Lot(
    LotId id,
    String number,
    ProductId product,
    LotOrigin origin,
    @Nullable CustomerId supplier,
    LocalDate receivedOn,
    Quantity quantityReceived,
    Quantity quantityOnHand,
    @Nullable String botanicalName,
    @Nullable String operatorNumber,
    @Nullable String traceabilityCode,
    @Nullable String countryOfOrigin,
    @Nullable String note) {}
