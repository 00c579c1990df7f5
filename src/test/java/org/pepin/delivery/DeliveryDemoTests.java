package org.pepin.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.pepin.PepinIntegrationTest;
import org.pepin.catalog.Lot;
import org.pepin.catalog.Products;
import org.pepin.catalog.StockMovements;
import org.pepin.customers.Customers;
import org.pepin.delivery.note.DeliveryService;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.CompanyId;
import org.pepin.platform.PlatformFixtures;
import org.pepin.sales.OrderId;
import org.pepin.sales.OrderStatus;
import org.pepin.sales.OrderView;
import org.pepin.sales.Orders;
import org.pepin.sales.SalesLine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The deliveries of the demo's history (scenario §4), read from Pépinières Clément without changing
 * it: eleven delivery notes from D−165 to D−20 numbered in date order, two orders delivered in two
 * goes, a backorder cancelled with its reason, passports kept per lot; the orders delivered;
 * Jardinerie du Val's order of D−6 still waiting with its 60 Photinia; the stock at D the
 * scenario's, with lot L25-PHO-01 untouched.
 */
@PepinIntegrationTest
class DeliveryDemoTests {

  @Autowired DeliveryService deliveries;
  @Autowired Orders orders;
  @Autowired Customers customers;
  @Autowired Products products;
  @Autowired StockMovements stock;
  @Autowired PlatformFixtures fixtures;
  @Autowired CompanyClock clock;
  @Autowired JdbcClient jdbc;

  CompanyId nursery() {
    return fixtures.nursery();
  }

  LocalDate day(int offset) {
    return clock.today(nursery()).plusDays(offset);
  }

  /** The delivery notes shipped before D (the demo's), by date then number. */
  List<DeliveryView> history() {
    return jdbc
        .sql(
            "SELECT id FROM delivery WHERE company_id = ? AND shipped_on < ?"
                + " ORDER BY shipped_on, number")
        .params(nursery().value(), day(0))
        .query(UUID.class)
        .list()
        .stream()
        .map(id -> deliveries.get(nursery(), new DeliveryId(id)))
        .toList();
  }

  /** Each line as (code, quantity, its lots "number×quantity"). */
  static List<Tuple> lines(DeliveryView d) {
    return d.lines().stream()
        .map(
            l ->
                tuple(
                    l.productCode(),
                    l.quantity().value().intValueExact(),
                    l.lots().stream()
                        .map(x -> x.lotNumber() + "×" + x.quantity().value().intValueExact())
                        .toList()))
        .toList();
  }

  @Test
  void elevenDeliveryNotesFromDMinus165ToDMinus20NumberedInDateOrderWithTheirLots() {
    List<DeliveryView> notes = history();
    assertThat(notes)
        .extracting(DeliveryView::shippedOn, DeliveryView::customerCode, DeliveryView::status)
        .containsExactly(
            tuple(day(-165), "C0001", DeliveryStatus.SHIPPED),
            tuple(day(-132), "C0007", DeliveryStatus.SHIPPED),
            tuple(day(-108), "C0003", DeliveryStatus.SHIPPED),
            tuple(day(-103), "C0007", DeliveryStatus.SHIPPED),
            tuple(day(-98), "C0001", DeliveryStatus.SHIPPED),
            tuple(day(-95), "C0003", DeliveryStatus.SHIPPED),
            tuple(day(-90), "C0001", DeliveryStatus.SHIPPED),
            tuple(day(-57), "C0003", DeliveryStatus.SHIPPED),
            tuple(day(-37), "C0010", DeliveryStatus.SHIPPED),
            tuple(day(-27), "C0002", DeliveryStatus.SHIPPED),
            tuple(day(-20), "C0001", DeliveryStatus.SHIPPED));
    // BL-YYYY-NNNN of the year of shipping, in the order of the dates
    for (DeliveryView d : notes) {
      assertThat(d.number()).matches("BL-" + d.shippedOn().getYear() + "-\\d{4}");
    }
    List<String> numbers = notes.stream().map(DeliveryView::number).toList();
    assertThat(numbers).isSortedAccordingTo(Comparator.naturalOrder()).doesNotHaveDuplicates();

    assertThat(lines(notes.get(0)))
        .containsExactly(
            tuple("LAU-C10-125", 40, List.of("L25-LAU-01×40")),
            tuple("OSM-C5-6080", 25, List.of("L25-OSM-01×25")));
    assertThat(notes.get(0).addressLabel()).isEqualTo("Chantier résidence Les Coteaux");
    assertThat(notes.get(0).roundName()).isEqualTo("Tournée Saint-Germain");
    assertThat(lines(notes.get(1)))
        .containsExactly(
            tuple("ROS-ICE-C4", 50, List.of("L25-ROS-01×50")),
            tuple("LAV-G9", 250, List.of("L25-LAV-01×250")),
            tuple("MIS-C3", 10, List.of("L25-MIS-01×10")),
            tuple("TER-50L", 12, List.of("L25-TER-01×12")));
    // compost travels without a passport
    assertThat(notes.get(1).lines().get(3).passportRequired()).isFalse();
    assertThat(notes.get(1).lines().get(0).passportRequired()).isTrue();
    // Jardinerie du Val's spring order: 50 of 80 Photinia, then the 30 left
    DeliveryView spring = notes.get(2);
    assertThat(lines(spring))
        .containsExactly(
            tuple("PHO-C4-6080", 50, List.of("L25-PHO-00×50")),
            tuple("MIS-C3", 40, List.of("L25-MIS-02×40")));
    assertThat(spring.lines().get(0).backorder().value()).isEqualByComparingTo("30");
    assertThat(spring.backorderExpectedOn()).isEqualTo(day(-95));
    assertThat(spring.printsPassports()).isTrue();
    assertThat(spring.lines().get(0).lots().get(0))
        .extracting(
            DeliveredLot::botanicalName,
            DeliveredLot::operatorNumber,
            DeliveredLot::traceabilityCode,
            DeliveredLot::countryOfOrigin)
        .containsExactly("Photinia × fraseri", "FR-78-0412", "L25-PHO-00", "FR");
    assertThat(lines(notes.get(3)))
        .containsExactly(
            tuple("LAU-C10-125", 40, List.of("L25-LAU-02×40")),
            tuple("ROS-ICE-C4", 15, List.of("L25-ROS-02×15")),
            tuple("LAV-G9", 200, List.of("L25-LAV-02×200")));
    assertThat(lines(notes.get(5)))
        .containsExactly(tuple("PHO-C4-6080", 30, List.of("L25-PHO-02×30")));
    assertThat(notes.get(5).lines().get(0).remaining().value()).isEqualByComparingTo("30");
    assertThat(notes.get(5).lines().get(0).backorder().value()).isEqualByComparingTo("0");
    // the Pecq site: the lime trees a week later
    assertThat(notes.get(4).addressLabel()).isEqualTo("Chantier parc d'activités du Pecq");
    assertThat(lines(notes.get(4)))
        .containsExactly(
            tuple("ERA-T1012", 6, List.of("L25-ERA-01×6")),
            tuple("LAU-C10-125", 30, List.of("L25-LAU-03×30")));
    assertThat(notes.get(4).backorderExpectedOn()).isEqualTo(day(-90));
    assertThat(lines(notes.get(6))).containsExactly(tuple("TIL-T1214", 4, List.of("L25-TIL-02×4")));
    // the summer order: 88 of 100 roses
    assertThat(lines(notes.get(7)))
        .containsExactly(
            tuple("LAV-G9", 570, List.of("L25-LAV-03×570")),
            tuple("ROS-ICE-C4", 88, List.of("L25-ROS-03×88")),
            tuple("OSM-C5-6080", 80, List.of("L25-OSM-02×80")),
            tuple("TER-50L", 45, List.of("L25-TER-02×45")));
    assertThat(notes.get(7).lines().get(1).backorder().value()).isEqualByComparingTo("12");
    // Belgium, by carrier, the olive trees with their Italian passport
    DeliveryView belgium = notes.get(8);
    assertThat(belgium.transport()).isEqualTo(Transport.CARRIER);
    assertThat(belgium.carrier()).isEqualTo("Transports Dumont International");
    assertThat(belgium.address().countryCode()).isEqualTo("BE");
    assertThat(lines(belgium))
        .containsExactly(
            tuple("OLI-C30", 10, List.of("L25-OLI-02×10")),
            tuple("LAV-G9", 420, List.of("L25-LAV-04×420")),
            tuple("MIS-C3", 70, List.of("L25-MIS-03×70")));
    assertThat(belgium.lines().get(0).passportRequired()).isTrue();
    assertThat(belgium.lines().get(0).lots().get(0))
        .extracting(
            DeliveredLot::botanicalName,
            DeliveredLot::operatorNumber,
            DeliveredLot::traceabilityCode,
            DeliveredLot::countryOfOrigin)
        .containsExactly("Olea europaea", "IT-16-0231", "XF-25-0633-OLI", "IT");
    // the Commune: the planting is a service, not on the delivery note
    assertThat(lines(notes.get(9)))
        .containsExactly(
            tuple("ERA-T1012", 12, List.of("L25-ERA-02×12")),
            tuple("TUT-KIT", 10, List.of("L25-TUT-01×10")),
            tuple("TER-50L", 10, List.of("L25-TER-03×10")));
    assertThat(lines(notes.get(10)))
        .containsExactly(
            tuple("MIS-C3", 65, List.of("L25-MIS-04×65")),
            tuple("LAV-G9", 240, List.of("L25-LAV-05×240")),
            tuple("LAU-C10-125", 80, List.of("L25-LAU-04×80")),
            tuple("TER-50L", 15, List.of("L25-TER-04×15")));

    // the backorders were announced (in-app notices), and read once gone
    assertThat(
            jdbc.sql(
                    "SELECT product_code, quantity, dismissed_at FROM delivery_notice"
                        + " WHERE company_id = ?"
                        + " AND created_at < ? ORDER BY created_at")
                .params(nursery().value(), java.sql.Timestamp.valueOf(day(0).atStartOfDay()))
                .query(
                    (rs, n) ->
                        rs.getString(1)
                            + "×"
                            + rs.getBigDecimal(2).intValue()
                            + (rs.getTimestamp(3) == null ? " unread" : " read"))
                .list())
        .containsExactly("PHO-C4-6080×30 read", "TIL-T1214×4 read", "ROS-ICE-C4×12 read");
  }

  @Test
  void theOrdersOfTheHistoryAreDeliveredOneWithItsBackorderCancelledWithAReason() {
    Map<OrderId, OrderView> byId = new LinkedHashMap<>();
    for (DeliveryView d : history()) {
      for (OrderId id : d.orders()) {
        byId.computeIfAbsent(id, x -> orders.get(nursery(), x));
      }
    }
    List<OrderView> history = new ArrayList<>(byId.values());
    assertThat(history)
        .extracting(OrderView::date, o -> o.customerSnapshot().code(), OrderView::status)
        .containsExactly(
            tuple(day(-170), "C0001", OrderStatus.DELIVERED),
            tuple(day(-135), "C0007", OrderStatus.DELIVERED),
            tuple(day(-110), "C0003", OrderStatus.DELIVERED),
            tuple(day(-105), "C0007", OrderStatus.DELIVERED),
            tuple(day(-100), "C0001", OrderStatus.DELIVERED),
            tuple(day(-62), "C0003", OrderStatus.DELIVERED),
            tuple(day(-40), "C0010", OrderStatus.DELIVERED),
            tuple(day(-32), "C0002", OrderStatus.DELIVERED),
            tuple(day(-24), "C0001", OrderStatus.DELIVERED));
    assertThat(history.get(7).commitmentNumber()).isEqualTo("EJ-2026-0311");
    assertThat(history.get(2).customerReference()).isEqualTo("JV-CMD-2026-031");
    for (OrderView o : history) {
      for (SalesLine l : o.lines()) {
        if (!l.deliverable()) {
          continue;
        }
        BigDecimal done = l.delivered().value().add(l.cancelled().value());
        assertThat(done)
            .as(o.number() + " " + l.productCode())
            .isEqualByComparingTo(l.quantity().value());
      }
    }
    SalesLine roses =
        history.get(5).lines().stream()
            .filter(l -> "ROS-ICE-C4".equals(l.productCode()))
            .findFirst()
            .orElseThrow();
    assertThat(roses.quantity().value()).isEqualByComparingTo("100");
    assertThat(roses.delivered().value()).isEqualByComparingTo("88");
    assertThat(roses.cancelled().value()).isEqualByComparingTo("12");
    assertThat(roses.cancelReason()).startsWith("Fin de saison des rosiers");

    // what was delivered, at the orders' prices, is what §6 says was invoiced (issue 10)
    assertThat(
            history.stream()
                .filter(o -> !"C0010".equals(o.customerSnapshot().code()))
                .map(o -> o.customerSnapshot().code() + " " + delivered(o, false)))
        .containsExactly(
            "C0001 1340.52",
            "C0007 1500.00",
            "C0003 1065.90",
            "C0007 1650.00",
            "C0001 2183.83",
            "C0003 4000.00",
            "C0002 2376.00",
            "C0001 3120.00");
    // the intra-EU supply is invoiced exempt: its base is the amount
    assertThat(delivered(history.get(6), true)).isEqualTo("2640.00");

    // order numbers follow the dates, the history's before the open orders of D−6 to D−2
    List<OrderView> all = new ArrayList<>(history);
    jdbc.sql(
            "SELECT id FROM sales_order WHERE company_id = ? AND number IS NOT NULL"
                + " AND order_date < ?")
        .params(nursery().value(), day(0))
        .query(UUID.class)
        .list()
        .forEach(id -> byId.computeIfAbsent(new OrderId(id), x -> orders.get(nursery(), x)));
    all = byId.values().stream().sorted(Comparator.comparing(OrderView::number)).toList();
    assertThat(all).hasSizeGreaterThanOrEqualTo(history.size() + 3);
    assertThat(all).extracting(OrderView::date).isSortedAccordingTo(Comparator.naturalOrder());
  }

  @Test
  void jardinerieDuValOrderOfDMinus6WaitsWithItsSixtyPhotiniasAndTheStockAtDIsTheScenarios() {
    var jardinerie = customers.findByCode(nursery(), "C0003").orElseThrow().id();
    List<OrderView> waiting = orders.toDeliver(nursery(), jardinerie);
    assertThat(waiting).extracting(OrderView::customerReference).containsExactly("JV-CMD-2026-088");
    OrderView open = waiting.get(0);
    assertThat(open.status()).isEqualTo(OrderStatus.CONFIRMED);
    assertThat(open.date()).isEqualTo(day(-6));
    SalesLine photinia =
        open.lines().stream()
            .filter(l -> "PHO-C4-6080".equals(l.productCode()))
            .findFirst()
            .orElseThrow();
    assertThat(photinia.delivered().value()).isEqualByComparingTo("0");
    assertThat(photinia.remainingToDeliver().value()).isEqualByComparingTo("60");
    assertThat(deliveries.ofOrder(nursery(), open.id())).isEmpty();

    Map<String, Integer> onHand =
        Map.of(
            "PHO-C4-6080", 35,
            "LAU-C10-125", 140,
            "OSM-C5-6080", 60,
            "ROS-ICE-C4", 80,
            "LAV-G9", 600,
            "MIS-C3", 120,
            "ERA-T1012", 18,
            "TIL-T1214", 12,
            "OLI-C30", 8);
    onHand.forEach(
        (code, quantity) ->
            assertThat(stock.level(nursery(), id(code)).onHand().value())
                .as(code)
                .isEqualByComparingTo(BigDecimal.valueOf(quantity)));
    assertThat(lotsOnHand("PHO-C4-6080")).containsExactly(tuple("L25-PHO-01", 35));
    assertThat(lotsOnHand("LAU-C10-125")).containsExactly(tuple("L24-LAU-03", 140));
    assertThat(lotsOnHand("TIL-T1214")).containsExactly(tuple("L23-TIL-01", 12));
    assertThat(lotsOnHand("OLI-C30")).containsExactly(tuple("L25-OLI-01", 8));
    for (String code : List.of("LAV-G9", "ROS-ICE-C4", "OSM-C5-6080", "MIS-C3", "ERA-T1012")) {
      assertThat(lotsOnHand(code)).as(code).isEmpty();
    }

    // nobody received L25-PHO-01 yet (the exercise); L25-PHO-00 went to Jardinerie du Val
    assertThat(receivers("L25-PHO-01")).isEmpty();
    assertThat(receivers("L25-PHO-00")).containsExactly("Jardinerie du Val×50@" + day(-108));
  }

  /**
   * The amount of what was delivered on the order: per VAT rate, the delivered quantities at the
   * lines' net unit prices, then the VAT on each base ({@code exempt}: the bases only).
   */
  static String delivered(OrderView order, boolean exempt) {
    Map<BigDecimal, BigDecimal> bases = new java.util.TreeMap<>();
    for (SalesLine l : order.lines()) {
      if (l.listNetUnitPrice() == null || l.vatRate() == null) {
        continue;
      }
      BigDecimal quantity = l.deliverable() ? l.delivered().value() : l.quantity().value();
      bases.merge(
          l.vatRate().percent(),
          quantity
              .multiply(l.listNetUnitPrice().value())
              .setScale(2, java.math.RoundingMode.HALF_UP),
          BigDecimal::add);
    }
    BigDecimal total = BigDecimal.ZERO;
    for (var e : bases.entrySet()) {
      total = total.add(e.getValue());
      if (!exempt) {
        total =
            total.add(
                e.getValue()
                    .multiply(e.getKey())
                    .movePointLeft(2)
                    .setScale(2, java.math.RoundingMode.HALF_UP));
      }
    }
    return total.setScale(2).toPlainString();
  }

  org.pepin.catalog.ProductId id(String code) {
    return products.findByCode(nursery(), code).orElseThrow().id();
  }

  List<Tuple> lotsOnHand(String code) {
    return stock.lotsOnHand(nursery(), id(code)).stream()
        .map((Lot l) -> tuple(l.number(), l.quantityOnHand().value().intValueExact()))
        .toList();
  }

  /** Which customers received the lot: "name×quantity@date". */
  List<String> receivers(String lot) {
    return jdbc.sql(
            """
            SELECT d.customer_name, SUM(x.quantity) AS quantity, d.shipped_on
            FROM delivery_lot x
            JOIN delivery_line l ON l.id = x.delivery_line_id
            JOIN delivery d ON d.id = l.delivery_id
            WHERE x.company_id = ? AND x.lot_number = ? AND d.status <> 'CANCELLED'
            GROUP BY d.customer_name, d.shipped_on
            ORDER BY d.shipped_on
            """)
        .params(nursery().value(), lot)
        .query(
            (rs, n) ->
                rs.getString(1)
                    + "×"
                    + rs.getBigDecimal(2).intValue()
                    + "@"
                    + rs.getDate(3).toLocalDate())
        .list();
  }
}
