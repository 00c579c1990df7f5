package org.pepin.customers;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.UserId;

/** One line of the customer list (and of its export). */
public record CustomerRow(
    CustomerId id,
    String code,
    String name,
    CustomerKind kind,
    Set<PartyRole> roles,
    CustomerStatus status,
    @Nullable String siren,
    @Nullable String siret,
    @Nullable String vatNumber,
    @Nullable String postalCode,
    @Nullable String city,
    String countryCode,
    @Nullable String email,
    @Nullable String phone,
    @Nullable UserId salesRep,
    Set<String> categories,
    Set<String> tags,
    boolean blocked,
    InsolvencyStatus insolvencyStatus,
    @Nullable BigDecimal creditLimit,
    @Nullable String paymentTerms,
    Instant lastActivityAt,
    Instant createdAt) {}
