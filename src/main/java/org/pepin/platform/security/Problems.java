package org.pepin.platform.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * RFC 9457 problem documents written by filters, which answer before Spring MVC (and its {@code
 * ProblemDetail} support) is reached.
 */
public final class Problems {

  private Problems() {}

  public static void write(HttpServletResponse response, HttpStatus status, String detail)
      throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            "{\"type\":\"about:blank\",\"title\":\""
                + status.getReasonPhrase()
                + "\",\"status\":"
                + status.value()
                + ",\"detail\":\""
                + detail.replace("\\", "\\\\").replace("\"", "\\\"")
                + "\"}");
  }
}
