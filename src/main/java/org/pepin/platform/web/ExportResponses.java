package org.pepin.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.ExportFormat;
import org.pepin.platform.ResourceNotFound;
import org.pepin.shared.InvalidValue;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** The headers of a downloaded file, and the export format named by a route. */
final class ExportResponses {

  private ExportResponses() {}

  /** Sets the content type and the download name; the caller then writes the body. */
  static void prepare(HttpServletResponse response, ExportFormat format, String fileName)
      throws IOException {
    response.setContentType(format.contentType());
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment()
            .filename(fileName, StandardCharsets.UTF_8)
            .build()
            .toString());
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
  }

  /** {@code csv} or {@code xlsx} in a path: anything else is not found. */
  static ExportFormat inPath(String extension) {
    return ExportFormat.parse(extension)
        .orElseThrow(() -> new ResourceNotFound("export", extension));
  }

  /** {@code ?format=csv|xlsx}: anything else is bad input. */
  static ExportFormat inQuery(@Nullable String format) {
    return ExportFormat.parse(format)
        .orElseThrow(
            () -> new InvalidValue("export.format", "unknown format", String.valueOf(format)));
  }
}
