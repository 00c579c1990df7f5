package org.pepin.sales;

import java.util.Optional;
import org.pepin.platform.CompanyId;

/** Quotes as other modules read them. Every call is scoped by the company. */
public interface Quotes {

  /** The quote with its current revision, if it belongs to the company. */
  Optional<QuoteView> find(CompanyId company, QuoteId id);

  /**
   * @throws org.pepin.platform.ResourceNotFound unless the quote belongs to the company
   */
  QuoteView get(CompanyId company, QuoteId id);
}
