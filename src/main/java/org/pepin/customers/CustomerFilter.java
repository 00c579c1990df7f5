package org.pepin.customers;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.UserId;
import org.pepin.shared.InvalidValue;

/**
 * What the customer list shows: every word of {@code q} must appear in the code, name, SIREN,
 * SIRET, VAT number, postal code, city, e-mail, phone, a contact's name, e-mail or phone, a
 * delivery site, a category or a tag (case and accents ignored, spaces inside numbers ignored); the
 * other criteria are exact. {@code null} means "any".
 *
 * @param status {@code ACTIVE} by default; {@code ALL} for every status
 * @param retentionDue only prospects flagged by the retention rule (no activity for 3 years)
 */
public record CustomerFilter(
    @Nullable String q,
    @Nullable CustomerKind kind,
    @Nullable PartyRole role,
    @Nullable String category,
    @Nullable String tag,
    @Nullable UserId salesRep,
    StatusFilter status,
    @Nullable Boolean blocked,
    boolean retentionDue) {

  public static final CustomerFilter ACTIVE =
      new CustomerFilter(null, null, null, null, null, null, StatusFilter.ACTIVE, null, false);

  public CustomerFilter {
    q = q == null || q.isBlank() ? null : q.strip();
    if (q != null && q.length() > 200) {
      throw new InvalidValue("customer.search-too-long", "search text too long");
    }
    category = category == null || category.isBlank() ? null : category.strip();
    tag = tag == null || tag.isBlank() ? null : tag.strip();
    status = status == null ? StatusFilter.ACTIVE : status;
  }

  /** A search text only. */
  public static CustomerFilter text(@Nullable String q) {
    return new CustomerFilter(q, null, null, null, null, null, StatusFilter.ACTIVE, null, false);
  }

  /** Which statuses the list shows. */
  public enum StatusFilter {
    ACTIVE,
    ARCHIVED,
    MERGED,
    ERASED,
    ALL;

    /** From a request parameter, case ignored; {@code customer.status-filter} if unknown. */
    public static StatusFilter parse(@Nullable String text) {
      if (text == null || text.isBlank()) {
        return ACTIVE;
      }
      try {
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new InvalidValue("customer.status-filter", "unknown status " + text, text);
      }
    }
  }
}
