package org.pepin.delivery.note;

import java.time.Instant;
import java.util.UUID;
import org.pepin.delivery.DeliveryId;

/** A photo taken at delivery (its bytes are read apart). */
public record DeliveryPhoto(
    UUID id,
    DeliveryId delivery,
    String contentType,
    String fileName,
    int size,
    Instant createdAt) {}
