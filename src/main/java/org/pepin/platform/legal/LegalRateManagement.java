package org.pepin.platform.legal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.Companies;
import org.pepin.platform.CompanyId;
import org.pepin.platform.ConcurrentModification;
import org.pepin.platform.LegalRate;
import org.pepin.platform.LegalRate.Status;
import org.pepin.platform.LegalRateType;
import org.pepin.platform.LegalRates;
import org.pepin.platform.ResourceNotFound;
import org.pepin.platform.security.PepinPrincipal;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.VatRate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The legal reference tables ({@code legal_rate}): global, dated rates shipped by {@code
 * R__legal_reference_values.sql} and maintained by the instance administrator. Lookups refuse a
 * date without a usable row (france-compliance R-PAY-05); demo and teaching companies may use
 * unconfirmed and provisional rows (scenario §6 "Rates"). Every change is kept in {@code
 * legal_rate_change} with who made it.
 */
@Service
@Transactional
public class LegalRateManagement implements LegalRates {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final String COLUMNS =
      "id, version, rate_type, valid_from, rate, status, source, shipped, updated_at, updated_by";

  private final JdbcClient jdbc;
  private final Companies companies;
  private final Clock clock;

  LegalRateManagement(JdbcClient jdbc, Companies companies, Clock clock) {
    this.jdbc = jdbc;
    this.companies = companies;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public VatRate vatRate(CompanyId company, VatKind kind, LocalDate date) {
    return new VatRate(vatRow(company, kind, date).percent());
  }

  /** The latest VAT row of {@code kind} on or before {@code date}, if usable by the company. */
  private Row vatRow(CompanyId company, VatKind kind, LocalDate date) {
    LegalRateType type = LegalRateType.of(kind);
    Row row =
        jdbc.sql(
                "SELECT "
                    + COLUMNS
                    + " FROM legal_rate WHERE rate_type = :type AND valid_from <= :date"
                    + " ORDER BY valid_from DESC LIMIT 1")
            .param("type", type.name())
            .param("date", date)
            .query(LegalRateManagement::row)
            .optional()
            .orElseThrow(
                () ->
                    new InvalidValue(
                        "legal-rate.missing-vat",
                        "no " + type + " rate on " + date,
                        kind.ordinal(),
                        DAY.format(date)));
    return usable(company, row);
  }

  @Override
  @Transactional(readOnly = true)
  public LegalRate legalInterestRate(CompanyId company, CreditorKind creditor, LocalDate date) {
    LegalRateType type = LegalRateType.of(creditor);
    return halfYearly(company, type, date)
        .orElseThrow(
            () ->
                new InvalidValue(
                    "legal-rate.missing-interest",
                    "no " + type + " rate for the half-year of " + date,
                    LegalRateType.halfYear(date),
                    Integer.toString(date.getYear()),
                    creditor.ordinal()));
  }

  @Override
  @Transactional(readOnly = true)
  public LegalRate ecbRate(CompanyId company, LocalDate date) {
    return halfYearly(company, LegalRateType.ECB_MRO, date)
        .orElseThrow(
            () ->
                new InvalidValue(
                    "legal-rate.missing-ecb",
                    "no ECB rate for the half-year of " + date,
                    LegalRateType.halfYear(date),
                    Integer.toString(date.getYear())));
  }

  /** The rate of {@code type} that a computation of {@code company} at {@code date} would use. */
  @Transactional(readOnly = true)
  public LegalRate applicable(CompanyId company, LegalRateType type, LocalDate date) {
    return switch (type) {
      case VAT_STANDARD -> vatRow(company, VatKind.STANDARD, date).toApi();
      case VAT_INTERMEDIATE -> vatRow(company, VatKind.INTERMEDIATE, date).toApi();
      case VAT_REDUCED -> vatRow(company, VatKind.REDUCED, date).toApi();
      case VAT_SUPER_REDUCED -> vatRow(company, VatKind.SUPER_REDUCED, date).toApi();
      case LEGAL_INTEREST_PROFESSIONAL ->
          legalInterestRate(company, CreditorKind.PROFESSIONAL, date);
      case LEGAL_INTEREST_INDIVIDUAL -> legalInterestRate(company, CreditorKind.INDIVIDUAL, date);
      case ECB_MRO -> ecbRate(company, date);
    };
  }

  /** The row of the half-year of {@code date}; a provisional row counts only for a demo. */
  private Optional<LegalRate> halfYearly(CompanyId company, LegalRateType type, LocalDate date) {
    Optional<Row> row = find(type, LegalRateType.halfYearStart(date));
    if (row.isEmpty() || (row.get().status() == Status.PROVISIONAL && !companies.isDemo(company))) {
      return Optional.empty();
    }
    return Optional.of(usable(company, row.get()).toApi());
  }

  private Row usable(CompanyId company, Row row) {
    if (row.status() != Status.CONFIRMED && !companies.isDemo(company)) {
      throw new InvalidValue(
          "legal-rate.unconfirmed",
          row.type() + " of " + row.validFrom() + " is not confirmed",
          row.type().ordinal(),
          DAY.format(row.validFrom()),
          percent(row.percent()));
    }
    return row;
  }

  // --- administration (instance administrators) ---

  /** The rows, by type then newest first; {@code type} null for all. */
  @Transactional(readOnly = true)
  public List<Row> list(@Nullable LegalRateType type) {
    return jdbc
        .sql(
            "SELECT "
                + COLUMNS
                + " FROM legal_rate"
                + (type == null ? "" : " WHERE rate_type = :type")
                + " ORDER BY valid_from DESC")
        .params(type == null ? java.util.Map.of() : java.util.Map.of("type", type.name()))
        .query(LegalRateManagement::row)
        .list()
        .stream()
        .sorted(Comparator.comparing(Row::type))
        .toList();
  }

  /**
   * @throws ResourceNotFound for an unknown id
   */
  @Transactional(readOnly = true)
  public Row view(LegalRateId id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM legal_rate WHERE id = :id")
        .param("id", id.value())
        .query(LegalRateManagement::row)
        .optional()
        .orElseThrow(() -> new ResourceNotFound("legal-rate", id));
  }

  /**
   * Adds a row (a new half-year, a new VAT rate).
   *
   * @throws InvalidValue {@code legal-rate.range}, {@code legal-rate.half-year}, {@code
   *     legal-rate.source}, {@code legal-rate.exists}, {@code vat-rate.range}
   */
  public LegalRateId create(RateDraft draft) {
    check(draft.type(), draft.validFrom(), draft.percent(), draft.source());
    if (find(draft.type(), draft.validFrom()).isPresent()) {
      throw new InvalidValue("legal-rate.exists", "row exists", DAY.format(draft.validFrom()));
    }
    LegalRateId id = LegalRateId.random();
    jdbc.sql(
            "INSERT INTO legal_rate (id, version, rate_type, valid_from, rate, status, source,"
                + " shipped, updated_at, updated_by)"
                + " VALUES (:id, 0, :type, :from, :rate, :status, :source, FALSE, :at, :by)")
        .param("id", id.value())
        .param("type", draft.type().name())
        .param("from", draft.validFrom())
        .param("rate", draft.percent())
        .param("status", draft.status().name())
        .param("source", draft.source())
        .param("at", Timestamp.from(clock.instant()))
        .param("by", username())
        .update();
    log(
        "created",
        draft.type(),
        draft.validFrom(),
        percent(draft.percent()) + " % (" + draft.status() + ")\n" + draft.source());
    return id;
  }

  /**
   * Changes a row's value, status or source, as of the version the administrator edited. The row is
   * then the administrator's: no release will change it again.
   *
   * @throws ConcurrentModification if it changed since {@code editedVersion}
   */
  public void update(LegalRateId id, int editedVersion, RateChange change) {
    Row current = view(id);
    check(current.type(), current.validFrom(), change.percent(), change.source());
    int updated =
        jdbc.sql(
                "UPDATE legal_rate SET rate = :rate, status = :status, source = :source,"
                    + " shipped = FALSE, updated_at = :at, updated_by = :by,"
                    + " version = version + 1 WHERE id = :id AND version = :version")
            .param("rate", change.percent())
            .param("status", change.status().name())
            .param("source", change.source())
            .param("at", Timestamp.from(clock.instant()))
            .param("by", username())
            .param("id", id.value())
            .param("version", editedVersion)
            .update();
    if (updated == 0) {
      throw new ConcurrentModification("legal-rate", id);
    }
    List<String> changes = new ArrayList<>();
    if (current.percent().compareTo(change.percent()) != 0) {
      changes.add("rate: " + percent(current.percent()) + " → " + percent(change.percent()));
    }
    if (current.status() != change.status()) {
      changes.add("status: " + current.status() + " → " + change.status());
    }
    if (!current.source().equals(change.source())) {
      changes.add("source: " + current.source() + " → " + change.source());
    }
    if (!changes.isEmpty()) {
      log("updated", current.type(), current.validFrom(), String.join("\n", changes));
    }
  }

  /** Removes a row entered by mistake. */
  public void delete(LegalRateId id, int editedVersion) {
    Row current = view(id);
    int deleted =
        jdbc.sql("DELETE FROM legal_rate WHERE id = :id AND version = :version")
            .param("id", id.value())
            .param("version", editedVersion)
            .update();
    if (deleted == 0) {
      throw new ConcurrentModification("legal-rate", id);
    }
    log(
        "deleted",
        current.type(),
        current.validFrom(),
        percent(current.percent()) + " % (" + current.status() + ")");
  }

  /** The latest changes of the tables, newest first. */
  @Transactional(readOnly = true)
  public List<Change> changes(int limit) {
    return jdbc.sql(
            "SELECT id, occurred_at, username, action, rate_type, valid_from, details"
                + " FROM legal_rate_change ORDER BY occurred_at DESC, id LIMIT :limit")
        .param("limit", limit)
        .query(
            (rs, n) ->
                new Change(
                    rs.getObject(1, UUID.class),
                    rs.getTimestamp(2).toInstant(),
                    rs.getString(3),
                    rs.getString(4),
                    LegalRateType.valueOf(rs.getString(5)),
                    rs.getObject(6, LocalDate.class),
                    rs.getString(7)))
        .list();
  }

  /**
   * Makes sure every half-yearly rate has a row for each half-year between {@code from} and {@code
   * to}: a missing half-year gets a provisional row with the previous half-year's value, usable by
   * demo and teaching companies only (scenario §6 "Rates"). Rows that exist are left alone.
   */
  public void fillProvisional(LocalDate from, LocalDate to) {
    for (LegalRateType type : LegalRateType.values()) {
      if (!type.halfYearly()) {
        continue;
      }
      for (LocalDate start = LegalRateType.halfYearStart(from);
          !start.isAfter(to);
          start = start.plusMonths(6)) {
        if (find(type, start).isPresent()) {
          continue;
        }
        Optional<Row> previous =
            jdbc.sql(
                    "SELECT "
                        + COLUMNS
                        + " FROM legal_rate WHERE rate_type = :type AND valid_from < :date"
                        + " ORDER BY valid_from DESC LIMIT 1")
                .param("type", type.name())
                .param("date", start)
                .query(LegalRateManagement::row)
                .optional();
        if (previous.isEmpty()) {
          continue;
        }
        String source =
            "Valeur provisoire créée au chargement de la démonstration (reprise de la valeur du "
                + DAY.format(previous.get().validFrom())
                + ") : inutilisable hors sociétés de démonstration, saisissez le taux publié.";
        int inserted =
            jdbc.sql(
                    "INSERT INTO legal_rate (id, version, rate_type, valid_from, rate, status,"
                        + " source, shipped, updated_at, updated_by)"
                        + " VALUES (:id, 0, :type, :from, :rate, 'PROVISIONAL', :source, TRUE,"
                        + " :at, NULL) ON CONFLICT DO NOTHING")
                .param("id", UUID.randomUUID())
                .param("type", type.name())
                .param("from", start)
                .param("rate", previous.get().percent())
                .param("source", source)
                .param("at", Timestamp.from(clock.instant()))
                .update();
        if (inserted > 0) {
          log("created", type, start, percent(previous.get().percent()) + " % (PROVISIONAL)");
        }
      }
    }
  }

  private static void check(
      LegalRateType type, LocalDate validFrom, BigDecimal percent, String source) {
    if (percent.signum() < 0
        || percent.compareTo(BigDecimal.valueOf(100)) >= 0
        || percent.stripTrailingZeros().scale() > 4) {
      throw new InvalidValue("legal-rate.range", "rate out of range", percent(percent));
    }
    if (type.name().startsWith("VAT_")) {
      new VatRate(percent);
    }
    if (type.halfYearly() && !LegalRateType.halfYearStart(validFrom).equals(validFrom)) {
      throw new InvalidValue(
          "legal-rate.half-year", "half-yearly rate not on 1 Jan or 1 Jul", DAY.format(validFrom));
    }
    if (source.isBlank() || source.length() > 1000) {
      throw new InvalidValue("legal-rate.source", "source required, 1000 chars at most");
    }
  }

  private Optional<Row> find(LegalRateType type, LocalDate validFrom) {
    return jdbc.sql(
            "SELECT " + COLUMNS + " FROM legal_rate WHERE rate_type = :type AND valid_from = :from")
        .param("type", type.name())
        .param("from", validFrom)
        .query(LegalRateManagement::row)
        .optional();
  }

  private void log(String action, LegalRateType type, LocalDate validFrom, String details) {
    PepinPrincipal user = currentUser();
    jdbc.sql(
            "INSERT INTO legal_rate_change (id, occurred_at, user_id, username, action,"
                + " rate_type, valid_from, details)"
                + " VALUES (:id, :at, :user, :username, :action, :type, :from, :details)")
        .param("id", UUID.randomUUID())
        .param("at", Timestamp.from(clock.instant()))
        .param("user", user == null ? null : user.userId().value())
        .param("username", user == null ? null : user.getUsername())
        .param("action", action)
        .param("type", type.name())
        .param("from", validFrom)
        .param("details", details.length() > 4000 ? details.substring(0, 3999) + "…" : details)
        .update();
  }

  private static @Nullable String username() {
    PepinPrincipal user = currentUser();
    return user == null ? null : user.getUsername();
  }

  private static @Nullable PepinPrincipal currentUser() {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null && authentication.getPrincipal() instanceof PepinPrincipal p
        ? p
        : null;
  }

  /** 2.62 → "2,62", in the French way of the messages. */
  public static String percent(BigDecimal value) {
    var format = new DecimalFormat("0.00##", DecimalFormatSymbols.getInstance(Locale.FRENCH));
    return format.format(value);
  }

  private static Row row(ResultSet rs, int n) throws SQLException {
    return new Row(
        new LegalRateId(rs.getObject("id", UUID.class)),
        rs.getInt("version"),
        LegalRateType.valueOf(rs.getString("rate_type")),
        rs.getObject("valid_from", LocalDate.class),
        rs.getBigDecimal("rate").stripTrailingZeros(),
        Status.valueOf(rs.getString("status")),
        rs.getString("source"),
        rs.getBoolean("shipped"),
        rs.getTimestamp("updated_at").toInstant(),
        rs.getString("updated_by"));
  }

  /**
   * A row of the tables as the administration screens show it.
   *
   * @param shipped whether no administrator edited it (a release may still refresh it)
   */
  public record Row(
      LegalRateId id,
      int version,
      LegalRateType type,
      LocalDate validFrom,
      BigDecimal percent,
      Status status,
      String source,
      boolean shipped,
      Instant updatedAt,
      @Nullable String updatedBy) {

    public LegalRate toApi() {
      return new LegalRate(type, validFrom, percent, status, source);
    }

    /** The rate in the French way, e.g. {@code 2,62} or {@code 20,00}. */
    public String percentText() {
      return LegalRateManagement.percent(percent);
    }
  }

  /** A new row. */
  public record RateDraft(
      LegalRateType type, LocalDate validFrom, BigDecimal percent, Status status, String source) {

    public RateDraft {
      source = source.strip();
    }
  }

  /** New value, status or source of a row. */
  public record RateChange(BigDecimal percent, Status status, String source) {

    public RateChange {
      source = source.strip();
    }
  }

  /** A logged change of the tables. */
  public record Change(
      UUID id,
      Instant occurredAt,
      @Nullable String username,
      String action,
      LegalRateType type,
      LocalDate validFrom,
      @Nullable String details) {}
}
