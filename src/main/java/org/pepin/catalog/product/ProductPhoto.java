package org.pepin.catalog.product;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A photo of a product, without its bytes: position 0 is the main photo (shown in the product
 * list). The content type is the one read from the image's own bytes, not the one declared by the
 * upload.
 */
public record ProductPhoto(
    UUID id,
    UUID productId,
    int position,
    String contentType,
    String fileName,
    int size,
    @Nullable Integer width,
    @Nullable Integer height,
    Instant createdAt) {

  /** Whether it is the product's main photo. */
  public boolean main() {
    return position == 0;
  }
}
