package org.pepin.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.pepin.platform.token.ApiTokens;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API calls that carry {@code Authorization: Bearer <personal access token>}. The
 * authentication lives for this request only (nothing is stored in a session). A bad, revoked or
 * expired token is answered 401 at once, whatever the route.
 */
@Component
class BearerTokenFilter extends OncePerRequestFilter {

  private static final String BEARER = "Bearer ";

  private final ApiTokens tokens;

  BearerTokenFilter(ApiTokens tokens) {
    this.tokens = tokens;
  }

  static boolean hasBearer(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!hasBearer(request)) {
      chain.doFilter(request, response);
      return;
    }
    String secret = request.getHeader("Authorization").substring(BEARER.length()).strip();
    var principal = tokens.authenticate(secret);
    if (principal.isEmpty()) {
      ApiEntryPoint.unauthorized(response, "Jeton d'accès inconnu, révoqué ou expiré.");
      return;
    }
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            principal.get(), null, principal.get().getAuthorities()));
    SecurityContextHolder.setContext(context);
    chain.doFilter(request, response);
  }
}
