package org.pepin.shared;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A period of days, both ends included; without an end it runs indefinitely (e.g. a price list or a
 * terms-of-sale version still in force).
 *
 * @param start the first day
 * @param end the last day, on or after {@code start} ({@code date-range.order}), or {@code null}
 */
public record DateRange(LocalDate start, @Nullable LocalDate end) {

  public DateRange {
    Objects.requireNonNull(start, "start");
    if (end != null && end.isBefore(start)) {
      throw new InvalidValue(
          "date-range.order", "range ends " + end + " before it starts " + start, start, end);
    }
  }

  /** The open-ended range starting on a day. */
  public static DateRange from(LocalDate start) {
    return new DateRange(start, null);
  }

  public boolean isOpen() {
    return end == null;
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && (end == null || !day.isAfter(end));
  }

  /** Whether the two ranges share at least one day. */
  public boolean overlaps(DateRange other) {
    return (end == null || !end.isBefore(other.start))
        && (other.end == null || !other.end.isBefore(start));
  }

  /** The number of days, both ends included; {@code date-range.open} for an open-ended range. */
  public long days() {
    if (end == null) {
      throw new InvalidValue("date-range.open", "an open-ended range has no length", start);
    }
    return ChronoUnit.DAYS.between(start, end) + 1;
  }
}
