package org.pepin.catalog.stock;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pepin.catalog.AdjustmentReason;
import org.pepin.catalog.Lot;
import org.pepin.catalog.LotId;
import org.pepin.catalog.LotOrigin;
import org.pepin.catalog.Product;
import org.pepin.catalog.ProductId;
import org.pepin.catalog.Products;
import org.pepin.catalog.StockLevel;
import org.pepin.catalog.StockMoveReason;
import org.pepin.catalog.StockMovements;
import org.pepin.catalog.StockReceipt;
import org.pepin.customers.CustomerId;
import org.pepin.customers.Customers;
import org.pepin.customers.PartyRole;
import org.pepin.platform.ChangeHistory;
import org.pepin.platform.Companies;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.CompanyId;
import org.pepin.platform.FieldChange;
import org.pepin.platform.ResourceNotFound;
import org.pepin.platform.UserId;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.Quantity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stock per product and lot: receipts create lots and raise stock, inventory adjustments correct it
 * with a reason, deliveries and returns move it ({@link StockMovements}). Every move is a row of
 * the stock journal ({@code stock_move}); {@code product_stock} keeps the running totals, updated
 * in the same transaction with a relative {@code UPDATE} so that concurrent moves add up. Stock on
 * hand never goes below zero, for the product or for a lot. Receipts and adjustments also show in
 * the product's history.
 */
@Service
@Transactional
public class StockManagement implements StockMovements {

  private static final DateTimeFormatter YEAR = DateTimeFormatter.ofPattern("yy");

  private final JdbcClient jdbc;
  private final Products products;
  private final Customers customers;
  private final Companies companies;
  private final CompanyClock clock;
  private final ChangeHistory history;

  StockManagement(
      JdbcClient jdbc,
      Products products,
      Customers customers,
      Companies companies,
      CompanyClock clock,
      ChangeHistory history) {
    this.jdbc = jdbc;
    this.products = products;
    this.customers = customers;
    this.companies = companies;
    this.clock = clock;
    this.history = history;
  }

  /**
   * Receives goods: creates the lot with its passport data and raises the product's stock.
   *
   * @throws ResourceNotFound unless the product belongs to the company
   * @throws InvalidValue {@code stock.not-stocked (code)}, {@code stock.lot-taken (number)}, {@code
   *     stock.supplier-unknown} (not a supplier of the company), {@code stock.future-date}
   */
  public LotId receive(CompanyId company, StockReceipt receipt, @Nullable UserId by) {
    Product product = stockedProduct(company, receipt.product());
    LocalDate today = clock.today(company);
    LocalDate receivedOn = receipt.receivedOn() == null ? today : receipt.receivedOn();
    if (receivedOn.isAfter(today)) {
      throw new InvalidValue("stock.future-date", "receipt in the future: " + receivedOn);
    }
    CustomerId supplier = receipt.supplier();
    if (supplier != null) {
      var view = customers.find(company, supplier);
      if (view.isEmpty() || !view.get().roles().contains(PartyRole.SUPPLIER)) {
        throw new InvalidValue("stock.supplier-unknown", "not a supplier of the company");
      }
    }
    String number =
        receipt.lotNumber() == null
            ? nextLotNumber(company, product, receivedOn)
            : receipt.lotNumber();
    if (lotNumberTaken(company, number)) {
      throw new InvalidValue("stock.lot-taken", "lot number already used: " + number, number);
    }
    boolean own = receipt.origin() == LotOrigin.OWN_PRODUCTION;
    String botanical =
        receipt.botanicalName() != null
            ? receipt.botanicalName()
            : product.plant() == null ? null : product.plant().botanicalName();
    String operator =
        receipt.operatorNumber() != null
            ? receipt.operatorNumber()
            : own ? companies.identity(company).plantHealthNumber() : null;
    String country =
        receipt.countryOfOrigin() != null ? receipt.countryOfOrigin() : own ? "FR" : null;
    String traceability =
        receipt.traceabilityCode() != null
            ? receipt.traceabilityCode()
            : product.plant() != null && product.plant().passportRequired() ? number : null;
    LotId lot = LotId.random();
    jdbc.sql(
            """
            INSERT INTO lot (id, company_id, number, product_id, origin, supplier_id, received_on,
              quantity_received, quantity_on_hand, botanical_name, operator_number,
              traceability_code, country_of_origin, note, created_at)
            VALUES (:id, :company, :number, :product, :origin, :supplier, :receivedOn, :quantity,
              :quantity, :botanical, :operator, :traceability, :country, :note, :now)
            """)
        .param("id", lot.value())
        .param("company", company.value())
        .param("number", number)
        .param("product", product.id().value())
        .param("origin", receipt.origin().name())
        .param("supplier", supplier == null ? null : supplier.value())
        .param("receivedOn", receivedOn)
        .param("quantity", receipt.quantity().value())
        .param("botanical", botanical)
        .param("operator", operator)
        .param("traceability", traceability)
        .param("country", country)
        .param("note", receipt.note())
        .param("now", java.sql.Timestamp.from(clock.now(company)))
        .update();
    Quantity before = level(company, product.id()).onHand();
    record(
        company,
        product.id(),
        lot,
        receipt.quantity().value(),
        StockMoveReason.RECEIPT,
        null,
        number,
        receipt.note(),
        receivedOn,
        by);
    history.record(
        company,
        "product",
        product.id(),
        "stock-received",
        null,
        List.of(
            new FieldChange("lot", null, number, null),
            new FieldChange(
                "onHand",
                before.value().toPlainString(),
                before.value().add(receipt.quantity().value()).toPlainString(),
                null)));
    return lot;
  }

  /**
   * Sets the counted quantity of a product (or of one of its lots) and records the difference as an
   * adjustment with its reason.
   *
   * @param counted the quantity now on hand (of the lot if given)
   * @throws InvalidValue {@code stock.not-stocked (code)}, {@code stock.counted-negative}, {@code
   *     stock.note-required} for reason OTHER, {@code stock.unchanged}
   */
  public void adjust(
      CompanyId company,
      ProductId productId,
      @Nullable LotId lotId,
      Quantity counted,
      AdjustmentReason reason,
      @Nullable String note,
      @Nullable UserId by) {
    Product product = stockedProduct(company, productId);
    if (counted.value().signum() < 0) {
      throw new InvalidValue(
          "stock.counted-negative",
          "negative count",
          counted.value().stripTrailingZeros().toPlainString());
    }
    String cleanNote = note == null || note.isBlank() ? null : note.strip();
    if (cleanNote != null && cleanNote.length() > 1000) {
      throw new InvalidValue("stock.text-length", "note too long", 1000);
    }
    if (reason == AdjustmentReason.OTHER && cleanNote == null) {
      throw new InvalidValue("stock.note-required", "explain the adjustment");
    }
    BigDecimal current;
    String lotNumber = null;
    if (lotId != null) {
      Lot lot = lot(company, lotId);
      if (!lot.product().equals(productId)) {
        throw new ResourceNotFound("lot", lotId);
      }
      current = lot.quantityOnHand().value();
      lotNumber = lot.number();
    } else {
      current = level(company, productId).onHand().value();
    }
    BigDecimal delta = counted.value().subtract(current);
    if (delta.signum() == 0) {
      throw new InvalidValue(
          "stock.unchanged",
          "the count equals the stock",
          counted.value().stripTrailingZeros().toPlainString());
    }
    Quantity before = level(company, productId).onHand();
    recordWithAdjustment(
        company, productId, lotId, delta, reason, lotNumber, cleanNote, clock.today(company), by);
    history.record(
        company,
        "product",
        product.id(),
        "stock-adjusted",
        null,
        List.of(
            new FieldChange("adjustmentReason", null, reason.name(), "adjustmentReason."),
            new FieldChange(
                "onHand",
                before.value().toPlainString(),
                before.value().add(delta).toPlainString(),
                null)));
  }

  @Override
  public void move(
      CompanyId company,
      ProductId product,
      @Nullable LotId lot,
      Quantity quantity,
      StockMoveReason reason,
      @Nullable String reference) {
    stockedProduct(company, product);
    if (quantity.isZero()) {
      throw new InvalidValue("stock.zero", "a move of nothing");
    }
    if (reference != null && reference.length() > 100) {
      throw new InvalidValue("stock.text-length", "reference too long", 100);
    }
    if (lot != null && !lot(company, lot).product().equals(product)) {
      throw new InvalidValue("stock.lot-product", "the lot is of another product");
    }
    record(
        company,
        product,
        lot,
        quantity.value(),
        reason,
        null,
        reference,
        null,
        clock.today(company),
        null);
  }

  @Override
  public void reserve(CompanyId company, ProductId product, Quantity quantity) {
    stockedProduct(company, product);
    ensureRow(company, product);
    int updated =
        jdbc.sql(
                "UPDATE product_stock SET reserved = reserved + :q, updated_at = :now"
                    + " WHERE product_id = :product AND company_id = :company"
                    + " AND reserved + :q >= 0")
            .param("q", quantity.value())
            .param("now", java.sql.Timestamp.from(clock.now(company)))
            .param("product", product.value())
            .param("company", company.value())
            .update();
    if (updated == 0) {
      throw new InvalidValue("stock.reserved-negative", "more released than reserved");
    }
  }

  @Override
  @Transactional(readOnly = true)
  public StockLevel level(CompanyId company, ProductId product) {
    return jdbc.sql(
            "SELECT on_hand, reserved FROM product_stock WHERE company_id = :company"
                + " AND product_id = :product")
        .param("company", company.value())
        .param("product", product.value())
        .query(
            (rs, n) ->
                new StockLevel(
                    product,
                    new Quantity(rs.getBigDecimal("on_hand")),
                    new Quantity(rs.getBigDecimal("reserved"))))
        .optional()
        .orElse(new StockLevel(product, Quantity.of(0), Quantity.of(0)));
  }

  @Override
  @Transactional(readOnly = true)
  public java.util.Map<ProductId, StockLevel> levels(
      CompanyId company, java.util.Collection<ProductId> products) {
    var levels = new java.util.HashMap<ProductId, StockLevel>();
    for (ProductId id : products) {
      levels.put(id, new StockLevel(id, Quantity.of(0), Quantity.of(0)));
    }
    if (products.isEmpty()) {
      return levels;
    }
    jdbc.sql(
            "SELECT product_id, on_hand, reserved FROM product_stock WHERE company_id = :company"
                + " AND product_id IN (:products)")
        .param("company", company.value())
        .param("products", products.stream().map(ProductId::value).distinct().toList())
        .query(
            (rs, n) -> {
              var id = new ProductId(rs.getObject("product_id", java.util.UUID.class));
              return levels.put(
                  id,
                  new StockLevel(
                      id,
                      new Quantity(rs.getBigDecimal("on_hand")),
                      new Quantity(rs.getBigDecimal("reserved"))));
            })
        .list();
    return levels;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Lot> lotsOnHand(CompanyId company, ProductId product) {
    return jdbc.sql(
            "SELECT * FROM lot WHERE company_id = :company AND product_id = :product"
                + " AND quantity_on_hand > 0 ORDER BY received_on, number")
        .param("company", company.value())
        .param("product", product.value())
        .query(StockManagement::lotOf)
        .list();
  }

  /** Every lot of a product, newest first. */
  @Transactional(readOnly = true)
  public List<Lot> lots(CompanyId company, ProductId product) {
    return jdbc.sql(
            "SELECT * FROM lot WHERE company_id = :company AND product_id = :product"
                + " ORDER BY received_on DESC, number DESC")
        .param("company", company.value())
        .param("product", product.value())
        .query(StockManagement::lotOf)
        .list();
  }

  @Override
  @Transactional(readOnly = true)
  public Lot lot(CompanyId company, LotId id) {
    return jdbc.sql("SELECT * FROM lot WHERE company_id = :company AND id = :id")
        .param("company", company.value())
        .param("id", id.value())
        .query(StockManagement::lotOf)
        .optional()
        .orElseThrow(() -> new ResourceNotFound("lot", id));
  }

  @Override
  @Transactional(readOnly = true)
  public java.util.Optional<Lot> lotByNumber(CompanyId company, String number) {
    return jdbc.sql("SELECT * FROM lot WHERE company_id = :company AND number = :number")
        .param("company", company.value())
        .param("number", number.strip().toUpperCase(Locale.ROOT))
        .query(StockManagement::lotOf)
        .optional();
  }

  /** One row of the stock journal. */
  public record Move(
      UUID id,
      LocalDate movedOn,
      StockMoveReason reason,
      @Nullable AdjustmentReason adjustment,
      Quantity quantity,
      @Nullable String lotNumber,
      @Nullable String reference,
      @Nullable String note,
      java.time.Instant createdAt) {}

  /** One row of the company's stock journal, with its product. */
  public record JournalLine(
      UUID id,
      ProductId product,
      String productCode,
      String designation,
      LocalDate movedOn,
      StockMoveReason reason,
      @Nullable AdjustmentReason adjustment,
      Quantity quantity,
      @Nullable String lotNumber,
      @Nullable String reference,
      @Nullable String note) {}

  /** The latest moves of the company, newest first. */
  @Transactional(readOnly = true)
  public List<JournalLine> journal(CompanyId company, int limit) {
    return jdbc.sql(
            """
            SELECT m.*, l.number AS lot_number, p.code, p.designation FROM stock_move m
              JOIN product p ON p.id = m.product_id
              LEFT JOIN lot l ON l.id = m.lot_id
             WHERE m.company_id = :company
             ORDER BY m.created_at DESC, m.id
             LIMIT :limit
            """)
        .param("company", company.value())
        .param("limit", limit)
        .query(
            (rs, n) ->
                new JournalLine(
                    rs.getObject("id", UUID.class),
                    new ProductId(rs.getObject("product_id", UUID.class)),
                    rs.getString("code"),
                    rs.getString("designation"),
                    rs.getObject("moved_on", LocalDate.class),
                    StockMoveReason.valueOf(rs.getString("reason")),
                    rs.getString("adjustment") == null
                        ? null
                        : AdjustmentReason.valueOf(rs.getString("adjustment")),
                    new Quantity(rs.getBigDecimal("quantity")),
                    rs.getString("lot_number"),
                    rs.getString("reference"),
                    rs.getString("note")))
        .list();
  }

  /** The latest moves of a product, newest first. */
  @Transactional(readOnly = true)
  public List<Move> moves(CompanyId company, ProductId product, int limit) {
    return jdbc.sql(
            """
            SELECT m.*, l.number AS lot_number FROM stock_move m
              LEFT JOIN lot l ON l.id = m.lot_id
             WHERE m.company_id = :company AND m.product_id = :product
             ORDER BY m.created_at DESC, m.id
             LIMIT :limit
            """)
        .param("company", company.value())
        .param("product", product.value())
        .param("limit", limit)
        .query(
            (rs, n) ->
                new Move(
                    rs.getObject("id", UUID.class),
                    rs.getObject("moved_on", LocalDate.class),
                    StockMoveReason.valueOf(rs.getString("reason")),
                    rs.getString("adjustment") == null
                        ? null
                        : AdjustmentReason.valueOf(rs.getString("adjustment")),
                    new Quantity(rs.getBigDecimal("quantity")),
                    rs.getString("lot_number"),
                    rs.getString("reference"),
                    rs.getString("note"),
                    rs.getTimestamp("created_at").toInstant()))
        .list();
  }

  private void record(
      CompanyId company,
      ProductId product,
      @Nullable LotId lot,
      BigDecimal quantity,
      StockMoveReason reason,
      @Nullable AdjustmentReason adjustment,
      @Nullable String reference,
      @Nullable String note,
      LocalDate movedOn,
      @Nullable UserId by) {
    ensureRow(company, product);
    var now = java.sql.Timestamp.from(clock.now(company));
    int updated =
        jdbc.sql(
                "UPDATE product_stock SET on_hand = on_hand + :q, updated_at = :now"
                    + " WHERE product_id = :product AND company_id = :company"
                    + " AND on_hand + :q >= 0")
            .param("q", quantity)
            .param("now", now)
            .param("product", product.value())
            .param("company", company.value())
            .update();
    if (updated == 0) {
      throw new InvalidValue(
          "stock.insufficient",
          "not enough stock",
          level(company, product).onHand().value().stripTrailingZeros().toPlainString());
    }
    if (lot != null && reason != StockMoveReason.RECEIPT) {
      int lotUpdated =
          jdbc.sql(
                  "UPDATE lot SET quantity_on_hand = quantity_on_hand + :q WHERE id = :lot"
                      + " AND company_id = :company AND quantity_on_hand + :q >= 0")
              .param("q", quantity)
              .param("lot", lot.value())
              .param("company", company.value())
              .update();
      if (lotUpdated == 0) {
        Lot current = lot(company, lot);
        throw new InvalidValue(
            "stock.lot-negative",
            "not enough in the lot",
            current.number(),
            current.quantityOnHand().value().stripTrailingZeros().toPlainString());
      }
    }
    jdbc.sql(
            """
            INSERT INTO stock_move (id, company_id, product_id, lot_id, quantity, reason,
              adjustment, reference, note, moved_on, created_at, user_id)
            VALUES (:id, :company, :product, :lot, :quantity, :reason, :adjustment, :reference,
              :note, :movedOn, :now, :user)
            """)
        .param("id", UUID.randomUUID())
        .param("company", company.value())
        .param("product", product.value())
        .param("lot", lot == null ? null : lot.value())
        .param("quantity", quantity)
        .param("reason", reason.name())
        .param("adjustment", adjustment == null ? null : adjustment.name())
        .param("reference", reference)
        .param("note", note)
        .param("movedOn", movedOn)
        .param("now", now)
        .param("user", by == null ? null : by.value())
        .update();
  }

  private void recordWithAdjustment(
      CompanyId company,
      ProductId product,
      @Nullable LotId lot,
      BigDecimal delta,
      AdjustmentReason reason,
      @Nullable String lotNumber,
      @Nullable String note,
      LocalDate on,
      @Nullable UserId by) {
    record(
        company, product, lot, delta, StockMoveReason.ADJUSTMENT, reason, lotNumber, note, on, by);
  }

  private void ensureRow(CompanyId company, ProductId product) {
    jdbc.sql(
            """
            INSERT INTO product_stock (product_id, company_id, on_hand, reserved, updated_at)
            VALUES (:product, :company, 0, 0, :now) ON CONFLICT DO NOTHING
            """)
        .param("product", product.value())
        .param("company", company.value())
        .param("now", java.sql.Timestamp.from(clock.now(company)))
        .update();
  }

  private Product stockedProduct(CompanyId company, ProductId id) {
    Product product = products.get(company, id);
    if (!product.stocked()) {
      throw new InvalidValue(
          "stock.not-stocked", "no stock kept for " + product.code(), product.code());
    }
    return product;
  }

  private boolean lotNumberTaken(CompanyId company, String number) {
    return jdbc.sql("SELECT COUNT(*) FROM lot WHERE company_id = :company AND number = :number")
            .param("company", company.value())
            .param("number", number)
            .query(Long.class)
            .single()
        > 0;
  }

  /** {@code L<yy>-<first part of the code>-<nn>}, the next free number for that prefix. */
  private String nextLotNumber(CompanyId company, Product product, LocalDate on) {
    String stem = product.code().split("[-._]")[0];
    String prefix = "L" + on.format(YEAR) + "-" + stem + "-";
    for (int n = 1; ; n++) {
      String candidate = prefix + String.format("%02d", n);
      if (!lotNumberTaken(company, candidate)) {
        return candidate;
      }
    }
  }

  static Lot lotOf(ResultSet rs, int row) throws SQLException {
    UUID supplier = rs.getObject("supplier_id", UUID.class);
    return new Lot(
        new LotId(rs.getObject("id", UUID.class)),
        rs.getString("number"),
        new ProductId(rs.getObject("product_id", UUID.class)),
        LotOrigin.valueOf(rs.getString("origin")),
        supplier == null ? null : new CustomerId(supplier),
        rs.getObject("received_on", LocalDate.class),
        new Quantity(rs.getBigDecimal("quantity_received")),
        new Quantity(rs.getBigDecimal("quantity_on_hand")),
        rs.getString("botanical_name"),
        rs.getString("operator_number"),
        rs.getString("traceability_code"),
        rs.getString("country_of_origin"),
        rs.getString("note"));
  }
}
