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
import org.pepin.delivery.note.DeliveryFollowUp;
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
 * DeliveryService} with the company clock: eleven delivery notes from D−165 to D−20 for the nine
 * orders of the sales history ({@code order:history:<name>}), each taking the lots received for it
 * ({@code lot:<number>}, chosen explicitly as the head of nursery does, never the lots of the stock
 * at D):
 *
 * <ul>
 *   <li>D−165 Paysages de l'Ouest Parisien, résidence Les Coteaux: 40 laurels, 25 osmanthus;
 *   <li>D−132 and D−103 Entreprise Verte Paysage: roses, lavenders, miscanthus, compost; then
 *       laurels, roses and lavenders (its two invoices in the receivership's claim);
 *   <li>D−108 Jardinerie du Val: 50 of 80 Photinia (lot L25-PHO-00) and 40 miscanthus, a backorder
 *       of 30 Photinia expected at D−95, delivered at D−95 (L25-PHO-02);
 *   <li>D−98 Paysages de l'Ouest Parisien, parc d'activités du Pecq: 6 maples and 30 laurels, the 4
 *       lime trees at D−90;
 *   <li>D−57 Jardinerie du Val: 570 lavenders, 88 of 100 roses, 80 osmanthus, 45 bags of compost;
 *       the 12 roses left are cancelled at D−52 with their reason;
 *   <li>D−37 Tuinen Van Dijk (Belgium, by carrier): 10 olive trees (L25-OLI-02, Italian passport),
 *       420 lavenders, 70 miscanthus;
 *   <li>D−27 Commune de Montfort-l'Amaury (commitment EJ-2026-0311): 12 maples, stake kits, compost
 *       (the planting is a service, not delivered);
 *   <li>D−20 Paysages de l'Ouest Parisien, résidence Les Coteaux: miscanthus, lavenders, 80
 *       laurels, compost.
 * </ul>
 *
 * The backorder notices of the history are marked read once their backorder is delivered or
 * cancelled. The orders end delivered; invoicing (issue 10) invoices them. Jardinerie du Val's
 * order of D−6 stays undelivered: delivering it is the exercise (§5, T.1.2.3). Delivery notes are
 * registered as {@code delivery:<order name>:<n>}.
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
          truck(
              -165,
              "coteaux-haie",
              1,
              "Tournée Saint-Germain",
              null,
              pick("LAU-C10-125", 40, "LAU", 1),
              pick("OSM-C5-6080", 25, "OSM", 1)),
          truck(
              -132,
              "verte-massifs",
              1,
              "Tournée Rambouillet",
              null,
              pick("ROS-ICE-C4", 50, "ROS", 1),
              pick("LAV-G9", 250, "LAV", 1),
              pick("MIS-C3", 10, "MIS", 1),
              pick("TER-50L", 12, "TER", 1)),
          truck(
              -108,
              "jardinerie-printemps",
              1,
              "Tournée Le Perray",
              13,
              pick("PHO-C4-6080", 50, "PHO", 0),
              pick("MIS-C3", 40, "MIS", 2)),
          truck(
              -103,
              "verte-haie",
              1,
              "Tournée Rambouillet",
              null,
              pick("LAU-C10-125", 40, "LAU", 2),
              pick("ROS-ICE-C4", 15, "ROS", 2),
              pick("LAV-G9", 200, "LAV", 2)),
          truck(
              -98,
              "pecq-alignement",
              1,
              "Tournée Saint-Germain",
              8,
              pick("ERA-T1012", 6, "ERA", 1),
              pick("LAU-C10-125", 30, "LAU", 3)),
          truck(
              -95,
              "jardinerie-printemps",
              2,
              "Tournée Le Perray",
              null,
              pick("PHO-C4-6080", 30, "PHO", 2)),
          truck(
              -90,
              "pecq-alignement",
              2,
              "Tournée Saint-Germain",
              null,
              pick("TIL-T1214", 4, "TIL", 2)),
          truck(
              -57,
              "jardinerie-ete",
              1,
              "Tournée Le Perray",
              12,
              pick("LAV-G9", 570, "LAV", 3),
              pick("ROS-ICE-C4", 88, "ROS", 3),
              pick("OSM-C5-6080", 80, "OSM", 2),
              pick("TER-50L", 45, "TER", 2)),
          new Shipment(
              -37,
              "van-dijk",
              1,
              Transport.CARRIER,
              "Transports Dumont International",
              null,
              null,
              List.of(
                  pick("OLI-C30", 10, "OLI", 2),
                  pick("LAV-G9", 420, "LAV", 4),
                  pick("MIS-C3", 70, "MIS", 3))),
          truck(
              -27,
              "commune-erables",
              1,
              "Tournée Montfort",
              null,
              pick("ERA-T1012", 12, "ERA", 2),
              pick("TUT-KIT", 10, "TUT", 1),
              pick("TER-50L", 10, "TER", 3)),
          truck(
              -20,
              "coteaux-massifs",
              1,
              "Tournée Saint-Germain",
              null,
              pick("MIS-C3", 65, "MIS", 4),
              pick("LAV-G9", 240, "LAV", 5),
              pick("LAU-C10-125", 80, "LAU", 4),
              pick("TER-50L", 15, "TER", 4)));

  private static Shipment truck(
      int day,
      String order,
      int n,
      String round,
      @Nullable Integer backorderInDays,
      Pick... picks) {
    return new Shipment(
        day, order, n, Transport.OWN_TRUCK, null, round, backorderInDays, List.of(picks));
  }

  /** The day Jardinerie du Val gives up the 20 roses left of its summer order, and why. */
  static final int ROSES_CANCELLED_DAY = -52;

  public static final String ROSES_CANCELLED_REASON =
      "Fin de saison des rosiers : la jardinerie renonce au reliquat (accord de Mme Leroy,"
          + " responsable des achats, par téléphone).";

  private final DeliveryService deliveries;
  private final DeliveryFollowUp followUp;
  private final Orders orders;
  private final Members members;

  DeliveryDemo(
      DeliveryService deliveries, DeliveryFollowUp followUp, Orders orders, Members members) {
    this.deliveries = deliveries;
    this.followUp = followUp;
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
            "Jardinerie du Val gives up the 12 roses left to deliver",
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
    if (s.n() > 1) {
      noticesRead(company, order);
    }
  }

  /** The head of nursery marks the order's backorder notices read once nothing is left. */
  private void noticesRead(CompanyId company, OrderId order) {
    followUp.notices(company).stream()
        .filter(n -> n.order().equals(order))
        .forEach(n -> followUp.dismiss(company, n.id()));
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
    noticesRead(company, id);
  }
}
