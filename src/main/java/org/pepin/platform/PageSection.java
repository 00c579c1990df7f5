package org.pepin.platform;

import java.util.Map;

/**
 * One block that a downstream module adds to a page owned by an upstream module (the catalogue's
 * price list on the customer page, later the customer's quotes, invoices and balance), rendered by
 * a Thymeleaf fragment of the contributing module with the model it gives.
 *
 * @param titleKey the message key of the block's title
 * @param template the template holding the fragment, e.g. {@code catalog/customer-section}
 * @param fragment the fragment's name in that template
 * @param order rank on the page (modules use their dependency rank × 100)
 * @param model the fragment's variables
 */
public record PageSection(
    String titleKey, String template, String fragment, int order, Map<String, Object> model) {

  public PageSection {
    model = Map.copyOf(model);
  }
}
