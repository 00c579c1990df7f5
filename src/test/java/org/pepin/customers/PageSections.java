package org.pepin.customers;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.pepin.platform.CompanyId;
import org.pepin.platform.Member;
import org.pepin.platform.PageSection;
import org.pepin.platform.PageSectionContribution;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Renders the blocks that contributions add to the customer page, as the page does ({@code
 * th:insert="~{${s.template} :: ${s.fragment}}"} inside {@code th:each="s : ${sections}"}), so that
 * a module's fragments are tested without the page itself.
 */
@Component
class PageSections {

  private final List<PageSectionContribution> contributions;
  private final SpringTemplateEngine engine;
  private final ApplicationContext context;

  PageSections(
      List<PageSectionContribution> contributions,
      SpringTemplateEngine engine,
      ApplicationContext context) {
    this.contributions = contributions;
    this.engine = engine;
    this.context = context;
  }

  List<PageSection> of(CompanyId company, UUID record, Member viewer) {
    return contributions.stream()
        .flatMap(
            c ->
                c.sections(PageSectionContribution.CUSTOMER_PAGE, company, record, viewer).stream())
        .toList();
  }

  /** The HTML of one section, with the page's other variables (flash attributes…). */
  String render(PageSection section, Map<String, Object> page) {
    var application = JakartaServletWebApplication.buildApplication(new MockServletContext());
    var exchange =
        application.buildExchange(new MockHttpServletRequest(), new MockHttpServletResponse());
    var web = new WebContext(exchange, Locale.FRENCH);
    web.setVariable(
        ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
        new ThymeleafEvaluationContext(context, null));
    page.forEach(web::setVariable);
    web.setVariable("s", section);
    web.setVariable("sectionModel", section.model());
    return engine.process(section.template(), Set.of(section.fragment()), web);
  }
}
