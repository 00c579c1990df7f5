package org.pepin.catalog.pricing;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pepin.catalog.PriceList;
import org.pepin.catalog.PriceListId;
import org.pepin.catalog.Product;
import org.pepin.catalog.ProductId;
import org.pepin.catalog.Products;
import org.pepin.catalog.Unit;
import org.pepin.customers.CustomerId;
import org.pepin.customers.Customers;
import org.pepin.platform.ChangeHistory;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.CompanyId;
import org.pepin.platform.ConcurrentModification;
import org.pepin.platform.FieldChange;
import org.pepin.platform.ResourceNotFound;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.UnitPrice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Price lists and their dated versions, their explicit prices, quantity breaks, customer-specific
 * prices and the assignment of a list to a customer. Every call is scoped by the company; a record
 * of another company is not found.
 *
 * <p>Rules (as {@link InvalidValue} codes): {@code price-list.overlap (code)} — two versions of a
 * code valid on the same day; {@code price-list.parent-unknown (code)}; {@code
 * price-list.parent-cycle (code)}; {@code price-list.price-negative (price)}; {@code
 * price-list.price-ttc-scale (price)} — a list incl. VAT holds 2-decimal retail prices (except fees
 * following the goods, priced excl. VAT in every list); {@code price-list.percent-range (price)};
 * {@code price-list.unknown (code)}; {@code price-break.duplicate}.
 */
@Service
@Transactional
public class PriceListManagement {

  /** The entity type of a price list in errors and links. */
  public static final String ENTITY = "price-list";

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final JdbcClient jdbc;
  private final Products products;
  private final Customers customers;
  private final CompanyClock clock;

  private final ChangeHistory history;

  PriceListManagement(
      JdbcClient jdbc,
      Products products,
      Customers customers,
      CompanyClock clock,
      ChangeHistory history) {
    this.jdbc = jdbc;
    this.products = products;
    this.customers = customers;
    this.clock = clock;
    this.history = history;
  }

  /**
   * The fields of a list version as its history shows them (labels {@code price-list.<field>}); an
   * explicit price's change is shown under its product's code.
   */
  public record Fields(
      @Nullable String code,
      @Nullable String name,
      boolean includesVat,
      @Nullable String parentCode,
      @Nullable BigDecimal adjustment,
      @Nullable LocalDate validFrom,
      @Nullable LocalDate validTo) {

    static final Fields EMPTY = new Fields(null, null, false, null, null, null, null);

    static Fields of(PriceListDraft d) {
      return new Fields(
          d.code(),
          d.name(),
          d.includesVat(),
          d.parentCode(),
          d.adjustment(),
          d.validFrom(),
          d.validTo());
    }

    static Fields of(PriceList l) {
      return new Fields(
          l.code(),
          l.name(),
          l.includesVat(),
          l.parentCode(),
          l.adjustment(),
          l.validFrom(),
          l.validTo());
    }
  }

  /** A product's explicit price in a list version. */
  public record Item(ProductId product, String code, String designation, UnitPrice price) {}

  /** A product as pickers and previews show it. */
  public record ProductChoice(ProductId id, String code, String designation) {}

  /** A customer price with its product's code, for screens. */
  public record CustomerPriceRow(
      UUID id,
      ProductId product,
      String code,
      String designation,
      UnitPrice price,
      @Nullable LocalDate validFrom,
      @Nullable LocalDate validTo) {}

  /** The company's products that are not archived, by code (at most {@code limit}). */
  @Transactional(readOnly = true)
  public List<ProductChoice> productChoices(CompanyId company, int limit) {
    return jdbc
        .sql(
            "SELECT id, code, designation FROM product"
                + " WHERE company_id = :company AND archived = FALSE ORDER BY code")
        .param("company", company.value())
        .query(
            (rs, n) ->
                new ProductChoice(
                    new ProductId(rs.getObject("id", UUID.class)),
                    rs.getString("code"),
                    rs.getString("designation")))
        .list()
        .stream()
        .limit(limit)
        .toList();
  }

  /** The prices negotiated with a customer, with their products' codes. */
  @Transactional(readOnly = true)
  public List<CustomerPriceRow> customerPriceRows(CompanyId company, CustomerId customer) {
    return jdbc.sql(
            "SELECT c.id, c.product_id, p.code, p.designation, c.price, c.valid_from, c.valid_to"
                + " FROM customer_price c JOIN product p ON p.id = c.product_id"
                + " WHERE c.company_id = :company AND c.customer_id = :customer"
                + " ORDER BY p.code, c.valid_from NULLS FIRST")
        .param("company", company.value())
        .param("customer", customer.value())
        .query(
            (rs, n) ->
                new CustomerPriceRow(
                    rs.getObject("id", UUID.class),
                    new ProductId(rs.getObject("product_id", UUID.class)),
                    rs.getString("code"),
                    rs.getString("designation"),
                    new UnitPrice(rs.getBigDecimal("price")),
                    PricingRows.date(rs, "valid_from"),
                    PricingRows.date(rs, "valid_to")))
        .list();
  }

  // --- lists -----------------------------------------------------------------------------------

  /**
   * Creates a price-list version.
   *
   * @throws InvalidValue {@code price-list.overlap}, {@code price-list.parent-unknown}, {@code
   *     price-list.parent-cycle}
   */
  public PriceListId create(CompanyId company, PriceListDraft draft) {
    check(company, null, draft);
    PriceListId id = PriceListId.random();
    jdbc.sql(
            "INSERT INTO price_list (id, company_id, version, code, name, includes_vat,"
                + " parent_code, adjustment_percent, valid_from, valid_to, archived, created_at)"
                + " VALUES (:id, :company, 1, :code, :name, :incl, :parent, :adj, :from, :to,"
                + " FALSE, :at)")
        .param("id", id.value())
        .param("company", company.value())
        .param("code", draft.code())
        .param("name", draft.name())
        .param("incl", draft.includesVat())
        .param("parent", draft.parentCode())
        .param("adj", draft.adjustment())
        .param("from", draft.validFrom())
        .param("to", draft.validTo())
        .param("at", Timestamp.from(clock.now(company)))
        .update();
    history.record(
        company,
        ENTITY,
        id,
        ChangeHistory.CREATED,
        null,
        FieldChange.between(Fields.EMPTY, Fields.of(draft)));
    return id;
  }

  /**
   * Changes a price-list version as of the version the user edited.
   *
   * @throws ConcurrentModification if someone changed it since
   */
  public void update(CompanyId company, PriceListId id, int version, PriceListDraft draft) {
    PriceList before = get(company, id);
    check(company, id, draft);
    int rows =
        jdbc.sql(
                "UPDATE price_list SET version = version + 1, code = :code, name = :name,"
                    + " includes_vat = :incl, parent_code = :parent, adjustment_percent = :adj,"
                    + " valid_from = :from, valid_to = :to"
                    + " WHERE id = :id AND company_id = :company AND version = :version")
            .param("id", id.value())
            .param("company", company.value())
            .param("version", version)
            .param("code", draft.code())
            .param("name", draft.name())
            .param("incl", draft.includesVat())
            .param("parent", draft.parentCode())
            .param("adj", draft.adjustment())
            .param("from", draft.validFrom())
            .param("to", draft.validTo())
            .update();
    if (rows == 0) {
      throw new ConcurrentModification(ENTITY, id);
    }
    history.record(company, ENTITY, id, FieldChange.between(Fields.of(before), Fields.of(draft)));
  }

  /** Archives (or brings back) a list version: no longer offered for assignment. */
  public void setArchived(CompanyId company, PriceListId id, boolean archived) {
    PriceList before = get(company, id);
    FieldChange.of("archived", before.archived(), archived)
        .ifPresent(change -> history.record(company, ENTITY, id, List.of(change)));
    jdbc.sql(
            "UPDATE price_list SET archived = :archived, version = version + 1"
                + " WHERE id = :id AND company_id = :company")
        .param("archived", archived)
        .param("id", id.value())
        .param("company", company.value())
        .update();
  }

  @Transactional(readOnly = true)
  public List<PriceList> lists(CompanyId company) {
    return jdbc.sql(
            "SELECT * FROM price_list WHERE company_id = :company"
                + " ORDER BY code, valid_from NULLS FIRST")
        .param("company", company.value())
        .query((rs, n) -> PricingRows.priceList(rs))
        .list();
  }

  @Transactional(readOnly = true)
  public Optional<PriceList> find(CompanyId company, PriceListId id) {
    return jdbc.sql("SELECT * FROM price_list WHERE company_id = :company AND id = :id")
        .param("company", company.value())
        .param("id", id.value())
        .query((rs, n) -> PricingRows.priceList(rs))
        .optional();
  }

  /**
   * @throws ResourceNotFound unless the list version belongs to the company
   */
  @Transactional(readOnly = true)
  public PriceList get(CompanyId company, PriceListId id) {
    return find(company, id).orElseThrow(() -> new ResourceNotFound(ENTITY, id));
  }

  /** The versions of a list code, oldest first. */
  @Transactional(readOnly = true)
  public List<PriceList> versions(CompanyId company, String code) {
    String normalised = PriceListDraft.normaliseCode(code);
    return lists(company).stream().filter(l -> l.code().equals(normalised)).toList();
  }

  /** The version of a list code valid on the date. */
  @Transactional(readOnly = true)
  public Optional<PriceList> versionAt(CompanyId company, String code, LocalDate date) {
    return versions(company, code).stream()
        .filter(l -> l.validOn(date) && !l.archived())
        .findFirst();
  }

  /** The codes of the company's lists that are not archived, sorted. */
  @Transactional(readOnly = true)
  public List<String> codes(CompanyId company) {
    return lists(company).stream()
        .filter(l -> !l.archived())
        .map(PriceList::code)
        .distinct()
        .toList();
  }

  private void check(CompanyId company, @Nullable PriceListId self, PriceListDraft draft) {
    for (PriceList other : versions(company, draft.code())) {
      if (other.id().equals(self)) {
        continue;
      }
      if (overlap(other.validFrom(), other.validTo(), draft.validFrom(), draft.validTo())) {
        throw new InvalidValue(
            "price-list.overlap",
            "another version of " + draft.code() + " is valid on the same days",
            draft.code());
      }
    }
    if (draft.parentCode() != null) {
      List<PriceList> all = lists(company);
      if (all.stream().noneMatch(l -> l.code().equals(draft.parentCode()))) {
        throw new InvalidValue(
            "price-list.parent-unknown", "no list " + draft.parentCode(), draft.parentCode());
      }
      Set<String> seen = new HashSet<>();
      List<String> todo = new ArrayList<>(List.of(draft.parentCode()));
      while (!todo.isEmpty()) {
        String code = todo.remove(0);
        if (code.equals(draft.code())) {
          throw new InvalidValue(
              "price-list.parent-cycle", "derivation loop through " + code, draft.code());
        }
        if (seen.add(code)) {
          all.stream()
              .filter(l -> l.code().equals(code) && l.parentCode() != null)
              .forEach(l -> todo.add(l.parentCode()));
        }
      }
    }
  }

  private static boolean overlap(
      @Nullable LocalDate aFrom,
      @Nullable LocalDate aTo,
      @Nullable LocalDate bFrom,
      @Nullable LocalDate bTo) {
    boolean aStartsBeforeBEnds = aFrom == null || bTo == null || !aFrom.isAfter(bTo);
    boolean bStartsBeforeAEnds = bFrom == null || aTo == null || !bFrom.isAfter(aTo);
    return aStartsBeforeBEnds && bStartsBeforeAEnds;
  }

  // --- explicit prices ------------------------------------------------------------------------

  /**
   * Sets the explicit price of a product in a list version (in the list's basis; excl. VAT for a
   * fee following the goods; a percentage for a product sold as a percentage).
   *
   * @throws ResourceNotFound for a list or product of another company
   */
  public void setPrice(
      CompanyId company, PriceListId listId, ProductId productId, UnitPrice price) {
    checkPrice(company, listId, productId, price);
    Optional<UnitPrice> before = itemPrice(company, listId, productId);
    FieldChange.of(
            products.get(company, productId).code(),
            before.map(p -> p.value()).orElse(null),
            price.value())
        .ifPresent(change -> history.record(company, ENTITY, listId, List.of(change)));
    int rows =
        jdbc.sql(
                "UPDATE price_list_item SET price = :price"
                    + " WHERE company_id = :company AND price_list_id = :list AND product_id = :p")
            .param("price", price.value())
            .param("company", company.value())
            .param("list", listId.value())
            .param("p", productId.value())
            .update();
    if (rows == 0) {
      jdbc.sql(
              "INSERT INTO price_list_item (id, company_id, price_list_id, product_id, price)"
                  + " VALUES (:id, :company, :list, :p, :price)")
          .param("id", UUID.randomUUID())
          .param("company", company.value())
          .param("list", listId.value())
          .param("p", productId.value())
          .param("price", price.value())
          .update();
    }
  }

  /**
   * Checks a price as {@link #setPrice} would, without saving it.
   *
   * @throws InvalidValue {@code price-list.price-negative}, {@code price-list.percent-range},
   *     {@code price-list.price-ttc-scale}
   */
  @Transactional(readOnly = true)
  public void checkPrice(
      CompanyId company, PriceListId listId, ProductId productId, UnitPrice price) {
    PriceList list = get(company, listId);
    Product product = products.get(company, productId);
    if (price.value().signum() < 0) {
      throw new InvalidValue(
          "price-list.price-negative", "negative price: " + price, price.value());
    }
    if (product.unit() == Unit.PERCENT && price.value().compareTo(HUNDRED) > 0) {
      throw new InvalidValue(
          "price-list.percent-range", "percentage above 100: " + price, price.value());
    }
    if (list.includesVat()
        && !product.followsGoods()
        && product.unit() != Unit.PERCENT
        && price.value().stripTrailingZeros().scale() > 2) {
      throw new InvalidValue(
          "price-list.price-ttc-scale",
          "a price incl. VAT has 2 decimals: " + price,
          price.value());
    }
  }

  /** Removes a product's explicit price from a list version (it derives again). */
  public void removePrice(CompanyId company, PriceListId listId, ProductId productId) {
    get(company, listId);
    itemPrice(company, listId, productId)
        .flatMap(p -> FieldChange.of(products.get(company, productId).code(), p.value(), null))
        .ifPresent(change -> history.record(company, ENTITY, listId, List.of(change)));
    jdbc.sql(
            "DELETE FROM price_list_item"
                + " WHERE company_id = :company AND price_list_id = :list AND product_id = :p")
        .param("company", company.value())
        .param("list", listId.value())
        .param("p", productId.value())
        .update();
  }

  /** The explicit prices of a list version, by product code. */
  @Transactional(readOnly = true)
  public List<Item> items(CompanyId company, PriceListId listId) {
    get(company, listId);
    return jdbc.sql(
            "SELECT i.product_id, p.code, p.designation, i.price FROM price_list_item i"
                + " JOIN product p ON p.id = i.product_id AND p.company_id = i.company_id"
                + " WHERE i.company_id = :company AND i.price_list_id = :list ORDER BY p.code")
        .param("company", company.value())
        .param("list", listId.value())
        .query(
            (rs, n) ->
                new Item(
                    new ProductId(rs.getObject("product_id", UUID.class)),
                    rs.getString("code"),
                    rs.getString("designation"),
                    new UnitPrice(rs.getBigDecimal("price"))))
        .list();
  }

  /** The explicit price of a product in a list version, if any. */
  @Transactional(readOnly = true)
  public Optional<UnitPrice> itemPrice(CompanyId company, PriceListId listId, ProductId product) {
    return jdbc.sql(
            "SELECT price FROM price_list_item"
                + " WHERE company_id = :company AND price_list_id = :list AND product_id = :p")
        .param("company", company.value())
        .param("list", listId.value())
        .param("p", product.value())
        .query((rs, n) -> new UnitPrice(rs.getBigDecimal("price")))
        .optional();
  }

  /** The explicit prices of some products in a list version (those without one are absent). */
  @Transactional(readOnly = true)
  public java.util.Map<ProductId, UnitPrice> itemPrices(
      CompanyId company, PriceListId listId, java.util.Collection<ProductId> products) {
    var prices = new java.util.HashMap<ProductId, UnitPrice>();
    if (products.isEmpty()) {
      return prices;
    }
    jdbc.sql(
            "SELECT product_id, price FROM price_list_item WHERE company_id = :company"
                + " AND price_list_id = :list AND product_id IN (:products)")
        .param("company", company.value())
        .param("list", listId.value())
        .param("products", products.stream().map(ProductId::value).distinct().toList())
        .query(
            (rs, n) ->
                prices.put(
                    new ProductId(rs.getObject("product_id", UUID.class)),
                    new UnitPrice(rs.getBigDecimal("price"))))
        .list();
    return prices;
  }

  // --- quantity breaks ---------------------------------------------------------------------------

  /**
   * Adds a quantity break.
   *
   * @throws InvalidValue {@code price-break.duplicate} for a second break with the same list,
   *     target and first quantity; {@code price-list.unknown (code)}
   */
  public UUID addBreak(CompanyId company, PriceBreak priceBreak) {
    if (priceBreak.product() != null) {
      products.get(company, priceBreak.product());
    }
    if (priceBreak.priceListCode() != null
        && versions(company, priceBreak.priceListCode()).isEmpty()) {
      throw new InvalidValue(
          "price-list.unknown",
          "no list " + priceBreak.priceListCode(),
          priceBreak.priceListCode());
    }
    boolean duplicate =
        breaks(company).stream()
            .anyMatch(
                b ->
                    java.util.Objects.equals(b.priceListCode(), priceBreak.priceListCode())
                        && java.util.Objects.equals(b.product(), priceBreak.product())
                        && java.util.Objects.equals(b.productGroup(), priceBreak.productGroup())
                        && b.minQuantity().value().compareTo(priceBreak.minQuantity().value())
                            == 0);
    if (duplicate) {
      throw new InvalidValue("price-break.duplicate", "this break already exists");
    }
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "INSERT INTO price_break (id, company_id, price_list_code, product_id, product_group,"
                + " min_quantity, discount_percent, created_at)"
                + " VALUES (:id, :company, :list, :p, :g, :min, :discount, :at)")
        .param("id", id)
        .param("company", company.value())
        .param("list", priceBreak.priceListCode())
        .param("p", priceBreak.product() == null ? null : priceBreak.product().value())
        .param("g", priceBreak.productGroup())
        .param("min", priceBreak.minQuantity().value())
        .param("discount", priceBreak.discount().value())
        .param("at", Timestamp.from(clock.now(company)))
        .update();
    return id;
  }

  /**
   * @throws ResourceNotFound for a break of another company
   */
  public void deleteBreak(CompanyId company, UUID id) {
    int rows =
        jdbc.sql("DELETE FROM price_break WHERE company_id = :company AND id = :id")
            .param("company", company.value())
            .param("id", id)
            .update();
    if (rows == 0) {
      throw new ResourceNotFound("price-break", id);
    }
  }

  /** The company's quantity breaks, by list, target and first quantity. */
  @Transactional(readOnly = true)
  public List<PriceBreak> breaks(CompanyId company) {
    return jdbc.sql(
            "SELECT * FROM price_break WHERE company_id = :company"
                + " ORDER BY price_list_code NULLS FIRST, product_group, product_id, min_quantity")
        .param("company", company.value())
        .query((rs, n) -> PricingRows.priceBreak(rs))
        .list();
  }

  // --- customer prices and assignment ------------------------------------------------------------

  /**
   * Records a price negotiated with a customer.
   *
   * @throws ResourceNotFound for a customer or product of another company
   */
  public UUID addCustomerPrice(CompanyId company, CustomerPrice price) {
    customers.get(company, price.customer());
    products.get(company, price.product());
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "INSERT INTO customer_price (id, company_id, customer_id, product_id, price,"
                + " valid_from, valid_to, created_at)"
                + " VALUES (:id, :company, :customer, :p, :price, :from, :to, :at)")
        .param("id", id)
        .param("company", company.value())
        .param("customer", price.customer().value())
        .param("p", price.product().value())
        .param("price", price.price().value())
        .param("from", price.validFrom())
        .param("to", price.validTo())
        .param("at", Timestamp.from(clock.now(company)))
        .update();
    return id;
  }

  /**
   * @throws ResourceNotFound for a price of another company or customer
   */
  public void deleteCustomerPrice(CompanyId company, CustomerId customer, UUID id) {
    int rows =
        jdbc.sql(
                "DELETE FROM customer_price"
                    + " WHERE company_id = :company AND customer_id = :customer AND id = :id")
            .param("company", company.value())
            .param("customer", customer.value())
            .param("id", id)
            .update();
    if (rows == 0) {
      throw new ResourceNotFound("customer-price", id);
    }
  }

  /** The prices negotiated with a customer, by product code. */
  @Transactional(readOnly = true)
  public List<CustomerPrice> customerPrices(CompanyId company, CustomerId customer) {
    return jdbc.sql(
            "SELECT c.* FROM customer_price c JOIN product p ON p.id = c.product_id"
                + " WHERE c.company_id = :company AND c.customer_id = :customer"
                + " ORDER BY p.code, c.valid_from NULLS FIRST")
        .param("company", company.value())
        .param("customer", customer.value())
        .query((rs, n) -> PricingRows.customerPrice(rs))
        .list();
  }

  /**
   * Assigns a list (by code) to a customer, or removes the assignment with {@code null}.
   *
   * @throws ResourceNotFound for a customer of another company
   * @throws InvalidValue {@code price-list.unknown (code)}
   */
  public void assign(CompanyId company, CustomerId customer, @Nullable String code) {
    customers.get(company, customer);
    jdbc.sql("DELETE FROM customer_price_list WHERE company_id = :company AND customer_id = :c")
        .param("company", company.value())
        .param("c", customer.value())
        .update();
    if (code == null || code.isBlank()) {
      return;
    }
    String normalised = PriceListDraft.normaliseCode(code);
    if (!codes(company).contains(normalised)) {
      throw new InvalidValue("price-list.unknown", "no list " + normalised, normalised);
    }
    jdbc.sql(
            "INSERT INTO customer_price_list (customer_id, company_id, price_list_code,"
                + " updated_at) VALUES (:c, :company, :code, :at)")
        .param("c", customer.value())
        .param("company", company.value())
        .param("code", normalised)
        .param("at", Timestamp.from(clock.now(company)))
        .update();
  }

  /** The code of the list assigned to the customer, if any. */
  @Transactional(readOnly = true)
  public Optional<String> assigned(CompanyId company, CustomerId customer) {
    return jdbc.sql(
            "SELECT price_list_code FROM customer_price_list"
                + " WHERE company_id = :company AND customer_id = :c")
        .param("company", company.value())
        .param("c", customer.value())
        .query(String.class)
        .optional();
  }

  /**
   * After a merge of customer files: the record kept takes the merged one's negotiated prices, and
   * its list when it has none.
   */
  public void moveCustomer(CompanyId company, CustomerId merged, CustomerId kept) {
    jdbc.sql(
            "UPDATE customer_price SET customer_id = :kept"
                + " WHERE company_id = :company AND customer_id = :merged")
        .param("kept", kept.value())
        .param("company", company.value())
        .param("merged", merged.value())
        .update();
    Optional<String> mergedList = assigned(company, merged);
    if (mergedList.isPresent() && assigned(company, kept).isEmpty()) {
      jdbc.sql(
              "UPDATE customer_price_list SET customer_id = :kept"
                  + " WHERE company_id = :company AND customer_id = :merged")
          .param("kept", kept.value())
          .param("company", company.value())
          .param("merged", merged.value())
          .update();
    }
  }

  /** How many customers are assigned the list code. */
  @Transactional(readOnly = true)
  public long assignedCount(CompanyId company, String code) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM customer_price_list"
                + " WHERE company_id = :company AND price_list_code = :code")
        .param("company", company.value())
        .param("code", code)
        .query(Long.class)
        .single();
  }
}
