package org.pepin.catalog.pricing;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pepin.catalog.PriceList;
import org.pepin.catalog.PriceListId;
import org.pepin.catalog.ProductId;
import org.pepin.customers.CustomerId;
import org.pepin.shared.Percentage;
import org.pepin.shared.Quantity;
import org.pepin.shared.UnitPrice;

/** Maps the pricing tables' rows. */
final class PricingRows {

  private PricingRows() {}

  static PriceList priceList(ResultSet rs) throws SQLException {
    return new PriceList(
        new PriceListId(rs.getObject("id", UUID.class)),
        rs.getInt("version"),
        rs.getString("code"),
        rs.getString("name"),
        rs.getBoolean("includes_vat"),
        rs.getString("parent_code"),
        rs.getBigDecimal("adjustment_percent"),
        date(rs, "valid_from"),
        date(rs, "valid_to"),
        rs.getBoolean("archived"));
  }

  static PriceBreak priceBreak(ResultSet rs) throws SQLException {
    UUID product = rs.getObject("product_id", UUID.class);
    return new PriceBreak(
        rs.getObject("id", UUID.class),
        rs.getString("price_list_code"),
        product == null ? null : new ProductId(product),
        rs.getString("product_group"),
        new Quantity(rs.getBigDecimal("min_quantity").setScale(3)),
        new Percentage(rs.getBigDecimal("discount_percent")));
  }

  static CustomerPrice customerPrice(ResultSet rs) throws SQLException {
    return new CustomerPrice(
        rs.getObject("id", UUID.class),
        new CustomerId(rs.getObject("customer_id", UUID.class)),
        new ProductId(rs.getObject("product_id", UUID.class)),
        new UnitPrice(rs.getBigDecimal("price")),
        date(rs, "valid_from"),
        date(rs, "valid_to"));
  }

  static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
    Date date = rs.getDate(column);
    return date == null ? null : date.toLocalDate();
  }
}
