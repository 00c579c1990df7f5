package org.pepin.platform.messaging;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.AuditLog;
import org.pepin.platform.CompanyId;
import org.pepin.platform.ConcurrentModification;
import org.pepin.shared.EmailAddress;
import org.pepin.shared.InvalidValue;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A company's messaging settings: the in-app mailbox (default) or its SMTP server. Changes are
 * audited field by field; the password only as "changed" or "removed".
 *
 * <p>Error codes: {@code messaging.host-required}, {@code messaging.host-format (host)}, {@code
 * messaging.port-required}, {@code messaging.port-range (port)}, {@code messaging.sender-required}.
 */
@Service
@Transactional
public class MessagingSettingsService {

  /** A host name (RFC 1123 labels) or an IPv4 address, or an IPv6 address in brackets. */
  private static final Pattern HOST =
      Pattern.compile(
          "(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*"
              + "|\\[[0-9A-Fa-f:.]+\\]");

  private final MessagingSettingsRepository settings;
  private final AuditLog audit;
  private final Clock clock;

  MessagingSettingsService(MessagingSettingsRepository settings, AuditLog audit, Clock clock) {
    this.settings = settings;
    this.audit = audit;
    this.clock = clock;
  }

  /** The settings as screens and the API show them: never the password. */
  @Transactional(readOnly = true)
  public SettingsView view(CompanyId company) {
    return SettingsView.of(load(company));
  }

  /**
   * Saves new settings over the version the user edited ({@code null} if they never were saved).
   *
   * @throws InvalidValue for a missing or malformed SMTP field
   * @throws ConcurrentModification if someone saved them since
   */
  public SettingsView update(CompanyId company, @Nullable Integer editedVersion, Change change) {
    var current = load(company);
    if (!Objects.equals(current.version(), editedVersion)) {
      throw new ConcurrentModification("messaging settings", company);
    }
    String host = blankToNull(change.smtpHost());
    if (change.transport() == Transport.SMTP) {
      if (host == null) {
        throw new InvalidValue("messaging.host-required", "SMTP host required");
      }
      if (change.smtpPort() == null) {
        throw new InvalidValue("messaging.port-required", "SMTP port required");
      }
      if (change.senderAddress() == null) {
        throw new InvalidValue("messaging.sender-required", "sender address required");
      }
    }
    if (host != null && (host.length() > 253 || !HOST.matcher(host).matches())) {
      throw new InvalidValue("messaging.host-format", "bad host " + host, host);
    }
    if (change.smtpPort() != null && (change.smtpPort() < 1 || change.smtpPort() > 65535)) {
      throw new InvalidValue("messaging.port-range", "bad port", change.smtpPort());
    }
    String username = blankToNull(change.smtpUsername());
    String password =
        username == null
            ? null
            : change.smtpPassword() == null || change.smtpPassword().isEmpty()
                ? current.smtpPassword()
                : change.smtpPassword();
    var next =
        new MessagingSettings(
            company,
            current.version(),
            change.transport(),
            host,
            change.smtpPort(),
            username,
            password,
            change.smtpSecurity(),
            change.senderAddress() == null ? null : change.senderAddress().value(),
            blankToNull(change.senderName()),
            clock.instant());
    MessagingSettings saved;
    try {
      saved = settings.save(next);
    } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
      throw new ConcurrentModification("messaging settings", company);
    }
    String changes = differences(current, saved);
    if (!changes.isEmpty()) {
      audit.record(
          company, "messaging.updated", "messaging", company, saved.transport().name(), changes);
    }
    return SettingsView.of(saved);
  }

  /** The settings with the password, for the delivery job only. */
  @Transactional(readOnly = true)
  MessagingSettings forDelivery(CompanyId company) {
    return load(company);
  }

  private MessagingSettings load(CompanyId company) {
    return settings
        .findById(company)
        .orElseGet(() -> MessagingSettings.defaults(company, clock.instant()));
  }

  private static String differences(MessagingSettings before, MessagingSettings after) {
    List<String> lines = new ArrayList<>();
    diff(lines, "transport", before.transport(), after.transport());
    diff(lines, "smtpHost", before.smtpHost(), after.smtpHost());
    diff(lines, "smtpPort", before.smtpPort(), after.smtpPort());
    diff(lines, "smtpUsername", before.smtpUsername(), after.smtpUsername());
    if (!Objects.equals(before.smtpPassword(), after.smtpPassword())) {
      lines.add("smtpPassword: " + (after.smtpPassword() == null ? "removed" : "changed"));
    }
    diff(lines, "smtpSecurity", before.smtpSecurity(), after.smtpSecurity());
    diff(lines, "senderAddress", before.senderAddress(), after.senderAddress());
    diff(lines, "senderName", before.senderName(), after.senderName());
    return String.join("\n", lines);
  }

  private static void diff(
      List<String> lines, String field, @Nullable Object before, @Nullable Object after) {
    if (!Objects.equals(before, after)) {
      lines.add(
          field
              + ": "
              + (before == null ? "∅" : before.toString())
              + " → "
              + (after == null ? "∅" : after.toString()));
    }
  }

  private static @Nullable String blankToNull(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /**
   * New settings. A blank password keeps the one stored; no username means no authentication (and
   * no password).
   */
  public record Change(
      Transport transport,
      @Nullable String smtpHost,
      @Nullable Integer smtpPort,
      @Nullable String smtpUsername,
      @Nullable String smtpPassword,
      SmtpSecurity smtpSecurity,
      @Nullable EmailAddress senderAddress,
      @Nullable String senderName) {

    @Override
    public String toString() {
      return "Change[" + transport + ", " + smtpHost + ":" + smtpPort + ", password hidden]";
    }
  }

  /** The settings without the password; {@code passwordSet} says whether one is stored. */
  public record SettingsView(
      @Nullable Integer version,
      Transport transport,
      boolean smtpConfigured,
      @Nullable String smtpHost,
      @Nullable Integer smtpPort,
      @Nullable String smtpUsername,
      boolean passwordSet,
      SmtpSecurity smtpSecurity,
      @Nullable String senderAddress,
      @Nullable String senderName) {

    static SettingsView of(MessagingSettings s) {
      return new SettingsView(
          s.version(),
          s.transport(),
          s.usesSmtp(),
          s.smtpHost(),
          s.smtpPort(),
          s.smtpUsername(),
          s.smtpPassword() != null,
          s.smtpSecurity(),
          s.senderAddress(),
          s.senderName());
    }
  }
}
