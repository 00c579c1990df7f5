package org.pepin.platform;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code pepin.*} settings.
 *
 * @param demo the demo mode: load Pépinières Clément into an empty database, show demo accounts
 * @param bootstrap the first instance administrator, created at start-up if none exists
 * @param security login throttling
 */
@ConfigurationProperties("pepin")
public record PlatformProperties(Demo demo, Bootstrap bootstrap, @DefaultValue Security security) {

  public record Demo(boolean enabled) {}

  public record Bootstrap(@Nullable String adminUsername, @Nullable String adminPassword) {}

  /**
   * @param maxLoginFailures failed logins of one username within the lock window before the account
   *     is locked for that window
   * @param loginLockMinutes the window and the lock duration
   */
  public record Security(
      @DefaultValue("5") int maxLoginFailures, @DefaultValue("15") int loginLockMinutes) {}
}
