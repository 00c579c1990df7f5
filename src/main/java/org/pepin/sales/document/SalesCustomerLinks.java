package org.pepin.sales.document;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.pepin.customers.CustomerId;
import org.pepin.customers.CustomerMerged;
import org.pepin.customers.spi.CustomerLinks;
import org.pepin.platform.CompanyId;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sales' side of the customer file: the quotes and orders of a customer (so that a customer with
 * documents is archived, not deleted, and a GDPR access export lists them), and the merge of a
 * duplicate — its quotes and orders move to the record kept; documents keep the customer snapshot
 * they froze. A numbered order is a voucher kept 10 years (C. com. L123-22), a quote is not.
 */
@Component
class SalesCustomerLinks implements CustomerLinks {

  private final JdbcClient jdbc;

  SalesCustomerLinks(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional(readOnly = true)
  public List<LinkedRecord> linkedRecords(CompanyId company, CustomerId customer) {
    List<LinkedRecord> records = new ArrayList<>();
    jdbc.sql(
            """
            SELECT q.id, q.number, r.revision FROM sales_quote q
            JOIN sales_quote_revision r ON r.id = q.current_revision_id
            WHERE q.company_id = ? AND q.customer_id = ? ORDER BY q.created_at
            """)
        .params(company.value(), customer.value())
        .query(
            (rs, n) ->
                new LinkedRecord(
                    "numbering.kind.QUOTE",
                    rs.getObject(1, UUID.class).toString(),
                    rs.getString(2) == null ? "—" : rs.getString(2) + " " + rs.getString(3),
                    false))
        .list()
        .forEach(records::add);
    jdbc.sql(
            "SELECT id, number FROM sales_order WHERE company_id = ? AND customer_id = ?"
                + " ORDER BY created_at")
        .params(company.value(), customer.value())
        .query(
            (rs, n) ->
                new LinkedRecord(
                    "numbering.kind.ORDER",
                    rs.getObject(1, UUID.class).toString(),
                    rs.getString(2) == null ? "—" : rs.getString(2),
                    rs.getString(2) != null))
        .list()
        .forEach(records::add);
    return records;
  }

  @EventListener
  @Transactional
  void on(CustomerMerged event) {
    for (String table : List.of("sales_quote", "sales_order")) {
      jdbc.sql("UPDATE " + table + " SET customer_id = ? WHERE company_id = ? AND customer_id = ?")
          .params(event.kept().value(), event.company().value(), event.merged().value())
          .update();
    }
  }
}
