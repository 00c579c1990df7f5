package org.pepin.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * Requests the firewall refuses (encoded slashes, path traversal, control characters): 400, as a
 * problem document on the API and as the error page elsewhere.
 */
@Component
class RejectedRequests implements RequestRejectedHandler {

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
      throws IOException {
    if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    Problems.write(response, HttpStatus.BAD_REQUEST, "Adresse de requête refusée.");
  }
}
