package org.pepin.platform;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The columns of a list export: each has a header (a message key), a kind that decides how the cell
 * is written, and how to read its value from a row. Build one per list, e.g.
 *
 * <pre>{@code
 * ExportTable.<UserView>titled("users.title")
 *     .text("user.username", UserView::username)
 *     .label("user.roles", "role.", UserView::roles)
 *     .dateTime("user.createdAt", UserView::createdAt);
 * }</pre>
 *
 * @param <T> the type of the rows
 */
public final class ExportTable<T> {

  /** How a column's cells are written. */
  public enum Kind {
    /** Text; formula-like text (starting with = + - @, tab or CR) is neutralised. */
    TEXT,
    /** A code (or a collection of codes) shown through messages {@code valueKeys + code}. */
    LABEL,
    /** A decimal number with 2 decimals: {@code 1234,56} in CSV, a number cell in XLSX. */
    DECIMAL,
    /** A whole number. */
    INTEGER,
    /** A date: {@code 29/11/2026} in CSV, a date cell in XLSX. */
    DATE,
    /** An instant shown in Europe/Paris: {@code 29/11/2026 14:05:09}. */
    DATE_TIME,
    /** Oui / Non. */
    BOOLEAN
  }

  /** One column. */
  public record Column<T>(
      String headerKey, Kind kind, @Nullable String valueKeys, Function<T, ?> value) {}

  private final String titleKey;
  private final List<Column<T>> columns;

  private ExportTable(String titleKey, List<Column<T>> columns) {
    this.titleKey = titleKey;
    this.columns = List.copyOf(columns);
  }

  /**
   * @param titleKey the message key of the list's name, used for the sheet and the file name
   */
  public static <T> ExportTable<T> titled(String titleKey) {
    return new ExportTable<>(titleKey, List.of());
  }

  public ExportTable<T> text(String headerKey, Function<T, @Nullable String> value) {
    return with(new Column<>(headerKey, Kind.TEXT, null, value));
  }

  public ExportTable<T> label(String headerKey, String valueKeys, Function<T, ?> value) {
    return with(new Column<>(headerKey, Kind.LABEL, valueKeys, value));
  }

  public ExportTable<T> decimal(String headerKey, Function<T, @Nullable BigDecimal> value) {
    return with(new Column<>(headerKey, Kind.DECIMAL, null, value));
  }

  public ExportTable<T> integer(String headerKey, Function<T, @Nullable Long> value) {
    return with(new Column<>(headerKey, Kind.INTEGER, null, value));
  }

  public ExportTable<T> date(String headerKey, Function<T, @Nullable LocalDate> value) {
    return with(new Column<>(headerKey, Kind.DATE, null, value));
  }

  public ExportTable<T> dateTime(String headerKey, Function<T, @Nullable Instant> value) {
    return with(new Column<>(headerKey, Kind.DATE_TIME, null, value));
  }

  public ExportTable<T> bool(String headerKey, Function<T, @Nullable Boolean> value) {
    return with(new Column<>(headerKey, Kind.BOOLEAN, null, value));
  }

  private ExportTable<T> with(Column<T> column) {
    List<Column<T>> next = new ArrayList<>(columns);
    next.add(column);
    return new ExportTable<>(titleKey, next);
  }

  public String titleKey() {
    return titleKey;
  }

  public List<Column<T>> columns() {
    return columns;
  }
}
