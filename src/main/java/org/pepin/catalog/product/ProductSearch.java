package org.pepin.catalog.product;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.pepin.catalog.PlantForm;
import org.pepin.catalog.ProductId;
import org.pepin.catalog.ProductKind;
import org.pepin.catalog.Unit;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.CompanyId;
import org.pepin.platform.PageQuery;
import org.pepin.platform.PageQuery.ApiPage;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The product list: {@link ProductFilter} turned into SQL on {@code product} joined with its stock
 * and VAT category, always scoped by the company, sorted and paged in the database. The same query
 * feeds the screen, the API and the exports. The season filter compares month-day keys ({@code
 * MMdd}) and handles seasons that wrap the year end.
 */
@Component
@Transactional(readOnly = true)
public class ProductSearch {

  /** Sortable fields, by their API name. */
  public static final Map<String, String> SORTS =
      Map.of(
          "code", "p.code",
          "designation", "LOWER(p.designation)",
          "salePrice", "p.sale_price",
          "onHand", "COALESCE(s.on_hand, 0)",
          "createdAt", "p.created_at");

  public static final String DEFAULT_SORT = "code";

  private static final String FROM =
      " FROM product p LEFT JOIN product_stock s ON s.product_id = p.id"
          + " LEFT JOIN vat_category v ON v.id = p.vat_category_id";

  private static final String COLUMNS =
      "p.id, p.code, p.designation, p.kind, p.unit, v.code AS vat_code, p.follows_goods,"
          + " p.sale_price, p.cost_price, p.product_group, p.plant_form, p.size_class,"
          + " p.season_start, p.season_end, p.stocked, COALESCE(s.on_hand, 0) AS on_hand,"
          + " COALESCE(s.reserved, 0) AS reserved, p.low_stock_threshold, p.archived";

  private final JdbcClient jdbc;
  private final CompanyClock clock;

  ProductSearch(JdbcClient jdbc, CompanyClock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** One page of the list. */
  public ApiPage<ProductRow> search(CompanyId company, ProductFilter filter, PageQuery page) {
    var params = new MapSqlParameterSource();
    String where = where(company, filter, params);
    long total =
        jdbc.sql("SELECT COUNT(*)" + FROM + " WHERE " + where)
            .paramSource(params)
            .query(Long.class)
            .single();
    params.addValue("limit", page.size()).addValue("offset", page.offset());
    List<ProductRow> rows =
        jdbc.sql(
                "SELECT "
                    + COLUMNS
                    + FROM
                    + " WHERE "
                    + where
                    + orderBy(page.sort(), page.ascending())
                    + " LIMIT :limit OFFSET :offset")
            .paramSource(params)
            .query(ProductSearch::row)
            .list();
    return new ApiPage<>(rows, page.page(), page.size(), total);
  }

  /** Every row of the list, in order, for an export. */
  public void forEach(
      CompanyId company,
      ProductFilter filter,
      String sort,
      boolean ascending,
      Consumer<ProductRow> sink) {
    var params = new MapSqlParameterSource();
    String where = where(company, filter, params);
    jdbc
        .sql("SELECT " + COLUMNS + FROM + " WHERE " + where + orderBy(sort, ascending))
        .paramSource(params)
        .query(ProductSearch::row)
        .stream()
        .forEach(sink);
  }

  /** Active stocked products whose stock on hand is under their threshold, by code. */
  public List<ProductRow> lowStock(CompanyId company) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + FROM
                + " WHERE p.company_id = :company AND p.archived = FALSE AND p.stocked = TRUE"
                + " AND p.low_stock_threshold IS NOT NULL"
                + " AND COALESCE(s.on_hand, 0) < p.low_stock_threshold ORDER BY p.code")
        .param("company", company.value())
        .query(ProductSearch::row)
        .list();
  }

  /** Active stocked products, by code, for the stock forms' pickers. */
  public List<ProductRow> stockedChoices(CompanyId company) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + FROM
                + " WHERE p.company_id = :company AND p.archived = FALSE AND p.stocked = TRUE"
                + " ORDER BY p.code")
        .param("company", company.value())
        .query(ProductSearch::row)
        .list();
  }

  private String where(CompanyId company, ProductFilter f, MapSqlParameterSource params) {
    var clauses = new ArrayList<String>();
    clauses.add("p.company_id = :company");
    params.addValue("company", company.value());
    if (f.status() != ProductFilter.Status.ALL) {
      clauses.add("p.archived = :archived");
      params.addValue("archived", f.status() == ProductFilter.Status.ARCHIVED);
    }
    if (f.q() != null) {
      int n = 0;
      for (String word : ProductRecord.normalise(f.q()).split("\\s+")) {
        if (word.isEmpty()) {
          continue;
        }
        clauses.add("p.search_text LIKE :q" + n + " ESCAPE '\\'");
        params.addValue("q" + n, "%" + escape(word) + "%");
        n++;
      }
    }
    if (f.kind() != null) {
      clauses.add("p.kind = :kind");
      params.addValue("kind", f.kind().name());
    }
    if (f.vatCategory() != null) {
      clauses.add("p.vat_category_id = :category");
      params.addValue("category", f.vatCategory().value());
    }
    if (f.form() != null) {
      clauses.add("p.plant_form = :form");
      params.addValue("form", f.form().name());
    }
    if (f.group() != null) {
      clauses.add("p.product_group = :group");
      params.addValue("group", f.group());
    }
    if (f.inStock()) {
      clauses.add("COALESCE(s.on_hand, 0) > 0");
    }
    if (f.inSeason()) {
      LocalDate today = clock.today(company);
      String start = "(SUBSTRING(p.season_start, 4, 2) || SUBSTRING(p.season_start, 1, 2))";
      String end = "(SUBSTRING(p.season_end, 4, 2) || SUBSTRING(p.season_end, 1, 2))";
      clauses.add(
          "(p.season_start IS NULL OR ("
              + start
              + " <= "
              + end
              + " AND :today BETWEEN "
              + start
              + " AND "
              + end
              + ") OR ("
              + start
              + " > "
              + end
              + " AND (:today >= "
              + start
              + " OR :today <= "
              + end
              + ")))");
      params.addValue(
          "today", String.format("%02d%02d", today.getMonthValue(), today.getDayOfMonth()));
    }
    return String.join(" AND ", clauses);
  }

  private static String orderBy(String sort, boolean ascending) {
    String column = SORTS.getOrDefault(sort, "p.code");
    return " ORDER BY " + column + (ascending ? " ASC" : " DESC") + ", p.code";
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  static ProductRow row(ResultSet rs, int n) throws SQLException {
    String form = rs.getString("plant_form");
    String start = rs.getString("season_start");
    String end = rs.getString("season_end");
    return new ProductRow(
        new ProductId(rs.getObject("id", UUID.class)),
        rs.getString("code"),
        rs.getString("designation"),
        ProductKind.valueOf(rs.getString("kind")),
        Unit.valueOf(rs.getString("unit")),
        rs.getString("vat_code"),
        rs.getBoolean("follows_goods"),
        rs.getBigDecimal("sale_price"),
        rs.getBigDecimal("cost_price"),
        rs.getString("product_group"),
        form == null ? null : PlantForm.valueOf(form),
        rs.getString("size_class"),
        start == null || end == null ? null : start + "–" + end,
        rs.getBoolean("stocked"),
        rs.getBigDecimal("on_hand"),
        rs.getBigDecimal("reserved"),
        rs.getBigDecimal("low_stock_threshold"),
        rs.getBoolean("archived"));
  }
}
