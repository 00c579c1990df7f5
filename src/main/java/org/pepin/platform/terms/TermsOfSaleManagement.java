package org.pepin.platform.terms;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.AuditLog;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.CompanyId;
import org.pepin.platform.ConcurrentModification;
import org.pepin.platform.ResourceNotFound;
import org.pepin.platform.TermsOfSale;
import org.pepin.platform.TermsOfSaleId;
import org.pepin.platform.TermsOfSaleVersion;
import org.pepin.shared.InvalidValue;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The terms of sale of each company as dated versions (ARCHITECTURE §3; france-compliance §3.1,
 * R-QUO-07). Rules:
 *
 * <ul>
 *   <li>a new version applies from today or a later day, after the latest version's date (no
 *       version slips in before terms already communicated; documents already issued keep theirs);
 *   <li>a version is frozen from its date: it may be corrected or withdrawn only while upcoming,
 *       and only the latest version may be withdrawn, so that numbers stay 1, 2, 3…;
 *   <li>every change is in the company's audit log.
 * </ul>
 */
@Service
@Transactional
public class TermsOfSaleManagement implements TermsOfSale {

  static final int MAX_TITLE = 200;
  static final int MAX_TEXT = 100_000;

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final TermsVersionRepository versions;
  private final AuditLog audit;
  private final CompanyClock companyClock;
  private final Clock clock;

  TermsOfSaleManagement(
      TermsVersionRepository versions, AuditLog audit, CompanyClock companyClock, Clock clock) {
    this.versions = versions;
    this.audit = audit;
    this.companyClock = companyClock;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<TermsOfSaleVersion> inForce(CompanyId company, LocalDate date) {
    return all(company).stream()
        .filter(v -> !v.appliesFrom().isAfter(date))
        .max(Comparator.comparing(TermsVersion::appliesFrom))
        .map(TermsVersion::toApi);
  }

  @Override
  @Transactional(readOnly = true)
  public TermsOfSaleVersion version(CompanyId company, TermsOfSaleId id) {
    return load(company, id).toApi();
  }

  /** Every version of the company, newest first, with its state on the company's today. */
  @Transactional(readOnly = true)
  public List<TermsView> list(CompanyId company) {
    LocalDate today = companyClock.today(company);
    List<TermsVersion> all = all(company);
    List<TermsView> views = new ArrayList<>();
    for (TermsVersion v : all) {
      views.add(view(v, all, today));
    }
    java.util.Collections.reverse(views);
    return views;
  }

  @Transactional(readOnly = true)
  public TermsView view(CompanyId company, TermsOfSaleId id) {
    TermsVersion version = load(company, id);
    return view(version, all(company), companyClock.today(company));
  }

  /**
   * Adds a version that supersedes the latest one from its date.
   *
   * @throws InvalidValue {@code terms.title}, {@code terms.text}, {@code terms.date-past}, {@code
   *     terms.date-order}
   */
  public TermsOfSaleId create(CompanyId company, TermsDraft draft) {
    LocalDate today = companyClock.today(company);
    List<TermsVersion> all = all(company);
    check(draft, today);
    TermsVersion latest = all.isEmpty() ? null : all.get(all.size() - 1);
    if (latest != null && !draft.appliesFrom().isAfter(latest.appliesFrom())) {
      throw new InvalidValue(
          "terms.date-order",
          "must apply after version " + latest.number(),
          latest.number(),
          DAY.format(latest.appliesFrom()));
    }
    int number = latest == null ? 1 : latest.number() + 1;
    TermsVersion saved;
    try {
      saved =
          versions.save(
              new TermsVersion(
                  TermsOfSaleId.random(),
                  null,
                  company,
                  number,
                  draft.title(),
                  draft.text(),
                  draft.appliesFrom(),
                  clock.instant()));
    } catch (DuplicateKeyException e) {
      throw new ConcurrentModification("terms-of-sale", company);
    }
    audit.record(
        company,
        "terms.created",
        "terms-of-sale",
        saved.id(),
        "v" + number + " : " + draft.title(),
        "appliesFrom: " + draft.appliesFrom());
    return saved.id();
  }

  /**
   * Corrects a version that is not in force yet.
   *
   * @throws InvalidValue {@code terms.frozen} once it is in force, and the checks of {@link
   *     #create}
   * @throws ConcurrentModification if it changed since {@code editedVersion}
   */
  public void update(CompanyId company, TermsOfSaleId id, int editedVersion, TermsDraft draft) {
    TermsVersion current = load(company, id);
    LocalDate today = companyClock.today(company);
    if (current.frozenOn(today)) {
      throw new InvalidValue(
          "terms.frozen", "version in force", current.number(), DAY.format(current.appliesFrom()));
    }
    if (!Objects.equals(current.version(), editedVersion)) {
      throw new ConcurrentModification("terms-of-sale", id);
    }
    check(draft, today);
    List<TermsVersion> all = all(company);
    neighbour(all, current.number() - 1)
        .filter(previous -> !draft.appliesFrom().isAfter(previous.appliesFrom()))
        .ifPresent(
            previous -> {
              throw new InvalidValue(
                  "terms.date-order",
                  "must apply after version " + previous.number(),
                  previous.number(),
                  DAY.format(previous.appliesFrom()));
            });
    neighbour(all, current.number() + 1)
        .filter(next -> !draft.appliesFrom().isBefore(next.appliesFrom()))
        .ifPresent(
            next -> {
              throw new InvalidValue(
                  "terms.date-before-next",
                  "must apply before version " + next.number(),
                  next.number(),
                  DAY.format(next.appliesFrom()));
            });
    try {
      versions.save(
          current.corrected(editedVersion, draft.title(), draft.text(), draft.appliesFrom()));
    } catch (OptimisticLockingFailureException e) {
      throw new ConcurrentModification("terms-of-sale", id);
    }
    List<String> changes = new ArrayList<>();
    if (!current.title().equals(draft.title())) {
      changes.add("title: " + current.title() + " → " + draft.title());
    }
    if (!current.appliesFrom().equals(draft.appliesFrom())) {
      changes.add("appliesFrom: " + current.appliesFrom() + " → " + draft.appliesFrom());
    }
    if (!current.body().equals(draft.text())) {
      changes.add("text: " + current.body().length() + " → " + draft.text().length() + " chars");
    }
    if (!changes.isEmpty()) {
      audit.record(
          company,
          "terms.updated",
          "terms-of-sale",
          id,
          "v" + current.number() + " : " + draft.title(),
          String.join("\n", changes));
    }
  }

  /**
   * Withdraws the latest version while it is not in force yet.
   *
   * @throws InvalidValue {@code terms.frozen}, {@code terms.not-latest}
   */
  public void delete(CompanyId company, TermsOfSaleId id) {
    TermsVersion current = load(company, id);
    if (current.frozenOn(companyClock.today(company))) {
      throw new InvalidValue(
          "terms.frozen", "version in force", current.number(), DAY.format(current.appliesFrom()));
    }
    List<TermsVersion> all = all(company);
    if (all.get(all.size() - 1).number() != current.number()) {
      throw new InvalidValue("terms.not-latest", "a later version exists", current.number());
    }
    versions.delete(current);
    audit.record(
        company,
        "terms.deleted",
        "terms-of-sale",
        id,
        "v" + current.number() + " : " + current.title(),
        "appliesFrom: " + current.appliesFrom());
  }

  private static void check(TermsDraft draft, LocalDate today) {
    if (draft.title().isBlank() || draft.title().length() > MAX_TITLE) {
      throw new InvalidValue("terms.title", "title required, " + MAX_TITLE + " chars at most");
    }
    if (draft.text().isBlank() || draft.text().length() > MAX_TEXT) {
      throw new InvalidValue("terms.text", "text required", MAX_TEXT);
    }
    if (draft.appliesFrom().isBefore(today)) {
      throw new InvalidValue("terms.date-past", "cannot apply in the past", DAY.format(today));
    }
  }

  private static Optional<TermsVersion> neighbour(List<TermsVersion> all, int number) {
    return all.stream().filter(v -> v.number() == number).findFirst();
  }

  private List<TermsVersion> all(CompanyId company) {
    return versions.findByCompany(company.value());
  }

  private TermsVersion load(CompanyId company, TermsOfSaleId id) {
    return versions
        .findById(id)
        .filter(v -> v.companyId().equals(company))
        .orElseThrow(() -> new ResourceNotFound("terms-of-sale", id));
  }

  private static TermsView view(TermsVersion v, List<TermsVersion> all, LocalDate today) {
    TermsVersion next =
        all.stream().filter(o -> o.number() == v.number() + 1).findFirst().orElse(null);
    Status status;
    if (v.appliesFrom().isAfter(today)) {
      status = Status.UPCOMING;
    } else if (next != null && !next.appliesFrom().isAfter(today)) {
      status = Status.SUPERSEDED;
    } else {
      status = Status.IN_FORCE;
    }
    return new TermsView(
        v.id(),
        v.version() == null ? 0 : v.version(),
        v.number(),
        v.title(),
        v.body(),
        SimpleMarkdown.toHtml(v.body()),
        v.appliesFrom(),
        next == null ? null : next.appliesFrom().minusDays(1),
        status,
        v.createdAt());
  }

  /** Where a version stands on the company's today. */
  public enum Status {
    /** Its date is still to come: it may be corrected or withdrawn. */
    UPCOMING,
    /** The version documents issued today reference. */
    IN_FORCE,
    /** A later version applies now. */
    SUPERSEDED
  }

  /**
   * A version as typed by the administrator.
   *
   * @param text plain text or simple Markdown ({@link SimpleMarkdown})
   */
  public record TermsDraft(String title, String text, LocalDate appliesFrom) {

    public TermsDraft {
      title = title.strip();
      text = text.strip();
    }
  }

  /**
   * A version as shown.
   *
   * @param html the text rendered by {@link SimpleMarkdown} (escaped, safe to insert as is)
   * @param appliesUntil the day before the next version's date, if any
   */
  public record TermsView(
      TermsOfSaleId id,
      int version,
      int number,
      String title,
      String text,
      String html,
      LocalDate appliesFrom,
      @Nullable LocalDate appliesUntil,
      Status status,
      java.time.Instant createdAt) {

    public boolean editable() {
      return status == Status.UPCOMING;
    }
  }
}
