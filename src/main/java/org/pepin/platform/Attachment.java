package org.pepin.platform;

import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A file attached to an outgoing message, kept byte for byte in the outbox (an invoice's PDF/A-3 is
 * sent exactly as archived).
 *
 * @param fileName the name the recipient sees, without a path, e.g. {@code FA-2026-0042.pdf}
 * @param contentType its MIME type, e.g. {@code application/pdf}
 * @param data the bytes
 */
public record Attachment(String fileName, String contentType, byte[] data) {

  private static final Pattern CONTENT_TYPE =
      Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*");

  public Attachment {
    Objects.requireNonNull(data, "data");
    fileName = Objects.requireNonNull(fileName, "fileName").strip();
    if (fileName.isEmpty()
        || fileName.length() > 200
        || fileName.contains("/")
        || fileName.contains("\\")
        || fileName.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("bad attachment file name: " + fileName);
    }
    contentType = Objects.requireNonNull(contentType, "contentType").strip().toLowerCase();
    if (!CONTENT_TYPE.matcher(contentType).matches()) {
      throw new IllegalArgumentException("bad content type: " + contentType);
    }
  }

  /** A PDF document. */
  public static Attachment pdf(String fileName, byte[] data) {
    return new Attachment(fileName, Documents.PDF, data);
  }

  public int size() {
    return data.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Attachment a
        && a.fileName.equals(fileName)
        && a.contentType.equals(contentType)
        && Arrays.equals(a.data, data);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fileName, contentType, Arrays.hashCode(data));
  }

  @Override
  public String toString() {
    return "Attachment[" + fileName + ", " + contentType + ", " + data.length + " bytes]";
  }
}
