package org.pepin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.function.Supplier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The reusable proof of tenant isolation (ARCHITECTURE §3): a user of company A asking for an id of
 * company B gets 404 — the same answer as for an id that does not exist — and nothing of B changes.
 * Every module applies it to its own resources.
 */
public final class TenantIsolation {

  private TenantIsolation() {}

  /**
   * Asserts that every request, made as {@code outsider}, answers 404 and leaves {@code state} (a
   * snapshot of the other company's data, compared with equals) unchanged.
   */
  public static void assertNotFoundFor(
      MockMvc mvc,
      RequestPostProcessor outsider,
      Supplier<?> state,
      MockHttpServletRequestBuilder... requests) {
    Object before = state.get();
    for (MockHttpServletRequestBuilder request : requests) {
      try {
        var response = mvc.perform(request.with(outsider).with(csrf())).andReturn().getResponse();
        var sent = request.buildRequest(new org.springframework.mock.web.MockServletContext());
        assertThat(response.getStatus())
            .as("%s %s by a user of another company", sent.getMethod(), sent.getRequestURI())
            .isEqualTo(404);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    assertThat(state.get()).as("the other company's data").isEqualTo(before);
  }
}
