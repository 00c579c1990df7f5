package org.pepin.platform.messaging;

import org.jspecify.annotations.Nullable;
import org.pepin.platform.security.PepinPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;

/** The logged-in user's login, or {@code null} for background jobs. */
final class CurrentUser {

  private CurrentUser() {}

  static @Nullable String username() {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null && authentication.getPrincipal() instanceof PepinPrincipal p
        ? p.getUsername()
        : null;
  }
}
