package org.pepin.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pepin.PepinIntegrationTest;
import org.pepin.catalog.pricing.PriceListManagement;
import org.pepin.catalog.product.ProductManagement;
import org.pepin.catalog.product.VatCategoryManagement;
import org.pepin.catalog.stock.StockManagement;
import org.pepin.customers.file.CustomerManagement;
import org.pepin.delivery.note.DeliveryFollowUp;
import org.pepin.delivery.note.DeliveryFollowUp.Kind;
import org.pepin.delivery.note.DeliveryFollowUp.Notice;
import org.pepin.delivery.note.DeliveryFollowUp.Planned;
import org.pepin.delivery.note.DeliveryFollowUp.ProductBackorders;
import org.pepin.delivery.note.DeliveryService;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.PlatformFixtures;
import org.pepin.platform.ResourceNotFound;
import org.pepin.sales.LineDraft;
import org.pepin.sales.OrderDraft;
import org.pepin.sales.OrderId;
import org.pepin.sales.SalesTerms;
import org.pepin.sales.order.OrderService;
import org.pepin.shared.Quantity;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The follow-up lists in Clément Jardins: a draft planned three days ago is late by 3 days, an
 * order wanted today with no draft is to prepare today, the backorder of a partial delivery shows
 * under its product with the date the delivery announced, and its notice goes once marked read.
 */
@PepinIntegrationTest
class DeliveryFollowUpTests {

  @Autowired PlatformFixtures fixtures;
  @Autowired ProductManagement products;
  @Autowired VatCategoryManagement categories;
  @Autowired PriceListManagement lists;
  @Autowired CustomerManagement customers;
  @Autowired StockManagement stock;
  @Autowired OrderService orders;
  @Autowired DeliveryService deliveries;
  @Autowired DeliveryFollowUp followUp;
  @Autowired CompanyClock clock;

  DeliveryScenario w;
  LocalDate today;

  @BeforeEach
  void world() {
    w = new DeliveryScenario(fixtures, products, categories, lists, customers, stock, orders);
    today = clock.today(w.company);
  }

  OrderId wantedOn(LocalDate date, int quantity) {
    OrderId id =
        orders.create(
            w.company,
            null,
            new OrderDraft(
                w.business,
                null,
                null,
                date,
                null,
                new SalesTerms(
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of(LineDraft.product(w.photinia, Quantity.of(quantity))))));
    orders.confirm(w.company, null, id, orders.get(w.company, id).version());
    return id;
  }

  static Planned of(List<Planned> rows, java.util.UUID id) {
    return rows.stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
  }

  @Test
  void aDraftWhosePlannedDatePassedIsLateAndAnOrderWantedTodayIsToPrepare() {
    OrderId late = w.photiniaOrder(10);
    DeliveryId draft = deliveries.prepare(w.company, List.of(late), today.minusDays(3));
    OrderId wanted = wantedOn(today, 4);

    var f = followUp.overview(w.company);

    Planned lateRow = of(f.late(), draft.value());
    assertThat(lateRow).isNotNull();
    assertThat(lateRow.kind()).isEqualTo(Kind.DELIVERY);
    assertThat(lateRow.number()).isNull();
    assertThat(lateRow.daysLate()).isEqualTo(3);
    assertThat(lateRow.date()).isEqualTo(today.minusDays(3));
    assertThat(lateRow.quantity()).isEqualByComparingTo("10");
    assertThat(lateRow.orderNumbers()).containsExactly(orders.get(w.company, late).number());
    assertThat(lateRow.path()).isEqualTo("/livraisons/" + draft);
    assertThat(of(f.toPrepare(), draft.value())).isNull();
    // the order has its draft: it is not listed a second time
    assertThat(of(f.late(), late.value())).isNull();
    assertThat(of(f.toPrepare(), late.value())).isNull();

    Planned wantedRow = of(f.toPrepare(), wanted.value());
    assertThat(wantedRow).isNotNull();
    assertThat(wantedRow.kind()).isEqualTo(Kind.ORDER);
    assertThat(wantedRow.daysLate()).isZero();
    assertThat(wantedRow.quantity()).isEqualByComparingTo("4");
    assertThat(wantedRow.path()).isEqualTo("/sales/orders/" + wanted);
    assertThat(f.weekEnd()).isAfterOrEqualTo(today).isBefore(today.plusDays(7));
    assertThat(f.weekEnd().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.SUNDAY);

    deliveries.validate(w.company, draft, deliveries.get(w.company, draft).version(), null);
    var after = followUp.overview(w.company);
    assertThat(of(after.late(), draft.value())).as("shipped: no longer late").isNull();
  }

  @Test
  void aBackorderShowsUnderItsProductWithItsExpectedDateAndItsNoticeGoesOnceRead() {
    OrderId order = w.photiniaOrder(60);
    String number = orders.get(w.company, order).number();
    DeliveryId first = deliveries.prepare(w.company, List.of(order), null);
    LocalDate expected = today.plusDays(10);
    String bl = deliveries.validate(w.company, first, 1, expected);

    ProductBackorders product =
        followUp.backorders(w.company).stream()
            .filter(b -> b.productCode().equals(w.photiniaCode))
            .findFirst()
            .orElseThrow();
    assertThat(product.remaining()).isEqualByComparingTo("25");
    assertThat(product.expectedOn()).isEqualTo(expected);
    assertThat(product.designation()).isEqualTo("Photinia × fraseri 'Red Robin' C4 60/80");
    assertThat(product.lines())
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.orderNumber()).isEqualTo(number);
              assertThat(l.remaining()).isEqualByComparingTo("25");
              assertThat(l.expectedOn()).isEqualTo(expected);
              assertThat(l.customerName()).isNotBlank();
            });

    Notice notice =
        followUp.notices(w.company).stream()
            .filter(n -> n.order().equals(order))
            .findFirst()
            .orElseThrow();
    assertThat(notice.productCode()).isEqualTo(w.photiniaCode);
    assertThat(notice.quantity()).isEqualByComparingTo("25");
    assertThat(notice.expectedOn()).isEqualTo(expected);
    assertThat(notice.orderNumber()).isEqualTo(number);
    assertThat(deliveries.get(w.company, notice.delivery()).number()).isEqualTo(bl);
    int unread = followUp.unread(w.company);

    assertThatThrownBy(() -> followUp.dismiss(fixtures.nursery(), notice.id()))
        .isInstanceOf(ResourceNotFound.class);
    followUp.dismiss(w.company, notice.id());
    assertThat(followUp.notices(w.company)).extracting(Notice::id).doesNotContain(notice.id());
    assertThat(followUp.unread(w.company)).isEqualTo(unread - 1);
    followUp.dismiss(w.company, notice.id());
    assertThatThrownBy(() -> followUp.dismiss(w.company, java.util.UUID.randomUUID()))
        .isInstanceOf(ResourceNotFound.class);

    // the rest arrives: the backorder leaves the list
    w.receive(w.firstLotNumber + "B", 25);
    DeliveryId second = deliveries.prepare(w.company, List.of(order), null);
    deliveries.validate(w.company, second, 1, null);
    assertThat(followUp.backorders(w.company))
        .extracting(ProductBackorders::productCode)
        .doesNotContain(w.photiniaCode);
  }
}
