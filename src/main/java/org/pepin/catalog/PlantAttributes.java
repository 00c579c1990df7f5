package org.pepin.catalog;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.pepin.shared.InvalidValue;

/**
 * What a plant is, as nursery catalogues and plant passports describe it.
 *
 * <p>Plant passports (Regulation (EU) 2016/2031 art. 79–83, 2019/2072): plants for planting moved
 * to professional operators need a passport; a few protected-zone or quarantine-host species (e.g.
 * Olea europaea, a host of Xylella fastidiosa) need one with a traceability code even when sold to
 * final users. Pépin keeps it a flag and a note per product; the delivery module prints the
 * passport with the lot's data.
 *
 * @param botanicalName the Latin name, e.g. {@code Carpinus betulus} (passport field A)
 * @param commonName the French common name, e.g. {@code Charmille}
 * @param variety cultivar, e.g. {@code Red Robin}
 * @param form bare root, root ball, container or standard tree; {@code null} when not relevant
 *     (turf)
 * @param containerLitres the container volume in litres, for {@link PlantForm#CONTAINER}
 * @param girthClass trunk girth class in cm at 1 m, e.g. {@code 12/14}, for {@link
 *     PlantForm#STANDARD_TREE}
 * @param sizeClass height class in cm, e.g. {@code 60/80}, or any size text
 * @param passportRequired whether a plant passport goes with it to professional operators
 * @param passportForFinalUsers whether the passport, with a traceability code, is required even for
 *     final users
 * @param passportNote free text about the passport rule
 */
public record PlantAttributes(
    @Nullable String botanicalName,
    @Nullable String commonName,
    @Nullable String variety,
    @Nullable PlantForm form,
    @Nullable BigDecimal containerLitres,
    @Nullable String girthClass,
    @Nullable String sizeClass,
    boolean passportRequired,
    boolean passportForFinalUsers,
    @Nullable String passportNote) {

  public PlantAttributes {
    botanicalName = clean(botanicalName);
    commonName = clean(commonName);
    variety = clean(variety);
    girthClass = clean(girthClass);
    sizeClass = clean(sizeClass);
    passportNote = clean(passportNote);
    max(botanicalName, 200);
    max(commonName, 200);
    max(variety, 200);
    max(girthClass, 20);
    max(sizeClass, 40);
    max(passportNote, 500);
    if (containerLitres != null) {
      if (containerLitres.signum() <= 0 || containerLitres.stripTrailingZeros().scale() > 2) {
        throw new InvalidValue(
            "plant.container-volume",
            "container volume must be positive",
            containerLitres.toPlainString());
      }
      containerLitres = containerLitres.stripTrailingZeros();
      if (containerLitres.scale() < 0) {
        containerLitres = containerLitres.setScale(0);
      }
    }
    if (passportForFinalUsers && !passportRequired) {
      passportRequired = true;
    }
  }

  /** Whether no attribute is given (the product is not a plant). */
  public boolean isEmpty() {
    return botanicalName == null
        && commonName == null
        && variety == null
        && form == null
        && containerLitres == null
        && girthClass == null
        && sizeClass == null
        && !passportRequired
        && passportNote == null;
  }

  private static void max(@Nullable String text, int length) {
    if (text != null && text.length() > length) {
      throw new InvalidValue("plant.text-length", "text too long", length);
    }
  }

  private static @Nullable String clean(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
