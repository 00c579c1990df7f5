package org.pepin.platform.integrity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.CanonicalForm;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.CompanyId;
import org.pepin.platform.IntegrityChain;
import org.pepin.shared.InvalidValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link IntegrityChain} on the tables {@code integrity_chain_head} (one row per company and chain,
 * locked with {@code SELECT … FOR UPDATE} while a link is appended) and {@code integrity_link}
 * (write-once: a trigger refuses UPDATE and DELETE; CGI art. 286 I 3° bis, BOI-TVA-DECLA-30-10-30).
 */
@Service
class JdbcIntegrityChain implements IntegrityChain {

  private static final Pattern CHAIN = Pattern.compile("[A-Z][A-Z0-9_-]{0,39}");

  private final JdbcClient jdbc;
  private final CompanyClock clock;

  JdbcIntegrityChain(JdbcClient jdbc, CompanyClock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public Link link(CompanyId company, String chainName, UUID documentId, String canonicalText) {
    checkName(chainName);
    jdbc.sql(
            "INSERT INTO integrity_chain_head (company_id, chain_name, last_sequence, last_hash)"
                + " VALUES (:company, :chain, 0, :genesis) ON CONFLICT DO NOTHING")
        .param("company", company.value())
        .param("chain", chainName)
        .param("genesis", GENESIS)
        .update();
    record Head(long sequence, String hash) {}
    Head head =
        jdbc.sql(
                "SELECT last_sequence, last_hash FROM integrity_chain_head"
                    + " WHERE company_id = :company AND chain_name = :chain FOR UPDATE")
            .param("company", company.value())
            .param("chain", chainName)
            .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
            .single();
    boolean linked =
        jdbc.sql(
                    "SELECT COUNT(*) FROM integrity_link WHERE company_id = :company"
                        + " AND chain_name = :chain AND document_id = :document")
                .param("company", company.value())
                .param("chain", chainName)
                .param("document", documentId)
                .query(Long.class)
                .single()
            > 0;
    if (linked) {
      throw new InvalidValue(
          "integrity.already-linked", "document already in chain " + chainName, chainName);
    }
    long sequence = head.sequence() + 1;
    String hash = hash(head.hash(), canonicalText);
    var at = clock.now(company);
    jdbc.sql(
            "INSERT INTO integrity_link (company_id, chain_name, sequence, document_id,"
                + " previous_hash, hash, linked_at)"
                + " VALUES (:company, :chain, :sequence, :document, :previous, :hash, :at)")
        .param("company", company.value())
        .param("chain", chainName)
        .param("sequence", sequence)
        .param("document", documentId)
        .param("previous", head.hash())
        .param("hash", hash)
        .param("at", Timestamp.from(at))
        .update();
    jdbc.sql(
            "UPDATE integrity_chain_head SET last_sequence = :sequence, last_hash = :hash"
                + " WHERE company_id = :company AND chain_name = :chain")
        .param("company", company.value())
        .param("chain", chainName)
        .param("sequence", sequence)
        .param("hash", hash)
        .update();
    return new Link(chainName, sequence, documentId, head.hash(), hash, at);
  }

  @Override
  @Transactional(readOnly = true)
  public List<Link> links(CompanyId company, String chainName) {
    return jdbc.sql(
            "SELECT chain_name, sequence, document_id, previous_hash, hash, linked_at"
                + " FROM integrity_link WHERE company_id = :company AND chain_name = :chain"
                + " ORDER BY sequence")
        .param("company", company.value())
        .param("chain", chainName)
        .query(JdbcIntegrityChain::link)
        .list();
  }

  /**
   * Walks the links in order: each sequence must follow the previous one, each previous hash must
   * be the hash of the link before, and SHA-256(previous hash + the document's canonical text now)
   * must give the stored hash; the head's last sequence must be the last link's.
   */
  @Override
  @Transactional(readOnly = true)
  public List<BrokenLink> verify(
      CompanyId company, String chainName, Function<UUID, @Nullable String> canonicalNow) {
    List<BrokenLink> broken = new ArrayList<>();
    String previous = GENESIS;
    long expected = 1;
    for (Link link : links(company, chainName)) {
      for (long gap = expected; gap < link.sequence(); gap++) {
        broken.add(new BrokenLink(gap, null, Problem.LINK_MISSING));
      }
      expected = link.sequence() + 1;
      if (!link.previousHash().equals(previous)) {
        broken.add(new BrokenLink(link.sequence(), link.documentId(), Problem.WRONG_ORDER));
      }
      String canonical = canonicalNow.apply(link.documentId());
      if (canonical == null) {
        broken.add(new BrokenLink(link.sequence(), link.documentId(), Problem.DOCUMENT_MISSING));
      } else if (!hash(link.previousHash(), canonical).equals(link.hash())) {
        broken.add(new BrokenLink(link.sequence(), link.documentId(), Problem.ALTERED));
      }
      previous = link.hash();
    }
    long last =
        jdbc.sql(
                "SELECT last_sequence FROM integrity_chain_head"
                    + " WHERE company_id = :company AND chain_name = :chain")
            .param("company", company.value())
            .param("chain", chainName)
            .query(Long.class)
            .optional()
            .orElse(0L);
    for (long gap = expected; gap <= last; gap++) {
      broken.add(new BrokenLink(gap, null, Problem.LINK_MISSING));
    }
    return broken;
  }

  /** SHA-256(previous hash + canonical text), UTF-8, lower-case hex. */
  static String hash(String previousHash, String canonicalText) {
    return CanonicalForm.sha256(previousHash + Objects.requireNonNull(canonicalText));
  }

  private static void checkName(String chainName) {
    if (!CHAIN.matcher(chainName).matches()) {
      throw new IllegalArgumentException("chain name must match " + CHAIN + ": " + chainName);
    }
  }

  private static Link link(ResultSet rs, int row) throws SQLException {
    return new Link(
        rs.getString("chain_name"),
        rs.getLong("sequence"),
        rs.getObject("document_id", UUID.class),
        rs.getString("previous_hash"),
        rs.getString("hash"),
        rs.getTimestamp("linked_at").toInstant());
  }
}
