package org.pepin.platform.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.pepin.platform.AuditLog;
import org.pepin.platform.user.UserManagement;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.LocaleResolver;

/** After login: the user's language, the company they land in, and an audit entry there. */
@Component
class LoginSuccess extends SavedRequestAwareAuthenticationSuccessHandler {

  private final UserManagement users;
  private final AuditLog audit;
  private final LocaleResolver locales;
  private final TransactionTemplate transaction;

  LoginSuccess(
      UserManagement users,
      AuditLog audit,
      LocaleResolver locales,
      TransactionTemplate transaction) {
    this.users = users;
    this.audit = audit;
    this.locales = locales;
    this.transaction = transaction;
    setDefaultTargetUrl("/");
  }

  @Override
  public void onAuthenticationSuccess(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws ServletException, IOException {
    if (authentication.getPrincipal() instanceof PepinPrincipal user) {
      locales.setLocale(request, response, Locale.forLanguageTag(user.language()));
      var company = user.currentCompany();
      if (company != null) {
        transaction.executeWithoutResult(
            status -> {
              users.rememberCompany(user.userId(), company);
              audit.record(company, "user.login", "user", user.userId(), user.displayName(), null);
            });
      }
    }
    super.onAuthenticationSuccess(request, response, authentication);
  }
}
