package org.pepin.sales.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.InputRejected;
import org.pepin.platform.Inputs;
import org.pepin.platform.PageQuery;
import org.pepin.platform.PageQuery.ApiPage;
import org.pepin.shared.EmailAddress;
import org.pepin.shared.InvalidValue;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;

/**
 * What the quote API, the order API and the order page do alike around the services: the errors of
 * a request, a rule a change breaks turned into a problem document, the recipients of a sending,
 * lists newest first, the answer carrying a PDF.
 */
final class SalesApiCalls {

  private SalesApiCalls() {}

  /** Sending a document: recipients (the customer's address when left out), subject and text. */
  record SendBody(
      @Nullable List<String> to,
      @Nullable List<String> cc,
      @Nullable String subject,
      @Nullable String body) {

    static final SendBody NONE = new SendBody(null, null, null, null);
  }

  /** The reason of a cancellation. */
  record ReasonBody(@Nullable String reason) {}

  /** The errors of a request, none yet. */
  static Errors errors(String name) {
    return new MapBindingResult(new HashMap<String, Object>(), name);
  }

  /** The rule broken as a problem document, recorded against {@code field} (global if null). */
  static InputRejected rejected(InvalidValue e, @Nullable String field) {
    Errors errors = errors("request");
    Inputs.reject(errors, field, e);
    return new InputRejected(errors);
  }

  /**
   * Runs a change; a rule it breaks becomes an error of the problem document, against the field
   * {@code fieldOf} names for its code (global if none).
   */
  static <T> T rejecting(Function<String, @Nullable String> fieldOf, Supplier<T> change) {
    try {
      return change.get();
    } catch (InvalidValue e) {
      throw rejected(e, fieldOf.apply(e.code()));
    }
  }

  /** {@link #rejecting(Function, Supplier)} for a change that answers nothing. */
  static void rejecting(Function<String, @Nullable String> fieldOf, Runnable change) {
    rejecting(
        fieldOf,
        () -> {
          change.run();
          return true;
        });
  }

  /**
   * The addresses of a recipients field ({@code to}, {@code cc}): at most {@code max}, each bad one
   * recorded at {@code field[i]}.
   */
  static List<EmailAddress> recipients(
      String field, @Nullable List<String> texts, int max, Errors errors) {
    if (texts == null) {
      return List.of();
    }
    if (texts.size() > max) {
      errors.rejectValue(field, "error.sales.send.too-many-recipients", new Object[] {max}, null);
      return List.of();
    }
    List<EmailAddress> out = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      EmailAddress a =
          Inputs.required(errors, field + "[" + i + "]", texts.get(i), EmailAddress::new);
      if (a != null) {
        out.add(a);
      }
    }
    return out;
  }

  /**
   * A page of a list sorted on one of {@code sorts}, by default on {@code defaultSort} descending.
   */
  static PageQuery query(
      @Nullable Integer page,
      @Nullable Integer size,
      @Nullable String sort,
      Map<String, String> sorts,
      String defaultSort) {
    return PageQuery.of(page, size, sort, List.copyOf(sorts.keySet()), defaultSort + ",desc");
  }

  /** The page with each row as the API answers it. */
  static <R, T> ApiPage<T> page(ApiPage<R> rows, Function<R, T> answer) {
    return new ApiPage<>(
        rows.content().stream().map(answer).toList(),
        rows.page(),
        rows.size(),
        rows.totalElements());
  }

  /**
   * A PDF answer named {@code fileName} (UTF-8), shown in the browser or downloaded as {@code
   * disposition} says; the caller adds its caching headers and the body.
   */
  static ResponseEntity.BodyBuilder pdf(ContentDisposition.Builder disposition, String fileName) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            disposition.filename(fileName, StandardCharsets.UTF_8).build().toString());
  }
}
