package org.pepin.platform;

import java.time.LocalDate;

/**
 * One dated version of a company's terms of sale, as documents reference it.
 *
 * @param id what a document stores to say under which terms it was issued
 * @param number the version's rank in the company (1, 2, 3…), printed on documents
 * @param title e.g. "Conditions générales de vente"
 * @param text the terms, plain text or simple Markdown
 * @param appliesFrom the first day the version is in force; from then on it never changes
 */
public record TermsOfSaleVersion(
    TermsOfSaleId id, int number, String title, String text, LocalDate appliesFrom) {

  /**
   * The text as HTML for a page or a PDF template: the simple Markdown of {@link
   * org.pepin.platform.terms.SimpleMarkdown} (everything typed is escaped; only headings,
   * paragraphs, lists, bold and italic are produced), written as well-formed XHTML.
   */
  public String html() {
    return org.pepin.platform.terms.SimpleMarkdown.toHtml(text).replace("<br>", "<br/>");
  }
}
