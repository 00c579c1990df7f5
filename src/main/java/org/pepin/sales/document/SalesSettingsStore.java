package org.pepin.sales.document;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.CompanyId;
import org.pepin.platform.ConcurrentModification;
import org.pepin.sales.SalesSettings;
import org.pepin.shared.Money;
import org.pepin.shared.Percentage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads and saves a company's sales settings; a company without a row has the defaults. */
@Component
@Transactional
public class SalesSettingsStore {

  private final JdbcClient jdbc;

  SalesSettingsStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  public SalesSettings get(CompanyId company) {
    return jdbc.sql("SELECT * FROM sales_settings WHERE company_id = ?")
        .param(company.value())
        .query(
            (rs, n) ->
                new SalesSettings(
                    rs.getInt("version"),
                    rs.getInt("quote_validity_days"),
                    new Percentage(rs.getBigDecimal("discount_approval_threshold")),
                    percentage(rs.getBigDecimal("individual_down_payment_percent")),
                    money(rs.getBigDecimal("individual_down_payment_above")),
                    rs.getString("free_delivery_product_code"),
                    money(rs.getBigDecimal("free_delivery_above")),
                    rs.getInt("withdrawal_days")))
        .optional()
        .orElseGet(SalesSettings::defaults);
  }

  /**
   * Saves the settings as of the version read.
   *
   * @throws ConcurrentModification if someone saved them since
   */
  public void save(CompanyId company, SalesSettings settings) {
    int updated =
        jdbc.sql(
                """
                UPDATE sales_settings SET version = version + 1, quote_validity_days = :days,
                  discount_approval_threshold = :threshold, individual_down_payment_percent = :dp,
                  individual_down_payment_above = :dpAbove, free_delivery_product_code = :free,
                  free_delivery_above = :freeAbove, withdrawal_days = :withdrawal
                WHERE company_id = :company AND version = :version
                """)
            .params(params(company, settings))
            .update();
    if (updated == 1) {
      return;
    }
    boolean exists =
        jdbc.sql("SELECT COUNT(*) FROM sales_settings WHERE company_id = ?")
                .param(company.value())
                .query(Integer.class)
                .single()
            > 0;
    if (exists || settings.version() != 0) {
      throw new ConcurrentModification("sales-settings", company);
    }
    jdbc.sql(
            """
            INSERT INTO sales_settings (company_id, version, quote_validity_days,
              discount_approval_threshold, individual_down_payment_percent,
              individual_down_payment_above, free_delivery_product_code, free_delivery_above,
              withdrawal_days)
            VALUES (:company, 1, :days, :threshold, :dp, :dpAbove, :free, :freeAbove, :withdrawal)
            """)
        .params(params(company, settings))
        .update();
  }

  private static java.util.Map<String, @Nullable Object> params(
      CompanyId company, SalesSettings s) {
    var map = new java.util.HashMap<String, @Nullable Object>();
    map.put("company", company.value());
    map.put("version", s.version());
    map.put("days", s.quoteValidityDays());
    map.put("threshold", s.discountApprovalThreshold().value());
    map.put("dp", s.individualDownPayment() == null ? null : s.individualDownPayment().value());
    map.put(
        "dpAbove",
        s.individualDownPaymentAbove() == null ? null : s.individualDownPaymentAbove().amount());
    map.put("free", s.freeDeliveryProductCode());
    map.put("freeAbove", s.freeDeliveryAbove() == null ? null : s.freeDeliveryAbove().amount());
    map.put("withdrawal", s.withdrawalDays());
    return map;
  }

  private static @Nullable Percentage percentage(@Nullable BigDecimal value) {
    return value == null ? null : new Percentage(value);
  }

  private static @Nullable Money money(@Nullable BigDecimal value) {
    return value == null ? null : Money.of(value);
  }
}
