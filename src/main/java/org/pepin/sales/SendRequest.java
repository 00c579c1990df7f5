package org.pepin.sales;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pepin.shared.EmailAddress;

/**
 * Sending a document by e-mail: the recipients (by default the customer's e-mail) and an optional
 * text that replaces the template's body.
 */
public record SendRequest(
    List<EmailAddress> to, List<EmailAddress> cc, @Nullable String subject, @Nullable String body) {

  public SendRequest {
    to = List.copyOf(to);
    cc = List.copyOf(cc);
  }

  /** To the customer's address, with the template's wording. */
  public static SendRequest toCustomer() {
    return new SendRequest(List.of(), List.of(), null, null);
  }
}
