package org.pepin.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import org.pepin.platform.ConcurrentModification;
import org.pepin.platform.ResourceNotFound;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors of the web UI as pages in French: an unknown id, another company's id or a malformed id in
 * a URL is "not found" (404); a concurrent edit that was not caught by its form is a 409 page.
 * Never a stack trace.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class WebErrors {

  @ExceptionHandler(ResourceNotFound.class)
  ModelAndView notFound(HttpServletResponse response) {
    return page(response, HttpServletResponse.SC_NOT_FOUND, "error/404");
  }

  /** A malformed id is "not found", like an unknown one; another malformed value is bad input. */
  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ModelAndView mismatch(MethodArgumentTypeMismatchException e, HttpServletResponse response) {
    return isIdentifier(e)
        ? notFound(response)
        : page(response, HttpServletResponse.SC_BAD_REQUEST, "error/400");
  }

  static boolean isIdentifier(MethodArgumentTypeMismatchException e) {
    Class<?> type = e.getRequiredType();
    return type != null
        && (type == java.util.UUID.class
            || org.pepin.shared.Identifier.class.isAssignableFrom(type));
  }

  @ExceptionHandler(ConcurrentModification.class)
  ModelAndView conflict(HttpServletResponse response) {
    return page(response, HttpServletResponse.SC_CONFLICT, "error/409");
  }

  @ExceptionHandler({
    MissingServletRequestParameterException.class,
    MaxUploadSizeExceededException.class,
    BindException.class,
    org.pepin.shared.InvalidValue.class,
    org.springframework.web.multipart.MultipartException.class,
    org.springframework.web.multipart.support.MissingServletRequestPartException.class
  })
  ModelAndView badRequest(HttpServletResponse response) {
    return page(response, HttpServletResponse.SC_BAD_REQUEST, "error/400");
  }

  private static ModelAndView page(HttpServletResponse response, int status, String view) {
    response.setStatus(status);
    var mav = new ModelAndView(view);
    mav.addObject("status", status);
    return mav;
  }
}
