package org.pepin.delivery.document;

import org.jspecify.annotations.Nullable;
import org.pepin.catalog.Lot;
import org.pepin.delivery.DeliveredLot;

/**
 * The content of a plant passport as printed (Regulation (EU) 2016/2031 art. 83(1); Implementing
 * Regulation (EU) 2017/2313, annex, parts A and B: the EU flag top left, "Plant Passport", then the
 * lettered elements):
 *
 * <ul>
 *   <li><b>A</b> the botanical name of the species or taxon;
 *   <li><b>B</b> the ISO code of the Member State of registration, a hyphen and the registered
 *       operator's number, e.g. {@code FR-78-0412};
 *   <li><b>C</b> the traceability code of the plants, here the lot's code (the lot number unless
 *       the receipt gave another one);
 *   <li><b>D</b> the country of origin, as an ISO 3166-1 alpha-2 code.
 * </ul>
 *
 * <p>A blank field prints as blank rather than guessed: the passport is the operator's
 * responsibility, and france-compliance §8 (R-PHY-04, R-PHY-05) only asks the software to print
 * what the lot records.
 *
 * @param caption what the passport goes with (product, quantity, lot), printed outside its frame
 */
public record PlantPassport(
    @Nullable String caption,
    String botanicalName,
    String operatorNumber,
    String traceabilityCode,
    String countryOfOrigin) {

  /** The passport of the part of a delivery line taken from one lot. */
  public static PlantPassport of(DeliveredLot lot, @Nullable String caption) {
    return new PlantPassport(
        caption,
        text(lot.botanicalName()),
        text(lot.operatorNumber()),
        lot.traceabilityCode() == null ? lot.lotNumber() : lot.traceabilityCode(),
        text(lot.countryOfOrigin()));
  }

  /** The passport of a lot in stock (labels for its trade units). */
  public static PlantPassport of(Lot lot) {
    return new PlantPassport(
        null,
        text(lot.botanicalName()),
        text(lot.operatorNumber()),
        lot.traceabilityCode() == null ? lot.number() : lot.traceabilityCode(),
        text(lot.countryOfOrigin()));
  }

  private static String text(@Nullable String value) {
    return value == null ? "" : value;
  }
}
