package org.pepin.platform;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pepin.shared.PostalAddress;

/**
 * A letter on the company's letterhead, as {@code templates/pdf/letter.html} prints it (reminders,
 * formal notices, contract renewals reuse it).
 *
 * @param addressee the lines of the address block, at most 6 (NF Z10-011), printed in the window of
 *     a DL envelope; see {@link #addressLines}
 * @param place the place of writing, usually the city of the head office
 * @param date the date of the letter
 * @param reference "Vos réf. / Nos réf." line, if any
 * @param subject the "Objet" line
 * @param salutation e.g. "Madame, Monsieur,"
 * @param paragraphs the body, one entry per paragraph
 * @param closing the closing formula
 * @param signatory the name (and title) of the signatory
 */
public record Letter(
    List<String> addressee,
    String place,
    LocalDate date,
    @Nullable String reference,
    String subject,
    String salutation,
    List<String> paragraphs,
    String closing,
    String signatory) {

  /** NF Z10-011: a French postal address has 6 lines at most (7 abroad, with the country). */
  public static final int MAX_ADDRESS_LINES = 7;

  public Letter {
    addressee = List.copyOf(addressee);
    paragraphs = List.copyOf(paragraphs);
    if (addressee.isEmpty() || addressee.size() > MAX_ADDRESS_LINES) {
      throw new IllegalArgumentException("an address has 1 to 7 lines: " + addressee);
    }
  }

  /**
   * The address block: the name, an optional attention line ("À l'attention de …"), then the postal
   * lines ({@link PostalAddress#lines()}: street, complement, postal code and city in capitals,
   * country abroad) — the order of NF Z10-011.
   */
  public static List<String> addressLines(
      String name, @Nullable String attention, PostalAddress address) {
    var lines = new ArrayList<String>();
    lines.add(name);
    if (attention != null && !attention.isBlank()) {
      lines.add(attention.strip());
    }
    lines.addAll(address.lines());
    return List.copyOf(lines);
  }
}
