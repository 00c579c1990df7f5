package org.pepin.delivery.note;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pepin.catalog.LotId;
import org.pepin.catalog.ProductId;
import org.pepin.customers.CustomerId;
import org.pepin.delivery.DeliveredLot;
import org.pepin.delivery.DeliveryId;
import org.pepin.delivery.DeliveryLine;
import org.pepin.delivery.DeliveryLineId;
import org.pepin.delivery.DeliveryStatus;
import org.pepin.delivery.DeliveryView;
import org.pepin.delivery.Transport;
import org.pepin.platform.CompanyId;
import org.pepin.platform.ConcurrentModification;
import org.pepin.platform.ResourceNotFound;
import org.pepin.sales.OrderId;
import org.pepin.sales.SalesLineId;
import org.pepin.shared.PostalAddress;
import org.pepin.shared.Quantity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes delivery notes, their lines and lots ({@code delivery*} tables). */
@Component
public class DeliveryStore {

  private final JdbcClient jdbc;

  DeliveryStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(CompanyId company, DeliveryView d) {
    jdbc.sql(
            """
            INSERT INTO delivery (id, company_id, version, number, status, customer_id,
              customer_code, customer_name, professional, address_label, address_line1,
              address_line2, address_postal_code, address_city, address_country, access_notes,
              planned_on, transport, carrier, round_name, notes, shipped_on,
              backorder_expected_on, received_on, signer, remarks, reservations, cancel_reason,
              created_at, updated_at)
            VALUES (:id, :company, 1, :number, :status, :customer, :customerCode, :customerName,
              :professional, :label, :line1, :line2, :postalCode, :city, :country, :access,
              :plannedOn, :transport, :carrier, :round, :notes, :shippedOn, :backorderOn,
              :receivedOn, :signer, :remarks, :reservations, :cancelReason, :createdAt,
              :updatedAt)
            """)
        .params(params(company, d))
        .update();
    insertLines(company, d.id(), d.lines());
  }

  /**
   * Saves the header as of the version read, rewriting the lines when {@code linesChanged}; returns
   * the new version.
   *
   * @throws ConcurrentModification if someone changed it since
   */
  int update(CompanyId company, DeliveryView d, boolean linesChanged) {
    int updated =
        jdbc.sql(
                """
                UPDATE delivery SET version = version + 1, number = :number, status = :status,
                  address_label = :label, address_line1 = :line1, address_line2 = :line2,
                  address_postal_code = :postalCode, address_city = :city,
                  address_country = :country, access_notes = :access, planned_on = :plannedOn,
                  transport = :transport, carrier = :carrier, round_name = :round,
                  notes = :notes, shipped_on = :shippedOn, backorder_expected_on = :backorderOn,
                  received_on = :receivedOn, signer = :signer, remarks = :remarks,
                  reservations = :reservations, cancel_reason = :cancelReason,
                  updated_at = :updatedAt
                WHERE id = :id AND company_id = :company AND version = :version
                """)
            .params(params(company, d))
            .update();
    if (updated != 1) {
      throw new ConcurrentModification("delivery", d.id());
    }
    if (linesChanged) {
      jdbc.sql(
              "DELETE FROM delivery_lot WHERE company_id = :company AND delivery_line_id IN"
                  + " (SELECT id FROM delivery_line WHERE company_id = :company AND delivery_id = :id)")
          .param("company", company.value())
          .param("id", d.id().value())
          .update();
      jdbc.sql("DELETE FROM delivery_line WHERE company_id = :company AND delivery_id = :id")
          .param("company", company.value())
          .param("id", d.id().value())
          .update();
      insertLines(company, d.id(), d.lines());
    }
    return d.version() + 1;
  }

  /** Records what the customer signed for on a line. */
  void setReceived(CompanyId company, DeliveryLineId line, @Nullable Quantity received) {
    jdbc.sql(
            "UPDATE delivery_line SET quantity_received = :q WHERE id = :id AND company_id ="
                + " :company")
        .param("q", received == null ? null : received.value())
        .param("id", line.value())
        .param("company", company.value())
        .update();
  }

  /** Adds a returned quantity to a line. */
  void addReturned(CompanyId company, DeliveryLineId line, Quantity quantity) {
    jdbc.sql(
            "UPDATE delivery_line SET quantity_returned = quantity_returned + :q WHERE id = :id"
                + " AND company_id = :company")
        .param("q", quantity.value())
        .param("id", line.value())
        .param("company", company.value())
        .update();
  }

  private void insertLines(CompanyId company, DeliveryId delivery, List<DeliveryLine> lines) {
    for (DeliveryLine l : lines) {
      jdbc.sql(
              """
              INSERT INTO delivery_line (id, company_id, delivery_id, position, order_id,
                order_number, order_line_id, product_id, product_code, designation, unit,
                quantity_ordered, quantity_remaining, quantity, over_delivery, passport_required, quantity_received,
                quantity_returned)
              VALUES (:id, :company, :delivery, :position, :order, :orderNumber, :orderLine,
                :product, :code, :designation, :unit, :ordered, :remaining, :quantity, :over, :passport,
                :received, :returned)
              """)
          .param("id", l.id().value())
          .param("company", company.value())
          .param("delivery", delivery.value())
          .param("position", l.position())
          .param("order", l.order().value())
          .param("orderNumber", l.orderNumber())
          .param("orderLine", l.orderLine().value())
          .param("product", l.product().value())
          .param("code", l.productCode())
          .param("designation", l.designation())
          .param("unit", l.unit())
          .param("ordered", l.ordered().value())
          .param("remaining", l.remaining().value())
          .param("quantity", l.quantity().value())
          .param("over", l.overDelivery())
          .param("passport", l.passportRequired())
          .param("received", l.received() == null ? null : l.received().value())
          .param("returned", l.returned().value())
          .update();
      for (DeliveredLot lot : l.lots()) {
        jdbc.sql(
                """
                INSERT INTO delivery_lot (id, company_id, delivery_line_id, lot_id, lot_number,
                  quantity, botanical_name, operator_number, traceability_code, country_of_origin)
                VALUES (:id, :company, :line, :lot, :number, :quantity, :a, :b, :c, :d)
                """)
            .param("id", UUID.randomUUID())
            .param("company", company.value())
            .param("line", l.id().value())
            .param("lot", lot.lot().value())
            .param("number", lot.lotNumber())
            .param("quantity", lot.quantity().value())
            .param("a", lot.botanicalName())
            .param("b", lot.operatorNumber())
            .param("c", lot.traceabilityCode())
            .param("d", lot.countryOfOrigin())
            .update();
      }
    }
  }

  private static Map<String, @Nullable Object> params(CompanyId company, DeliveryView d) {
    var p = new HashMap<String, @Nullable Object>();
    p.put("id", d.id().value());
    p.put("company", company.value());
    p.put("version", d.version());
    p.put("number", d.number());
    p.put("status", d.status().name());
    p.put("customer", d.customer().value());
    p.put("customerCode", d.customerCode());
    p.put("customerName", d.customerName());
    p.put("professional", d.professional());
    p.put("label", d.addressLabel());
    p.put("line1", d.address().line1());
    p.put("line2", d.address().line2());
    p.put("postalCode", d.address().postalCode());
    p.put("city", d.address().city());
    p.put("country", d.address().countryCode());
    p.put("access", d.accessNotes());
    p.put("plannedOn", d.plannedOn());
    p.put("transport", d.transport().name());
    p.put("carrier", d.carrier());
    p.put("round", d.roundName());
    p.put("notes", d.notes());
    p.put("shippedOn", d.shippedOn());
    p.put("backorderOn", d.backorderExpectedOn());
    p.put("receivedOn", d.receivedOn());
    p.put("signer", d.signer());
    p.put("remarks", d.remarks());
    p.put("reservations", d.reservations());
    p.put("cancelReason", d.cancelReason());
    p.put("createdAt", Timestamp.from(d.createdAt()));
    p.put("updatedAt", Timestamp.from(d.updatedAt()));
    return p;
  }

  Optional<DeliveryView> find(CompanyId company, DeliveryId id, boolean lock) {
    return jdbc.sql(
            "SELECT * FROM delivery WHERE id = :id AND company_id = :company"
                + (lock ? " FOR UPDATE" : ""))
        .param("id", id.value())
        .param("company", company.value())
        .query((rs, n) -> header(rs))
        .optional()
        .map(h -> h.withLines(lines(company, List.of(id)).getOrDefault(id, List.of())));
  }

  DeliveryView lock(CompanyId company, DeliveryId id) {
    return find(company, id, true).orElseThrow(() -> new ResourceNotFound("delivery", id));
  }

  /** Deliveries by a WHERE clause on {@code delivery d}, with their lines, in the given order. */
  List<DeliveryView> where(
      CompanyId company, String condition, Map<String, Object> params, String orderBy, int limit) {
    var headers =
        jdbc.sql(
                "SELECT d.* FROM delivery d WHERE d.company_id = :company AND ("
                    + condition
                    + ") ORDER BY "
                    + orderBy
                    + " LIMIT :limit")
            .param("company", company.value())
            .param("limit", limit)
            .params(params)
            .query((rs, n) -> header(rs))
            .list();
    if (headers.isEmpty()) {
      return List.of();
    }
    var lines = lines(company, headers.stream().map(DeliveryView::id).toList());
    return headers.stream().map(h -> h.withLines(lines.getOrDefault(h.id(), List.of()))).toList();
  }

  private Map<DeliveryId, List<DeliveryLine>> lines(CompanyId company, List<DeliveryId> ids) {
    Map<UUID, List<DeliveredLot>> lots = new HashMap<>();
    jdbc.sql(
            """
            SELECT dl.* FROM delivery_lot dl JOIN delivery_line l ON l.id = dl.delivery_line_id
              AND l.company_id = dl.company_id
             WHERE dl.company_id = :company AND l.delivery_id IN (:ids)
             ORDER BY dl.lot_number
            """)
        .param("company", company.value())
        .param("ids", ids.stream().map(DeliveryId::value).toList())
        .query(
            (rs, n) ->
                lots.computeIfAbsent(
                        rs.getObject("delivery_line_id", UUID.class), k -> new ArrayList<>())
                    .add(
                        new DeliveredLot(
                            new LotId(rs.getObject("lot_id", UUID.class)),
                            rs.getString("lot_number"),
                            new Quantity(rs.getBigDecimal("quantity")),
                            rs.getString("botanical_name"),
                            rs.getString("operator_number"),
                            rs.getString("traceability_code"),
                            rs.getString("country_of_origin"))))
        .list();
    Map<DeliveryId, List<DeliveryLine>> lines = new LinkedHashMap<>();
    jdbc.sql(
            "SELECT * FROM delivery_line WHERE company_id = :company AND delivery_id IN (:ids)"
                + " ORDER BY position")
        .param("company", company.value())
        .param("ids", ids.stream().map(DeliveryId::value).toList())
        .query(
            (rs, n) -> {
              UUID id = rs.getObject("id", UUID.class);
              BigDecimal received = rs.getBigDecimal("quantity_received");
              return lines
                  .computeIfAbsent(
                      new DeliveryId(rs.getObject("delivery_id", UUID.class)),
                      k -> new ArrayList<>())
                  .add(
                      new DeliveryLine(
                          new DeliveryLineId(id),
                          rs.getInt("position"),
                          new OrderId(rs.getObject("order_id", UUID.class)),
                          rs.getString("order_number"),
                          new SalesLineId(rs.getObject("order_line_id", UUID.class)),
                          new ProductId(rs.getObject("product_id", UUID.class)),
                          rs.getString("product_code"),
                          rs.getString("designation"),
                          rs.getString("unit"),
                          new Quantity(rs.getBigDecimal("quantity_ordered")),
                          new Quantity(rs.getBigDecimal("quantity_remaining")),
                          new Quantity(rs.getBigDecimal("quantity")),
                          rs.getBoolean("over_delivery"),
                          rs.getBoolean("passport_required"),
                          lots.getOrDefault(id, List.of()),
                          received == null ? null : new Quantity(received),
                          new Quantity(rs.getBigDecimal("quantity_returned"))));
            })
        .list();
    return lines;
  }

  /** A delivery as its row holds it, without its lines. */
  private static DeliveryView header(ResultSet rs) throws SQLException {
    return new DeliveryView(
        new DeliveryId(rs.getObject("id", UUID.class)),
        rs.getInt("version"),
        rs.getString("number"),
        DeliveryStatus.valueOf(rs.getString("status")),
        new CustomerId(rs.getObject("customer_id", UUID.class)),
        rs.getString("customer_code"),
        rs.getString("customer_name"),
        rs.getBoolean("professional"),
        rs.getString("address_label"),
        new PostalAddress(
            rs.getString("address_line1"),
            rs.getString("address_line2"),
            rs.getString("address_postal_code"),
            rs.getString("address_city"),
            rs.getString("address_country")),
        rs.getString("access_notes"),
        rs.getObject("planned_on", LocalDate.class),
        Transport.valueOf(rs.getString("transport")),
        rs.getString("carrier"),
        rs.getString("round_name"),
        rs.getString("notes"),
        rs.getObject("shipped_on", LocalDate.class),
        rs.getObject("backorder_expected_on", LocalDate.class),
        rs.getObject("received_on", LocalDate.class),
        rs.getString("signer"),
        rs.getString("remarks"),
        rs.getBoolean("reservations"),
        rs.getString("cancel_reason"),
        List.of(),
        rs.getTimestamp("created_at").toInstant(),
        rs.getTimestamp("updated_at").toInstant());
  }
}
