package org.pepin.catalog.web;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.pepin.shared.InvalidValue;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;

/** Helpers of the catalogue's forms: error holders and parsers of choice fields. */
final class CatalogForms {

  private CatalogForms() {}

  /** The errors of a submitted form, registered in the model under {@code name}. */
  static BindingResult errors(Model model, Object form, String name) {
    var errors = new DirectFieldBindingResult(form, name);
    model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, errors);
    return errors;
  }

  static BindingResult errors(Model model, Object form) {
    return errors(model, form, "form");
  }

  /** A parser of an enum constant by name; {@code catalog.choice} for anything else. */
  static <E extends Enum<E>> Function<String, E> choice(Class<E> type) {
    return text -> {
      try {
        return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new InvalidValue("catalog.choice", "not a choice: " + text, text);
      }
    };
  }

  /** A parser of an id (a UUID); {@code catalog.choice} for anything else. */
  static <T> Function<String, T> id(Function<UUID, T> make) {
    return text -> {
      try {
        return make.apply(UUID.fromString(text.strip()));
      } catch (IllegalArgumentException e) {
        throw new InvalidValue("catalog.choice", "not an id: " + text, text);
      }
    };
  }

  /** A plain decimal, also with a decimal comma and spaces between thousands. */
  static BigDecimal decimal(String text) {
    String t = text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "");
    if (t.indexOf(',') >= 0 && t.indexOf('.') < 0) {
      t = t.replace(',', '.');
    }
    if (!t.matches("-?\\d{1,15}(\\.\\d{1,12})?")) {
      throw new InvalidValue("number.format", "not a number: " + text, text);
    }
    return new BigDecimal(t);
  }

  static @Nullable String clean(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
