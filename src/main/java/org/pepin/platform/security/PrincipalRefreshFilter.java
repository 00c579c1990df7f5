package org.pepin.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.pepin.platform.user.UserManagement;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Re-reads the logged-in user's roles at each request, so that a removed role, a removed membership
 * or a disabled account takes effect at once, on every instance, not at the next login.
 */
@Component
public class PrincipalRefreshFilter extends OncePerRequestFilter {

  private final UserManagement users;
  private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();
  private final SecurityContextHolderStrategy holder =
      SecurityContextHolder.getContextHolderStrategy();

  PrincipalRefreshFilter(UserManagement users) {
    this.users = users;
  }

  /** Static files need no fresh roles. */
  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/webjars/")
        || path.startsWith("/css/")
        || path.startsWith("/js/")
        || path.startsWith("/img/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var authentication = holder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof PepinPrincipal current) {
      var fresh = users.refresh(current.userId(), current.currentCompany()).orElse(null);
      if (fresh == null || !fresh.isEnabled()) {
        holder.clearContext();
        var session = request.getSession(false);
        if (session != null) {
          session.invalidate();
        }
      } else if (!fresh.sameAccessAs(current)) {
        replace(request, response, fresh);
      }
    }
    chain.doFilter(request, response);
  }

  /** Puts {@code principal} in the security context and, for the web, in the session. */
  void replace(HttpServletRequest request, HttpServletResponse response, PepinPrincipal principal) {
    var context = holder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            principal, null, principal.getAuthorities()));
    holder.setContext(context);
    if (request.getSession(false) != null) {
      repository.saveContext(context, request, response);
    }
  }
}
