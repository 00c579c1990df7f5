package org.pepin.platform.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.pepin.platform.PlatformProperties;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsChecker;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Login throttling: after {@code maxLoginFailures} failed logins of a username within the window,
 * the username is locked for the window, whatever the password, on every instance (the count is in
 * the database). A successful login clears the count. Unknown usernames are counted too, so that
 * the answer does not tell whether an account exists.
 */
@Component
class LoginThrottle implements UserDetailsChecker {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final int maxFailures;
  private final Duration window;

  LoginThrottle(JdbcClient jdbc, Clock clock, PlatformProperties properties) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.maxFailures = properties.security().maxLoginFailures();
    this.window = Duration.ofMinutes(properties.security().loginLockMinutes());
  }

  /** Runs before the password is checked: a locked username is refused even with the right one. */
  @Override
  public void check(UserDetails user) {
    if (isLocked(user.getUsername())) {
      throw new LockedException("too many failed logins");
    }
  }

  boolean isLocked(String username) {
    return jdbc.sql("SELECT locked_until FROM login_failure WHERE username = :username")
        .param("username", key(username))
        .query(Timestamp.class)
        .optional()
        .filter(until -> until != null && until.toInstant().isAfter(clock.instant()))
        .isPresent();
  }

  @EventListener
  @Transactional
  public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
    String username = key(String.valueOf(event.getAuthentication().getName()));
    Instant now = clock.instant();
    int updated =
        jdbc.sql(
                "UPDATE login_failure SET"
                    + " failures = CASE WHEN first_failure < :windowStart THEN 1 ELSE failures + 1 END,"
                    + " first_failure = CASE WHEN first_failure < :windowStart THEN :now ELSE first_failure END"
                    + " WHERE username = :username")
            .param("windowStart", Timestamp.from(now.minus(window)))
            .param("now", Timestamp.from(now))
            .param("username", username)
            .update();
    if (updated == 0) {
      try {
        jdbc.sql(
                "INSERT INTO login_failure (username, failures, first_failure)"
                    + " VALUES (:username, 1, :now)")
            .param("username", username)
            .param("now", Timestamp.from(now))
            .update();
      } catch (org.springframework.dao.DuplicateKeyException concurrent) {
        jdbc.sql("UPDATE login_failure SET failures = failures + 1 WHERE username = :username")
            .param("username", username)
            .update();
      }
    }
    jdbc.sql(
            "UPDATE login_failure SET locked_until = :until"
                + " WHERE username = :username AND failures >= :max")
        .param("until", Timestamp.from(now.plus(window)))
        .param("username", username)
        .param("max", maxFailures)
        .update();
  }

  @EventListener
  @Transactional
  public void onSuccess(AuthenticationSuccessEvent event) {
    jdbc.sql("DELETE FROM login_failure WHERE username = :username")
        .param("username", key(event.getAuthentication().getName()))
        .update();
  }

  private static String key(String username) {
    String k = username.strip().toLowerCase(Locale.ROOT);
    return k.length() > 200 ? k.substring(0, 200) : k;
  }
}
