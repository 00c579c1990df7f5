package org.pepin.sales;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.pepin.customers.CustomerId;
import org.pepin.platform.CompanyId;
import org.pepin.sales.spi.CreditCheck;
import org.springframework.stereotype.Component;

/**
 * A credit check for tests, until the risk module implements the real one: it holds the orders of
 * the customers a test lists, with the reason {@code risk.hold.over-limit}, and passes every other.
 */
@Component
public class HoldingCreditCheck implements CreditCheck {

  /** The customers whose orders are held. */
  public static final Set<CustomerId> HELD = ConcurrentHashMap.newKeySet();

  @Override
  public Decision check(CompanyId company, OrderToCheck order) {
    return HELD.contains(order.customer())
        ? Decision.hold("sales.test.over-limit", order.totalGross().toString())
        : Decision.pass();
  }
}
