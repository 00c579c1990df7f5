package org.pepin.catalog;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.pepin.shared.InvalidValue;

/**
 * The part of the year a product may be sold in, both days included; it may wrap the year end (bare
 * roots: 15 November to 31 March). An order line outside it gets a warning, not a refusal.
 *
 * @param start first day of the season
 * @param end last day of the season
 */
public record SellingSeason(MonthDay start, MonthDay end) {

  private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");

  public SellingSeason {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (start.equals(end)) {
      throw new InvalidValue("season.empty", "a season of one day is not a season", start);
    }
  }

  /** The bare-root season of the scenario: 15 November to 31 March. */
  public static SellingSeason bareRoot() {
    return new SellingSeason(MonthDay.of(11, 15), MonthDay.of(3, 31));
  }

  /**
   * A day written {@code dd/MM} (e.g. {@code 15/11}); {@code season.format} otherwise.
   *
   * @throws InvalidValue {@code season.format (text)}
   */
  public static MonthDay parseDay(String text) {
    String t = text.strip();
    if (t.matches("\\d/\\d{1,2}") || t.matches("\\d{2}/\\d")) {
      String[] parts = t.split("/");
      t = String.format("%02d/%02d", Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }
    try {
      return MonthDay.parse(t, DAY_MONTH);
    } catch (DateTimeParseException e) {
      throw new InvalidValue("season.format", "not a day/month: " + text, text);
    }
  }

  /** The season from two {@code dd/MM} texts. */
  public static SellingSeason parse(String start, String end) {
    return new SellingSeason(parseDay(start), parseDay(end));
  }

  /** Whether the season wraps the year end (starts in autumn, ends in spring). */
  public boolean wrapsYearEnd() {
    return start.isAfter(end);
  }

  /** Whether the product may be sold on {@code date}. */
  public boolean contains(LocalDate date) {
    MonthDay day = MonthDay.from(date);
    if (wrapsYearEnd()) {
      return !day.isBefore(start) || !day.isAfter(end);
    }
    return !day.isBefore(start) && !day.isAfter(end);
  }

  /** The first day written {@code dd/MM}. */
  public String startText() {
    return start.format(DAY_MONTH);
  }

  /** The last day written {@code dd/MM}. */
  public String endText() {
    return end.format(DAY_MONTH);
  }

  /** {@code 15/11–31/03}. */
  @Override
  public String toString() {
    return startText() + "–" + endText();
  }
}
