package org.pepin.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pepin.PepinIntegrationTest;
import org.pepin.catalog.Lot;
import org.pepin.catalog.LotOrigin;
import org.pepin.catalog.ProductId;
import org.pepin.catalog.Products;
import org.pepin.catalog.StockReceipt;
import org.pepin.catalog.stock.StockManagement;
import org.pepin.delivery.note.DeliveryService;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.CompanyId;
import org.pepin.platform.CompanyIdentity;
import org.pepin.platform.company.CompanyManagement;
import org.pepin.platform.demo.DemoTimeline;
import org.pepin.sales.OrderId;
import org.pepin.sales.OrderStatus;
import org.pepin.sales.OrderView;
import org.pepin.sales.Orders;
import org.pepin.sales.SalesLine;
import org.pepin.shared.Quantity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The exercise of the case (scenario §5, T.1.2.3) and the issue's "Done when", played on a fresh
 * copy of the demo: a new company into which the whole demo timeline is replayed (the demo company
 * itself is never touched). Jardinerie du Val's order with 35 PHO-C4-6080 in stock leaves a
 * backorder of 25 and shows "partly delivered", the Photinia travel with the passport of lot
 * L25-PHO-01; after a receipt of 25 the backorder goes and the order is delivered; and "which
 * customers received lot L25-PHO-01?" answers Jardinerie du Val, 35 plants, on the day.
 */
@PepinIntegrationTest
class DeliveryExerciseTests {

  @Autowired CompanyManagement companies;
  @Autowired DemoTimeline timeline;
  @Autowired DeliveryService deliveries;
  @Autowired org.pepin.delivery.trace.Traceability traceability;
  @Autowired org.pepin.delivery.document.DeliveryDocuments documents;
  @Autowired Orders orders;
  @Autowired Products products;
  @Autowired StockManagement stock;
  @Autowired CompanyClock clock;
  @Autowired JdbcClient jdbc;
  @Autowired MessageSource messages;
  @Autowired TransactionTemplate transaction;

  /** A new company holding the whole demo, as loaded at start-up (D = today). */
  CompanyId freshCopyOfTheDemo() {
    CompanyId company =
        transaction.execute(
            s ->
                companies.create(
                    CompanyIdentity.named("Exercice livraisons " + System.nanoTime()), true));
    timeline.replayInto(company);
    return company;
  }

  @Test
  void deliveringJardinerieDuValLeavesABackorderOf25ThenTheReceiptCompletesItAndTheLotIsTraced()
      throws Exception {
    CompanyId company = freshCopyOfTheDemo();
    LocalDate d = clock.today(company);
    OrderId orderId =
        new OrderId(
            jdbc.sql("SELECT id FROM sales_order WHERE company_id = ? AND customer_reference = ?")
                .params(company.value(), "JV-CMD-2026-088")
                .query(UUID.class)
                .single());
    ProductId photinia = products.findByCode(company, "PHO-C4-6080").orElseThrow().id();
    assertThat(orders.get(company, orderId).status()).isEqualTo(OrderStatus.CONFIRMED);
    assertThat(stock.level(company, photinia).onHand().value()).isEqualByComparingTo("35");
    assertThat(receivers(company, "L25-PHO-01")).isEmpty();

    // 1. the delivery: 35 Photinia of 60, from lot L25-PHO-01 with its passport
    DeliveryId first = deliveries.prepare(company, List.of(orderId), d);
    DeliveryView draft = deliveries.get(company, first);
    assertThat(draft.customerCode()).isEqualTo("C0003");
    assertThat(draft.lines())
        .extracting(DeliveryLine::productCode, l -> l.quantity().value().intValueExact())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("PHO-C4-6080", 35),
            org.assertj.core.groups.Tuple.tuple("LAV-G9", 100),
            org.assertj.core.groups.Tuple.tuple("ROS-ICE-C4", 48),
            org.assertj.core.groups.Tuple.tuple("MIS-C3", 40),
            org.assertj.core.groups.Tuple.tuple("TER-50L", 30));
    String number = deliveries.validate(company, first, draft.version(), d.plusDays(7));
    assertThat(number).matches("BL-" + d.getYear() + "-\\d{4}");
    assertThat(
            jdbc.sql(
                    "SELECT number FROM delivery WHERE company_id = ? AND number IS NOT NULL"
                        + " ORDER BY shipped_on, number")
                .params(company.value())
                .query(String.class)
                .list())
        .as("after the eleven notes of the history, in order")
        .hasSize(12)
        .endsWith(number)
        .isSorted();
    DeliveryView shipped = deliveries.get(company, first);
    assertThat(shipped.printsPassports()).isTrue();
    DeliveryLine line = shipped.lines().get(0);
    assertThat(line.passportRequired()).isTrue();
    assertThat(line.backorder().value()).isEqualByComparingTo("25");
    assertThat(line.lots())
        .singleElement()
        .satisfies(
            lot -> {
              assertThat(lot.lotNumber()).isEqualTo("L25-PHO-01");
              assertThat(lot.quantity().value()).isEqualByComparingTo("35");
              assertThat(lot.botanicalName()).isEqualTo("Photinia × fraseri"); // A
              assertThat(lot.operatorNumber()).isEqualTo("FR-78-0412"); // B
              assertThat(lot.traceabilityCode()).isEqualTo("L25-PHO-01"); // C
              assertThat(lot.countryOfOrigin()).isEqualTo("FR"); // D
            });
    OrderView partly = orders.get(company, orderId);
    assertThat(partly.status()).isEqualTo(OrderStatus.PARTIALLY_DELIVERED);
    assertThat(status(partly)).isEqualTo("Livrée en partie");
    assertThat(photiniaLine(partly).delivered().value()).isEqualByComparingTo("35");
    assertThat(photiniaLine(partly).remainingToDeliver().value()).isEqualByComparingTo("25");
    assertThat(
            partly.lines().stream()
                .filter(l -> l.deliverable() && !l.remainingToDeliver().isZero())
                .map(SalesLine::productCode))
        .containsExactly("PHO-C4-6080");
    assertThat(
            jdbc.sql(
                    "SELECT product_code, quantity, expected_on FROM delivery_notice"
                        + " WHERE company_id = ? AND order_id = ?")
                .params(company.value(), orderId.value())
                .query(
                    (rs, n) ->
                        rs.getString(1)
                            + "×"
                            + rs.getBigDecimal(2).intValue()
                            + "@"
                            + rs.getDate(3).toLocalDate())
                .list())
        .containsExactly("PHO-C4-6080×25@" + d.plusDays(7));
    assertThat(stock.level(company, photinia).onHand().value()).isEqualByComparingTo("0");
    // the delivery note PDF carries the passport block of the lot, and the backorder
    String pdf = DeliveryPdfTests.text(documents.notePdf(company, first));
    assertThat(pdf)
        .contains("Bon de livraison " + number)
        .contains("Plant Passport / Passeport phytosanitaire")
        .contains("A Photinia × fraseri")
        .contains("B FR-78-0412")
        .contains("C L25-PHO-01")
        .contains("D FR")
        .contains("Reliquat : 25")
        // the lavender counted without a lot travels with the company's own passport
        .contains("A Lavandula angustifolia");

    // 2. the head of nursery receives 25 Photinia: the backorder goes, the order is delivered
    var newLot =
        stock.lot(
            company,
            stock.receive(
                company,
                new StockReceipt(
                    photinia,
                    null,
                    LotOrigin.OWN_PRODUCTION,
                    null,
                    null,
                    Quantity.of(25),
                    null,
                    null,
                    null,
                    null,
                    "Rempotage printemps"),
                null));
    DeliveryId second = deliveries.prepare(company, List.of(orderId), d);
    DeliveryView rest = deliveries.get(company, second);
    assertThat(rest.lines())
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.productCode()).isEqualTo("PHO-C4-6080");
              assertThat(l.quantity().value()).isEqualByComparingTo("25");
              assertThat(l.lots())
                  .extracting(DeliveredLot::lotNumber, DeliveredLot::operatorNumber)
                  .containsExactly(
                      org.assertj.core.groups.Tuple.tuple(newLot.number(), "FR-78-0412"));
            });
    String secondNumber = deliveries.validate(company, second, rest.version(), null);
    assertThat(secondNumber).isGreaterThan(number);
    OrderView done = orders.get(company, orderId);
    assertThat(done.status()).isEqualTo(OrderStatus.DELIVERED);
    assertThat(status(done)).isEqualTo("Livrée");
    assertThat(photiniaLine(done).delivered().value()).isEqualByComparingTo("60");
    assertThat(stock.level(company, photinia).onHand().value()).isEqualByComparingTo("0");
    assertThat(stock.lotsOnHand(company, photinia)).extracting(Lot::number).isEmpty();

    // 3. which customers received lot L25-PHO-01?
    assertThat(receivers(company, "L25-PHO-01")).containsExactly("Jardinerie du Val×35@" + d);
    assertThat(receivers(company, newLot.number())).containsExactly("Jardinerie du Val×25@" + d);
  }

  SalesLine photiniaLine(OrderView order) {
    return order.lines().stream()
        .filter(l -> "PHO-C4-6080".equals(l.productCode()))
        .findFirst()
        .orElseThrow();
  }

  String status(OrderView order) {
    return messages.getMessage("orderStatus." + order.status().name(), null, Locale.FRENCH);
  }

  /** Which customers received the lot: "name×quantity@date", from the kept delivery notes. */
  /** « Which customers received lot L? », as Livraisons › Traçabilité answers it. */
  List<String> receivers(CompanyId company, String lot) {
    return traceability.customersOfLot(company, lot).shipments().stream()
        .map(x -> x.customerName() + "×" + x.quantity().value().intValue() + "@" + x.shippedOn())
        .toList();
  }
}
