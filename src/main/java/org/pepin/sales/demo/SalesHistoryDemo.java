package org.pepin.sales.demo;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pepin.catalog.ProductId;
import org.pepin.customers.CustomerId;
import org.pepin.platform.CompanyId;
import org.pepin.platform.DemoContext;
import org.pepin.platform.DemoContribution;
import org.pepin.platform.DemoStep;
import org.pepin.platform.Member;
import org.pepin.platform.Members;
import org.pepin.sales.LineDraft;
import org.pepin.sales.OrderDraft;
import org.pepin.sales.OrderId;
import org.pepin.sales.OrderStatus;
import org.pepin.sales.SalesTerms;
import org.pepin.sales.order.OrderService;
import org.pepin.shared.Quantity;
import org.springframework.stereotype.Component;

/**
 * The orders behind the demo's historical deliveries and invoices (scenario §4), nine orders
 * confirmed between D−170 and D−24 by Sophie Martin, before the orders of {@link SalesDemo} (D−6 to
 * D−2), so that the order numbers follow the dates. The delivery module's demo delivers them in
 * full (some in two deliveries, one with a cancelled backorder); invoicing (issue 10) will invoice
 * them. Registered as {@code order:history:<name>}.
 */
@Component
public class SalesHistoryDemo implements DemoContribution {

  /** One product line of an order: product code and quantity. */
  record Item(String code, int quantity) {}

  /**
   * One historical order.
   *
   * @param site the customer's delivery address (its label), {@code null} for its own address
   */
  record HistoricalOrder(
      String name,
      int day,
      String customerCode,
      @Nullable String site,
      @Nullable String customerReference,
      @Nullable String commitmentNumber,
      int deliverAfterDays,
      List<Item> items) {}

  static final String COTEAUX = "Chantier résidence Les Coteaux";
  static final String PECQ = "Chantier parc d'activités du Pecq";

  static final List<HistoricalOrder> ORDERS =
      List.of(
          new HistoricalOrder(
              "coteaux-haie",
              -170,
              "C0001",
              COTEAUX,
              "POP-CH-COT-12",
              null,
              5,
              List.of(new Item("LAU-C10-125", 40), new Item("OSM-C5-6080", 25))),
          // invoiced at D−130: 1 500.00 € TTC (§6, in the receivership's claim)
          new HistoricalOrder(
              "verte-massifs",
              -135,
              "C0007",
              null,
              null,
              null,
              3,
              List.of(
                  new Item("ROS-ICE-C4", 50),
                  new Item("LAV-G9", 250),
                  new Item("MIS-C3", 10),
                  new Item("TER-50L", 12))),
          new HistoricalOrder(
              "jardinerie-printemps",
              -110,
              "C0003",
              null,
              "JV-CMD-2026-031",
              null,
              2,
              List.of(new Item("PHO-C4-6080", 80), new Item("MIS-C3", 40))),
          // invoiced at D−100: 1 650.00 € TTC (§6, in the receivership's claim)
          new HistoricalOrder(
              "verte-haie",
              -105,
              "C0007",
              null,
              null,
              null,
              2,
              List.of(
                  new Item("LAU-C10-125", 40),
                  new Item("ROS-ICE-C4", 15),
                  new Item("LAV-G9", 200))),
          new HistoricalOrder(
              "pecq-alignement",
              -100,
              "C0001",
              PECQ,
              "POP-CH-PEC-03",
              null,
              2,
              List.of(
                  new Item("TIL-T1214", 4), new Item("ERA-T1012", 6), new Item("LAU-C10-125", 30))),
          // what is delivered (88 of the 100 roses) is invoiced at D−50: 4 000.00 € TTC (§6)
          new HistoricalOrder(
              "jardinerie-ete",
              -62,
              "C0003",
              null,
              "JV-CMD-2026-064",
              null,
              5,
              List.of(
                  new Item("LAV-G9", 570),
                  new Item("ROS-ICE-C4", 100),
                  new Item("OSM-C5-6080", 80),
                  new Item("TER-50L", 45))),
          // invoiced at D−35: 2 640.00 € excl. VAT, exempt intra-EU supply (§6)
          new HistoricalOrder(
              "van-dijk",
              -40,
              "C0010",
              null,
              "TVD-PO-2026-117",
              null,
              3,
              List.of(new Item("OLI-C30", 10), new Item("LAV-G9", 420), new Item("MIS-C3", 70))),
          // invoiced at D−25: 2 376.00 € TTC with the commitment number (§6)
          new HistoricalOrder(
              "commune-erables",
              -32,
              "C0002",
              null,
              null,
              "EJ-2026-0311",
              5,
              List.of(
                  new Item("ERA-T1012", 12),
                  new Item("PLANT-TIGE", 4),
                  new Item("TUT-KIT", 10),
                  new Item("TER-50L", 10))),
          // invoiced at D−12: 3 120.00 € TTC (§6)
          new HistoricalOrder(
              "coteaux-massifs",
              -24,
              "C0001",
              COTEAUX,
              "POP-CH-COT-19",
              null,
              4,
              List.of(
                  new Item("MIS-C3", 65),
                  new Item("LAV-G9", 240),
                  new Item("LAU-C10-125", 80),
                  new Item("TER-50L", 15))));

  private final OrderService orders;
  private final Members members;

  SalesHistoryDemo(OrderService orders, Members members) {
    this.orders = orders;
    this.members = members;
  }

  /** The key an order is registered under. */
  public static String key(String name) {
    return "order:history:" + name;
  }

  @Override
  public List<DemoStep> demoSteps() {
    return ORDERS.stream()
        .map(
            o ->
                new DemoStep(
                    o.day(),
                    SalesDemo.ORDER,
                    "order of " + o.customerCode() + " confirmed (" + o.name() + ")",
                    c -> confirm(c, o)))
        .toList();
  }

  private void confirm(DemoContext c, HistoricalOrder o) {
    CompanyId company = c.company();
    Member sophie =
        members.of(company).stream()
            .filter(m -> m.username().equals("sophie"))
            .findFirst()
            .orElse(null);
    List<LineDraft> lines =
        o.items().stream()
            .map(
                i ->
                    LineDraft.product(
                        c.ref("product:" + i.code(), ProductId.class), Quantity.of(i.quantity())))
            .toList();
    var draft =
        new OrderDraft(
            c.ref("customer:" + o.customerCode(), CustomerId.class),
            o.customerReference(),
            o.commitmentNumber(),
            c.today().plusDays(o.deliverAfterDays()),
            null,
            new SalesTerms(o.site(), null, null, null, null, null, null, lines));
    OrderId id = orders.create(company, sophie, draft);
    var status = orders.confirm(company, sophie, id, orders.get(company, id).version());
    if (status != OrderStatus.CONFIRMED) {
      throw new IllegalStateException("demo order " + o.name() + " is " + status);
    }
    c.register(key(o.name()), id);
  }
}
