package org.pepin.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.pepin.platform.security.Problems;
import org.pepin.platform.transfer.ImportService;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A file above the servlet's upload limit is refused before any controller runs, so the advices
 * bound to controllers never see it: this global one answers 413 with a French message — a page for
 * the screens, a problem document for the API — instead of a bare error.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitErrors {

  private final MessageSource messages;
  private final ImportService imports;

  UploadLimitErrors(MessageSource messages, ImportService imports) {
    this.messages = messages;
    this.imports = imports;
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ModelAndView tooLarge(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long megabytes = imports.properties().maxFileSize().toMegabytes();
    response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/api/")) {
      String detail =
          messages.getMessage(
              "error.page.413.text", new Object[] {megabytes}, LocaleContextHolder.getLocale());
      Problems.write(response, HttpStatus.CONTENT_TOO_LARGE, detail);
      return new ModelAndView();
    }
    var page = new ModelAndView("error/413");
    page.addObject("status", 413);
    page.addObject("maxMegabytes", megabytes);
    return page;
  }
}
