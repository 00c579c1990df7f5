package org.pepin.customers.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pepin.customers.CustomerFilter;
import org.pepin.customers.CustomerKind;
import org.pepin.customers.PartyRole;
import org.pepin.platform.UserId;
import org.pepin.shared.InvalidValue;

/**
 * The customer list's query parameters ({@code q, kind, role, category, tag, salesRep, status,
 * blocked, retentionDue}), the same for the API's list, the API's export and the screen's export,
 * so that an export holds exactly what the list shows.
 */
final class CustomerApiFilter {

  private CustomerApiFilter() {}

  static CustomerFilter of(
      @Nullable String q,
      @Nullable CustomerKind kind,
      @Nullable PartyRole role,
      @Nullable String category,
      @Nullable String tag,
      @Nullable String salesRep,
      @Nullable String status,
      @Nullable Boolean blocked,
      @Nullable Boolean retentionDue) {
    if (category != null && category.length() > 200 || tag != null && tag.length() > 200) {
      throw new InvalidValue("customer.search-too-long", "filter too long");
    }
    return new CustomerFilter(
        q,
        kind,
        role,
        category,
        tag,
        salesRep(salesRep),
        CustomerFilter.StatusFilter.parse(status),
        blocked,
        Boolean.TRUE.equals(retentionDue));
  }

  private static @Nullable UserId salesRep(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return new UserId(UUID.fromString(text.strip()));
    } catch (IllegalArgumentException e) {
      throw new InvalidValue("customer.sales-rep-filter", "not a user id", text);
    }
  }
}
