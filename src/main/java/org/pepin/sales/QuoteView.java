package org.pepin.sales;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pepin.customers.CustomerId;
import org.pepin.platform.UserId;
import org.pepin.shared.Money;

/**
 * A quote with its current revision and the list of all its revisions.
 *
 * @param number the legal number, taken when the quote is first sent ({@code null} for a draft
 *     never sent)
 * @param statusReason why it was refused or cancelled
 * @param order the order made from it
 * @param current the revision being worked on or last sent
 * @param revisions every revision, oldest first
 */
public record QuoteView(
    QuoteId id,
    int version,
    @Nullable String number,
    CustomerId customer,
    @Nullable UserId salesRep,
    QuoteStatus status,
    @Nullable String statusReason,
    @Nullable OrderId order,
    Instant createdAt,
    Instant updatedAt,
    QuoteRevision current,
    List<Summary> revisions) {

  public QuoteView {
    revisions = List.copyOf(revisions);
  }

  /** The number with the revision letter, e.g. {@code DE-2026-0012 B}; {@code null} for a draft. */
  public @Nullable String reference() {
    return number == null ? null : number + " " + current.revision();
  }

  /**
   * One revision in the list.
   *
   * @param decision {@code ACCEPTED} or {@code REFUSED} when the customer answered it
   */
  public record Summary(
      QuoteRevisionId id,
      String revision,
      LocalDate date,
      LocalDate validUntil,
      @Nullable Instant sentAt,
      Money totalGross,
      @Nullable QuoteStatus decision) {}
}
