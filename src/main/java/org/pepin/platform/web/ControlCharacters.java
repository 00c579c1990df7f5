package org.pepin.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.pepin.platform.security.Problems;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Text never carries control characters (NUL, escape, bell… — anything below U+0020 but tab, line
 * feed and carriage return, and DEL): PostgreSQL refuses NUL in text and none belongs in business
 * data. Form and query parameters holding one are refused with a 400, and so are JSON strings.
 */
@Configuration(proxyBeanMethods = false)
class ControlCharacters {

  static final Pattern FORBIDDEN = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

  static boolean forbidden(String text) {
    return FORBIDDEN.matcher(text).find();
  }

  /** Runs before the security filters, so that not even a login sees such a parameter. */
  @Bean
  FilterRegistrationBean<OncePerRequestFilter> controlCharacterFilter() {
    var registration = new FilterRegistrationBean<OncePerRequestFilter>(filter());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
    return registration;
  }

  private static OncePerRequestFilter filter() {
    return new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(
          HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        // Multipart bodies are parsed (and size-checked) by Spring MVC, not here.
        boolean multipart =
            request.getContentType() != null
                && request.getContentType().toLowerCase().startsWith("multipart/");
        boolean bad =
            !multipart
                && request.getParameterMap().entrySet().stream()
                    .anyMatch(
                        e ->
                            forbidden(e.getKey())
                                || java.util.Arrays.stream(e.getValue())
                                    .anyMatch(v -> v != null && forbidden(v)));
        if (!bad) {
          chain.doFilter(request, response);
        } else if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
          Problems.write(
              response, HttpStatus.BAD_REQUEST, "La requête contient des caractères de contrôle.");
        } else {
          response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
      }
    };
  }

  /** JSON strings with a control character do not deserialise (a 400 problem document). */
  @Bean
  SimpleModule controlCharacterModule() {
    var module = new SimpleModule("control-characters");
    module.addDeserializer(
        String.class,
        new StringDeserializer() {
          @Override
          public String deserialize(JsonParser parser, DeserializationContext context) {
            String value = super.deserialize(parser, context);
            if (value != null && forbidden(value)) {
              throw context.weirdStringException(value, String.class, "control character");
            }
            return value;
          }
        });
    return module;
  }
}
