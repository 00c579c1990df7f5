package org.pepin.customers.privacy;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.pepin.customers.CustomerId;

/**
 * The answer to an erasure request (france-compliance R-GDPR-03: "the response lists what was kept
 * and why"), in the requester's language.
 *
 * @param erased what was removed or anonymised
 * @param kept what stays, each with its legal reason
 */
public record ErasureReport(
    CustomerId customer, String code, Instant erasedAt, List<String> erased, List<Kept> kept)
    implements Serializable {

  /**
   * Something the erasure keeps.
   *
   * @param what the record or data kept
   * @param reason why, with the legal source
   */
  public record Kept(String what, String reason) implements Serializable {}
}
