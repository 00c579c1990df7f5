package org.pepin.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.Route;
import org.pepin.platform.RouteContribution;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The route table of every module ({@link RouteContribution}s), enforced as the authorisation of
 * both security chains: a request is allowed only if a route matches its method and path and the
 * user has the route's access. Unknown routes are refused (deny by default), before any request
 * body is read.
 */
@Component
public class RouteTable implements AuthorizationManager<RequestAuthorizationContext> {

  private final ObjectProvider<RouteContribution> contributions;
  private volatile @Nullable List<Compiled> compiled;

  RouteTable(ObjectProvider<RouteContribution> contributions) {
    this.contributions = contributions;
  }

  private record Compiled(Route route, PathPattern pattern) {}

  /** Every declared route. */
  public List<Route> routes() {
    return compiled().stream().map(Compiled::route).toList();
  }

  /** The most specific route for a method and a path, if any. */
  public Optional<Route> match(String method, String path) {
    String verb = "HEAD".equals(method) ? "GET" : method;
    PathContainer container = PathContainer.parsePath(path);
    return compiled().stream()
        .filter(c -> c.route().method().equals(verb) && c.pattern().matches(container))
        .min(Comparator.comparing(Compiled::pattern, PathPattern.SPECIFICITY_COMPARATOR))
        .map(Compiled::route);
  }

  @Override
  public AuthorizationResult authorize(
      Supplier<? extends @Nullable Authentication> authentication,
      RequestAuthorizationContext context) {
    HttpServletRequest request = context.getRequest();
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return new AuthorizationDecision(
        match(request.getMethod(), path)
            .map(route -> allows(route, authentication.get()))
            .orElse(false));
  }

  /** Whether the authenticated user (or the anonymous visitor) may call the route. */
  public static boolean allows(Route route, @Nullable Authentication authentication) {
    if (route.access() == Route.Access.PUBLIC) {
      return true;
    }
    if (authentication == null || !(authentication.getPrincipal() instanceof PepinPrincipal user)) {
      return false;
    }
    return switch (route.access()) {
      case PUBLIC, AUTHENTICATED -> true;
      case MEMBER -> user.currentCompany() != null;
      case ROLES -> route.roles().stream().anyMatch(user::hasRole);
      case SYSTEM_ADMIN -> user.systemAdmin();
    };
  }

  private List<Compiled> compiled() {
    List<Compiled> local = compiled;
    if (local == null) {
      var parser = PathPatternParser.defaultInstance;
      local =
          contributions
              .orderedStream()
              .flatMap(c -> c.routes().stream())
              .map(r -> new Compiled(r, parser.parse(r.pattern())))
              .toList();
      compiled = local;
    }
    return local;
  }
}
