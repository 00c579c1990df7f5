package org.pepin.customers;

/**
 * An existing third party that looks like the one being created.
 *
 * @param reason {@code siren} (same SIREN), {@code name} (same name and postal code) or {@code
 *     email} (same e-mail, of the record or of a contact); label {@code
 *     customer.duplicate.<reason>}
 */
public record DuplicateCandidate(CustomerId id, String code, String name, String reason) {}
