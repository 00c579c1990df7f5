package org.pepin.catalog.product;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.pepin.catalog.PlantForm;
import org.pepin.catalog.ProductKind;
import org.pepin.catalog.VatCategoryId;
import org.pepin.shared.InvalidValue;

/**
 * The filters of the product list (screen, API and exports).
 *
 * @param q words that must all appear in the code, designation, botanical or common name, variety,
 *     size or group (case and accents ignored)
 * @param inSeason only products that may be sold today (no season, or today within it)
 * @param inStock only products with stock on hand
 * @param status active, archived or all
 */
public record ProductFilter(
    @Nullable String q,
    @Nullable ProductKind kind,
    @Nullable VatCategoryId vatCategory,
    @Nullable PlantForm form,
    @Nullable String group,
    boolean inSeason,
    boolean inStock,
    Status status) {

  /** Which products by their archived flag. */
  public enum Status {
    ACTIVE,
    ARCHIVED,
    ALL
  }

  public static final ProductFilter ACTIVE =
      new ProductFilter(null, null, null, null, null, false, false, Status.ACTIVE);

  public ProductFilter {
    q = q == null || q.isBlank() ? null : q.strip();
    if (q != null && q.length() > 200) {
      throw new InvalidValue("product.search-too-long", "search text too long");
    }
    group = group == null || group.isBlank() ? null : group.strip().toUpperCase(Locale.ROOT);
  }

  /**
   * The status named by a parameter, {@code ACTIVE} when blank.
   *
   * @throws InvalidValue {@code product.status-filter (text)}
   */
  public static Status status(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return Status.ACTIVE;
    }
    try {
      return Status.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidValue("product.status-filter", "unknown status " + text, text);
    }
  }
}
