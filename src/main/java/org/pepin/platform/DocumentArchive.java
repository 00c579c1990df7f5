package org.pepin.platform;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The archive of issued documents as issued: the rendered PDF/A-3 or Factur-X file of each legal
 * document, kept with its SHA-256 and the time it was stored, write-once (the database refuses
 * UPDATE and DELETE of archived rows). Invoices are kept 10 years (C. com. L123-22) and, for tax, 6
 * years in the form they were issued in, guaranteeing "l'authenticité de l'origine, l'intégrité de
 * leur contenu et leur lisibilité" (LPF L102 B I; CGI art. 289 V); archiving is one of the four
 * conditions of CGI art. 286 I 3° bis (BOI-TVA-DECLA-30-10-30). The issuing module renders and
 * stores the file after its issuing transaction has committed (outside the numbering lock).
 */
public interface DocumentArchive {

  /**
   * Stores the file of an issued document, in its own transaction (or the caller's). Storing the
   * same bytes again answers the existing entry (a retried render is harmless).
   *
   * @param kind the document kind, e.g. {@code INVOICE}
   * @param number the document's legal number
   * @throws org.pepin.shared.InvalidValue {@code archive.already-stored} if the document has an
   *     archived file with different bytes, {@code archive.empty} for an empty file
   */
  Archived store(CompanyId company, String kind, UUID documentId, String number, byte[] content);

  /** The archived file of the document, if any. */
  Optional<Archived> get(CompanyId company, String kind, UUID documentId);

  /** Whether the archived bytes still have the hash recorded when they were stored. */
  Verdict verify(CompanyId company, String kind, UUID documentId);

  /** Those of {@code documentIds} that have no archived file, in the given order. */
  List<UUID> missing(CompanyId company, String kind, List<UUID> documentIds);

  /** An archived file. */
  record Archived(
      String kind,
      UUID documentId,
      String number,
      String sha256,
      long size,
      Instant storedAt,
      byte[] content) {}

  /** The result of {@link #verify}. */
  enum Verdict {
    INTACT,
    ALTERED,
    MISSING
  }
}
