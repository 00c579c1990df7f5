package org.pepin.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pepin.PepinIntegrationTest;
import org.pepin.catalog.pricing.PriceListManagement;
import org.pepin.catalog.product.ProductManagement;
import org.pepin.catalog.product.VatCategoryManagement;
import org.pepin.catalog.stock.StockManagement;
import org.pepin.customers.file.CustomerManagement;
import org.pepin.delivery.note.DeliveryPhotos;
import org.pepin.delivery.note.DeliveryService;
import org.pepin.delivery.note.ProofDraft;
import org.pepin.delivery.note.ProofOfDeliveryService;
import org.pepin.delivery.returns.ReturnDraft;
import org.pepin.delivery.returns.ReturnFilter;
import org.pepin.delivery.returns.ReturnService;
import org.pepin.delivery.returns.ReturnView;
import org.pepin.platform.ChangeHistory;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.PlatformFixtures;
import org.pepin.platform.ResourceNotFound;
import org.pepin.sales.OrderId;
import org.pepin.sales.order.OrderService;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.Quantity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Proof of delivery and customer returns in the service layer: full and partial reception (the
 * latter needs reservations, which need remarks), photos checked by their bytes, dead plants
 * returned to losses and good ones back into their lot, never more than delivered, and what is left
 * to credit.
 */
@PepinIntegrationTest
class ProofAndReturnTests {

  @Autowired PlatformFixtures fixtures;
  @Autowired ProductManagement products;
  @Autowired VatCategoryManagement categories;
  @Autowired PriceListManagement lists;
  @Autowired CustomerManagement customers;
  @Autowired StockManagement stock;
  @Autowired OrderService orders;
  @Autowired DeliveryService deliveries;
  @Autowired ProofOfDeliveryService proofs;
  @Autowired DeliveryPhotos photos;
  @Autowired ReturnService returns;
  @Autowired ChangeHistory history;
  @Autowired CompanyClock clock;
  @Autowired MessageSource messages;
  @Autowired JdbcClient jdbc;

  DeliveryScenario w;

  @BeforeEach
  void world() {
    w = new DeliveryScenario(fixtures, products, categories, lists, customers, stock, orders);
  }

  /** A shipped delivery of {@code quantity} Photinia to the business customer. */
  DeliveryView shipped(int quantity) {
    OrderId order = w.photiniaOrder(quantity);
    DeliveryId id = deliveries.prepare(w.company, List.of(order), null);
    deliveries.validate(w.company, id, deliveries.get(w.company, id).version(), null);
    return deliveries.get(w.company, id);
  }

  LocalDate today() {
    return clock.today(w.company);
  }

  String french(InvalidValue e) {
    return messages.getMessage("error." + e.code(), e.args(), Locale.FRENCH);
  }

  @Test
  void aFullReceptionMakesTheDeliveryDelivered() {
    DeliveryView d = shipped(10);
    proofs.record(
        w.company,
        d.id(),
        d.version(),
        new ProofDraft(today(), " M. Lefèvre ", null, false, Map.of()));

    DeliveryView done = deliveries.get(w.company, d.id());
    assertThat(done.status()).isEqualTo(DeliveryStatus.DELIVERED);
    assertThat(done.receivedOn()).isEqualTo(today());
    assertThat(done.signer()).isEqualTo("M. Lefèvre");
    assertThat(done.reservations()).isFalse();
    assertThat(done.lines().get(0).received().value()).isEqualByComparingTo("10");
    var entries = history.of(w.company, DeliveryService.ENTITY, d.id(), 20).entries();
    assertThat(entries).extracting(ChangeHistory.Entry::action).contains("received", "shipped");
  }

  @Test
  void receivingLessNeedsReservationsWhichNeedRemarks() {
    DeliveryView d = shipped(10);
    DeliveryLineId line = d.lines().get(0).id();
    Map<DeliveryLineId, Quantity> eight = Map.of(line, Quantity.of(8));

    assertThatThrownBy(
            () ->
                proofs.record(
                    w.company,
                    d.id(),
                    d.version(),
                    new ProofDraft(today(), "Lefèvre", null, false, eight)))
        .isInstanceOfSatisfying(
            InvalidValue.class,
            e -> {
              assertThat(e.code()).isEqualTo("delivery.proof.reservations-required");
              assertThat(french(e))
                  .isEqualTo(
                      "Reçu 8 sur 10 livrés pour "
                          + w.photiniaCode
                          + " : cochez « Réserves » et décrivez-les dans les remarques.");
            });
    assertThatThrownBy(
            () ->
                proofs.record(
                    w.company,
                    d.id(),
                    d.version(),
                    new ProofDraft(today(), "Lefèvre", " ", true, eight)))
        .isInstanceOfSatisfying(
            InvalidValue.class,
            e ->
                assertThat(french(e))
                    .isEqualTo(
                        "Décrivez les réserves dans les remarques (plants abîmés, manquants…)."));
    assertThatThrownBy(
            () ->
                proofs.record(
                    w.company,
                    d.id(),
                    d.version(),
                    new ProofDraft(today(), "  ", null, false, Map.of())))
        .isInstanceOfSatisfying(
            InvalidValue.class,
            e -> assertThat(french(e)).isEqualTo("Indiquez le nom de la personne qui a signé."));
    assertThatThrownBy(
            () ->
                proofs.record(
                    w.company,
                    d.id(),
                    d.version(),
                    new ProofDraft(today().plusDays(1), "Lefèvre", null, false, Map.of())))
        .isInstanceOfSatisfying(
            InvalidValue.class, e -> assertThat(e.code()).isEqualTo("delivery.proof.date-future"));
    assertThatThrownBy(
            () ->
                proofs.record(
                    w.company,
                    d.id(),
                    d.version(),
                    new ProofDraft(today().minusDays(1), "Lefèvre", null, false, Map.of())))
        .isInstanceOfSatisfying(
            InvalidValue.class,
            e -> assertThat(e.code()).isEqualTo("delivery.proof.date-before-shipped"));
    assertThatThrownBy(
            () ->
                proofs.record(
                    w.company,
                    d.id(),
                    d.version(),
                    new ProofDraft(today(), "Lefèvre", null, false, Map.of(line, Quantity.of(11)))))
        .isInstanceOfSatisfying(
            InvalidValue.class,
            e -> assertThat(e.code()).isEqualTo("delivery.proof.received-too-much"));
    assertThat(deliveries.get(w.company, d.id()).status()).isEqualTo(DeliveryStatus.SHIPPED);

    proofs.record(
        w.company,
        d.id(),
        d.version(),
        new ProofDraft(today(), "Lefèvre", "2 plants aux branches cassées", true, eight));
    DeliveryView partial = deliveries.get(w.company, d.id());
    assertThat(partial.status()).isEqualTo(DeliveryStatus.DELIVERED);
    assertThat(partial.reservations()).isTrue();
    assertThat(partial.remarks()).isEqualTo("2 plants aux branches cassées");
    assertThat(partial.lines().get(0).received().value()).isEqualByComparingTo("8");

    // corrected while nothing was returned
    proofs.record(
        w.company,
        d.id(),
        partial.version(),
        new ProofDraft(today(), "J. Lefèvre", "1 plant cassé", true, Map.of(line, Quantity.of(9))));
    DeliveryView corrected = deliveries.get(w.company, d.id());
    assertThat(corrected.signer()).isEqualTo("J. Lefèvre");
    assertThat(corrected.lines().get(0).received().value()).isEqualByComparingTo("9");
    assertThat(history.of(w.company, DeliveryService.ENTITY, d.id(), 20).entries())
        .extracting(ChangeHistory.Entry::action)
        .contains("proof-corrected");

    // the customer kept 9: the plant refused at delivery cannot be returned (again)
    assertThatThrownBy(
            () ->
                returns.record(
                    w.company,
                    d.id(),
                    new ReturnDraft(
                        today(),
                        "Morts",
                        List.of(
                            new ReturnDraft.Line(
                                line, w.firstLot, Quantity.of(10), ReturnDestination.LOSS)))))
        .isInstanceOfSatisfying(
            InvalidValue.class,
            e -> {
              assertThat(e.code()).isEqualTo("delivery.return.too-much");
              assertThat(e.args()).contains("9");
            });
  }

  static byte[] png() throws Exception {
    var image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
    image.setRGB(1, 1, 0x2E7D32);
    var out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  @Test
  void photosAreImagesOfFiveMegabytesAtMost() throws Exception {
    DeliveryView d = shipped(4);
    byte[] png = png();
    var photo = photos.add(w.company, d.id(), "C:\\photos\\quai.png", png);
    assertThat(photo.contentType()).isEqualTo("image/png");
    assertThat(photo.fileName()).isEqualTo("quai.png");
    assertThat(photos.list(w.company, d.id())).hasSize(1);
    assertThat(photos.image(w.company, d.id(), photo.id()).data()).isEqualTo(png);

    assertThatThrownBy(
            () ->
                photos.add(
                    w.company,
                    d.id(),
                    "photo.png",
                    "pas une image".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(
            InvalidValue.class,
            e ->
                assertThat(french(e))
                    .isEqualTo("Ce fichier n'est pas une photo JPEG, PNG ou WebP."));
    byte[] big = java.util.Arrays.copyOf(png, DeliveryPhotos.MAX_BYTES + 1);
    assertThatThrownBy(() -> photos.add(w.company, d.id(), "big.png", big))
        .isInstanceOfSatisfying(
            InvalidValue.class, e -> assertThat(e.code()).isEqualTo("delivery.photo-too-large"));
    assertThat(photos.list(w.company, d.id())).hasSize(1);

    for (int i = 1; i < DeliveryPhotos.MAX_PHOTOS; i++) {
      photos.add(w.company, d.id(), "p" + i + ".png", png);
    }
    assertThatThrownBy(() -> photos.add(w.company, d.id(), "p11.png", png))
        .isInstanceOfSatisfying(
            InvalidValue.class, e -> assertThat(e.code()).isEqualTo("delivery.photo-too-many"));
    photos.remove(w.company, d.id(), photo.id());
    assertThat(photos.list(w.company, d.id())).hasSize(DeliveryPhotos.MAX_PHOTOS - 1);
    assertThatThrownBy(() -> photos.list(fixtures.nursery(), d.id()))
        .isInstanceOf(ResourceNotFound.class);
  }

  BigDecimal lotOnHand() {
    return stock.lot(w.company, w.firstLot).quantityOnHand().value();
  }

  @Test
  void deadPlantsGoToLossesAndGoodOnesBackIntoTheirLot() {
    DeliveryView shipped = shipped(10);
    proofs.record(
        w.company,
        shipped.id(),
        shipped.version(),
        new ProofDraft(today(), "Lefèvre", null, false, Map.of()));
    DeliveryView d = deliveries.get(w.company, shipped.id());
    assertThat(lotOnHand()).isEqualByComparingTo("25");
    DeliveryLine line = d.lines().get(0);

    ReturnId dead =
        returns.record(
            w.company,
            d.id(),
            new ReturnDraft(
                today(),
                "Plants morts à la plantation",
                List.of(
                    new ReturnDraft.Line(
                        line.id(), w.firstLot, Quantity.of(5), ReturnDestination.LOSS))));
    ReturnView lost = returns.get(w.company, dead);
    assertThat(lost.number()).matches("RT-\\d{4}-\\d{4}");
    assertThat(lost.deliveryNumber()).isEqualTo(d.number());
    assertThat(lost.lines())
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.lotNumber()).isEqualTo(w.firstLotNumber);
              assertThat(l.quantity().value()).isEqualByComparingTo("5");
              assertThat(l.destination()).isEqualTo(ReturnDestination.LOSS);
            });
    assertThat(lotOnHand()).isEqualByComparingTo("25");

    ReturnId back =
        returns.record(
            w.company,
            d.id(),
            new ReturnDraft(
                today(),
                "Erreur de variété signalée",
                List.of(
                    new ReturnDraft.Line(
                        line.id(), w.firstLot, Quantity.of(3), ReturnDestination.STOCK))));
    String number = returns.get(w.company, back).number();
    assertThat(lotOnHand()).isEqualByComparingTo("28");
    assertThat(stock.level(w.company, w.photinia).onHand().value()).isEqualByComparingTo("28");
    assertThat(
            jdbc.sql(
                    "SELECT quantity FROM stock_move WHERE company_id = ? AND lot_id = ?"
                        + " AND reason = 'RETURN' AND reference = ?")
                .params(w.company.value(), w.firstLot.value(), number)
                .query(BigDecimal.class)
                .single())
        .isEqualByComparingTo("3");
    assertThat(deliveries.get(w.company, d.id()).lines().get(0).returned().value())
        .isEqualByComparingTo("8");

    assertThatThrownBy(
            () ->
                returns.record(
                    w.company,
                    d.id(),
                    new ReturnDraft(
                        today(),
                        "Encore",
                        List.of(
                            new ReturnDraft.Line(
                                line.id(), w.firstLot, Quantity.of(3), ReturnDestination.LOSS)))))
        .isInstanceOfSatisfying(
            InvalidValue.class,
            e -> {
              assertThat(e.code()).isEqualTo("delivery.return.too-much");
              assertThat(french(e))
                  .isEqualTo(
                      "Vous ne pouvez retourner que 2 "
                          + w.photiniaCode
                          + " de plus (reçus par le client moins déjà retournés).");
            });
    assertThatThrownBy(
            () ->
                returns.record(
                    w.company,
                    d.id(),
                    new ReturnDraft(
                        today(),
                        "Sans lot",
                        List.of(
                            new ReturnDraft.Line(
                                line.id(), null, Quantity.of(1), ReturnDestination.LOSS)))))
        .isInstanceOfSatisfying(
            InvalidValue.class,
            e -> assertThat(e.code()).isEqualTo("delivery.return.lot-required"));
    assertThatThrownBy(() -> new ReturnDraft(today(), " ", List.of()))
        .isInstanceOfSatisfying(
            InvalidValue.class,
            e -> assertThat(e.code()).isEqualTo("delivery.return.reason-required"));

    List<ReturnedLine> toCredit =
        deliveries.returnsToCredit(w.company, w.business).stream()
            .filter(r -> r.delivery().equals(d.id()))
            .toList();
    assertThat(toCredit)
        .extracting(r -> r.toCredit().value().intValue())
        .containsExactlyInAnyOrder(5, 3);
    assertThat(
            toCredit.stream()
                .map(r -> r.toCredit().value())
                .reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("8");
    assertThat(toCredit.get(0).orderLine()).isEqualTo(line.orderLine());
    assertThat(toCredit.get(0).productCode()).isEqualTo(w.photiniaCode);

    ReturnedLine five =
        toCredit.stream().filter(r -> r.returnId().equals(dead)).findFirst().orElseThrow();
    deliveries.recordCredited(w.company, five.id(), Quantity.of(5));
    assertThatThrownBy(() -> deliveries.recordCredited(w.company, five.id(), Quantity.of(1)))
        .isInstanceOfSatisfying(
            InvalidValue.class,
            e -> assertThat(e.code()).isEqualTo("delivery.return.credit-too-much"));
    assertThat(deliveries.returnsToCredit(w.company, w.business))
        .filteredOn(r -> r.delivery().equals(d.id()))
        .extracting(ReturnedLine::returnId)
        .containsExactly(back);

    // the proof can no longer be corrected once goods came back
    assertThatThrownBy(
            () ->
                proofs.record(
                    w.company,
                    d.id(),
                    deliveries.get(w.company, d.id()).version(),
                    new ProofDraft(today(), "Lefèvre", null, false, Map.of())))
        .isInstanceOfSatisfying(
            InvalidValue.class, e -> assertThat(e.code()).isEqualTo("delivery.proof.returned"));

    assertThat(
            returns.search(
                w.company,
                new ReturnFilter(d.number(), null, null, null, ReturnDestination.STOCK),
                50))
        .extracting(ReturnView::id)
        .containsExactly(back);
    assertThat(returns.find(fixtures.nursery(), dead)).isEmpty();
    assertThatThrownBy(() -> returns.get(fixtures.nursery(), dead))
        .isInstanceOf(ResourceNotFound.class);
    assertThatThrownBy(
            () ->
                returns.record(
                    fixtures.nursery(),
                    d.id(),
                    new ReturnDraft(
                        today(),
                        "Autre société",
                        List.of(
                            new ReturnDraft.Line(
                                line.id(), w.firstLot, Quantity.of(1), ReturnDestination.LOSS)))))
        .isInstanceOf(ResourceNotFound.class);
  }

  @Test
  void aDraftCannotBeReturnedNorReceived() {
    OrderId order = w.photiniaOrder(2);
    DeliveryId id = deliveries.prepare(w.company, List.of(order), null);
    DeliveryView draft = deliveries.get(w.company, id);
    assertThatThrownBy(
            () ->
                proofs.record(
                    w.company,
                    id,
                    draft.version(),
                    new ProofDraft(today(), "X", null, false, Map.of())))
        .isInstanceOfSatisfying(
            InvalidValue.class, e -> assertThat(e.code()).isEqualTo("delivery.proof.not-shipped"));
    assertThatThrownBy(
            () ->
                returns.record(
                    w.company,
                    id,
                    new ReturnDraft(
                        today(),
                        "Rien",
                        List.of(
                            new ReturnDraft.Line(
                                draft.lines().get(0).id(),
                                w.firstLot,
                                Quantity.of(1),
                                ReturnDestination.LOSS)))))
        .isInstanceOfSatisfying(
            InvalidValue.class, e -> assertThat(e.code()).isEqualTo("delivery.return.not-shipped"));
  }
}
