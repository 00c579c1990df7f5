package org.pepin.sales;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.pepin.customers.CustomerId;
import org.pepin.platform.UserId;
import org.pepin.shared.Money;

/**
 * What the quote list filters on; every criterion is optional.
 *
 * @param text number or customer name or code, contains, case-insensitive
 * @param expiringWithinDays sent quotes whose validity ends within this many days ("à relancer")
 */
public record QuoteFilter(
    @Nullable String text,
    Set<QuoteStatus> statuses,
    @Nullable CustomerId customer,
    @Nullable UserId salesRep,
    @Nullable LocalDate from,
    @Nullable LocalDate to,
    @Nullable Money minGross,
    @Nullable Money maxGross,
    @Nullable Integer expiringWithinDays) {

  public QuoteFilter {
    statuses = Set.copyOf(statuses);
  }

  public static QuoteFilter all() {
    return new QuoteFilter(null, Set.of(), null, null, null, null, null, null, null);
  }
}
