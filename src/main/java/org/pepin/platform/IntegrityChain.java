package org.pepin.platform;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The integrity chain of a company's issued legal documents (ARCHITECTURE §3 "Legal documents"). In
 * the transaction that issues a document, its module links the {@link CanonicalForm canonical text}
 * of the document's legal fields to the chain: the link's hash is {@code SHA-256(previousHash +
 * canonicalText)} (UTF-8, lower-case hex), the first link's previous hash being {@link #GENESIS}.
 * Altering, removing or reordering a document afterwards breaks every later recomputation, which
 * {@link #verify} reports. This is the inalterability condition of CGI art. 286 I 3° bis as the
 * administration describes it (BOI-TVA-DECLA-30-10-30: "chaînage" or signature of the recorded
 * data), and keeps the integrity of invoices over their retention (C. com. L123-22: 10 years; LPF
 * L102 B: 6 years, "l'intégrité de leur contenu"). Links are write-once: the database refuses their
 * UPDATE and DELETE.
 */
public interface IntegrityChain {

  /** The previous hash of a chain's first link: 64 zeros. */
  String GENESIS = "0".repeat(64);

  /**
   * Appends the document to the company's chain {@code chainName} (e.g. {@code INVOICE}), under a
   * row lock on the chain's head held until the caller's transaction ends: concurrent issuers wait,
   * and the sequence is gapless (a rolled-back issue gives its place back). Must run inside a
   * transaction ({@code Propagation.MANDATORY}); link as late as possible in it.
   *
   * @param canonicalText the document's {@link CanonicalForm#text()}
   * @throws org.pepin.shared.InvalidValue {@code integrity.already-linked} if the document is
   *     already in the chain
   */
  Link link(CompanyId company, String chainName, UUID documentId, String canonicalText);

  /** The chain's links in order of sequence. */
  List<Link> links(CompanyId company, String chainName);

  /**
   * Recomputes the chain from the documents as they are now and returns what does not match, in
   * order of sequence (empty: the chain is whole).
   *
   * @param canonicalNow the canonical text each document would have now, {@code null} if the
   *     document no longer exists
   */
  List<BrokenLink> verify(
      CompanyId company, String chainName, Function<UUID, @Nullable String> canonicalNow);

  /** A link of a chain. */
  record Link(
      String chainName,
      long sequence,
      UUID documentId,
      String previousHash,
      String hash,
      Instant linkedAt) {}

  /**
   * A link that does not match.
   *
   * @param sequence the sequence where the problem is seen
   * @param documentId the document of the link, {@code null} for a missing link
   */
  record BrokenLink(long sequence, @Nullable UUID documentId, Problem problem) {}

  /** What is wrong with a link. */
  enum Problem {
    /** The document's canonical text now differs from the one that was hashed. */
    ALTERED,
    /** The link's document no longer exists. */
    DOCUMENT_MISSING,
    /** A sequence number has no link (a link was removed). */
    LINK_MISSING,
    /** The link's previous hash is not the hash of the link before it (reordered or replaced). */
    WRONG_ORDER
  }
}
