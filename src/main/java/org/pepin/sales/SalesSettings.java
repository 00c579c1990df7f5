package org.pepin.sales;

import org.jspecify.annotations.Nullable;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.Money;
import org.pepin.shared.Percentage;

/**
 * A company's sales settings (Paramètres › Ventes).
 *
 * @param quoteValidityDays the default validity of a quote, in days (30 for the demo)
 * @param discountApprovalThreshold manual discounts above this rate need a MANAGER's approval
 *     before the quote is sent (15 % for the demo)
 * @param individualDownPayment the down payment asked of individuals above {@code
 *     individualDownPaymentAbove} incl. VAT (the nursery's terms of sale: 30 % above 1 500 € TTC);
 *     {@code null} for none
 * @param individualDownPaymentAbove the threshold incl. VAT
 * @param freeDeliveryProductCode the delivery product offered to businesses above {@code
 *     freeDeliveryAbove} of goods excl. VAT (LIV-Z1 above 1 500 € HT for the demo)
 * @param freeDeliveryAbove the threshold excl. VAT
 * @param withdrawalDays the consumer's withdrawal period for distance and off-premises contracts
 *     (14 days, C. conso L221-18)
 */
public record SalesSettings(
    int version,
    int quoteValidityDays,
    Percentage discountApprovalThreshold,
    @Nullable Percentage individualDownPayment,
    @Nullable Money individualDownPaymentAbove,
    @Nullable String freeDeliveryProductCode,
    @Nullable Money freeDeliveryAbove,
    int withdrawalDays) {

  public SalesSettings {
    if (quoteValidityDays < 1 || quoteValidityDays > 365) {
      throw new InvalidValue("sales.settings.validity-range", "1 to 365 days", quoteValidityDays);
    }
    if (withdrawalDays < 0 || withdrawalDays > 365) {
      throw new InvalidValue("sales.settings.withdrawal-range", "0 to 365 days", withdrawalDays);
    }
    if (discountApprovalThreshold.value().signum() < 0
        || discountApprovalThreshold.compareTo(Percentage.HUNDRED) > 0) {
      throw new InvalidValue("sales.settings.threshold-range", "0 to 100 %");
    }
  }

  /** The settings of a new company. */
  public static SalesSettings defaults() {
    return new SalesSettings(0, 30, Percentage.of("15"), null, null, null, null, 14);
  }
}
