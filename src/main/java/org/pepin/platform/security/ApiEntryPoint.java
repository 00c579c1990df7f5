package org.pepin.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/** The API's answer to an unauthenticated call: 401 with a problem document, never a redirect. */
class ApiEntryPoint implements AuthenticationEntryPoint {

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    unauthorized(response, "Authentification requise : jeton d'accès (Bearer) ou session.");
  }

  static void unauthorized(HttpServletResponse response, String detail) throws IOException {
    response.setHeader("WWW-Authenticate", "Bearer realm=\"Pépin\"");
    Problems.write(response, HttpStatus.UNAUTHORIZED, detail);
  }
}
