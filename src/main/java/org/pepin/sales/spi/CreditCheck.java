package org.pepin.sales.spi;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pepin.customers.CustomerId;
import org.pepin.platform.CompanyId;
import org.pepin.sales.OrderId;
import org.pepin.shared.Money;

/**
 * SPI: the credit check an order passes at confirmation. The risk module implements it (credit
 * limit, exposure, insolvency, prepayment); until then no implementation exists and every order
 * passes. An order that fails is held with the reason, and a manager decides.
 */
public interface CreditCheck {

  /** Checks the order of {@code totalGross} incl. VAT for the customer. */
  Decision check(CompanyId company, OrderToCheck order);

  /**
   * The order being confirmed.
   *
   * @param downPaymentGross the down payment it asks for, incl. VAT, if any
   */
  record OrderToCheck(
      OrderId order, CustomerId customer, Money totalGross, @Nullable Money downPaymentGross) {}

  /**
   * The answer.
   *
   * @param reason when held: the message key of the reason shown to the users, e.g. {@code
   *     risk.hold.over-limit}, with {@code args}
   */
  record Decision(boolean passed, @Nullable String reason, List<String> args) {

    public Decision {
      args = List.copyOf(args);
      if (!passed && reason == null) {
        throw new IllegalArgumentException("a held order needs a reason");
      }
    }

    public static Decision pass() {
      return new Decision(true, null, List.of());
    }

    public static Decision hold(String reason, String... args) {
      return new Decision(false, reason, List.of(args));
    }
  }
}
