package org.pepin.platform;

import java.util.Locale;
import java.util.Map;

/**
 * The companies' message templates: the wording the company's administrator set for a kind and a
 * language, else the kind's default.
 */
public interface MessageTemplates {

  /**
   * The company's template of {@code kind} in the language of {@code locale}, filled with {@code
   * values} (placeholder name → text). {@code company.name}, {@code company.email} and {@code
   * company.phone} are filled from the company's identity unless given.
   *
   * @throws IllegalArgumentException if the kind is unknown or a placeholder used by the template
   *     has no value
   */
  RenderedMessage render(CompanyId company, String kind, Locale locale, Map<String, String> values);
}
