package org.pepin.sales.order;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
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
import org.pepin.sales.DownPaymentId;
import org.pepin.sales.DownPaymentKind;
import org.pepin.sales.DownPaymentView;
import org.pepin.sales.OrderId;
import org.pepin.sales.OrderStatus;
import org.pepin.sales.OrderView;
import org.pepin.sales.QuoteId;
import org.pepin.sales.QuoteRevisionId;
import org.pepin.sales.SalesLine;
import org.pepin.sales.document.SalesJson;
import org.pepin.sales.document.SalesLineStore;
import org.pepin.shared.DocumentTotals;
import org.pepin.shared.Money;
import org.pepin.shared.PaymentTerms;
import org.pepin.shared.Percentage;
import org.pepin.shared.VatRate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Orders, their amendments' snapshots and their down payments. */
@Component
class OrderStore {

  private final JdbcClient jdbc;
  private final SalesLineStore lines;

  OrderStore(JdbcClient jdbc, SalesLineStore lines) {
    this.jdbc = jdbc;
    this.lines = lines;
  }

  void insert(CompanyId company, OrderView o) {
    jdbc.sql(
            """
            INSERT INTO sales_order (id, company_id, version, number, customer_id, customer_code,
              customer_name, sales_rep_id,
              quote_id, quote_revision_id, revision, status, status_reason, status_args,
              order_date, pricing_date, customer_snapshot, customer_reference, commitment_number,
              requested_delivery, delivery_address, payment_terms, prices_include_vat,
              down_payment_kind, down_payment_percent, down_payment_amount, discount_percent, discount_amount,
              terms_version_id, notes, total_net, total_vat, total_gross, withdrawal_until,
              early_start_requested, confirmed_at, created_at, updated_at)
            VALUES (:id, :company, 1, :number, :customer, :customerCode, :customerName, :rep, :quote, :quoteRevision, :revision,
              :status, :reason, :args, :date, :pricingDate, :snapshot, :customerReference,
              :commitment, :requestedDelivery, :delivery, :terms, :ttc, :dpKind, :dpPercent, :dpAmount,
              :discountPercent, :discountAmount, :termsOfSale, :notes, :net, :vat, :gross,
              :withdrawalUntil, :earlyStart, :confirmedAt, :createdAt, :updatedAt)
            """)
        .params(params(company, o))
        .update();
    lines.insert(company, o.id(), o.lines());
  }

  /**
   * Saves the order's header as of the version read and returns the new version; the lines are
   * rewritten when {@code linesChanged}.
   *
   * @throws ConcurrentModification if someone changed it since
   */
  int update(CompanyId company, OrderView o, boolean linesChanged) {
    int updated =
        jdbc.sql(
                """
                UPDATE sales_order SET version = version + 1, number = :number,
                  customer_code = :customerCode, customer_name = :customerName,
                  sales_rep_id = :rep, revision = :revision, status = :status,
                  status_reason = :reason, status_args = :args, customer_snapshot = :snapshot,
                  customer_reference = :customerReference, commitment_number = :commitment,
                  requested_delivery = :requestedDelivery, delivery_address = :delivery,
                  payment_terms = :terms, down_payment_kind = :dpKind,
                  down_payment_percent = :dpPercent, down_payment_amount = :dpAmount, discount_percent = :discountPercent,
                  discount_amount = :discountAmount, notes = :notes, total_net = :net,
                  total_vat = :vat, total_gross = :gross, withdrawal_until = :withdrawalUntil,
                  early_start_requested = :earlyStart, confirmed_at = :confirmedAt,
                  updated_at = :updatedAt
                WHERE id = :id AND company_id = :company AND version = :version
                """)
            .params(params(company, o))
            .update();
    if (updated != 1) {
      throw new ConcurrentModification("order", o.id());
    }
    if (linesChanged) {
      lines.delete(company, o.id());
      lines.insert(company, o.id(), o.lines());
    }
    return o.version() + 1;
  }

  private static Map<String, @Nullable Object> params(CompanyId company, OrderView o) {
    var p = new HashMap<String, @Nullable Object>();
    p.put("id", o.id().value());
    p.put("company", company.value());
    p.put("version", o.version());
    p.put("number", o.number());
    p.put("customer", o.customer().value());
    p.put("customerCode", o.customerSnapshot().code());
    p.put("customerName", o.customerSnapshot().name());
    p.put("rep", o.salesRep() == null ? null : o.salesRep().value());
    p.put("quote", o.quote() == null ? null : o.quote().value());
    p.put("quoteRevision", o.quoteRevision() == null ? null : o.quoteRevision().value());
    p.put("revision", o.revision());
    p.put("status", o.status().name());
    p.put("reason", o.statusReason());
    p.put("args", o.statusArgs().isEmpty() ? null : String.join("\u001f", o.statusArgs()));
    p.put("date", o.date());
    p.put("pricingDate", o.pricingDate());
    p.put("snapshot", SalesJson.write(o.customerSnapshot()));
    p.put("customerReference", o.customerReference());
    p.put("commitment", o.commitmentNumber());
    p.put("requestedDelivery", o.requestedDelivery());
    p.put("delivery", o.deliveryAddress() == null ? null : SalesJson.write(o.deliveryAddress()));
    p.put("terms", o.paymentTerms() == null ? null : o.paymentTerms().code());
    p.put("ttc", o.pricesIncludeVat());
    p.put("dpKind", o.downPayment() == null ? null : o.downPayment().kind().name());
    p.put(
        "dpPercent",
        o.downPayment() == null || o.downPayment().percent() == null
            ? null
            : o.downPayment().percent().value());
    p.put(
        "dpAmount",
        o.downPayment() == null || o.downPayment().amount() == null
            ? null
            : o.downPayment().amount().amount());
    p.put("discountPercent", o.discountPercent() == null ? null : o.discountPercent().value());
    p.put("discountAmount", o.discountAmount() == null ? null : o.discountAmount().amount());
    p.put("termsOfSale", o.termsOfSale() == null ? null : o.termsOfSale().value());
    p.put("notes", o.notes());
    p.put("net", o.totals().totalNet().amount());
    p.put("vat", o.totals().totalVat().amount());
    p.put("gross", o.totals().totalGross().amount());
    p.put("withdrawalUntil", o.withdrawalUntil());
    p.put("earlyStart", o.earlyStartRequested());
    p.put("confirmedAt", o.confirmedAt() == null ? null : Timestamp.from(o.confirmedAt()));
    p.put("createdAt", Timestamp.from(o.createdAt()));
    p.put("updatedAt", Timestamp.from(o.updatedAt()));
    return p;
  }

  Optional<OrderView> find(CompanyId company, OrderId id, boolean lock) {
    return jdbc.sql(
            "SELECT * FROM sales_order WHERE id = ? AND company_id = ?"
                + (lock ? " FOR UPDATE" : ""))
        .params(id.value(), company.value())
        .query((rs, n) -> order(company, rs))
        .optional();
  }

  OrderView lock(CompanyId company, OrderId id) {
    return find(company, id, true).orElseThrow(() -> new ResourceNotFound("order", id));
  }

  /** Confirmed or partly delivered orders, oldest first; of one customer if given. */
  List<OrderId> toDeliver(
      CompanyId company, @org.jspecify.annotations.Nullable CustomerId customer) {
    return jdbc.sql(
            "SELECT id FROM sales_order WHERE company_id = :company"
                + " AND status IN ('CONFIRMED', 'PARTIALLY_DELIVERED')"
                + (customer == null ? "" : " AND customer_id = :customer")
                + " ORDER BY COALESCE(requested_delivery, order_date), number")
        .param("company", company.value())
        .param("customer", customer == null ? null : customer.value())
        .query((rs, n) -> new OrderId(rs.getObject(1, UUID.class)))
        .list();
  }

  /** Orders of the company in {@code status} whose withdrawal period ended before {@code today}. */
  List<OrderId> withdrawalEnded(CompanyId company, LocalDate today) {
    return jdbc.sql(
            """
            SELECT id FROM sales_order WHERE company_id = ? AND status = 'WITHDRAWAL_PERIOD'
              AND withdrawal_until < ?
            """)
        .params(company.value(), today)
        .query((rs, n) -> new OrderId(rs.getObject(1, UUID.class)))
        .list();
  }

  void insertRevision(
      CompanyId company, OrderView before, String reason, Instant at, @Nullable UserId by) {
    jdbc.sql(
            """
            INSERT INTO sales_order_revision (id, company_id, order_id, revision, content, reason,
              created_at, created_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            UUID.randomUUID(),
            company.value(),
            before.id().value(),
            before.revision(),
            SalesJson.write(before.lines()),
            reason,
            Timestamp.from(at),
            by == null ? null : by.value())
        .update();
  }

  /** An amendment as recorded: the revision it closed, why, when, and that revision's lines. */
  record Amendment(
      int revision, String reason, Instant at, @Nullable UserId by, String linesJson) {}

  List<Amendment> amendments(CompanyId company, OrderId order) {
    return jdbc.sql(
            """
            SELECT revision, reason, created_at, created_by, content FROM sales_order_revision
            WHERE company_id = ? AND order_id = ? ORDER BY revision
            """)
        .params(company.value(), order.value())
        .query(
            (rs, n) -> {
              UUID by = rs.getObject("created_by", UUID.class);
              return new Amendment(
                  rs.getInt("revision"),
                  rs.getString("reason"),
                  rs.getTimestamp("created_at").toInstant(),
                  by == null ? null : new UserId(by),
                  rs.getString("content"));
            })
        .list();
  }

  void insertDownPayment(
      CompanyId company,
      OrderId order,
      DownPayment downPayment,
      DocumentTotals.Breakdown amounts,
      DownPaymentId id,
      Instant at) {
    jdbc.sql(
            """
            INSERT INTO sales_down_payment (id, company_id, order_id, kind, percent, amount,
              breakdown, total_net, total_vat, total_gross, status, amount_paid, requested_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'REQUESTED', 0, ?)
            """)
        .params(
            id.value(),
            company.value(),
            order.value(),
            downPayment.kind().name(),
            downPayment.percent() == null ? null : downPayment.percent().value(),
            downPayment.amount() == null ? null : downPayment.amount().amount(),
            breakdown(amounts),
            amounts.totalNet().amount(),
            amounts.totalVat().amount(),
            amounts.totalGross().amount(),
            Timestamp.from(at))
        .update();
  }

  /** Changes the amounts of the order's down payment still only requested; returns how many. */
  int updateRequestedDownPayment(
      CompanyId company, OrderId order, DownPayment downPayment, DocumentTotals.Breakdown amounts) {
    return jdbc.sql(
            """
            UPDATE sales_down_payment SET kind = ?, percent = ?, amount = ?, breakdown = ?, total_net = ?,
              total_vat = ?, total_gross = ?
            WHERE company_id = ? AND order_id = ? AND status = 'REQUESTED'
            """)
        .params(
            downPayment.kind().name(),
            downPayment.percent() == null ? null : downPayment.percent().value(),
            downPayment.amount() == null ? null : downPayment.amount().amount(),
            breakdown(amounts),
            amounts.totalNet().amount(),
            amounts.totalVat().amount(),
            amounts.totalGross().amount(),
            company.value(),
            order.value())
        .update();
  }

  /** Cancels the order's down payments still only requested. */
  void cancelRequestedDownPayments(CompanyId company, OrderId order) {
    jdbc.sql(
            "UPDATE sales_down_payment SET status = 'CANCELLED' WHERE company_id = ?"
                + " AND order_id = ? AND status = 'REQUESTED'")
        .params(company.value(), order.value())
        .update();
  }

  /** {@code 10:2065.65:206.57;20:1381.75:276.35} — rate, base and VAT per rate. */
  static String breakdown(DocumentTotals.Breakdown amounts) {
    return String.join(
        ";",
        amounts.rates().stream()
            .map(
                r ->
                    r.rate().percent().toPlainString()
                        + ":"
                        + r.base().amount().toPlainString()
                        + ":"
                        + r.vat().amount().toPlainString())
            .toList());
  }

  static DocumentTotals.Breakdown breakdown(String text) {
    return new DocumentTotals.Breakdown(
        Arrays.stream(text.split(";"))
            .filter(s -> !s.isBlank())
            .map(
                s -> {
                  String[] parts = s.split(":");
                  return new DocumentTotals.RateBreakdown(
                      VatRate.of(parts[0]), Money.of(parts[1]), Money.of(parts[2]));
                })
            .toList());
  }

  List<DownPaymentView> downPayments(CompanyId company, OrderId order) {
    return jdbc.sql(
            "SELECT * FROM sales_down_payment WHERE company_id = ? AND order_id = ? ORDER BY requested_at")
        .params(company.value(), order.value())
        .query(
            (rs, n) ->
                new DownPaymentView(
                    new DownPaymentId(rs.getObject("id", UUID.class)),
                    DownPaymentKind.valueOf(rs.getString("kind")),
                    rs.getBigDecimal("percent") == null
                        ? null
                        : new Percentage(rs.getBigDecimal("percent")),
                    rs.getBigDecimal("amount") == null
                        ? null
                        : new Money(rs.getBigDecimal("amount")),
                    breakdown(rs.getString("breakdown")),
                    rs.getString("status"),
                    rs.getString("invoice_number"),
                    Money.of(rs.getBigDecimal("amount_paid")),
                    rs.getTimestamp("requested_at").toInstant()))
        .list();
  }

  private OrderView order(CompanyId company, ResultSet rs) throws SQLException {
    OrderId id = new OrderId(rs.getObject("id", UUID.class));
    List<SalesLine> orderLines = lines.lines(company, id);
    UUID rep = rs.getObject("sales_rep_id", UUID.class);
    UUID quote = rs.getObject("quote_id", UUID.class);
    UUID quoteRevision = rs.getObject("quote_revision_id", UUID.class);
    String args = rs.getString("status_args");
    String delivery = rs.getString("delivery_address");
    String terms = rs.getString("payment_terms");
    String dpKind = rs.getString("down_payment_kind");
    BigDecimal dpPercent = rs.getBigDecimal("down_payment_percent");
    BigDecimal dpAmount = rs.getBigDecimal("down_payment_amount");
    BigDecimal discountPercent = rs.getBigDecimal("discount_percent");
    BigDecimal discountAmount = rs.getBigDecimal("discount_amount");
    UUID termsOfSale = rs.getObject("terms_version_id", UUID.class);
    Timestamp confirmedAt = rs.getTimestamp("confirmed_at");
    Percentage percent = discountPercent == null ? null : new Percentage(discountPercent);
    Money amount = discountAmount == null ? null : Money.of(discountAmount);
    return new OrderView(
        id,
        rs.getInt("version"),
        rs.getString("number"),
        new CustomerId(rs.getObject("customer_id", UUID.class)),
        rep == null ? null : new UserId(rep),
        quote == null ? null : new QuoteId(quote),
        quoteRevision == null ? null : new QuoteRevisionId(quoteRevision),
        rs.getInt("revision"),
        OrderStatus.valueOf(rs.getString("status")),
        rs.getString("status_reason"),
        args == null ? List.of() : List.of(args.split("\u001f", -1)),
        rs.getObject("order_date", LocalDate.class),
        rs.getObject("pricing_date", LocalDate.class),
        SalesJson.read(rs.getString("customer_snapshot"), CustomerSnapshot.class),
        rs.getString("customer_reference"),
        rs.getString("commitment_number"),
        rs.getObject("requested_delivery", LocalDate.class),
        delivery == null ? null : SalesJson.read(delivery, DeliveryAddress.class),
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
        rs.getString("notes"),
        orderLines,
        SalesLineStore.totals(orderLines, percent, amount),
        rs.getObject("withdrawal_until", LocalDate.class),
        rs.getBoolean("early_start_requested"),
        confirmedAt == null ? null : confirmedAt.toInstant(),
        rs.getTimestamp("created_at").toInstant(),
        rs.getTimestamp("updated_at").toInstant(),
        downPayments(company, id));
  }
}
