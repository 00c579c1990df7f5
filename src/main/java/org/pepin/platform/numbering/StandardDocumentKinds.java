package org.pepin.platform.numbering;

import java.util.List;
import org.pepin.platform.DocumentKind;
import org.pepin.platform.DocumentKindContribution;
import org.springframework.stereotype.Component;

/**
 * The numbered documents of the quote-to-cash chain, registered by the platform so that every
 * company has their series from the start: quotes, orders, delivery notes, invoices, credit notes,
 * down-payment invoices and reminders. Each series has its own prefix (france-compliance §1.3).
 */
@Component
class StandardDocumentKinds implements DocumentKindContribution {

  @Override
  public List<DocumentKind> documentKinds() {
    return List.of(
        DocumentKind.QUOTE,
        DocumentKind.ORDER,
        DocumentKind.DELIVERY,
        DocumentKind.INVOICE,
        DocumentKind.CREDIT_NOTE,
        DocumentKind.DOWN_PAYMENT_INVOICE,
        DocumentKind.REMINDER);
  }
}
