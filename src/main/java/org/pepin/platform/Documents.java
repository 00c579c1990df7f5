package org.pepin.platform;

import java.util.Locale;
import java.util.Map;

/**
 * Renders a company's documents (letters, quotes, invoices…) from Thymeleaf templates to PDF/A-3b:
 * A4, the company's letterhead and legal mentions, fonts and colour profile embedded, French
 * typography. The PDF/A-3 container is what Factur-X invoices need and what an archive keeps.
 *
 * <p>Templates live under {@code templates/pdf/} (e.g. {@code letter} is {@code
 * templates/pdf/letter.html}, {@code invoicing/invoice} is {@code
 * templates/pdf/invoicing/invoice.html}); they include the shared fragments of {@code
 * templates/pdf/letterhead.html}. Besides the caller's model, a template sees {@code company} (the
 * seller's letterhead: identity, formatted identifiers, logo) and {@code fmt} (dates, amounts and
 * identifiers formatted for the document's language); those two names are reserved.
 */
public interface Documents {

  /** The MIME type of what {@link #render} returns. */
  String PDF = "application/pdf";

  /**
   * @param template the template's name under {@code templates/pdf/}, lower case, e.g. {@code
   *     letter}
   * @param model the template's variables
   * @param locale the document's language (French by default for French customers)
   * @return the PDF/A-3b bytes
   * @throws ResourceNotFound if the company does not exist
   */
  byte[] render(CompanyId company, String template, Map<String, ?> model, Locale locale);

  /** A letter on the company's letterhead ({@code templates/pdf/letter.html}). */
  default byte[] letter(CompanyId company, Letter letter, Locale locale) {
    return render(company, "letter", Map.of("letter", letter), locale);
  }

  /**
   * The sample letter of the settings ("Aperçu de l'en-tête"): the company's letterhead, an
   * addressee in the envelope window, French typography and amounts, page numbers.
   */
  byte[] sampleLetter(CompanyId company, Locale locale);
}
