package org.pepin.platform.web;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.ConcurrentModification;
import org.pepin.platform.InputRejected;
import org.pepin.platform.ResourceNotFound;
import org.pepin.shared.InvalidValue;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors of the JSON API as RFC 9457 problem documents, with one entry per rejected field ({@code
 * errors: [{field, code, message}]}) and messages in the request's language (French by default).
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors extends ResponseEntityExceptionHandler {

  private final MessageSource messages;

  ApiErrors(MessageSource messages) {
    this.messages = messages;
  }

  @ExceptionHandler(ResourceNotFound.class)
  ProblemDetail notFound() {
    return problem(HttpStatus.NOT_FOUND, "error.not-found", null);
  }

  /** A malformed id is "not found", like an unknown one; another malformed value is bad input. */
  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
    if (WebErrors.isIdentifier(e)) {
      return notFound();
    }
    var problem = problem(HttpStatus.BAD_REQUEST, "error.invalid-input", null);
    problem.setProperty(
        "errors",
        List.of(
            Map.of(
                "field",
                e.getName(),
                "code",
                "typeMismatch",
                "message",
                message("typeMismatch", null))));
    return problem;
  }

  @ExceptionHandler(ConcurrentModification.class)
  ProblemDetail conflict() {
    return problem(HttpStatus.CONFLICT, "error.concurrent", null);
  }

  @ExceptionHandler(InputRejected.class)
  ProblemDetail rejected(InputRejected e) {
    return problem(HttpStatus.BAD_REQUEST, "error.invalid-input", e.errors());
  }

  @ExceptionHandler(InvalidValue.class)
  ProblemDetail invalid(InvalidValue e) {
    var problem = problem(HttpStatus.BAD_REQUEST, "error.invalid-input", null);
    problem.setProperty(
        "errors",
        List.of(Map.of("code", e.code(), "message", message("error." + e.code(), e.args()))));
    return problem;
  }

  @Override
  protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return ResponseEntity.badRequest()
        .body(problem(HttpStatus.BAD_REQUEST, "error.invalid-input", ex.getBindingResult()));
  }

  @Override
  protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return ResponseEntity.badRequest()
        .body(problem(HttpStatus.BAD_REQUEST, "error.unreadable", null));
  }

  private ProblemDetail problem(HttpStatus status, String key, @Nullable Errors errors) {
    var problem = ProblemDetail.forStatusAndDetail(status, message(key, null));
    if (errors != null) {
      List<Map<String, String>> list =
          errors.getAllErrors().stream()
              .map(
                  error ->
                      Map.of(
                          "field",
                          error instanceof FieldError f ? f.getField() : "",
                          "code",
                          error.getCode() == null
                              ? ""
                              : error.getCode().replaceFirst("^error\\.", ""),
                          "message",
                          messages.getMessage(error, LocaleContextHolder.getLocale())))
              .toList();
      problem.setProperty("errors", list);
    }
    return problem;
  }

  private String message(String key, Object @Nullable [] args) {
    return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
  }
}
