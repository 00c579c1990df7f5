package org.pepin.delivery.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.ResourceNotFound;
import org.pepin.shared.InvalidValue;

/** Reading the proof and return forms' texts (French dates and decimal commas accepted). */
final class ProofReturnInputs {

  private static final java.util.regex.Pattern QUANTITY =
      java.util.regex.Pattern.compile("-?\\d{1,9}(\\.\\d{1,3})?");

  private ProofReturnInputs() {}

  /** A date as the French write it or as a date field sends it. */
  static LocalDate date(@Nullable String text) {
    String t = text == null ? "" : text.strip();
    if (t.isEmpty()) {
      throw new InvalidValue("delivery.proof.date-required", "a date is required");
    }
    LocalDate date = DeliveryInputs.parseDate(t);
    if (date == null) {
      throw new InvalidValue("delivery.proof.date-format", "not a date: " + t, shorten(t));
    }
    return date;
  }

  /** A quantity (decimal comma or point, three decimals at most); null when blank. */
  static @Nullable BigDecimal quantity(@Nullable String text) {
    String t =
        text == null
            ? ""
            : text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "");
    if (t.isEmpty()) {
      return null;
    }
    BigDecimal quantity = DeliveryInputs.parseDecimal(t, QUANTITY);
    if (quantity == null) {
      throw new InvalidValue("delivery.proof.number-format", "not a quantity: " + t, shorten(t));
    }
    return quantity;
  }

  /** A photo id from the path; anything but a UUID is simply not found. */
  static UUID photoId(String value) {
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      throw new ResourceNotFound("delivery-photo", value);
    }
  }

  static String shorten(String text) {
    return text.length() <= 30 ? text : text.substring(0, 30) + "…";
  }
}
