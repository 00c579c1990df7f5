package org.pepin.platform.pdf;

import java.util.regex.Pattern;
import org.w3c.dom.Node;

/**
 * French typography for printed documents (Lexique des règles typographiques en usage à
 * l'Imprimerie nationale): a narrow no-break space (U+202F) before {@code ; ! ?}, a no-break space
 * (U+00A0) before {@code :} and inside guillemets {@code « »}, and between a number and {@code €}
 * or {@code %}, so that a line never starts with a punctuation mark or a currency sign. Spaces
 * typed before the mark are replaced; a missing one is added when the mark follows a word and ends
 * it (so {@code 10:30}, URLs and codes are left alone). Amounts themselves come formatted by {@link
 * org.pepin.shared.Money#format} (narrow no-break spaces between thousands).
 */
public final class FrenchTypography {

  public static final char NO_BREAK_SPACE = '\u00A0';
  public static final char NARROW_NO_BREAK_SPACE = '\u202F';

  private static final String SPACES = "[\\s\\u00A0\\u202F]";
  private static final String WORD_END = "(?<=[\\p{L}\\p{N}»)\\]'’\"])";
  private static final String FOLLOWED_BY_END = "(?=" + SPACES + "|$|[»)\\]\"’])";

  private static final Pattern HIGH_PUNCTUATION =
      Pattern.compile(WORD_END + SPACES + "*([;!?]+)" + FOLLOWED_BY_END);
  private static final Pattern COLON = Pattern.compile(WORD_END + SPACES + "*:" + FOLLOWED_BY_END);
  private static final Pattern OPENING_GUILLEMET = Pattern.compile("«" + SPACES + "*");
  private static final Pattern CLOSING_GUILLEMET = Pattern.compile(SPACES + "*»");
  private static final Pattern UNIT = Pattern.compile("(\\d)" + SPACES + "+([€%])");

  private FrenchTypography() {}

  /** The text with French spaces around punctuation. */
  public static String apply(String text) {
    if (text.isEmpty()) {
      return text;
    }
    String result = HIGH_PUNCTUATION.matcher(text).replaceAll(NARROW_NO_BREAK_SPACE + "$1");
    result = COLON.matcher(result).replaceAll(NO_BREAK_SPACE + ":");
    result = OPENING_GUILLEMET.matcher(result).replaceAll("«" + NO_BREAK_SPACE);
    result = CLOSING_GUILLEMET.matcher(result).replaceAll(NO_BREAK_SPACE + "»");
    return UNIT.matcher(result).replaceAll("$1" + NO_BREAK_SPACE + "$2");
  }

  /** Applies {@link #apply} to every text node under {@code node}, except in styles and scripts. */
  public static void apply(Node node) {
    if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
      String text = node.getNodeValue();
      if (text != null) {
        node.setNodeValue(apply(text));
      }
      return;
    }
    String name = node.getLocalName() == null ? node.getNodeName() : node.getLocalName();
    if ("style".equalsIgnoreCase(name) || "script".equalsIgnoreCase(name)) {
      return;
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
      apply(child);
    }
  }
}
