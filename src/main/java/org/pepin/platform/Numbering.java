package org.pepin.platform;

import java.time.LocalDate;

/**
 * Legal numbers of documents: one gapless, chronological series per company and document kind
 * (optionally restarting each year), formatted by the series' pattern, e.g. {@code FA-2026-00042}.
 *
 * <p>The number is taken under a row lock on the series, inside the caller's transaction: the
 * transaction that issues the document takes its number, and a transaction that rolls back gives it
 * back, so that the series has neither gap nor duplicate (CGI annexe II art. 242 nonies A I 7°: "un
 * numéro unique basé sur une séquence chronologique et continue"; france-compliance §1.3,
 * R-INV-03). The issuing module should take the number as late as possible in its transaction (the
 * lock is held until commit) and render PDFs after commit.
 */
public interface Numbering {

  /**
   * Takes the next number of the company's series for {@code documentKind}, for a document dated
   * {@code date} (its issue date, normally the company's today). Must run inside a transaction
   * ({@code Propagation.MANDATORY}).
   *
   * @param documentKind a registered kind ({@link DocumentKind#key()}), e.g. {@code INVOICE}
   * @return the formatted number, e.g. {@code FA-2026-00042}
   * @throws org.pepin.shared.InvalidValue {@code numbering.backdated} if {@code date} is before the
   *     date of the last number of the series (the sequence must stay chronological, R-INV-05),
   *     {@code numbering.year-closed} if a yearly series already numbers a later year, {@code
   *     numbering.too-long} if the number would exceed 35 characters, {@code
   *     numbering.unknown-kind} for a kind nobody registered
   */
  String next(CompanyId company, String documentKind, LocalDate date);
}
