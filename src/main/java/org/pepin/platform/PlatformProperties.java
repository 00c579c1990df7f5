package org.pepin.platform;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code pepin.*} settings.
 *
 * @param demo the demo mode: load Pépinières Clément into an empty database, show demo accounts
 * @param bootstrap the first instance administrator, created at start-up if none exists
 */
@ConfigurationProperties("pepin")
public record PlatformProperties(Demo demo, Bootstrap bootstrap) {

  public record Demo(boolean enabled) {}

  public record Bootstrap(@Nullable String adminUsername, @Nullable String adminPassword) {}
}
