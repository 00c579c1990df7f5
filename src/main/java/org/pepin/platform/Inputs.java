package org.pepin.platform;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.pepin.shared.InvalidValue;
import org.springframework.validation.Errors;

/**
 * Turns the text of a form or API field into a value type, recording a field error (message code
 * {@code error.<InvalidValue code>}) instead of throwing, so that a form shows every error at once,
 * each next to its field.
 */
public final class Inputs {

  private Inputs() {}

  /** A blank input is {@code null}; a bad one is a field error and {@code null}. */
  public static <T> @Nullable T optional(
      Errors errors, String field, @Nullable String input, Function<String, T> parse) {
    if (input == null || input.isBlank()) {
      return null;
    }
    try {
      return parse.apply(input.strip());
    } catch (InvalidValue e) {
      reject(errors, field, e);
      return null;
    }
  }

  /** A blank input is a "required" field error. */
  public static <T> @Nullable T required(
      Errors errors, String field, @Nullable String input, Function<String, T> parse) {
    if (input == null || input.isBlank()) {
      errors.rejectValue(field, "error.required");
      return null;
    }
    return optional(errors, field, input, parse);
  }

  /** Records {@code e} against {@code field}, or as a global error if field is null. */
  public static void reject(Errors errors, @Nullable String field, InvalidValue e) {
    if (field == null) {
      errors.reject("error." + e.code(), e.args(), e.getMessage());
    } else {
      errors.rejectValue(field, "error." + e.code(), e.args(), e.getMessage());
    }
  }

  /** Throws {@link InputRejected} if any field was rejected. */
  public static void check(Errors errors) {
    if (errors.hasErrors()) {
      throw new InputRejected(errors);
    }
  }
}
