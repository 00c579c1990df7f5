package org.pepin.platform;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One line of an imported file, its cells already parsed into the fields' types.
 *
 * @param number the line's number as a spreadsheet shows it (the header is line 1)
 * @param values the parsed values by field name; empty cells are absent
 * @param mapped the names of the fields that a column of the file feeds
 */
public record ImportLine(int number, Map<String, Object> values, Set<String> mapped) {

  public ImportLine {
    values = Map.copyOf(values);
    mapped = Set.copyOf(mapped);
  }

  /** The field's value, {@code null} when its cell is empty or no column feeds it. */
  @SuppressWarnings("unchecked")
  public <T> @Nullable T get(ImportField<T> field) {
    return (T) values.get(field.name());
  }

  /**
   * Whether a column of the file feeds the field: an optional field that is not in the file leaves
   * the existing value alone, while an empty cell of a mapped column clears it.
   */
  public boolean isMapped(ImportField<?> field) {
    return mapped.contains(field.name());
  }
}
