package org.pepin.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.pepin.platform.security.PepinPrincipal;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * French first: the locale is French unless the user chose English (cookie, and the user's profile
 * once logged in). Also registers the layout interceptor and the current-company argument resolver.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

  static final List<Locale> LANGUAGES = List.of(Locale.FRENCH, Locale.ENGLISH);

  private final LayoutInterceptor layout;

  WebConfiguration(LayoutInterceptor layout) {
    this.layout = layout;
  }

  @Bean
  LocaleResolver localeResolver() {
    var resolver = new UserLocaleResolver();
    resolver.setDefaultLocale(Locale.FRENCH);
    resolver.setCookieMaxAge(Duration.ofDays(365));
    resolver.setCookieHttpOnly(true);
    resolver.setCookieSameSite("Lax");
    return resolver;
  }

  /**
   * The logged-in user's language (their profile, so it follows them from browser to browser);
   * before login, the cookie set on the login page; else French.
   */
  static final class UserLocaleResolver extends CookieLocaleResolver {

    UserLocaleResolver() {
      super("pepin-lang");
    }

    @Override
    public LocaleContext resolveLocaleContext(HttpServletRequest request) {
      var authentication = SecurityContextHolder.getContext().getAuthentication();
      if (authentication != null && authentication.getPrincipal() instanceof PepinPrincipal me) {
        return new SimpleLocaleContext(Locale.forLanguageTag(me.language()));
      }
      return super.resolveLocaleContext(request);
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
      Locale locale = resolveLocaleContext(request).getLocale();
      return locale == null ? Locale.FRENCH : locale;
    }
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    var change = new LocaleChangeInterceptor();
    change.setParamName("lang");
    change.setIgnoreInvalidLocale(true);
    change.setHttpMethods("GET");
    registry.addInterceptor(change).addPathPatterns("/login");
    registry.addInterceptor(layout).excludePathPatterns("/api/**", "/webjars/**", "/css/**");
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new CurrentCompanyResolver());
  }
}
