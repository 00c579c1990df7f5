package org.pepin.sales.document;

import java.util.Locale;

/** A {@code LIKE … ESCAPE '\'} pattern for "contains", case-insensitive (compare with LOWER). */
public final class Like {

  private Like() {}

  public static String contains(String text) {
    return "%"
        + text.strip()
            .toLowerCase(Locale.ROOT)
            .replace("\\", "\\\\")
            .replace("%", "\\%")
            .replace("_", "\\_")
        + "%";
  }
}
