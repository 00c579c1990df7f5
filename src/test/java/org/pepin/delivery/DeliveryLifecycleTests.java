package org.pepin.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pepin.PepinIntegrationTest;
import org.pepin.catalog.pricing.PriceListManagement;
import org.pepin.catalog.product.ProductManagement;
import org.pepin.catalog.product.VatCategoryManagement;
import org.pepin.catalog.stock.StockManagement;
import org.pepin.customers.file.CustomerManagement;
import org.pepin.delivery.note.DeliveryService;
import org.pepin.platform.PlatformFixtures;
import org.pepin.sales.LineDraft;
import org.pepin.sales.OrderId;
import org.pepin.sales.OrderStatus;
import org.pepin.sales.OrderView;
import org.pepin.sales.SalesLine;
import org.pepin.sales.order.OrderService;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.Quantity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Delivery notes end to end in the service layer: a partial delivery leaves a backorder, a receipt
 * lets the rest go, over-delivery needs asking, a backorder can be cancelled with its reason, and
 * two validations can never both take the last units of a lot.
 */
@PepinIntegrationTest
class DeliveryLifecycleTests {

  @Autowired PlatformFixtures fixtures;
  @Autowired ProductManagement products;
  @Autowired VatCategoryManagement categories;
  @Autowired PriceListManagement lists;
  @Autowired CustomerManagement customers;
  @Autowired StockManagement stock;
  @Autowired OrderService orders;
  @Autowired DeliveryService deliveries;
  @Autowired JdbcClient jdbc;

  DeliveryScenario w;

  @BeforeEach
  void world() {
    w = new DeliveryScenario(fixtures, products, categories, lists, customers, stock, orders);
  }

  SalesLine photiniaLine(OrderView order) {
    return order.lines().stream()
        .filter(l -> w.photinia.equals(l.product()))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aPartialDeliveryLeavesABackorderThatTheNextReceiptLetsGo() {
    OrderId order = w.photiniaOrder(60);
    assertThat(stock.level(w.company, w.photinia).reserved().value()).isEqualByComparingTo("60");

    DeliveryId first = deliveries.prepare(w.company, List.of(order), null);
    DeliveryView draft = deliveries.get(w.company, first);
    assertThat(draft.status()).isEqualTo(DeliveryStatus.DRAFT);
    assertThat(draft.number()).isNull();
    assertThat(draft.professional()).isTrue();
    DeliveryLine line = draft.lines().get(0);
    assertThat(line.remaining().value()).isEqualByComparingTo("60");
    assertThat(line.quantity().value()).isEqualByComparingTo("35");
    assertThat(line.passportRequired()).isTrue();
    assertThat(line.lots())
        .singleElement()
        .satisfies(
            lot -> {
              assertThat(lot.lotNumber()).isEqualTo(w.firstLotNumber);
              assertThat(lot.quantity().value()).isEqualByComparingTo("35");
              assertThat(lot.botanicalName()).isEqualTo("Photinia × fraseri");
              assertThat(lot.operatorNumber()).isEqualTo("FR-78-0412");
              assertThat(lot.traceabilityCode()).isEqualTo(w.firstLotNumber);
              assertThat(lot.countryOfOrigin()).isEqualTo("FR");
            });

    String number = deliveries.validate(w.company, first, draft.version(), null);
    assertThat(number).matches("BL-\\d{4}-\\d{4}");
    DeliveryView shipped = deliveries.get(w.company, first);
    assertThat(shipped.status()).isEqualTo(DeliveryStatus.SHIPPED);
    assertThat(shipped.lines().get(0).backorder().value()).isEqualByComparingTo("25");
    OrderView partly = orders.get(w.company, order);
    assertThat(partly.status()).isEqualTo(OrderStatus.PARTIALLY_DELIVERED);
    assertThat(photiniaLine(partly).delivered().value()).isEqualByComparingTo("35");
    assertThat(photiniaLine(partly).remainingToDeliver().value()).isEqualByComparingTo("25");
    var level = stock.level(w.company, w.photinia);
    assertThat(level.onHand().value()).isEqualByComparingTo("0");
    assertThat(level.reserved().value()).isEqualByComparingTo("25");
    assertThat(stock.lot(w.company, w.firstLot).quantityOnHand().value()).isEqualByComparingTo("0");
    assertThat(
            jdbc.sql("SELECT quantity FROM delivery_notice WHERE company_id = ? AND order_id = ?")
                .params(w.company.value(), order.value())
                .query(java.math.BigDecimal.class)
                .single())
        .isEqualByComparingTo("25");
    assertThat(orders.toDeliver(w.company, w.business)).extracting(OrderView::id).contains(order);

    w.receive(w.firstLotNumber + "B", 25);
    DeliveryId second = deliveries.prepare(w.company, List.of(order), null);
    DeliveryView rest = deliveries.get(w.company, second);
    assertThat(rest.lines().get(0).quantity().value()).isEqualByComparingTo("25");
    assertThat(rest.lines().get(0).lots())
        .extracting(DeliveredLot::lotNumber)
        .containsExactly(w.firstLotNumber + "B");
    deliveries.validate(w.company, second, rest.version(), null);
    OrderView done = orders.get(w.company, order);
    assertThat(done.status()).isEqualTo(OrderStatus.DELIVERED);
    assertThat(stock.level(w.company, w.photinia).reserved().value()).isEqualByComparingTo("0");
    assertThat(orders.toDeliver(w.company, w.business))
        .extracting(OrderView::id)
        .doesNotContain(order);
    assertThat(deliveries.ofOrder(w.company, order))
        .extracting(DeliveryView::number)
        .containsExactly(number, deliveries.get(w.company, second).number());
  }

  @Test
  void deliveringMoreThanOrderedNeedsAskingForIt() {
    OrderId order = w.photiniaOrder(10);
    DeliveryId id = deliveries.prepare(w.company, List.of(order), null);
    DeliveryView draft = deliveries.get(w.company, id);
    var line = draft.lines().get(0);
    assertThatThrownBy(
            () ->
                deliveries.update(
                    w.company,
                    id,
                    draft.version(),
                    draft(
                        draft,
                        new DeliveryDraft.LineDraft(
                            line.orderLine(), Quantity.of(12), false, null))))
        .isInstanceOfSatisfying(
            InvalidValue.class,
            e -> {
              assertThat(e.code()).isEqualTo("sales.order.over-delivery");
              assertThat(e.args()).containsExactly(w.photiniaCode, "10");
            });

    // another delivery of 2 goes first: the draft's 10 is now over the order's 8 left, and the
    // order itself refuses it at validation
    orders.recordDelivered(
        w.company,
        "BL-OTHER",
        java.util.Map.of(order, java.util.Map.of(line.orderLine(), Quantity.of(2))),
        java.util.Set.of());
    assertThatThrownBy(() -> deliveries.validate(w.company, id, draft.version(), null))
        .isInstanceOfSatisfying(
            InvalidValue.class,
            e -> {
              assertThat(e.code()).isEqualTo("sales.order.over-delivery");
              assertThat(e.args()).containsExactly(w.photiniaCode, "8");
            });
    assertThat(stock.level(w.company, w.photinia).onHand().value()).isEqualByComparingTo("35");

    deliveries.update(
        w.company,
        id,
        draft.version(),
        draft(draft, new DeliveryDraft.LineDraft(line.orderLine(), Quantity.of(12), true, null)));
    deliveries.validate(w.company, id, draft.version() + 1, null);
    OrderView done = orders.get(w.company, order);
    assertThat(done.status()).isEqualTo(OrderStatus.DELIVERED);
    assertThat(photiniaLine(done).delivered().value()).isEqualByComparingTo("14");
    assertThat(stock.level(w.company, w.photinia).onHand().value()).isEqualByComparingTo("23");
  }

  @Test
  void aCancelledBackorderClosesTheOrderWithItsReason() {
    OrderId order = w.photiniaOrder(60);
    DeliveryId id = deliveries.prepare(w.company, List.of(order), null);
    deliveries.validate(w.company, id, 1, null);
    SalesLine line = photiniaLine(orders.get(w.company, order));
    assertThatThrownBy(() -> orders.cancelBackorder(w.company, null, order, line.id(), " "))
        .isInstanceOfSatisfying(
            InvalidValue.class, e -> assertThat(e.code()).isEqualTo("sales.reason-required"));

    orders.cancelBackorder(w.company, null, order, line.id(), "Plus de Photinia cette saison");
    OrderView closed = orders.get(w.company, order);
    assertThat(closed.status()).isEqualTo(OrderStatus.DELIVERED);
    assertThat(photiniaLine(closed).cancelled().value()).isEqualByComparingTo("25");
    assertThat(photiniaLine(closed).cancelReason()).isEqualTo("Plus de Photinia cette saison");
    assertThat(stock.level(w.company, w.photinia).reserved().value()).isEqualByComparingTo("0");
    assertThatThrownBy(() -> orders.cancelBackorder(w.company, null, order, line.id(), "encore"))
        .isInstanceOfSatisfying(
            InvalidValue.class, e -> assertThat(e.code()).isEqualTo("sales.backorder.none"));
  }

  @Test
  void aFinalUserGetsNoPassportForAnOrdinaryPlantAndDraftsCanBeCancelled() {
    OrderId order =
        w.confirmedOrder(w.individual, List.of(LineDraft.product(w.photinia, Quantity.of(3))));
    DeliveryId id = deliveries.prepare(w.company, List.of(order), null);
    DeliveryView draft = deliveries.get(w.company, id);
    assertThat(draft.professional()).isFalse();
    assertThat(draft.printsPassports()).isFalse();
    assertThatThrownBy(() -> deliveries.cancel(w.company, id, draft.version(), ""))
        .isInstanceOfSatisfying(
            InvalidValue.class, e -> assertThat(e.code()).isEqualTo("delivery.reason-required"));
    deliveries.cancel(w.company, id, draft.version(), "Client absent");
    DeliveryView cancelled = deliveries.get(w.company, id);
    assertThat(cancelled.status()).isEqualTo(DeliveryStatus.CANCELLED);
    assertThat(cancelled.cancelReason()).isEqualTo("Client absent");
    assertThatThrownBy(() -> deliveries.validate(w.company, id, cancelled.version(), null))
        .isInstanceOfSatisfying(
            InvalidValue.class, e -> assertThat(e.code()).isEqualTo("delivery.not-draft"));
    assertThat(orders.get(w.company, order).status()).isEqualTo(OrderStatus.CONFIRMED);
  }

  @Test
  void aPlantWhosePassportNeedsATraceabilityCodeLeavesOnlyFromALot() {
    // an olive tree (Reg. (EU) 2020/1770: traceability code even for final users), counted in the
    // nursery without a lot
    var product = products.get(w.company, w.photinia);
    var olive =
        products.create(
            w.company,
            new org.pepin.catalog.ProductDraft(
                w.s.code("OLI-C30-X"),
                "Olivier C30",
                null,
                product.kind(),
                product.unit(),
                product.vatCategory(),
                false,
                org.pepin.catalog.RevenueKind.OWN_PRODUCTION,
                org.pepin.shared.UnitPrice.of("149.00"),
                null,
                null,
                true,
                null,
                new org.pepin.catalog.PlantAttributes(
                    "Olea europaea", "Olivier", null, null, null, null, null, true, true, null),
                null));
    stock.adjust(
        w.company,
        olive,
        null,
        Quantity.of(5),
        org.pepin.catalog.AdjustmentReason.COUNT,
        "trouvés au fond de la serre",
        null);
    DeliveryId id =
        deliveries.prepare(
            w.company,
            List.of(
                w.confirmedOrder(w.individual, List.of(LineDraft.product(olive, Quantity.of(2))))),
            null);
    DeliveryView draft = deliveries.get(w.company, id);
    assertThat(draft.lines().get(0).passportRequired()).as("even for a final user").isTrue();
    assertThat(draft.lines().get(0).lots()).isEmpty();
    assertThatThrownBy(() -> deliveries.validate(w.company, id, draft.version(), null))
        .isInstanceOfSatisfying(
            InvalidValue.class,
            e -> {
              assertThat(e.code()).isEqualTo("delivery.passport-lot-required");
              assertThat(e.args()).containsExactly(w.s.code("OLI-C30-X"));
            });
    assertThat(stock.level(w.company, olive).onHand().value()).isEqualByComparingTo("5");
    assertThat(deliveries.get(w.company, id).status()).isEqualTo(DeliveryStatus.DRAFT);
  }

  @Test
  void keepingStockOfAProductChangesOnlyWhenNothingIsHeldAndDeliveriesFollow() {
    var photinia = products.get(w.company, w.photinia);
    assertThatThrownBy(
            () ->
                products.update(
                    w.company, w.photinia, photinia.version(), stocked(photinia.toDraft(), false)))
        .isInstanceOfSatisfying(
            InvalidValue.class,
            e -> {
              assertThat(e.code()).isEqualTo("product.stocked-in-use");
              assertThat(e.args()).containsExactly(w.photiniaCode);
            });

    // compost ordered while not kept in stock (nothing reserved), then kept in stock and received
    var compost = w.s.id("TER-50L");
    OrderId order =
        w.confirmedOrder(w.business, List.of(LineDraft.product(compost, Quantity.of(10))));
    var before = products.get(w.company, compost);
    products.update(w.company, compost, before.version(), stocked(before.toDraft(), true));
    stock.receive(
        w.company,
        new org.pepin.catalog.StockReceipt(
            compost,
            null,
            org.pepin.catalog.LotOrigin.OWN_PRODUCTION,
            null,
            null,
            Quantity.of(20),
            null,
            null,
            null,
            null,
            null),
        null);
    DeliveryId id = deliveries.prepare(w.company, List.of(order), null);
    deliveries.validate(w.company, id, deliveries.get(w.company, id).version(), null);
    assertThat(orders.get(w.company, order).status()).isEqualTo(OrderStatus.DELIVERED);
    assertThat(stock.level(w.company, compost).onHand().value()).isEqualByComparingTo("10");
    assertThat(stock.level(w.company, compost).reserved().value()).isEqualByComparingTo("0");
  }

  static org.pepin.catalog.ProductDraft stocked(org.pepin.catalog.ProductDraft d, boolean stocked) {
    return new org.pepin.catalog.ProductDraft(
        d.code(),
        d.designation(),
        d.description(),
        d.kind(),
        d.unit(),
        d.vatCategory(),
        d.followsGoods(),
        d.revenueKind(),
        d.salePrice(),
        d.costPrice(),
        d.group(),
        stocked,
        d.lowStockThreshold(),
        d.plant(),
        d.season());
  }

  @Test
  void twoValidationsAtOnceCannotBothTakeTheLastUnitsOfALot() throws Exception {
    OrderId a = w.photiniaOrder(35);
    OrderId b = w.photiniaOrder(35);
    DeliveryId da = deliveries.prepare(w.company, List.of(a), null);
    DeliveryId db = deliveries.prepare(w.company, List.of(b), null);
    assertThat(deliveries.get(w.company, db).lines().get(0).lots())
        .extracting(DeliveredLot::lotNumber)
        .containsExactly(w.firstLotNumber);

    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<String>> results = new ArrayList<>();
    for (DeliveryId id : List.of(da, db)) {
      results.add(
          pool.submit(
              () -> {
                start.await();
                return deliveries.validate(w.company, id, 1, null);
              }));
    }
    start.countDown();
    int shipped = 0;
    List<String> failures = new ArrayList<>();
    for (Future<String> f : results) {
      try {
        f.get();
        shipped++;
      } catch (java.util.concurrent.ExecutionException e) {
        failures.add(e.getCause() instanceof InvalidValue iv ? iv.code() : e.getCause().toString());
      }
    }
    pool.shutdown();
    assertThat(shipped).isEqualTo(1);
    assertThat(failures).singleElement().isIn("stock.insufficient", "stock.lot-negative");
    assertThat(stock.lot(w.company, w.firstLot).quantityOnHand().value()).isEqualByComparingTo("0");
    assertThat(stock.level(w.company, w.photinia).onHand().value()).isEqualByComparingTo("0");
    long delivered =
        List.of(a, b).stream()
            .filter(o -> orders.get(w.company, o).status() == OrderStatus.DELIVERED)
            .count();
    assertThat(delivered).isEqualTo(1);
    assertThat(List.of(da, db).stream().map(id -> deliveries.get(w.company, id).status()))
        .containsExactlyInAnyOrder(DeliveryStatus.SHIPPED, DeliveryStatus.DRAFT);
  }

  static DeliveryDraft draft(DeliveryView d, DeliveryDraft.LineDraft line) {
    return new DeliveryDraft(
        d.plannedOn(), d.transport(), d.carrier(), d.roundName(), d.notes(), List.of(line));
  }
}
