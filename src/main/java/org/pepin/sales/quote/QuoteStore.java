package org.pepin.sales.quote;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pepin.customers.CustomerId;
import org.pepin.customers.CustomerSnapshot;
import org.pepin.customers.DeliveryAddress;
import org.pepin.platform.CompanyId;
import org.pepin.platform.ConcurrentModification;
import org.pepin.platform.ResourceNotFound;
import org.pepin.platform.TermsOfSaleId;
import org.pepin.platform.UserId;
import org.pepin.sales.DownPayment;
import org.pepin.sales.DownPaymentKind;
import org.pepin.sales.OrderId;
import org.pepin.sales.QuoteId;
import org.pepin.sales.QuoteRevision;
import org.pepin.sales.QuoteRevisionId;
import org.pepin.sales.QuoteStatus;
import org.pepin.sales.QuoteView;
import org.pepin.sales.SalesLine;
import org.pepin.sales.document.SalesJson;
import org.pepin.sales.document.SalesLineStore;
import org.pepin.shared.Money;
import org.pepin.shared.PaymentTerms;
import org.pepin.shared.Percentage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Quotes and their revisions in tables {@code sales_quote} and {@code sales_quote_revision}. */
@Component
class QuoteStore {

  private final JdbcClient jdbc;
  private final SalesLineStore lines;

  QuoteStore(JdbcClient jdbc, SalesLineStore lines) {
    this.jdbc = jdbc;
    this.lines = lines;
  }

  /** The header of a quote, as stored. */
  record Header(
      QuoteId id,
      int version,
      @Nullable String number,
      CustomerId customer,
      String customerCode,
      String customerName,
      @Nullable UserId salesRep,
      QuoteStatus status,
      QuoteRevisionId currentRevision,
      @Nullable OrderId order,
      @Nullable String statusReason,
      Instant createdAt,
      Instant updatedAt) {

    /** The same quote, as of this version, with a new state. */
    Header with(
        @Nullable String number,
        QuoteStatus status,
        QuoteRevisionId currentRevision,
        @Nullable OrderId order,
        @Nullable String statusReason,
        Instant updatedAt) {
      return new Header(
          id,
          version,
          number,
          customer,
          customerCode,
          customerName,
          salesRep,
          status,
          currentRevision,
          order,
          statusReason,
          createdAt,
          updatedAt);
    }
  }

  void insertHeader(CompanyId company, Header h) {
    jdbc.sql(
            """
            INSERT INTO sales_quote (id, company_id, version, number, customer_id, customer_code,
              customer_name, sales_rep_id,
              status, current_revision_id, order_id, status_reason, created_at, updated_at)
            VALUES (:id, :company, 1, :number, :customer, :customerCode, :customerName, :rep, :status, :current, :order,
              :reason, :created, :updated)
            """)
        .params(headerParams(company, h))
        .update();
  }

  /**
   * Saves the header as of the version read, and returns the new version.
   *
   * @throws ConcurrentModification if someone changed the quote since
   */
  int updateHeader(CompanyId company, Header h) {
    int updated =
        jdbc.sql(
                """
                UPDATE sales_quote SET version = version + 1, number = :number,
                  customer_id = :customer, customer_code = :customerCode,
                  customer_name = :customerName, sales_rep_id = :rep, status = :status,
                  current_revision_id = :current, order_id = :order, status_reason = :reason,
                  updated_at = :updated
                WHERE id = :id AND company_id = :company AND version = :version
                """)
            .params(headerParams(company, h))
            .update();
    if (updated != 1) {
      throw new ConcurrentModification("quote", h.id());
    }
    return h.version() + 1;
  }

  private static Map<String, @Nullable Object> headerParams(CompanyId company, Header h) {
    var p = new HashMap<String, @Nullable Object>();
    p.put("id", h.id().value());
    p.put("company", company.value());
    p.put("version", h.version());
    p.put("number", h.number());
    p.put("customer", h.customer().value());
    p.put("customerCode", h.customerCode());
    p.put("customerName", h.customerName());
    p.put("rep", h.salesRep() == null ? null : h.salesRep().value());
    p.put("status", h.status().name());
    p.put("current", h.currentRevision().value());
    p.put("order", h.order() == null ? null : h.order().value());
    p.put("reason", h.statusReason());
    p.put("created", Timestamp.from(h.createdAt()));
    p.put("updated", Timestamp.from(h.updatedAt()));
    return p;
  }

  Optional<Header> header(CompanyId company, QuoteId id) {
    return jdbc.sql("SELECT * FROM sales_quote WHERE id = ? AND company_id = ?")
        .params(id.value(), company.value())
        .query(QuoteStore::header)
        .optional();
  }

  /** The header, locked for update (sending, accepting). */
  Header lockHeader(CompanyId company, QuoteId id) {
    return jdbc.sql("SELECT * FROM sales_quote WHERE id = ? AND company_id = ? FOR UPDATE")
        .params(id.value(), company.value())
        .query(QuoteStore::header)
        .optional()
        .orElseThrow(() -> new ResourceNotFound("quote", id));
  }

  private static Header header(ResultSet rs, int n) throws SQLException {
    UUID rep = rs.getObject("sales_rep_id", UUID.class);
    UUID order = rs.getObject("order_id", UUID.class);
    return new Header(
        new QuoteId(rs.getObject("id", UUID.class)),
        rs.getInt("version"),
        rs.getString("number"),
        new CustomerId(rs.getObject("customer_id", UUID.class)),
        rs.getString("customer_code"),
        rs.getString("customer_name"),
        rep == null ? null : new UserId(rep),
        QuoteStatus.valueOf(rs.getString("status")),
        new QuoteRevisionId(rs.getObject("current_revision_id", UUID.class)),
        order == null ? null : new OrderId(order),
        rs.getString("status_reason"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getTimestamp("updated_at").toInstant());
  }

  void insertRevision(CompanyId company, QuoteRevision r, @Nullable UserId createdBy) {
    var p = revisionParams(company, r);
    p.put("createdBy", createdBy == null ? null : createdBy.value());
    jdbc.sql(
            """
            INSERT INTO sales_quote_revision (id, company_id, quote_id, revision, quote_date,
              valid_until, customer_snapshot, delivery_address, delivery_lead_time, payment_terms,
              prices_include_vat, down_payment_kind, down_payment_percent, down_payment_amount, discount_percent,
              discount_amount, terms_version_id, introduction, notes, total_net, total_vat,
              total_gross, manual_discount_rate, early_start_requested, created_at, created_by)
            VALUES (:id, :company, :quote, :revision, :date, :validUntil, :customer, :delivery,
              :leadTime, :terms, :ttc, :dpKind, :dpPercent, :dpAmount, :discountPercent, :discountAmount,
              :termsOfSale, :introduction, :notes, :net, :vat, :gross, :manualRate, FALSE,
              :createdAt, :createdBy)
            """)
        .params(p)
        .update();
    lines.insert(company, r.id(), r.lines());
  }

  /** Rewrites a draft revision (never a sent one: the WHERE clause guards it). */
  void replaceDraftRevision(CompanyId company, QuoteRevision r) {
    int updated =
        jdbc.sql(
                """
                UPDATE sales_quote_revision SET quote_date = :date, valid_until = :validUntil,
                  customer_snapshot = :customer, delivery_address = :delivery,
                  delivery_lead_time = :leadTime, payment_terms = :terms,
                  prices_include_vat = :ttc, down_payment_kind = :dpKind,
                  down_payment_percent = :dpPercent, down_payment_amount = :dpAmount, discount_percent = :discountPercent,
                  discount_amount = :discountAmount, terms_version_id = :termsOfSale,
                  introduction = :introduction, notes = :notes, total_net = :net,
                  total_vat = :vat, total_gross = :gross, manual_discount_rate = :manualRate,
                  approved_by = NULL, approved_at = NULL
                WHERE id = :id AND company_id = :company AND sent_at IS NULL
                """)
            .params(revisionParams(company, r))
            .update();
    if (updated != 1) {
      throw new IllegalStateException("not a draft revision: " + r.id());
    }
    lines.delete(company, r.id());
    lines.insert(company, r.id(), r.lines());
  }

  private static Map<String, @Nullable Object> revisionParams(CompanyId company, QuoteRevision r) {
    var p = new HashMap<String, @Nullable Object>();
    p.put("id", r.id().value());
    p.put("company", company.value());
    p.put("quote", r.quote().value());
    p.put("revision", r.revision());
    p.put("date", r.date());
    p.put("validUntil", r.validUntil());
    p.put("customer", SalesJson.write(r.customer()));
    p.put("delivery", r.deliveryAddress() == null ? null : SalesJson.write(r.deliveryAddress()));
    p.put("leadTime", r.deliveryLeadTime());
    p.put("terms", r.paymentTerms() == null ? null : r.paymentTerms().code());
    p.put("ttc", r.pricesIncludeVat());
    p.put("dpKind", r.downPayment() == null ? null : r.downPayment().kind().name());
    p.put(
        "dpPercent",
        r.downPayment() == null || r.downPayment().percent() == null
            ? null
            : r.downPayment().percent().value());
    p.put(
        "dpAmount",
        r.downPayment() == null || r.downPayment().amount() == null
            ? null
            : r.downPayment().amount().amount());
    p.put("discountPercent", r.discountPercent() == null ? null : r.discountPercent().value());
    p.put("discountAmount", r.discountAmount() == null ? null : r.discountAmount().amount());
    p.put("termsOfSale", r.termsOfSale() == null ? null : r.termsOfSale().value());
    p.put("introduction", r.introduction());
    p.put("notes", r.notes());
    p.put("net", r.totals().totalNet().amount());
    p.put("vat", r.totals().totalVat().amount());
    p.put("gross", r.totals().totalGross().amount());
    p.put("manualRate", r.manualDiscountRate().value());
    p.put("createdAt", Timestamp.from(r.createdAt()));
    return p;
  }

  void approve(CompanyId company, QuoteRevisionId revision, UserId by, Instant at) {
    jdbc.sql(
            """
            UPDATE sales_quote_revision SET approved_by = ?, approved_at = ?
            WHERE id = ? AND company_id = ? AND sent_at IS NULL
            """)
        .params(by.value(), Timestamp.from(at), revision.value(), company.value())
        .update();
  }

  /** Freezes a revision: sent, with its PDF and the hash of its acceptance token. */
  void markSent(
      CompanyId company,
      QuoteRevisionId revision,
      Instant at,
      @Nullable UserId by,
      byte[] pdf,
      String pdfSha256,
      String tokenHash) {
    int updated =
        jdbc.sql(
                """
                UPDATE sales_quote_revision SET sent_at = ?, sent_by = ?, pdf = ?, pdf_sha256 = ?,
                  acceptance_token_hash = ?
                WHERE id = ? AND company_id = ? AND sent_at IS NULL
                """)
            .params(
                Timestamp.from(at),
                by == null ? null : by.value(),
                pdf,
                pdfSha256,
                tokenHash,
                revision.value(),
                company.value())
            .update();
    if (updated != 1) {
      throw new IllegalStateException("revision already sent: " + revision);
    }
  }

  void recordDecision(CompanyId company, QuoteRevisionId revision, QuoteRevision.Decision d) {
    jdbc.sql(
            """
            UPDATE sales_quote_revision SET decided_at = ?, decision = ?, decision_channel = ?,
              signer_name = ?, signer_ip = ?, decision_reason = ?, early_start_requested = ?
            WHERE id = ? AND company_id = ? AND decision IS NULL
            """)
        .params(
            Timestamp.from(d.at()),
            d.outcome().name(),
            d.channel(),
            d.signerName(),
            d.signerIp(),
            d.reason(),
            d.earlyStartRequested(),
            revision.value(),
            company.value())
        .update();
  }

  /** The company and revision whose acceptance token has this hash. */
  Optional<Map.Entry<CompanyId, QuoteRevisionId>> byTokenHash(String hash) {
    return jdbc.sql(
            "SELECT company_id, id FROM sales_quote_revision WHERE acceptance_token_hash = ?")
        .param(hash)
        .query(
            (rs, n) ->
                Map.entry(
                    new CompanyId(rs.getObject("company_id", UUID.class)),
                    new QuoteRevisionId(rs.getObject("id", UUID.class))))
        .optional();
  }

  Optional<byte[]> pdf(CompanyId company, QuoteRevisionId revision) {
    return jdbc.sql("SELECT pdf FROM sales_quote_revision WHERE id = ? AND company_id = ?")
        .params(revision.value(), company.value())
        .query((rs, n) -> rs.getBytes(1))
        .optional()
        .filter(bytes -> bytes != null);
  }

  Optional<QuoteRevision> revision(CompanyId company, QuoteRevisionId id) {
    return jdbc.sql("SELECT * FROM sales_quote_revision WHERE id = ? AND company_id = ?")
        .params(id.value(), company.value())
        .query((rs, n) -> revision(rs, lines.lines(company, id)))
        .optional();
  }

  List<QuoteView.Summary> summaries(CompanyId company, QuoteId quote) {
    return jdbc.sql(
            """
            SELECT id, revision, quote_date, valid_until, sent_at, total_gross, decision
            FROM sales_quote_revision WHERE quote_id = ? AND company_id = ?
            ORDER BY LENGTH(revision), revision
            """)
        .params(quote.value(), company.value())
        .query(
            (rs, n) -> {
              Timestamp sent = rs.getTimestamp("sent_at");
              String decision = rs.getString("decision");
              return new QuoteView.Summary(
                  new QuoteRevisionId(rs.getObject("id", UUID.class)),
                  rs.getString("revision"),
                  rs.getObject("quote_date", LocalDate.class),
                  rs.getObject("valid_until", LocalDate.class),
                  sent == null ? null : sent.toInstant(),
                  Money.of(rs.getBigDecimal("total_gross")),
                  decision == null ? null : QuoteStatus.valueOf(decision));
            })
        .list();
  }

  /** Sent quotes whose current revision's validity ended before {@code today}. */
  List<QuoteId> expired(CompanyId company, LocalDate today) {
    return jdbc.sql(
            """
            SELECT q.id FROM sales_quote q
            JOIN sales_quote_revision r ON r.id = q.current_revision_id
            WHERE q.company_id = ? AND q.status = 'SENT' AND r.valid_until < ?
            """)
        .params(company.value(), today)
        .query((rs, n) -> new QuoteId(rs.getObject(1, UUID.class)))
        .list();
  }

  private QuoteRevision revision(ResultSet rs, List<SalesLine> lines) throws SQLException {
    String dpKind = rs.getString("down_payment_kind");
    BigDecimal dpPercent = rs.getBigDecimal("down_payment_percent");
    BigDecimal dpAmount = rs.getBigDecimal("down_payment_amount");
    BigDecimal discountPercent = rs.getBigDecimal("discount_percent");
    BigDecimal discountAmount = rs.getBigDecimal("discount_amount");
    String delivery = rs.getString("delivery_address");
    String terms = rs.getString("payment_terms");
    UUID termsOfSale = rs.getObject("terms_version_id", UUID.class);
    UUID approvedBy = rs.getObject("approved_by", UUID.class);
    Timestamp approvedAt = rs.getTimestamp("approved_at");
    Timestamp sentAt = rs.getTimestamp("sent_at");
    UUID sentBy = rs.getObject("sent_by", UUID.class);
    String decision = rs.getString("decision");
    Percentage percent = discountPercent == null ? null : new Percentage(discountPercent);
    Money amount = discountAmount == null ? null : Money.of(discountAmount);
    return new QuoteRevision(
        new QuoteRevisionId(rs.getObject("id", UUID.class)),
        new QuoteId(rs.getObject("quote_id", UUID.class)),
        rs.getString("revision"),
        rs.getObject("quote_date", LocalDate.class),
        rs.getObject("valid_until", LocalDate.class),
        SalesJson.read(rs.getString("customer_snapshot"), CustomerSnapshot.class),
        delivery == null ? null : SalesJson.read(delivery, DeliveryAddress.class),
        rs.getString("delivery_lead_time"),
        terms == null ? null : PaymentTerms.parse(terms),
        rs.getBoolean("prices_include_vat"),
        dpKind == null
            ? null
            : new DownPayment(
                DownPaymentKind.valueOf(dpKind),
                dpPercent == null ? null : new Percentage(dpPercent),
                dpAmount == null ? null : new Money(dpAmount)),
        percent,
        amount,
        termsOfSale == null ? null : new TermsOfSaleId(termsOfSale),
        rs.getString("introduction"),
        rs.getString("notes"),
        lines,
        SalesLineStore.totals(lines, percent, amount),
        new Percentage(rs.getBigDecimal("manual_discount_rate")),
        approvedBy == null ? null : new UserId(approvedBy),
        approvedAt == null ? null : approvedAt.toInstant(),
        sentAt == null ? null : sentAt.toInstant(),
        sentBy == null ? null : new UserId(sentBy),
        rs.getString("pdf_sha256"),
        decision == null
            ? null
            : new QuoteRevision.Decision(
                QuoteStatus.valueOf(decision),
                rs.getTimestamp("decided_at").toInstant(),
                rs.getString("decision_channel"),
                rs.getString("signer_name"),
                rs.getString("signer_ip"),
                rs.getString("decision_reason"),
                rs.getBoolean("early_start_requested")),
        rs.getTimestamp("created_at").toInstant());
  }
}
