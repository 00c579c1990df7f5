package org.pepin.platform.web;

import org.jspecify.annotations.Nullable;
import org.pepin.platform.CompanyId;
import org.pepin.platform.Member;
import org.pepin.platform.security.PepinPrincipal;
import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * A controller parameter of type {@link CompanyId} is the company the logged-in user acts for:
 * every query a controller makes is scoped by it, never by an id taken from the request. A
 * parameter of type {@link Member} is the logged-in user as a member of that company.
 */
class CurrentCompanyResolver implements HandlerMethodArgumentResolver {

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return (parameter.getParameterType().equals(CompanyId.class)
            || parameter.getParameterType().equals(Member.class))
        && !parameter.hasParameterAnnotations();
  }

  @Override
  public Object resolveArgument(
      MethodParameter parameter,
      @Nullable ModelAndViewContainer mav,
      NativeWebRequest request,
      @Nullable WebDataBinderFactory binders) {
    return parameter.getParameterType().equals(Member.class) ? member() : current();
  }

  static Member member() {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null
        && authentication.getPrincipal() instanceof PepinPrincipal user
        && user.currentCompany() != null) {
      return new Member(user.userId(), user.getUsername(), user.displayName(), user.roles());
    }
    throw new AccessDeniedException("no company");
  }

  static CompanyId current() {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null
        && authentication.getPrincipal() instanceof PepinPrincipal user
        && user.currentCompany() != null) {
      return user.currentCompany();
    }
    throw new AccessDeniedException("no company");
  }
}
