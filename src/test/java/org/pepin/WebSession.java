package org.pepin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A browser's session in MockMvc: logs in through the real login form and carries the session
 * cookie (sessions live in the database, Spring Session JDBC) and a CSRF token on every request.
 */
public final class WebSession implements RequestPostProcessor {

  public static final String DEMO_PASSWORD = "pepin-demo";

  private final MockMvc mvc;
  private Cookie cookie;

  private WebSession(MockMvc mvc, Cookie cookie) {
    this.mvc = mvc;
    this.cookie = cookie;
  }

  public static WebSession login(MockMvc mvc, String username) {
    return login(mvc, username, DEMO_PASSWORD);
  }

  public static WebSession login(MockMvc mvc, String username, String password) {
    try {
      MvcResult result =
          mvc.perform(
                  post("/login")
                      .param("username", username)
                      .param("password", password)
                      .with(csrf()))
              .andReturn();
      assertThat(result.getResponse().getRedirectedUrl())
          .as("login of %s", username)
          .isEqualTo("/");
      Cookie session = result.getResponse().getCookie("SESSION");
      assertThat(session).as("session cookie").isNotNull();
      return new WebSession(mvc, session);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Performs a request in this session (with a CSRF token), following cookie changes. */
  public MvcResult perform(AbstractMockHttpServletRequestBuilder<?> request) {
    try {
      MvcResult result = mvc.perform(request.with(this).with(csrf())).andReturn();
      Cookie renewed = result.getResponse().getCookie("SESSION");
      if (renewed != null && renewed.getMaxAge() != 0) {
        cookie = renewed;
      }
      return result;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
    request.setCookies(cookie);
    return request;
  }
}
