package org.pepin.platform;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What the modules that take photos (products, deliveries) check of an uploaded image: its type
 * recognised by its first bytes (never the type the browser claims), and a clean file name.
 */
public final class UploadedImages {

  /** The longest file name kept (the columns hold 255 characters). */
  public static final int MAX_NAME = 255;

  private UploadedImages() {}

  /** {@code image/jpeg}, {@code image/png} or {@code image/webp} by the magic numbers, or null. */
  public static @Nullable String type(byte[] d) {
    if (d.length >= 3 && (d[0] & 0xFF) == 0xFF && (d[1] & 0xFF) == 0xD8 && (d[2] & 0xFF) == 0xFF) {
      return "image/jpeg";
    }
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    if (d.length >= 8 && Arrays.equals(Arrays.copyOf(d, 8), png)) {
      return "image/png";
    }
    if (d.length >= 12
        && d[0] == 'R'
        && d[1] == 'I'
        && d[2] == 'F'
        && d[3] == 'F'
        && d[8] == 'W'
        && d[9] == 'E'
        && d[10] == 'B'
        && d[11] == 'P') {
      return "image/webp";
    }
    return null;
  }

  /**
   * The upload's base name without its folders and control characters, cut to {@link #MAX_NAME}
   * from its end; {@code photo.<subtype>} when nothing is left.
   */
  public static String fileName(@Nullable String name, String type) {
    String base = name == null ? "" : name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
    if (base.isEmpty()) {
      base = "photo." + type.substring(type.indexOf('/') + 1);
    }
    return base.length() > MAX_NAME ? base.substring(base.length() - MAX_NAME) : base;
  }

  /** A stored image's bytes and content type. */
  public record Image(String contentType, byte[] data) {

    /** The image with its own type, kept private to the browser and never sniffed. */
    public ResponseEntity<byte[]> response() {
      return ResponseEntity.ok()
          .contentType(MediaType.parseMediaType(contentType))
          .cacheControl(CacheControl.noCache().cachePrivate())
          .header("X-Content-Type-Options", "nosniff")
          .body(data);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Image i
          && i.contentType.equals(contentType)
          && Arrays.equals(i.data, data);
    }

    @Override
    public int hashCode() {
      return contentType.hashCode() * 31 + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
      return "Image[" + contentType + ", " + data.length + " bytes]";
    }
  }
}
