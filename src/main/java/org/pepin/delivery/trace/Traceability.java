package org.pepin.delivery.trace;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pepin.catalog.Lot;
import org.pepin.catalog.LotId;
import org.pepin.catalog.LotOrigin;
import org.pepin.catalog.Product;
import org.pepin.catalog.Products;
import org.pepin.catalog.StockMovements;
import org.pepin.customers.CustomerId;
import org.pepin.customers.CustomerView;
import org.pepin.customers.Customers;
import org.pepin.delivery.DeliveryId;
import org.pepin.platform.CompanyId;
import org.pepin.sales.OrderId;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.Quantity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The traceability search of plant lots (france-compliance R-PHY-06): which customers received a
 * lot, and which lots a customer received. Regulation (EU) 2016/2031 art. 69 requires professional
 * operators to be able to trace, for at least three years, the operators who supplied them and
 * those they supplied each unit of plants; the upstream side is the catalogue's lot (origin,
 * supplier, receipt, passport data), the downstream side the delivery notes that took it. Delivery
 * lines and their lots are never deleted, so the records are kept well beyond those three years.
 * Only what actually left the nursery counts: delivery notes SHIPPED or DELIVERED, never drafts nor
 * cancelled ones. Every query is scoped by the company.
 */
@Service
@Transactional(readOnly = true)
public class Traceability {

  /** The statuses of delivery notes whose goods left the nursery. */
  static final String SHIPPED = "d.status IN ('SHIPPED', 'DELIVERED')";

  private static final String RETURNED =
      """
      COALESCE((SELECT SUM(r.quantity) FROM delivery_return_line r
                 WHERE r.company_id = d.company_id AND r.delivery_line_id = l.id
                   AND (r.lot_id = dl.lot_id OR (r.lot_id IS NULL AND
                        (SELECT COUNT(*) FROM delivery_lot x WHERE x.company_id = l.company_id
                          AND x.delivery_line_id = l.id) = 1))),
               0) AS returned
      """;

  private final JdbcClient jdbc;
  private final StockMovements stock;
  private final Products products;
  private final Customers customers;

  Traceability(JdbcClient jdbc, StockMovements stock, Products products, Customers customers) {
    this.jdbc = jdbc;
    this.stock = stock;
    this.customers = customers;
    this.products = products;
  }

  /**
   * The lot as received (the upstream side).
   *
   * @param supplierCode the supplier's code for a bought lot
   */
  public record LotOriginView(
      LotId id,
      String number,
      String productCode,
      String designation,
      LotOrigin origin,
      @Nullable CustomerId supplier,
      @Nullable String supplierCode,
      @Nullable String supplierName,
      LocalDate receivedOn,
      Quantity quantityReceived,
      Quantity quantityOnHand,
      @Nullable String botanicalName,
      @Nullable String operatorNumber,
      @Nullable String traceabilityCode,
      @Nullable String countryOfOrigin) {}

  /** A delivery of (part of) the lot to a customer. */
  public record LotShipment(
      CustomerId customer,
      String customerCode,
      String customerName,
      DeliveryId delivery,
      String deliveryNumber,
      LocalDate shippedOn,
      OrderId order,
      String orderNumber,
      Quantity quantity,
      Quantity returned) {}

  /**
   * Which customers received a lot: the lot and every shipped delivery that took from it, oldest
   * first.
   */
  public record LotTrace(LotOriginView lot, List<LotShipment> shipments) {

    public LotTrace {
      shipments = List.copyOf(shipments);
    }

    public Quantity totalShipped() {
      return sum(shipments.stream().map(LotShipment::quantity).toList());
    }

    public Quantity totalReturned() {
      return sum(shipments.stream().map(LotShipment::returned).toList());
    }

    /** The number of distinct customers who received it. */
    public long customerCount() {
      return shipments.stream().map(LotShipment::customer).distinct().count();
    }
  }

  /** A lot a customer received on a delivery note, with its passport fields as printed. */
  public record CustomerLot(
      LotId lot,
      String lotNumber,
      String productCode,
      String designation,
      Quantity quantity,
      Quantity returned,
      DeliveryId delivery,
      String deliveryNumber,
      LocalDate shippedOn,
      String orderNumber,
      @Nullable String botanicalName,
      @Nullable String operatorNumber,
      @Nullable String traceabilityCode,
      @Nullable String countryOfOrigin) {}

  /** Which lots a customer received in a period, oldest first. */
  public record CustomerTrace(
      CustomerId customer,
      String customerCode,
      String customerName,
      @Nullable LocalDate from,
      @Nullable LocalDate to,
      List<CustomerLot> lots) {

    public CustomerTrace {
      lots = List.copyOf(lots);
    }

    public Quantity totalQuantity() {
      return sum(lots.stream().map(CustomerLot::quantity).toList());
    }

    /** The number of distinct lots received. */
    public long lotCount() {
      return lots.stream().map(CustomerLot::lot).distinct().count();
    }
  }

  /**
   * Which customers received the lot numbered {@code lotNumber} (any case).
   *
   * @throws InvalidValue {@code trace.lot-unknown (number)} unless the company has such a lot
   */
  public LotTrace customersOfLot(CompanyId company, String lotNumber) {
    String number = lotNumber == null ? "" : lotNumber.strip().toUpperCase(Locale.ROOT);
    if (number.isEmpty()) {
      throw new InvalidValue("trace.lot-required", "give a lot number");
    }
    if (number.length() > 40) {
      throw new InvalidValue("trace.lot-unknown", "no lot " + number, number.substring(0, 40));
    }
    Lot lot =
        stock
            .lotByNumber(company, number)
            .orElseThrow(() -> new InvalidValue("trace.lot-unknown", "no lot " + number, number));
    Product product = products.get(company, lot.product());
    CustomerView supplier =
        lot.supplier() == null ? null : customers.find(company, lot.supplier()).orElse(null);
    var origin =
        new LotOriginView(
            lot.id(),
            lot.number(),
            product.code(),
            product.designation(),
            lot.origin(),
            lot.supplier(),
            supplier == null ? null : supplier.code(),
            supplier == null ? null : supplier.name(),
            lot.receivedOn(),
            lot.quantityReceived(),
            lot.quantityOnHand(),
            lot.botanicalName(),
            lot.operatorNumber(),
            lot.traceabilityCode(),
            lot.countryOfOrigin());
    List<LotShipment> shipments =
        jdbc.sql(
                "SELECT d.id AS delivery_id, d.number, d.shipped_on, d.customer_id,"
                    + " d.customer_code, d.customer_name, l.order_id, l.order_number,"
                    + " dl.quantity, "
                    + RETURNED
                    + " FROM delivery_lot dl JOIN delivery_line l ON l.id = dl.delivery_line_id"
                    + " AND l.company_id = dl.company_id"
                    + " JOIN delivery d ON d.id = l.delivery_id AND d.company_id = dl.company_id"
                    + " WHERE dl.company_id = :company AND d.company_id = :company"
                    + " AND dl.lot_id = :lot AND "
                    + SHIPPED
                    + " ORDER BY d.shipped_on, d.number, l.position")
            .param("company", company.value())
            .param("lot", lot.id().value())
            .query(
                (rs, n) ->
                    new LotShipment(
                        new CustomerId(rs.getObject("customer_id", UUID.class)),
                        rs.getString("customer_code"),
                        rs.getString("customer_name"),
                        new DeliveryId(rs.getObject("delivery_id", UUID.class)),
                        rs.getString("number"),
                        rs.getObject("shipped_on", LocalDate.class),
                        new OrderId(rs.getObject("order_id", UUID.class)),
                        rs.getString("order_number"),
                        new Quantity(rs.getBigDecimal("quantity")),
                        new Quantity(rs.getBigDecimal("returned"))))
            .list();
    return new LotTrace(origin, shipments);
  }

  /**
   * Which lots the customer received on delivery notes shipped between {@code from} and {@code to}
   * (both included, either open).
   *
   * @throws InvalidValue {@code trace.customer-unknown} unless the customer belongs to the company,
   *     {@code trace.period} when {@code from} is after {@code to}
   */
  public CustomerTrace lotsOfCustomer(
      CompanyId company, CustomerId customer, @Nullable LocalDate from, @Nullable LocalDate to) {
    CustomerView c =
        customers
            .find(company, customer)
            .orElseThrow(
                () ->
                    new InvalidValue(
                        "trace.customer-unknown", "no customer " + customer, customer.toString()));
    if (from != null && to != null && from.isAfter(to)) {
      throw new InvalidValue("trace.period", "from after to");
    }
    StringBuilder where =
        new StringBuilder(
            "dl.company_id = :company AND d.company_id = :company AND d.customer_id = :customer AND "
                + SHIPPED);
    Map<String, Object> params = new HashMap<>();
    params.put("company", company.value());
    params.put("customer", customer.value());
    if (from != null) {
      where.append(" AND d.shipped_on >= :from");
      params.put("from", from);
    }
    if (to != null) {
      where.append(" AND d.shipped_on <= :to");
      params.put("to", to);
    }
    List<CustomerLot> lots =
        jdbc.sql(
                "SELECT dl.lot_id, dl.lot_number, l.product_code, l.designation, dl.quantity,"
                    + " d.id AS delivery_id, d.number, d.shipped_on, l.order_number,"
                    + " dl.botanical_name, dl.operator_number, dl.traceability_code,"
                    + " dl.country_of_origin, "
                    + RETURNED
                    + " FROM delivery_lot dl JOIN delivery_line l ON l.id = dl.delivery_line_id"
                    + " AND l.company_id = dl.company_id"
                    + " JOIN delivery d ON d.id = l.delivery_id AND d.company_id = dl.company_id WHERE "
                    + where
                    + " ORDER BY d.shipped_on, d.number, l.position, dl.lot_number")
            .params(params)
            .query(Traceability::customerLot)
            .list();
    return new CustomerTrace(c.id(), c.code(), c.name(), from, to, lots);
  }

  /**
   * The customer a search names: its id, its code (alone or as the customer picker writes it,
   * {@code CODE — Name (City)}), or (part of) its name among the customers who received deliveries.
   *
   * @throws InvalidValue {@code trace.customer-required}, {@code trace.customer-unknown (text)},
   *     {@code trace.customer-ambiguous (text)}
   */
  public CustomerId customer(CompanyId company, @Nullable String text) {
    String t = text == null ? "" : text.strip();
    int picked = t.indexOf(" — ");
    if (picked > 0) {
      // what the customer picker fills: "CODE — Name (City)"
      t = t.substring(0, picked).strip();
    }
    if (t.isEmpty()) {
      throw new InvalidValue("trace.customer-required", "name the customer");
    }
    String quoted = t.length() > 40 ? t.substring(0, 40) + "…" : t;
    if (t.length() == 36) {
      try {
        var id = new CustomerId(UUID.fromString(t));
        if (customers.find(company, id).isPresent()) {
          return id;
        }
      } catch (IllegalArgumentException e) {
        // not an id: a code or a name
      }
    }
    if (t.length() <= 30) {
      var byCode = customers.findByCode(company, t.toUpperCase(Locale.ROOT));
      if (byCode.isPresent()) {
        return byCode.get().id();
      }
    }
    List<UUID> named =
        jdbc.sql(
                "SELECT DISTINCT customer_id FROM delivery WHERE company_id = :company"
                    + " AND LOWER(customer_name) LIKE :name ESCAPE '\\' LIMIT 2")
            .param("company", company.value())
            .param(
                "name",
                "%"
                    + t.toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_")
                    + "%")
            .query(UUID.class)
            .list();
    if (named.isEmpty()) {
      throw new InvalidValue("trace.customer-unknown", "no customer " + t, quoted);
    }
    if (named.size() > 1) {
      throw new InvalidValue("trace.customer-ambiguous", "several customers " + t, quoted);
    }
    return new CustomerId(named.get(0));
  }

  private static CustomerLot customerLot(ResultSet rs, int n) throws SQLException {
    return new CustomerLot(
        new LotId(rs.getObject("lot_id", UUID.class)),
        rs.getString("lot_number"),
        rs.getString("product_code"),
        rs.getString("designation"),
        new Quantity(rs.getBigDecimal("quantity")),
        new Quantity(rs.getBigDecimal("returned")),
        new DeliveryId(rs.getObject("delivery_id", UUID.class)),
        rs.getString("number"),
        rs.getObject("shipped_on", LocalDate.class),
        rs.getString("order_number"),
        rs.getString("botanical_name"),
        rs.getString("operator_number"),
        rs.getString("traceability_code"),
        rs.getString("country_of_origin"));
  }

  static Quantity sum(List<Quantity> quantities) {
    return new Quantity(
        quantities.stream().map(Quantity::value).reduce(BigDecimal.ZERO, BigDecimal::add));
  }
}
