package org.pepin.delivery.returns;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.pepin.catalog.ProductId;
import org.pepin.customers.CustomerId;
import org.pepin.delivery.DeliveryId;
import org.pepin.delivery.ReturnDestination;
import org.pepin.delivery.ReturnId;
import org.pepin.delivery.ReturnLineId;
import org.pepin.delivery.ReturnedLine;
import org.pepin.platform.CompanyId;
import org.pepin.platform.ResourceNotFound;
import org.pepin.sales.OrderId;
import org.pepin.sales.SalesLineId;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.Quantity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The returned quantities waiting for a credit note, and the record of what was credited (the
 * {@link org.pepin.delivery.Deliveries} API delegates here).
 */
@Component
public class ReturnCredits {

  private final JdbcClient jdbc;

  ReturnCredits(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The customer's return lines with something left to credit, oldest return first. */
  public List<ReturnedLine> toCredit(CompanyId company, CustomerId customer) {
    return jdbc.sql(
            """
            SELECT rl.id, r.id AS return_id, r.number AS return_number, r.returned_on,
                   d.id AS delivery_id, d.number AS delivery_number, l.order_id, l.order_line_id,
                   l.product_id, l.product_code, l.designation, l.unit, rl.destination,
                   rl.quantity - rl.quantity_credited AS to_credit
              FROM delivery_return_line rl
              JOIN delivery_return r ON r.id = rl.return_id AND r.company_id = rl.company_id
              JOIN delivery_line l ON l.id = rl.delivery_line_id AND l.company_id = rl.company_id
              JOIN delivery d ON d.id = r.delivery_id AND d.company_id = rl.company_id
             WHERE rl.company_id = :company AND r.customer_id = :customer
               AND rl.quantity - rl.quantity_credited > 0
             ORDER BY r.returned_on, r.number, l.position, rl.id
            """)
        .param("company", company.value())
        .param("customer", customer.value())
        .query(
            (rs, n) ->
                new ReturnedLine(
                    new ReturnLineId(rs.getObject("id", UUID.class)),
                    new ReturnId(rs.getObject("return_id", UUID.class)),
                    rs.getString("return_number"),
                    rs.getObject("returned_on", java.time.LocalDate.class),
                    new DeliveryId(rs.getObject("delivery_id", UUID.class)),
                    rs.getString("delivery_number"),
                    new OrderId(rs.getObject("order_id", UUID.class)),
                    new SalesLineId(rs.getObject("order_line_id", UUID.class)),
                    new ProductId(rs.getObject("product_id", UUID.class)),
                    rs.getString("product_code"),
                    rs.getString("designation"),
                    rs.getString("unit"),
                    ReturnDestination.valueOf(rs.getString("destination")),
                    new Quantity(rs.getBigDecimal("to_credit"))))
        .list();
  }

  /** Adds a credited quantity to a return line, never beyond what it returned. */
  public void credit(CompanyId company, ReturnLineId line, Quantity quantity) {
    if (quantity.value().signum() <= 0) {
      throw new InvalidValue(
          "delivery.return.quantity",
          "a credited quantity is positive",
          quantity.value().stripTrailingZeros().toPlainString());
    }
    BigDecimal left =
        jdbc.sql(
                "SELECT quantity - quantity_credited FROM delivery_return_line WHERE id = :id"
                    + " AND company_id = :company FOR UPDATE")
            .param("id", line.value())
            .param("company", company.value())
            .query(BigDecimal.class)
            .optional()
            .orElseThrow(() -> new ResourceNotFound("return-line", line));
    if (quantity.value().compareTo(left) > 0) {
      throw new InvalidValue(
          "delivery.return.credit-too-much",
          "more than left to credit",
          left.stripTrailingZeros().toPlainString());
    }
    jdbc.sql(
            "UPDATE delivery_return_line SET quantity_credited = quantity_credited + :q"
                + " WHERE id = :id AND company_id = :company")
        .param("q", quantity.value())
        .param("id", line.value())
        .param("company", company.value())
        .update();
  }
}
