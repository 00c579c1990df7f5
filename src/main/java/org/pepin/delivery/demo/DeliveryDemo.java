package org.pepin.delivery.demo;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pepin.catalog.LotId;
import org.pepin.delivery.DeliveryDraft;
import org.pepin.delivery.DeliveryId;
import org.pepin.delivery.DeliveryLine;
import org.pepin.delivery.DeliveryView;
import org.pepin.delivery.Transport;
import org.pepin.delivery.note.DeliveryService;
import org.pepin.platform.CompanyId;
import org.pepin.platform.DemoContext;
import org.pepin.platform.DemoContribution;
import org.pepin.platform.DemoStep;
import org.pepin.platform.Member;
import org.pepin.platform.Members;
import org.pepin.sales.OrderId;
import org.pepin.sales.OrderView;
import org.pepin.sales.Orders;
import org.pepin.sales.SalesLine;
import org.pepin.shared.Quantity;
import org.springframework.stereotype.Component;

/**
 * The deliveries behind the demo's historical invoices (scenario §4), replayed through {@link
 * DeliveryService} with the company clock: ten delivery notes from D−165 to D−20 for the eight
 * orders of the sales history ({@code order:history:<name>}), each taking the lots received for it
 * ({@code lot:<number>}, chosen explicitly as the head of nursery does, never the lots of the stock
 * at D):
 *
 * <ul>
 *   <li>D−165 Paysages de l'Ouest Parisien, résidence Les Coteaux: 40 laurels (L25-LAU-01), 25
 *       osmanthus (L25-OSM-01);
 *   <li>D−132 Entreprise Verte Paysage: 60 roses (L25-ROS-01), 150 lavenders (L25-LAV-01);
 *   <li>D−108 Jardinerie du Val: 50 of 80 Photinia (L25-PHO-00) and 40 miscanthus (L25-MIS-01),
 *       backorder of 30 Photinia expected at D−95, delivered at D−95 (L25-PHO-02);
 *   <li>D−98 Paysages de l'Ouest Parisien, parc d'activités du Pecq: 6 maples (L25-ERA-01) and 30
 *       laurels (L25-LAU-02), the 4 lime trees left for D−90 (L25-TIL-02);
 *   <li>D−57 Jardinerie du Val: 300 lavenders (L25-LAV-02), 40 of 60 roses (L25-ROS-02), 30
 *       osmanthus (L25-OSM-02); the 20 roses left are cancelled at D−52 with their reason;
 *   <li>D−37 Tuinen Van Dijk (Belgium, by carrier): 6 olive trees (L25-OLI-02, Italian passport)
 *       and 200 lavenders (L25-LAV-03);
 *   <li>D−27 Commune de Montfort-l'Amaury (commitment EJ-2026-0311): 8 maples (L25-ERA-02);
 *   <li>D−20 Paysages de l'Ouest Parisien, résidence Les Coteaux: 60 miscanthus (L25-MIS-02), 250
 *       lavenders (L25-LAV-04).
 * </ul>
 *
 * The orders end delivered; invoicing (issue 10) invoices them. Jardinerie du Val's order of D−6
 * stays undelivered: delivering it is the exercise (§5, T.1.2.3). Delivery notes are registered as
 * {@code delivery:<order name>:<n>}.
 */
@Component
public class DeliveryDemo implements DemoContribution {

  /** The rank of the deliveries within a day (after the sales). */
  static final int ORDER = 400;

  /** What a delivery takes on a line: product, quantity, lot. */
  record Pick(String code, int quantity, String lot) {}

  /**
   * One delivery note of the history.
   *
   * @param picks the lines delivered; the order's other goods lines wait (quantity 0)
   * @param backorderInDays when the rest is expected, in days after the delivery ({@code null}: not
   *     said)
   */
  record Shipment(
      int day,
      String order,
      int n,
      Transport transport,
      @Nullable String carrier,
      @Nullable String round,
      @Nullable Integer backorderInDays,
      List<Pick> picks) {}

  static final List<Shipment> SHIPMENTS =
      List.of(
          new Shipment(
              -165,
              "coteaux-haie",
              1,
              Transport.OWN_TRUCK,
              null,
              "Tournée Saint-Germain",
              null,
              List.of(
                  new Pick("LAU-C10-125", 40, "L25-LAU-01"), pick("OSM-C5-6080", 25, "OSM", 1))),
          new Shipment(
              -132,
              "verte-massifs",
              1,
              Transport.OWN_TRUCK,
              null,
              "Tournée Rambouillet",
              null,
              List.of(pick("ROS-ICE-C4", 60, "ROS", 1), pick("LAV-G9", 150, "LAV", 1))),
          new Shipment(
              -108,
              "jardinerie-printemps",
              1,
              Transport.OWN_TRUCK,
              null,
              "Tournée Le Perray",
              13,
              List.of(pick("PHO-C4-6080", 50, "PHO", 0), pick("MIS-C3", 40, "MIS", 1))),
          new Shipment(
              -98,
              "pecq-alignement",
              1,
              Transport.OWN_TRUCK,
              null,
              "Tournée Saint-Germain",
              8,
              List.of(pick("ERA-T1012", 6, "ERA", 1), pick("LAU-C10-125", 30, "LAU", 2))),
          new Shipment(
              -95,
              "jardinerie-printemps",
              2,
              Transport.OWN_TRUCK,
              null,
              "Tournée Le Perray",
              null,
              List.of(pick("PHO-C4-6080", 30, "PHO", 2))),
          new Shipment(
              -90,
              "pecq-alignement",
              2,
              Transport.OWN_TRUCK,
              null,
              "Tournée Saint-Germain",
              null,
              List.of(pick("TIL-T1214", 4, "TIL", 2))),
          new Shipment(
              -57,
              "jardinerie-ete",
              1,
              Transport.OWN_TRUCK,
              null,
              "Tournée Le Perray",
              12,
              List.of(
                  pick("LAV-G9", 300, "LAV", 2),
                  pick("ROS-ICE-C4", 40, "ROS", 2),
                  pick("OSM-C5-6080", 30, "OSM", 2))),
          new Shipment(
              -37,
              "van-dijk",
              1,
              Transport.CARRIER,
              "Transports Dumont International",
              null,
              null,
              List.of(new Pick("OLI-C30", 6, "L25-OLI-02"), pick("LAV-G9", 200, "LAV", 3))),
          new Shipment(
              -27,
              "commune-erables",
              1,
              Transport.OWN_TRUCK,
              null,
              "Tournée Montfort",
              null,
              List.of(pick("ERA-T1012", 8, "ERA", 2))),
          new Shipment(
              -20,
              "coteaux-massifs",
              1,
              Transport.OWN_TRUCK,
              null,
              "Tournée Saint-Germain",
              null,
              List.of(pick("MIS-C3", 60, "MIS", 2), pick("LAV-G9", 250, "LAV", 4))));

  /** The day Jardinerie du Val gives up the 20 roses left of its summer order, and why. */
  static final int ROSES_CANCELLED_DAY = -52;

  public static final String ROSES_CANCELLED_REASON =
      "Fin de saison des rosiers : la jardinerie renonce au reliquat (accord de Mme Leroy,"
          + " responsable des achats, par téléphone).";

  private final DeliveryService deliveries;
  private final Orders orders;
  private final Members members;

  DeliveryDemo(DeliveryService deliveries, Orders orders, Members members) {
    this.deliveries = deliveries;
    this.orders = orders;
    this.members = members;
  }

  private static Pick pick(String code, int quantity, String family, int lot) {
    return new Pick(code, quantity, "L25-" + family + "-0" + lot);
  }

  /** The key a delivery note is registered under. */
  public static String key(String order, int n) {
    return "delivery:" + order + ":" + n;
  }

  @Override
  public List<DemoStep> demoSteps() {
    List<DemoStep> steps = new ArrayList<>();
    for (Shipment s : SHIPMENTS) {
      steps.add(
          new DemoStep(
              s.day(),
              ORDER,
              "delivery " + s.n() + " of the order " + s.order(),
              c -> deliver(c, s)));
    }
    steps.add(
        new DemoStep(
            ROSES_CANCELLED_DAY,
            ORDER,
            "Jardinerie du Val gives up the roses left to deliver",
            this::cancelRoses));
    return steps;
  }

  private void deliver(DemoContext c, Shipment s) {
    CompanyId company = c.company();
    OrderId order = c.ref("order:history:" + s.order(), OrderId.class);
    DeliveryId id = deliveries.prepare(company, List.of(order), c.today());
    DeliveryView draft = deliveries.get(company, id);
    List<DeliveryDraft.LineDraft> lines = new ArrayList<>();
    for (DeliveryLine line : draft.lines()) {
      Pick p =
          s.picks().stream()
              .filter(x -> x.code().equals(line.productCode()))
              .findFirst()
              .orElse(null);
      lines.add(
          p == null
              ? new DeliveryDraft.LineDraft(line.orderLine(), Quantity.of(0), false, null)
              : new DeliveryDraft.LineDraft(
                  line.orderLine(),
                  Quantity.of(p.quantity()),
                  false,
                  List.of(
                      new DeliveryDraft.LotPick(
                          c.ref("lot:" + p.lot(), LotId.class), Quantity.of(p.quantity())))));
    }
    if (lines.stream().filter(l -> l.quantity().value().signum() > 0).count() != s.picks().size()) {
      throw new IllegalStateException("demo delivery of " + s.order() + ": a product is missing");
    }
    deliveries.update(
        company,
        id,
        draft.version(),
        new DeliveryDraft(c.today(), s.transport(), s.carrier(), s.round(), null, lines));
    deliveries.validate(
        company,
        id,
        deliveries.get(company, id).version(),
        s.backorderInDays() == null ? null : c.today().plusDays(s.backorderInDays()));
    c.register(key(s.order(), s.n()), id);
  }

  private void cancelRoses(DemoContext c) {
    CompanyId company = c.company();
    OrderId id = c.ref("order:history:jardinerie-ete", OrderId.class);
    OrderView order = orders.get(company, id);
    SalesLine roses =
        order.lines().stream()
            .filter(l -> "ROS-ICE-C4".equals(l.productCode()))
            .findFirst()
            .orElseThrow();
    Member sophie =
        members.of(company).stream()
            .filter(m -> m.username().equals("sophie"))
            .findFirst()
            .orElse(null);
    orders.cancelBackorder(company, sophie, id, roses.id(), ROSES_CANCELLED_REASON);
  }
}
