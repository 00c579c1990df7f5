package org.pepin.platform.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.AuditLog;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.CompanyId;
import org.pepin.platform.ResourceNotFound;
import org.pepin.platform.UserId;
import org.pepin.platform.security.PepinPrincipal;
import org.pepin.platform.user.UserManagement;
import org.pepin.shared.InvalidValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens for the JSON API. A token is bound to one user and one company and carries
 * the user's roles in that company as they are at each call (a removed role or membership takes
 * effect at once). Only a SHA-256 hash of the token is stored: the token itself is shown once, at
 * creation. Tokens are 256-bit random values, so a plain hash is enough (no key stretching is
 * needed, unlike passwords).
 */
@Service
@Transactional
public class ApiTokens {

  /** Every token starts with this prefix, so that secret scanners recognise it. */
  public static final String PREFIX = "pepin_";

  /** Last-use time is written at most this often per token. */
  private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

  private final JdbcClient jdbc;
  private final UserManagement users;
  private final AuditLog audit;
  private final Clock clock;
  private final CompanyClock companyClock;
  private final SecureRandom random = new SecureRandom();

  ApiTokens(
      JdbcClient jdbc,
      UserManagement users,
      AuditLog audit,
      Clock clock,
      CompanyClock companyClock) {
    this.jdbc = jdbc;
    this.users = users;
    this.audit = audit;
    this.clock = clock;
    this.companyClock = companyClock;
  }

  /**
   * Creates a token for the user in their current company.
   *
   * @return the token's id and its secret value, to be shown once
   */
  public NewToken create(
      PepinPrincipal user, CompanyId company, String name, @Nullable LocalDate expiresOn) {
    String label = name.strip();
    if (label.isEmpty() || label.length() > 100) {
      throw new InvalidValue("token.name", "token name required");
    }
    if (expiresOn != null && !expiresOn.isAfter(companyClock.today(company))) {
      throw new InvalidValue("token.expiry", "expiry in the past");
    }
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "INSERT INTO api_token (id, company_id, app_user, name, token_hash, prefix, created_at,"
                + " expires_on) VALUES (:id, :company, :user, :name, :hash, :prefix, :at, :expires)")
        .param("id", id)
        .param("company", company.value())
        .param("user", user.userId().value())
        .param("name", label)
        .param("hash", hash(secret))
        .param("prefix", secret.substring(0, PREFIX.length() + 4))
        .param("at", Timestamp.from(clock.instant()))
        .param("expires", expiresOn)
        .update();
    audit.record(
        company, "token.created", "token", id, label + " (" + user.getUsername() + ")", null);
    return new NewToken(id, secret);
  }

  /** The user's tokens in the company, newest first. */
  @Transactional(readOnly = true)
  public List<TokenView> list(UserId user, CompanyId company) {
    return jdbc.sql(
            "SELECT id, name, prefix, created_at, expires_on, last_used_at, revoked_at"
                + " FROM api_token WHERE app_user = :user AND company_id = :company"
                + " ORDER BY created_at DESC")
        .param("user", user.value())
        .param("company", company.value())
        .query(
            (rs, n) ->
                new TokenView(
                    rs.getObject(1, UUID.class),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getTimestamp(4).toInstant(),
                    rs.getObject(5, LocalDate.class),
                    instant(rs.getTimestamp(6)),
                    instant(rs.getTimestamp(7))))
        .list();
  }

  /** Revokes one of the user's own tokens; someone else's token is "not found". */
  public void revoke(PepinPrincipal user, UUID id) {
    var company =
        jdbc.sql("SELECT company_id FROM api_token WHERE id = :id AND app_user = :user")
            .param("id", id)
            .param("user", user.userId().value())
            .query(UUID.class)
            .optional()
            .orElseThrow(() -> new ResourceNotFound("token", id));
    int updated =
        jdbc.sql("UPDATE api_token SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL")
            .param("at", Timestamp.from(clock.instant()))
            .param("id", id)
            .update();
    if (updated > 0) {
      audit.record(new CompanyId(company), "token.revoked", "token", id, user.getUsername(), null);
    }
  }

  /**
   * The principal a token stands for, acting for the token's company with the roles the user holds
   * there now; empty if the token is unknown, revoked, expired, or the user is disabled or no
   * longer a member of the company.
   */
  public Optional<PepinPrincipal> authenticate(String secret) {
    if (!secret.startsWith(PREFIX) || secret.length() > 200) {
      return Optional.empty();
    }
    record Row(
        UUID id,
        UUID user,
        UUID company,
        @Nullable LocalDate expiresOn,
        @Nullable Instant lastUsed) {}
    Optional<Row> row =
        jdbc.sql(
                "SELECT id, app_user, company_id, expires_on, last_used_at FROM api_token"
                    + " WHERE token_hash = :hash AND revoked_at IS NULL")
            .param("hash", hash(secret))
            .query(
                (rs, n) ->
                    new Row(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class),
                        rs.getObject(4, LocalDate.class),
                        instant(rs.getTimestamp(5))))
            .optional();
    if (row.isEmpty()) {
      return Optional.empty();
    }
    CompanyId company = new CompanyId(row.get().company());
    if (row.get().expiresOn() != null
        && !companyClock.today(company).isBefore(row.get().expiresOn())) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    if (row.get().lastUsed() == null
        || row.get().lastUsed().isBefore(now.minus(LAST_USE_PRECISION))) {
      jdbc.sql("UPDATE api_token SET last_used_at = :at WHERE id = :id")
          .param("at", Timestamp.from(now))
          .param("id", row.get().id())
          .update();
    }
    return users
        .refresh(new UserId(row.get().user()), company)
        .filter(PepinPrincipal::isEnabled)
        .filter(p -> company.equals(p.currentCompany()));
  }

  static String hash(String secret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  /** A token just created: its secret is shown once and never stored. */
  public record NewToken(UUID id, String secret) {}

  /** A token as listed: never its secret, only its first characters. */
  public record TokenView(
      UUID id,
      String name,
      String prefix,
      Instant createdAt,
      @Nullable LocalDate expiresOn,
      @Nullable Instant lastUsedAt,
      @Nullable Instant revokedAt) {

    public boolean active() {
      return revokedAt == null;
    }
  }
}
