package org.pepin.platform.pdf;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.pepin.shared.Iban;
import org.pepin.shared.Money;
import org.pepin.shared.Siren;
import org.pepin.shared.Siret;

/**
 * Formats for PDF templates ({@code ${fmt.money(total)}}), in the document's language: dates
 * 29/11/2026 or "29 novembre 2026", amounts 1 234,56 € (narrow no-break spaces), identifiers in
 * their printed groups.
 */
public final class PdfFormats {

  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final Locale locale;

  public PdfFormats(Locale locale) {
    this.locale = locale;
  }

  public Locale locale() {
    return locale;
  }

  public String date(@Nullable LocalDate date) {
    return date == null ? "" : SHORT.format(date);
  }

  /** "29 novembre 2026" in French, "29 November 2026" in English. */
  public String longDate(@Nullable LocalDate date) {
    return date == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
  }

  public String money(@Nullable Money money) {
    return money == null ? "" : money.format(locale);
  }

  public String siren(@Nullable Siren siren) {
    return siren == null ? "" : siren.format();
  }

  public String siret(@Nullable Siret siret) {
    return siret == null ? "" : siret.format();
  }

  public String iban(@Nullable Iban iban) {
    return iban == null ? "" : iban.format();
  }
}
