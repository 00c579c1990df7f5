package org.pepin.sales;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.pepin.customers.CustomerId;
import org.pepin.platform.UserId;
import org.pepin.shared.Money;

/** A quote in a list: number, customer, status, dates and amounts of its current revision. */
public record QuoteRow(
    QuoteId id,
    @Nullable String number,
    String revision,
    CustomerId customer,
    String customerCode,
    String customerName,
    @Nullable UserId salesRep,
    QuoteStatus status,
    LocalDate date,
    LocalDate validUntil,
    Money totalNet,
    Money totalGross,
    @Nullable Instant sentAt,
    Instant updatedAt) {}
