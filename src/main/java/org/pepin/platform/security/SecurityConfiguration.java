package org.pepin.platform.security;

import jakarta.servlet.http.HttpServletResponse;
import org.pepin.platform.user.UserManagement;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may call what. Two chains: the JSON API under {@code /api/**} (HTTP Basic for now, stateless,
 * no CSRF because no cookie authenticates it; personal access tokens come with the API issue) and
 * the web UI (form login, CSRF, sessions in the database). Roles per route are declared on the
 * controllers with {@code @PreAuthorize}; this class only says "logged in" and sets the secure
 * headers.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

  /**
   * Content Security Policy: scripts and styles only from the application itself (htmx and
   * Bootstrap are served as WebJars), no framing.
   */
  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none';"
          + " base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  UserDetailsService userDetailsService(UserManagement users) {
    return username ->
        users.principal(username).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
  }

  /** The refresh filter runs inside the security chains only, not a second time outside. */
  @Bean
  FilterRegistrationBean<PrincipalRefreshFilter> refreshFilterRegistration(
      PrincipalRefreshFilter filter) {
    var registration = new FilterRegistrationBean<>(filter);
    registration.setEnabled(false);
    return registration;
  }

  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http, PrincipalRefreshFilter refresh) throws Exception {
    http.securityMatcher("/api/**")
        .authorizeHttpRequests(a -> a.anyRequest().authenticated())
        .httpBasic(
            b ->
                b.authenticationEntryPoint(
                    (request, response, e) -> {
                      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                      response.setHeader("WWW-Authenticate", "Basic realm=\"Pépin\"");
                      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                      response.setCharacterEncoding("UTF-8");
                      response
                          .getWriter()
                          .write(
                              "{\"title\":\"Unauthorized\",\"status\":401,"
                                  + "\"detail\":\"Authentification requise.\"}");
                    }))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(c -> c.disable())
        .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CSP)))
        .addFilterAfter(refresh, SecurityContextHolderFilter.class);
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain web(
      HttpSecurity http, PrincipalRefreshFilter refresh, AuthenticationSuccessHandler onLogin)
      throws Exception {
    http.authorizeHttpRequests(
            a ->
                a.requestMatchers(
                        "/login",
                        "/css/**",
                        "/js/**",
                        "/img/**",
                        "/webjars/**",
                        "/favicon.ico",
                        "/actuator/health",
                        "/error")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .formLogin(
            f ->
                f.loginPage("/login")
                    .successHandler(onLogin)
                    .failureUrl("/login?error")
                    .permitAll())
        .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
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
