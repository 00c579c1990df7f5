package org.pepin.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * A refused request: 403 when the route exists but the user's roles do not allow it, 404 when no
 * route matches (deny by default, but an unknown address is "not found" for everyone). The API
 * answers problem documents, the UI its error pages.
 */
record AccessDenied(RouteTable routes, boolean api) implements AccessDeniedHandler {

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean known = routes.match(request.getMethod(), path).isPresent();
    int status = known ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_NOT_FOUND;
    if (!api) {
      response.sendError(status);
      return;
    }
    if (known) {
      Problems.write(
          response,
          HttpStatus.FORBIDDEN,
          "Vos rôles dans cette société ne permettent pas cette action.");
    } else {
      Problems.write(response, HttpStatus.NOT_FOUND, "Ressource introuvable.");
    }
  }
}
