package org.pepin.platform.company;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.AuditLog;
import org.pepin.platform.ChangeHistory;
import org.pepin.platform.Companies;
import org.pepin.platform.CompanyId;
import org.pepin.platform.CompanyIdentity;
import org.pepin.platform.ConcurrentModification;
import org.pepin.platform.FieldChange;
import org.pepin.platform.ResourceNotFound;
import org.pepin.shared.InvalidValue;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates companies, edits their legal identity and logo, and moves their clock. Every change is
 * recorded in the audit log with the fields that changed, and changes of the identity in the
 * company's history (shown on its settings page) — both from one list of {@link FieldChange}s.
 */
@Service
@Transactional
public class CompanyManagement implements Companies {

  /** Logos are printed on documents: small raster images only. */
  public static final int MAX_LOGO_BYTES = 512 * 1024;

  private final CompanyRepository companies;
  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final ChangeHistory history;
  private final Clock clock;

  CompanyManagement(
      CompanyRepository companies,
      JdbcClient jdbc,
      AuditLog audit,
      ChangeHistory history,
      Clock clock) {
    this.companies = companies;
    this.jdbc = jdbc;
    this.audit = audit;
    this.history = history;
    this.clock = clock;
  }

  /** Creates a company (instance administrators only, checked by the caller's route). */
  public CompanyId create(CompanyIdentity identity, boolean demo) {
    if (companies.existsByName(identity.name())) {
      throw new InvalidValue("company.name-taken", "company name already used", identity.name());
    }
    Company company = companies.save(Company.create(identity, demo, clock.instant()));
    audit.record(company.id(), "company.created", "company", company.id(), identity.name(), null);
    history.record(
        company.id(),
        "company",
        company.id(),
        ChangeHistory.CREATED,
        null,
        FieldChange.of("name", null, identity.name()).stream().toList());
    return company.id();
  }

  @Transactional(readOnly = true)
  public CompanyView view(CompanyId id) {
    Company company = load(id);
    return new CompanyView(
        company.id(),
        company.version(),
        company.identity(),
        company.demo(),
        Duration.ofSeconds(company.clockOffsetSeconds()),
        hasLogo(id),
        company.createdAt());
  }

  @Override
  @Transactional(readOnly = true)
  public CompanyIdentity identity(CompanyId company) {
    return load(company).identity();
  }

  @Override
  @Transactional(readOnly = true)
  public boolean isDemo(CompanyId company) {
    return load(company).demo();
  }

  @Override
  @Transactional(readOnly = true)
  public List<CompanyId> all() {
    return companies.findAllByOrderByName().stream().map(Company::id).toList();
  }

  @Transactional(readOnly = true)
  public List<CompanyView> list() {
    return companies.findAllByOrderByName().stream().map(c -> view(c.id())).toList();
  }

  @Transactional(readOnly = true)
  public Optional<CompanyId> findByName(String name) {
    return companies.findByName(name).map(Company::id);
  }

  /**
   * Saves a new identity over the version the user edited.
   *
   * @throws ConcurrentModification if someone saved the company since
   */
  public void updateIdentity(CompanyId id, int editedVersion, CompanyIdentity identity) {
    Company current = load(id);
    if (!Objects.equals(current.version(), editedVersion)) {
      throw new ConcurrentModification("company", id);
    }
    if (!current.name().equals(identity.name()) && companies.existsByName(identity.name())) {
      throw new InvalidValue("company.name-taken", "company name already used", identity.name());
    }
    try {
      companies.save(current.withIdentity(identity, editedVersion));
    } catch (OptimisticLockingFailureException e) {
      throw new ConcurrentModification("company", id);
    }
    List<FieldChange> changes =
        history.recordDifferences(id, "company", id, current.identity(), identity);
    if (!changes.isEmpty()) {
      audit.record(
          id, "company.updated", "company", id, identity.name(), FieldChange.describe(changes));
    }
  }

  /** Replaces the logo; the type is read from the image's own bytes, not from the upload. */
  public void replaceLogo(CompanyId id, byte[] data) {
    load(id);
    String contentType = imageType(data);
    if (contentType == null) {
      throw new InvalidValue("company.logo-type", "logo must be PNG or JPEG");
    }
    if (data.length > MAX_LOGO_BYTES) {
      throw new InvalidValue("company.logo-size", "logo too large", MAX_LOGO_BYTES / 1024);
    }
    jdbc.sql("DELETE FROM company_logo WHERE company_id = :id").param("id", id.value()).update();
    jdbc.sql(
            "INSERT INTO company_logo (company_id, content_type, data, updated_at)"
                + " VALUES (:id, :type, :data, :at)")
        .param("id", id.value())
        .param("type", contentType)
        .param("data", data)
        .param("at", java.sql.Timestamp.from(clock.instant()))
        .update();
    audit.record(id, "company.logo-replaced", "company", id, "logo", contentType);
  }

  @Transactional(readOnly = true)
  public Optional<Logo> logo(CompanyId id) {
    return jdbc.sql("SELECT content_type, data FROM company_logo WHERE company_id = :id")
        .param("id", id.value())
        .query((rs, n) -> new Logo(rs.getString(1), rs.getBytes(2)))
        .optional();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<String> logoDataUri(CompanyId id) {
    return logo(id)
        .map(
            l ->
                "data:"
                    + l.contentType()
                    + ";base64,"
                    + java.util.Base64.getEncoder().encodeToString(l.data()));
  }

  /**
   * Moves the company's clock to {@code offset} from the instance clock (demo timeline, teaching
   * sandboxes).
   */
  public void setClockOffset(CompanyId id, Duration offset) {
    if (companies.updateClockOffset(id, offset.toSeconds()) == 0) {
      throw new ResourceNotFound("company", id);
    }
  }

  @Transactional(readOnly = true)
  public Duration clockOffset(CompanyId id) {
    return Duration.ofSeconds(
        companies.findClockOffset(id).orElseThrow(() -> new ResourceNotFound("company", id)));
  }

  /** PNG (89 50 4E 47) or JPEG (FF D8 FF) by their signatures, else null. */
  private static @Nullable String imageType(byte[] data) {
    if (data.length > 8
        && (data[0] & 0xFF) == 0x89
        && data[1] == 'P'
        && data[2] == 'N'
        && data[3] == 'G') {
      return "image/png";
    }
    if (data.length > 3
        && (data[0] & 0xFF) == 0xFF
        && (data[1] & 0xFF) == 0xD8
        && (data[2] & 0xFF) == 0xFF) {
      return "image/jpeg";
    }
    return null;
  }

  private boolean hasLogo(CompanyId id) {
    return jdbc.sql("SELECT COUNT(*) FROM company_logo WHERE company_id = :id")
            .param("id", id.value())
            .query(Long.class)
            .single()
        > 0;
  }

  private Company load(CompanyId id) {
    return companies.findById(id).orElseThrow(() -> new ResourceNotFound("company", id));
  }

  /** A company as shown on its settings page. */
  public record CompanyView(
      CompanyId id,
      Integer version,
      CompanyIdentity identity,
      boolean demo,
      Duration clockOffset,
      boolean hasLogo,
      java.time.Instant createdAt) {}

  /** The company's logo image. */
  public record Logo(String contentType, byte[] data) {}
}
