package org.pepin.catalog.demo;

import java.util.List;
import org.pepin.catalog.LotOrigin;
import org.pepin.catalog.ProductId;
import org.pepin.catalog.StockReceipt;
import org.pepin.catalog.stock.StockManagement;
import org.pepin.customers.CustomerId;
import org.pepin.platform.DemoContext;
import org.pepin.platform.DemoContribution;
import org.pepin.platform.DemoStep;
import org.pepin.shared.Quantity;
import org.springframework.stereotype.Component;

/**
 * The lots put on sale over the six months before D for the deliveries of the demo's history
 * (scenario §4; the delivery module's {@code DeliveryDemo} delivers them): own production potted on
 * or lifted for an order, compost and stake kits bought from Les Jardins de Marly, and a second
 * batch of olive trees bought in Italy with its passport. Every one of these lots is delivered in
 * full before D, so that the stock at D stays the scenario's (§2): the lot L25-PHO-01 in particular
 * is never touched — who received it is the exercise's question. Lots are registered as {@code
 * lot:<number>}.
 */
@Component
public class StockHistoryDemo implements DemoContribution {

  /**
   * The lots of the history: day, product, lot number, quantity; own production, or bought from Les
   * Jardins de Marly for the supplies (compost, stake kits).
   */
  record Receipt(int day, String code, String lot, int quantity, boolean bought) {}

  static final List<Receipt> RECEIPTS =
      List.of(
          own(-230, "PHO-C4-6080", "L25-PHO-00", 50),
          own(-172, "LAU-C10-125", "L25-LAU-01", 40),
          own(-172, "OSM-C5-6080", "L25-OSM-01", 25),
          own(-137, "ROS-ICE-C4", "L25-ROS-01", 50),
          own(-137, "LAV-G9", "L25-LAV-01", 250),
          own(-137, "MIS-C3", "L25-MIS-01", 10),
          bought(-137, "TER-50L", "L25-TER-01", 12),
          own(-112, "MIS-C3", "L25-MIS-02", 40),
          own(-106, "LAU-C10-125", "L25-LAU-02", 40),
          own(-106, "ROS-ICE-C4", "L25-ROS-02", 15),
          own(-106, "LAV-G9", "L25-LAV-02", 200),
          own(-102, "ERA-T1012", "L25-ERA-01", 6),
          own(-102, "LAU-C10-125", "L25-LAU-03", 30),
          own(-96, "PHO-C4-6080", "L25-PHO-02", 30),
          own(-92, "TIL-T1214", "L25-TIL-02", 4),
          own(-64, "LAV-G9", "L25-LAV-03", 570),
          own(-64, "ROS-ICE-C4", "L25-ROS-03", 88),
          own(-64, "OSM-C5-6080", "L25-OSM-02", 80),
          bought(-64, "TER-50L", "L25-TER-02", 45),
          own(-42, "LAV-G9", "L25-LAV-04", 420),
          own(-42, "MIS-C3", "L25-MIS-03", 70),
          own(-34, "ERA-T1012", "L25-ERA-02", 12),
          bought(-34, "TUT-KIT", "L25-TUT-01", 10),
          bought(-34, "TER-50L", "L25-TER-03", 10),
          own(-24, "MIS-C3", "L25-MIS-04", 65),
          own(-24, "LAV-G9", "L25-LAV-05", 240),
          own(-24, "LAU-C10-125", "L25-LAU-04", 80),
          bought(-24, "TER-50L", "L25-TER-04", 15));

  private static Receipt own(int day, String code, String lot, int quantity) {
    return new Receipt(day, code, lot, quantity, false);
  }

  private static Receipt bought(int day, String code, String lot, int quantity) {
    return new Receipt(day, code, lot, quantity, true);
  }

  /** The day the second batch of olive trees arrives from Italy. */
  static final int OLIVES_DAY = -42;

  private final StockManagement stock;

  StockHistoryDemo(StockManagement stock) {
    this.stock = stock;
  }

  @Override
  public List<DemoStep> demoSteps() {
    var steps = new java.util.ArrayList<DemoStep>();
    for (Receipt r : RECEIPTS) {
      steps.add(
          new DemoStep(
              r.day(),
              CatalogDemo.ORDER + 10,
              "lot " + r.lot() + " (" + r.quantity() + " " + r.code() + ")",
              c -> receive(c, r)));
    }
    steps.add(
        new DemoStep(
            OLIVES_DAY,
            CatalogDemo.ORDER + 10,
            "lot L25-OLI-02 of olive trees bought in Italy",
            this::olives));
    return steps;
  }

  private void receive(DemoContext c, Receipt r) {
    var supplier = r.bought() ? c.find("customer:F0001", CustomerId.class).orElse(null) : null;
    var receipt =
        new StockReceipt(
            c.ref("product:" + r.code(), ProductId.class),
            r.lot(),
            supplier == null ? LotOrigin.OWN_PRODUCTION : LotOrigin.SUPPLIER,
            supplier,
            null,
            Quantity.of(r.quantity()),
            null,
            r.bought() ? null : CatalogDemo.PLANT_HEALTH_NUMBER,
            null,
            null,
            null);
    c.register("lot:" + r.lot(), stock.receive(c.company(), receipt, null));
  }

  private void olives(DemoContext c) {
    var supplier = c.find("customer:F0001", CustomerId.class).orElse(null);
    var receipt =
        new StockReceipt(
            c.ref("product:OLI-C30", ProductId.class),
            "L25-OLI-02",
            supplier == null ? LotOrigin.OWN_PRODUCTION : LotOrigin.SUPPLIER,
            supplier,
            null,
            Quantity.of(10),
            "Olea europaea",
            supplier == null ? null : "IT-16-0231",
            "XF-25-0633-OLI",
            "IT",
            "Oliviers élevés en Italie (Pouilles, hors zone délimitée Xylella), commande de Tuinen"
                + " Van Dijk.");
    c.register("lot:L25-OLI-02", stock.receive(c.company(), receipt, null));
  }
}
