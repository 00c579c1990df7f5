package org.pepin.sales;

import java.util.List;

/**
 * Something the user should see on a line while building a document; it does not prevent saving.
 * The text is the message {@code code} with {@code args}.
 *
 * @param position the line's position (0-based)
 * @param code {@code sales.warning.out-of-season (product, season)}, {@code sales.warning.stock
 *     (product, available)} or {@code sales.warning.free-delivery (threshold)}
 */
public record LineWarning(int position, String code, List<String> args) {

  public LineWarning {
    args = List.copyOf(args);
  }
}
