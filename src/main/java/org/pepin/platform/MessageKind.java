package org.pepin.platform;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A kind of message a module sends (an invoice, a quote, a first reminder…), with the placeholders
 * its templates may use and its default wording in French and English. A company administrator may
 * override the wording per language; a template that names a placeholder the kind does not declare
 * cannot be saved.
 *
 * @param code stable code, e.g. {@code invoice} or {@code reminder-1}
 * @param label the message key of its name in the screens
 * @param placeholders what its templates may insert
 * @param french the default wording in French
 * @param english the default wording in English
 */
public record MessageKind(
    String code,
    String label,
    List<Placeholder> placeholders,
    MessageText french,
    MessageText english) {

  public static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");

  /** The languages a template exists in, French first. */
  public static final List<String> LANGUAGES = List.of("fr", "en");

  public MessageKind {
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("bad message kind code: " + code);
    }
    placeholders = List.copyOf(placeholders);
  }

  /** The default wording in {@code language} ({@code fr} or {@code en}). */
  public MessageText defaults(String language) {
    return language.equals("en") ? english : french;
  }

  public Optional<Placeholder> placeholder(String name) {
    return placeholders.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /** {@code fr} or {@code en}: the template language used for {@code locale}. */
  public static String language(Locale locale) {
    return locale.getLanguage().equals("en") ? "en" : "fr";
  }
}
