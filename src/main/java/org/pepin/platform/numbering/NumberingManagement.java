package org.pepin.platform.numbering;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.AuditLog;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.CompanyId;
import org.pepin.platform.ConcurrentModification;
import org.pepin.platform.DocumentKind;
import org.pepin.platform.DocumentKindContribution;
import org.pepin.platform.Numbering;
import org.pepin.platform.ResourceNotFound;
import org.pepin.shared.InvalidValue;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The numbering series of each company: numbers taken by the documents, and the administrator's
 * settings (pattern, yearly restart, next number).
 *
 * <p>Rules (CGI annexe II art. 242 nonies A I 7°; france-compliance §1.3, R-INV-03 to R-INV-06):
 *
 * <ul>
 *   <li>a number is taken under a row lock on the series ({@code SELECT … FOR UPDATE}) inside the
 *       caller's transaction, so that concurrent documents, on one instance or several, wait for
 *       each other and a rolled-back document gives its number back: no gap, no duplicate;
 *   <li>numbers are chronological: a document dated before the last number's date is refused;
 *   <li>a yearly series restarts at 1 on the first number of a new year, and its numbers show the
 *       year, so that two years never share a number;
 *   <li>the next number goes only upward once the series has issued numbers in the current period
 *       (lowering it would issue a number twice); each series has its own fixed text.
 * </ul>
 */
@Service
@Transactional
public class NumberingManagement implements Numbering {

  /** Beyond this the counter makes no sense for a document series. */
  static final long MAX_NEXT = 9_999_999_999L;

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private static final String COLUMNS =
      "id, version, company_id, document_kind, pattern, yearly, counter_year, next_value,"
          + " last_value, last_number, last_date, issued_count";

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final CompanyClock companyClock;
  private final Clock clock;
  private final Map<String, DocumentKind> kinds;

  NumberingManagement(
      JdbcClient jdbc,
      AuditLog audit,
      CompanyClock companyClock,
      Clock clock,
      ObjectProvider<DocumentKindContribution> contributions) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.companyClock = companyClock;
    this.clock = clock;
    this.kinds = register(contributions.orderedStream().flatMap(c -> c.documentKinds().stream()));
  }

  private static Map<String, DocumentKind> register(java.util.stream.Stream<DocumentKind> all) {
    Map<String, DocumentKind> kinds = new LinkedHashMap<>();
    Map<String, String> fixedTexts = new HashMap<>();
    all.forEach(
        kind -> {
          if (kinds.putIfAbsent(kind.key(), kind) != null) {
            throw new IllegalStateException("document kind registered twice: " + kind.key());
          }
          var pattern = NumberingPattern.parse(kind.defaultPattern());
          if (kind.yearly() && !pattern.showsYear()) {
            throw new IllegalStateException("yearly series without the year: " + kind.key());
          }
          String other = fixedTexts.putIfAbsent(pattern.fixedText(), kind.key());
          if (other != null) {
            throw new IllegalStateException(
                "default patterns of " + other + " and " + kind.key() + " have the same text");
          }
        });
    return kinds;
  }

  /** The registered kinds, in registration order. */
  public List<DocumentKind> kinds() {
    return List.copyOf(kinds.values());
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public String next(CompanyId company, String documentKind, LocalDate date) {
    Series series =
        lock(company, documentKind)
            .orElseGet(
                () -> {
                  create(company, known(documentKind), date.getYear());
                  return lock(company, documentKind).orElseThrow();
                });
    if (series.lastDate() != null && date.isBefore(series.lastDate())) {
      throw new InvalidValue(
          "numbering.backdated",
          "document dated " + date + " after number " + series.lastNumber(),
          series.lastNumber(),
          DAY.format(series.lastDate()),
          DAY.format(date));
    }
    int year = series.yearly() ? date.getYear() : 0;
    long value;
    if (year == series.counterYear()) {
      value = series.nextValue();
    } else if (year > series.counterYear() || series.issuedCount() == 0) {
      value = 1;
    } else {
      throw new InvalidValue(
          "numbering.year-closed",
          "series already at year " + series.counterYear(),
          Integer.toString(series.counterYear()),
          DAY.format(date));
    }
    String number = series.pattern().format(date.getYear(), value);
    if (number.length() > NumberingPattern.MAX_NUMBER_LENGTH) {
      throw new InvalidValue("numbering.too-long", "number too long: " + number, number);
    }
    jdbc.sql(
            "UPDATE numbering_series SET counter_year = :year, next_value = :next,"
                + " last_value = :value, last_number = :number, last_date = :date,"
                + " issued_count = issued_count + 1, version = version + 1 WHERE id = :id")
        .param("year", year)
        .param("next", value + 1)
        .param("value", value)
        .param("number", number)
        .param("date", date)
        .param("id", series.id().value())
        .update();
    return number;
  }

  /**
   * Every series of the company, one per registered kind (created from the defaults if need be).
   */
  public List<SeriesView> list(CompanyId company) {
    LocalDate today = companyClock.today(company);
    for (DocumentKind kind : kinds.values()) {
      create(company, kind, today.getYear());
    }
    List<Series> all =
        jdbc.sql("SELECT " + COLUMNS + " FROM numbering_series WHERE company_id = :company")
            .param("company", company.value())
            .query(NumberingManagement::series)
            .list();
    List<String> order = new ArrayList<>(kinds.keySet());
    return all.stream()
        .sorted(
            java.util.Comparator.comparingInt(
                    (Series s) -> order.contains(s.kind()) ? order.indexOf(s.kind()) : order.size())
                .thenComparing(Series::kind))
        .map(s -> view(s, today))
        .toList();
  }

  /**
   * @throws ResourceNotFound if the series does not exist or belongs to another company
   */
  @Transactional(readOnly = true)
  public SeriesView view(CompanyId company, NumberingSeriesId id) {
    return view(find(company, id, false), companyClock.today(company));
  }

  /**
   * Changes a series' settings, as of the version the administrator edited. The next number applies
   * to the current period (this year for a yearly series).
   *
   * @throws ConcurrentModification if the series changed since (settings or a number taken)
   * @throws InvalidValue {@code numbering.pattern-*}, {@code numbering.next-lower}, {@code
   *     numbering.next-range}, {@code numbering.yearly-used}
   */
  public void update(
      CompanyId company, NumberingSeriesId id, int editedVersion, SeriesSettings settings) {
    Series current = find(company, id, true);
    if (current.version() != editedVersion) {
      throw new ConcurrentModification("numbering-series", id);
    }
    LocalDate today = companyClock.today(company);
    Period period = period(current, today);
    NumberingPattern pattern = settings.pattern();
    if (settings.yearly() != current.yearly() && current.issuedCount() > 0) {
      throw new InvalidValue("numbering.yearly-used", "series already issued numbers");
    }
    if (settings.yearly() && !pattern.showsYear()) {
      throw new InvalidValue("numbering.pattern-year", "a yearly series must show the year");
    }
    long next = settings.nextValue();
    if (next < 1 || next > MAX_NEXT) {
      throw new InvalidValue("numbering.next-range", "next number out of range", next);
    }
    if (period.lastValue() != null && next < period.nextValue()) {
      throw new InvalidValue(
          "numbering.next-lower",
          "next number below " + period.nextValue(),
          current.lastNumber(),
          period.nextValue());
    }
    pattern.checkLength(next);
    for (Series other : others(company, id)) {
      if (other.pattern().fixedText().equals(pattern.fixedText())) {
        throw new InvalidValue(
            "numbering.pattern-clash", "same fixed text as " + other.kind(), other.pattern());
      }
    }
    if (next == period.nextValue() && settings.yearly() == current.yearly()) {
      // the counter is left as it is (a past year's counter restarts with the next number)
      jdbc.sql(
              "UPDATE numbering_series SET pattern = :pattern, version = version + 1"
                  + " WHERE id = :id")
          .param("pattern", pattern.value())
          .param("id", id.value())
          .update();
    } else {
      int year = settings.yearly() ? today.getYear() : 0;
      boolean restarts = year != current.counterYear();
      jdbc.sql(
              "UPDATE numbering_series SET pattern = :pattern, yearly = :yearly,"
                  + " counter_year = :year, next_value = :next,"
                  + " last_value = CASE WHEN :restarts THEN NULL ELSE last_value END,"
                  + " version = version + 1 WHERE id = :id")
          .param("pattern", pattern.value())
          .param("yearly", settings.yearly())
          .param("year", year)
          .param("next", next)
          .param("restarts", restarts)
          .param("id", id.value())
          .update();
    }
    List<String> changes = new ArrayList<>();
    if (!current.pattern().value().equals(pattern.value())) {
      changes.add("pattern: " + current.pattern() + " → " + pattern);
    }
    if (current.yearly() != settings.yearly()) {
      changes.add("yearly: " + current.yearly() + " → " + settings.yearly());
    }
    if (period.nextValue() != next) {
      String skipped =
          period.lastValue() != null && next > period.nextValue()
              ? " (numbers " + period.nextValue() + " to " + (next - 1) + " left unused)"
              : "";
      changes.add("next: " + period.nextValue() + " → " + next + skipped);
    }
    if (!changes.isEmpty()) {
      audit.record(
          company,
          "numbering.updated",
          "numbering-series",
          id,
          current.kind() + " : " + pattern,
          String.join("\n", changes));
    }
  }

  private DocumentKind known(String key) {
    DocumentKind kind = kinds.get(key);
    if (kind == null) {
      throw new InvalidValue("numbering.unknown-kind", "no series for " + key, key);
    }
    return kind;
  }

  /** Creates the company's series of {@code kind} from its defaults, unless it exists. */
  private void create(CompanyId company, DocumentKind kind, int year) {
    jdbc.sql(
            "INSERT INTO numbering_series (id, version, company_id, document_kind, pattern,"
                + " yearly, counter_year, next_value, issued_count, created_at)"
                + " VALUES (:id, 0, :company, :kind, :pattern, :yearly, :year, 1, 0, :at)"
                + " ON CONFLICT DO NOTHING")
        .param("id", NumberingSeriesId.random().value())
        .param("company", company.value())
        .param("kind", kind.key())
        .param("pattern", kind.defaultPattern())
        .param("yearly", kind.yearly())
        .param("year", kind.yearly() ? year : 0)
        .param("at", Timestamp.from(clock.instant()))
        .update();
  }

  private Optional<Series> lock(CompanyId company, String kind) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM numbering_series WHERE company_id = :company AND document_kind = :kind"
                + " FOR UPDATE")
        .param("company", company.value())
        .param("kind", kind)
        .query(NumberingManagement::series)
        .optional();
  }

  private Series find(CompanyId company, NumberingSeriesId id, boolean forUpdate) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM numbering_series WHERE company_id = :company AND id = :id"
                + (forUpdate ? " FOR UPDATE" : ""))
        .param("company", company.value())
        .param("id", id.value())
        .query(NumberingManagement::series)
        .optional()
        .orElseThrow(() -> new ResourceNotFound("numbering-series", id));
  }

  private List<Series> others(CompanyId company, NumberingSeriesId id) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM numbering_series WHERE company_id = :company AND id <> :id")
        .param("company", company.value())
        .param("id", id.value())
        .query(NumberingManagement::series)
        .list();
  }

  /** The state of the period the company is in today: a past year's counter counts as fresh. */
  private static Period period(Series series, LocalDate today) {
    if (series.yearly() && today.getYear() > series.counterYear()) {
      return new Period(today.getYear(), 1, null);
    }
    return new Period(series.counterYear(), series.nextValue(), series.lastValue());
  }

  private SeriesView view(Series series, LocalDate today) {
    Period period = period(series, today);
    return new SeriesView(
        series.id(),
        series.version(),
        series.kind(),
        kinds.containsKey(series.kind()),
        series.pattern().value(),
        series.yearly(),
        period.nextValue(),
        series.pattern().format(today.getYear(), period.nextValue()),
        series.lastNumber(),
        series.lastDate(),
        period.lastValue() != null,
        series.issuedCount());
  }

  private static Series series(ResultSet rs, int row) throws SQLException {
    long lastValue = rs.getLong("last_value");
    return new Series(
        new NumberingSeriesId(rs.getObject("id", java.util.UUID.class)),
        rs.getInt("version"),
        new CompanyId(rs.getObject("company_id", java.util.UUID.class)),
        rs.getString("document_kind"),
        new NumberingPattern(rs.getString("pattern")),
        rs.getBoolean("yearly"),
        rs.getInt("counter_year"),
        rs.getLong("next_value"),
        rs.wasNull() ? null : lastValue,
        rs.getString("last_number"),
        rs.getObject("last_date", LocalDate.class),
        rs.getLong("issued_count"));
  }

  /** A series row as stored. */
  private record Series(
      NumberingSeriesId id,
      int version,
      CompanyId company,
      String kind,
      NumberingPattern pattern,
      boolean yearly,
      int counterYear,
      long nextValue,
      @Nullable Long lastValue,
      @Nullable String lastNumber,
      @Nullable LocalDate lastDate,
      long issuedCount) {}

  /** The counter of one period: its year (0 if never restarting), next value, last value issued. */
  private record Period(int year, long nextValue, @Nullable Long lastValue) {}

  /**
   * What the administrator sets on a series.
   *
   * @param pattern e.g. {@code FA-{YYYY}-{SEQ:5}}
   * @param yearly whether the counter restarts at 1 each year
   * @param nextValue the counter of the next number of the current period
   */
  public record SeriesSettings(NumberingPattern pattern, boolean yearly, long nextValue) {}

  /**
   * A series as the settings screen and the API show it, for the company's today.
   *
   * @param registered whether a module still registers this kind
   * @param nextValue the counter of the next number in the current period
   * @param nextNumber the next number if a document were issued today
   * @param lastNumber the last number issued, whatever the period
   * @param lastDate the document date of the last number issued
   * @param issuedInPeriod whether the series issued numbers in the current period (then the next
   *     number only goes up)
   * @param issuedCount how many numbers the series issued since it exists
   */
  public record SeriesView(
      NumberingSeriesId id,
      int version,
      String documentKind,
      boolean registered,
      String pattern,
      boolean yearly,
      long nextValue,
      String nextNumber,
      @Nullable String lastNumber,
      @Nullable LocalDate lastDate,
      boolean issuedInPeriod,
      long issuedCount) {}
}
