package org.pepin.platform.security;

import org.pepin.platform.user.UserManagement;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may call what. Authorisation comes from the {@link RouteTable} for both chains: the JSON API
 * under {@code /api/**} (personal access tokens, or the browser's session for the UI's own calls —
 * then with CSRF) and the web UI (form login, CSRF, sessions in the database, session id changed at
 * login against fixation). Also the secure headers and login throttling.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  /**
   * Content Security Policy: scripts and styles only from the application itself (htmx and
   * Bootstrap are served as WebJars), no framing.
   */
  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none';"
          + " base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  /** Files served as they are, to anyone (no handler method, hence not in the route table). */
  static final String[] STATIC = {
    "/css/**",
    "/js/**",
    "/img/**",
    "/webjars/**",
    "/favicon.ico",
    "/swagger-ui/**",
    "/actuator/health"
  };

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  UserDetailsService userDetailsService(UserManagement users) {
    return username ->
        users.principal(username).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
  }

  /** Password logins, refused while the username is throttled. */
  @Bean
  DaoAuthenticationProvider authenticationProvider(
      UserDetailsService users, PasswordEncoder passwords, LoginThrottle throttle) {
    var provider = new DaoAuthenticationProvider(users);
    provider.setPasswordEncoder(passwords);
    var accountStatus = new AccountStatusUserDetailsChecker();
    provider.setPreAuthenticationChecks(
        user -> {
          throttle.check(user);
          accountStatus.check(user);
        });
    return provider;
  }

  /** The filters run inside the security chains only, not a second time outside. */
  @Bean
  FilterRegistrationBean<PrincipalRefreshFilter> refreshFilterRegistration(
      PrincipalRefreshFilter filter) {
    var registration = new FilterRegistrationBean<>(filter);
    registration.setEnabled(false);
    return registration;
  }

  @Bean
  FilterRegistrationBean<BearerTokenFilter> bearerFilterRegistration(BearerTokenFilter filter) {
    var registration = new FilterRegistrationBean<>(filter);
    registration.setEnabled(false);
    return registration;
  }

  @Bean
  @Order(1)
  SecurityFilterChain api(
      HttpSecurity http,
      PrincipalRefreshFilter refresh,
      BearerTokenFilter bearer,
      RouteTable routes)
      throws Exception {
    http.securityMatcher("/api/**")
        .authorizeHttpRequests(a -> a.anyRequest().access(routes))
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(new ApiEntryPoint())
                    .accessDeniedHandler(new AccessDenied(routes, true)))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
        .csrf(c -> c.ignoringRequestMatchers(BearerTokenFilter::hasBearer))
        .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CSP)))
        .addFilterAfter(refresh, SecurityContextHolderFilter.class)
        .addFilterAfter(bearer, PrincipalRefreshFilter.class);
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain web(
      HttpSecurity http,
      PrincipalRefreshFilter refresh,
      AuthenticationSuccessHandler onLogin,
      RouteTable routes)
      throws Exception {
    var onFailure = new ExceptionMappingAuthenticationFailureHandler();
    onFailure.setDefaultFailureUrl("/login?error");
    onFailure.setExceptionMappings(
        java.util.Map.of(LockedException.class.getName(), "/login?locked"));
    http.authorizeHttpRequests(
            a -> a.requestMatchers(STATIC).permitAll().anyRequest().access(routes))
        .formLogin(
            f ->
                f.loginPage("/login").successHandler(onLogin).failureHandler(onFailure).permitAll())
        .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
        .exceptionHandling(e -> e.accessDeniedHandler(new AccessDenied(routes, false)))
        .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
        .csrf(Customizer.withDefaults())
        .headers(
            h ->
                h.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                    .referrerPolicy(
                        r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                    .frameOptions(f -> f.deny()))
        .addFilterAfter(refresh, SecurityContextHolderFilter.class);
    return http.build();
  }
}
