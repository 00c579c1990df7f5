package org.pepin.platform;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The file formats of list exports. */
public enum ExportFormat {
  /**
   * UTF-8 with a byte-order mark, {@code ;} separator, French decimals: what French Excel opens.
   */
  CSV("text/csv;charset=UTF-8", "csv"),
  /** Office Open XML spreadsheet with real number and date cells. */
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

  private final String contentType;
  private final String extension;

  ExportFormat(String contentType, String extension) {
    this.contentType = contentType;
    this.extension = extension;
  }

  public String contentType() {
    return contentType;
  }

  public String extension() {
    return extension;
  }

  /** {@code csv} or {@code xlsx}, any case; empty for anything else. */
  public static Optional<ExportFormat> parse(@Nullable String text) {
    if (text == null) {
      return Optional.empty();
    }
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "csv" -> Optional.of(CSV);
      case "xlsx" -> Optional.of(XLSX);
      default -> Optional.empty();
    };
  }
}
