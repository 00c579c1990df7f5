package org.pepin.delivery.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The flag of the European Union as the plant passport prints it in its top left corner
 * (Implementing Regulation (EU) 2017/2313, annex, parts A and B), drawn as vectors: a blue
 * rectangle of proportions 3:2 and twelve yellow five-pointed stars on a circle whose radius is a
 * third of the height, each star at the hour positions of a clock face, their points upward. The
 * stars are the DejaVu Sans glyph U+2605 (embedded with the document's font), so nothing is fetched
 * at run time. Lengths are millimetres, formatted for CSS.
 *
 * @param width the rectangle's width
 * @param height the rectangle's height
 * @param fontSize the glyph size giving stars of a ninth of the height
 * @param stars where each star's box starts
 */
public record EuFlag(String width, String height, String fontSize, List<Star> stars) {

  /** The box of one star glyph (a square of one em), from the flag's top left corner. */
  public record Star(String left, String top) {}

  /** The share of the em box the star glyph's height takes (measured on DejaVu Sans). */
  private static final double GLYPH_HEIGHT = 0.80;

  /** Where, in the em box (line-height 1), the glyph's centre sits from the top. */
  private static final double GLYPH_CENTRE = 0.55;

  /** A flag {@code height} millimetres high. */
  public static EuFlag of(double height) {
    double width = height * 1.5;
    double starHeight = height / 9;
    double em = starHeight / GLYPH_HEIGHT;
    double radius = height / 3;
    double cx = width / 2;
    double cy = height / 2;
    List<Star> stars = new ArrayList<>();
    for (int hour = 0; hour < 12; hour++) {
      double angle = Math.toRadians(hour * 30);
      double x = cx + radius * Math.sin(angle);
      double y = cy - radius * Math.cos(angle);
      stars.add(new Star(mm(x - em / 2), mm(y - em * GLYPH_CENTRE)));
    }
    return new EuFlag(mm(width), mm(height), mm(em), List.copyOf(stars));
  }

  private static String mm(double value) {
    return String.format(Locale.ROOT, "%.2fmm", value);
  }
}
