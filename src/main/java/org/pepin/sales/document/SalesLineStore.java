package org.pepin.sales.document;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.pepin.catalog.ProductId;
import org.pepin.platform.CompanyId;
import org.pepin.sales.LineType;
import org.pepin.sales.SalesLine;
import org.pepin.sales.SalesLineId;
import org.pepin.shared.DocumentTotals;
import org.pepin.shared.DocumentTotals.LineKind;
import org.pepin.shared.Identifier;
import org.pepin.shared.Money;
import org.pepin.shared.Percentage;
import org.pepin.shared.Quantity;
import org.pepin.shared.UnitPrice;
import org.pepin.shared.VatRate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The lines of quote revisions and orders, in table {@code sales_line}, written in one JDBC batch.
 * Discounts are stored as {@code 15;5}.
 */
@Component
public class SalesLineStore {

  private static final String COLUMNS =
      "id, company_id, document_id, position, line_type, product_id, product_code, designation,"
          + " quantity, unit, unit_price, price_includes_vat, price_overridden, list_discounts,"
          + " manual_discounts, vat_rate, line_kind, percent_of_lines, list_net_unit_price,"
          + " cost_price, net, base, quantity_delivered, quantity_invoiced, quantity_cancelled,"
          + " cancel_reason";

  private final JdbcTemplate jdbc;

  SalesLineStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Writes the lines of a document (which has none yet). */
  public void insert(CompanyId company, Identifier document, List<SalesLine> lines) {
    jdbc.batchUpdate(
        "INSERT INTO sales_line ("
            + COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        lines,
        200,
        (ps, l) -> {
          int i = 1;
          ps.setObject(i++, l.id().value());
          ps.setObject(i++, company.value());
          ps.setObject(i++, document.value());
          ps.setInt(i++, l.position());
          ps.setString(i++, l.type().name());
          ps.setObject(i++, l.product() == null ? null : l.product().value(), Types.OTHER);
          ps.setString(i++, l.productCode());
          ps.setString(i++, l.designation());
          ps.setBigDecimal(i++, l.quantity() == null ? null : l.quantity().value());
          ps.setString(i++, l.unit());
          ps.setBigDecimal(i++, l.unitPrice() == null ? null : l.unitPrice().value());
          ps.setBoolean(i++, l.priceIncludesVat());
          ps.setBoolean(i++, l.priceOverridden());
          ps.setString(i++, discounts(l.listDiscounts()));
          ps.setString(i++, discounts(l.manualDiscounts()));
          ps.setBigDecimal(i++, l.vatRate() == null ? null : l.vatRate().percent());
          ps.setString(i++, l.kind() == null ? null : l.kind().name());
          ps.setBoolean(i++, l.percentOfLines());
          ps.setBigDecimal(i++, l.listNetUnitPrice() == null ? null : l.listNetUnitPrice().value());
          ps.setBigDecimal(i++, l.costPrice() == null ? null : l.costPrice().value());
          ps.setBigDecimal(i++, l.net() == null ? null : l.net().amount());
          ps.setBigDecimal(i++, l.base() == null ? null : l.base().amount());
          ps.setBigDecimal(i++, l.delivered().value());
          ps.setBigDecimal(i++, l.invoiced().value());
          ps.setBigDecimal(i++, l.cancelled().value());
          ps.setString(i, l.cancelReason());
        });
  }

  /** The lines of a document, in order. */
  public List<SalesLine> lines(CompanyId company, Identifier document) {
    return jdbc.query(
        "SELECT "
            + COLUMNS
            + " FROM sales_line WHERE company_id = ? AND document_id = ? ORDER BY position",
        SalesLineStore::line,
        company.value(),
        document.value());
  }

  /** Adds a delivered quantity to an order line (negative to take a cancelled delivery back). */
  public void addDelivered(CompanyId company, SalesLineId line, Quantity quantity) {
    jdbc.update(
        "UPDATE sales_line SET quantity_delivered = quantity_delivered + ?"
            + " WHERE id = ? AND company_id = ?",
        quantity.value(),
        line.value(),
        company.value());
  }

  /** Cancels what remains to deliver on an order line, with the reason. */
  public void cancelRemainder(
      CompanyId company, SalesLineId line, Quantity quantity, String reason) {
    jdbc.update(
        "UPDATE sales_line SET quantity_cancelled = quantity_cancelled + ?, cancel_reason = ?"
            + " WHERE id = ? AND company_id = ?",
        quantity.value(),
        reason,
        line.value(),
        company.value());
  }

  /** Removes the lines of a draft document before writing them again. */
  public void delete(CompanyId company, Identifier document) {
    jdbc.update(
        "DELETE FROM sales_line WHERE company_id = ? AND document_id = ?",
        company.value(),
        document.value());
  }

  /** The totals of stored lines, recomputed by DocumentTotals exactly as when they were priced. */
  public static DocumentTotals.Result totals(
      List<SalesLine> lines, @Nullable Percentage discountPercent, @Nullable Money discountAmount) {
    DocumentTotals.DocumentDiscount discount =
        discountPercent != null
            ? new DocumentTotals.DocumentDiscount.Percent(discountPercent)
            : discountAmount != null
                ? new DocumentTotals.DocumentDiscount.AmountOff(discountAmount)
                : null;
    return DocumentTotals.compute(
        lines.stream().filter(l -> l.type().priced()).map(SalesLine::totalsLine).toList(),
        discount);
  }

  private static SalesLine line(ResultSet rs, int n) throws SQLException {
    UUID product = rs.getObject("product_id", UUID.class);
    String kind = rs.getString("line_kind");
    return new SalesLine(
        new SalesLineId(rs.getObject("id", UUID.class)),
        rs.getInt("position"),
        LineType.valueOf(rs.getString("line_type")),
        product == null ? null : new ProductId(product),
        rs.getString("product_code"),
        rs.getString("designation"),
        quantity(rs.getBigDecimal("quantity")),
        rs.getString("unit"),
        price(rs.getBigDecimal("unit_price")),
        rs.getBoolean("price_includes_vat"),
        rs.getBoolean("price_overridden"),
        discounts(rs.getString("list_discounts")),
        discounts(rs.getString("manual_discounts")),
        rs.getBigDecimal("vat_rate") == null ? null : new VatRate(rs.getBigDecimal("vat_rate")),
        kind == null ? null : LineKind.valueOf(kind),
        rs.getBoolean("percent_of_lines"),
        price(rs.getBigDecimal("list_net_unit_price")),
        price(rs.getBigDecimal("cost_price")),
        money(rs.getBigDecimal("net")),
        money(rs.getBigDecimal("base")),
        new Quantity(rs.getBigDecimal("quantity_delivered")),
        new Quantity(rs.getBigDecimal("quantity_invoiced")),
        new Quantity(rs.getBigDecimal("quantity_cancelled")),
        rs.getString("cancel_reason"));
  }

  static @Nullable String discounts(List<Percentage> discounts) {
    return discounts.isEmpty()
        ? null
        : discounts.stream()
            .map(d -> d.value().stripTrailingZeros().toPlainString())
            .collect(Collectors.joining(";"));
  }

  static List<Percentage> discounts(@Nullable String text) {
    return text == null || text.isBlank()
        ? List.of()
        : Arrays.stream(text.split(";")).map(Percentage::of).toList();
  }

  private static @Nullable Quantity quantity(@Nullable BigDecimal value) {
    return value == null ? null : new Quantity(value);
  }

  private static @Nullable UnitPrice price(@Nullable BigDecimal value) {
    return value == null ? null : new UnitPrice(value);
  }

  private static @Nullable Money money(@Nullable BigDecimal value) {
    return value == null ? null : Money.of(value);
  }
}
