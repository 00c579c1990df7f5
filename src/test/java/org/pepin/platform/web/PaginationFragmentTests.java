package org.pepin.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pepin.PepinIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/** The pagination under every list: shown only for several pages, with its two links. */
@PepinIntegrationTest
class PaginationFragmentTests {

  @Autowired SpringTemplateEngine engine;
  @Autowired ApplicationContext spring;

  @Test
  void severalPagesShowThePositionAndTheLinksWhileOnePageShowsNothing() {
    String first = render(0, 3);
    assertThat(first).contains("Page 1 sur 3");
    assertThat(first).contains("href=\"/list?page=1\"");
    assertThat(first)
        .containsPattern(
            "page-item disabled\">\\s*<a class=\"page-link\" href=\"/list\\?page=-1\"");

    String last = render(2, 3);
    assertThat(last).contains("Page 3 sur 3");
    assertThat(last)
        .containsPattern("page-item disabled\">\\s*<a class=\"page-link\" href=\"/list\\?page=3\"");

    assertThat(render(0, 1)).doesNotContain("pagination");
  }

  private String render(int page, int pages) {
    var application = JakartaServletWebApplication.buildApplication(new MockServletContext());
    var exchange =
        application.buildExchange(new MockHttpServletRequest(), new MockHttpServletResponse());
    var context = new WebContext(exchange, Locale.FRENCH);
    context.setVariable(
        ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
        new ThymeleafEvaluationContext(spring, null));
    context.setVariable("page", page);
    context.setVariable("pages", pages);
    context.setVariable("previous", "/list?page=" + (page - 1));
    context.setVariable("next", "/list?page=" + (page + 1));
    return engine.process("platform/pagination", Set.of("pages"), context);
  }
}
