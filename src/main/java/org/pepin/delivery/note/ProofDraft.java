package org.pepin.delivery.note;

import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.pepin.delivery.DeliveryLineId;
import org.pepin.shared.Quantity;

/**
 * A proof of delivery as the customer signed it.
 *
 * @param receivedOn the day the goods were received (not in the future, not before they left)
 * @param signer who signed (required, 100 characters at most)
 * @param remarks what the customer wrote; required with reservations
 * @param reservations whether the customer made reservations (réserves: damaged plants, missing
 *     goods)
 * @param received the quantity received per line; a line not listed received what was delivered
 */
public record ProofDraft(
    LocalDate receivedOn,
    @Nullable String signer,
    @Nullable String remarks,
    boolean reservations,
    Map<DeliveryLineId, Quantity> received) {

  public ProofDraft {
    signer = signer == null || signer.isBlank() ? null : signer.strip();
    remarks = remarks == null || remarks.isBlank() ? null : remarks.strip();
    received = Map.copyOf(received);
  }
}
