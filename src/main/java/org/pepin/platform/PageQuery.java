package org.pepin.platform;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.pepin.shared.InvalidValue;

/**
 * The list parameters of every API route: {@code page} (from 0), {@code size} (1–500, default 50)
 * and {@code sort} ({@code field} or {@code field,desc}, among the fields the route allows). A page
 * beyond {@value #MAX_PAGE} is read as that page (empty), so the offset always fits an {@code int}.
 *
 * @param page the page number, from 0
 * @param size the page size
 * @param sort the field to sort by
 * @param ascending the direction
 */
public record PageQuery(int page, int size, String sort, boolean ascending) {

  public static final int DEFAULT_SIZE = 50;
  public static final int MAX_SIZE = 500;
  public static final int MAX_PAGE = 100_000;

  /**
   * @param allowed the sortable fields of the route
   * @param defaultSort the field (and direction, {@code field,desc}) when none is asked
   * @throws InvalidValue ({@code sort}) for a field the route does not sort on
   */
  public static PageQuery of(
      @Nullable Integer page,
      @Nullable Integer size,
      @Nullable String sort,
      List<String> allowed,
      String defaultSort) {
    String[] parts = (sort == null || sort.isBlank() ? defaultSort : sort).strip().split(",", 2);
    String field = parts[0].strip();
    String direction = parts.length > 1 ? parts[1].strip().toLowerCase() : "asc";
    if (!allowed.contains(field) || !(direction.equals("asc") || direction.equals("desc"))) {
      throw new InvalidValue("sort", "cannot sort on " + sort, String.valueOf(sort));
    }
    int pageSize = size == null ? DEFAULT_SIZE : Math.min(Math.max(size, 1), MAX_SIZE);
    return new PageQuery(
        page == null ? 0 : Math.min(Math.max(page, 0), MAX_PAGE),
        pageSize,
        field,
        direction.equals("asc"));
  }

  public int offset() {
    return (int) Math.min((long) page * size, Integer.MAX_VALUE);
  }

  /** One page of a list held in memory, sorted by the comparator of the sort field. */
  public <T> ApiPage<T> page(List<T> all, Map<String, Comparator<T>> comparators) {
    Comparator<T> comparator = comparators.get(sort);
    List<T> sorted = all.stream().sorted(ascending ? comparator : comparator.reversed()).toList();
    int from = Math.min(offset(), sorted.size());
    int to = Math.min(from + size, sorted.size());
    return new ApiPage<>(sorted.subList(from, to), page, size, sorted.size());
  }

  /** A page of results with the total count. */
  public record ApiPage<T>(List<T> content, int page, int size, long totalElements) {

    public long totalPages() {
      return (totalElements + size - 1) / size;
    }
  }
}
