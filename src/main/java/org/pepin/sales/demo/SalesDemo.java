package org.pepin.sales.demo;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.pepin.catalog.ProductId;
import org.pepin.customers.CustomerId;
import org.pepin.platform.CompanyId;
import org.pepin.platform.DemoContext;
import org.pepin.platform.DemoContribution;
import org.pepin.platform.DemoStep;
import org.pepin.platform.Member;
import org.pepin.platform.Members;
import org.pepin.sales.DownPayment;
import org.pepin.sales.DownPaymentKind;
import org.pepin.sales.LineDraft;
import org.pepin.sales.OrderDraft;
import org.pepin.sales.OrderId;
import org.pepin.sales.OrderView;
import org.pepin.sales.QuoteDraft;
import org.pepin.sales.QuoteId;
import org.pepin.sales.SalesSettings;
import org.pepin.sales.SalesTerms;
import org.pepin.sales.SendRequest;
import org.pepin.sales.document.SalesSettingsStore;
import org.pepin.sales.order.OrderService;
import org.pepin.sales.quote.QuoteService;
import org.pepin.shared.Money;
import org.pepin.shared.Percentage;
import org.pepin.shared.Quantity;
import org.springframework.stereotype.Component;

/**
 * The sales of the Pépinières Clément case at D (scenario §3 and §6), replayed through the module's
 * services with the company clock, so that numbers follow the dates:
 *
 * <ul>
 *   <li>D−450: the company's sales settings (quotes valid 30 days, manual discounts above 15 %
 *       approved by a manager, individuals' acompte of 30 % above 1 500 € TTC, LIV-Z1 free for
 *       businesses above 1 500 € HT of goods, 14 days' withdrawal);
 *   <li>D−10: Hôtel du Parc's quote (C0008, Professionnel list, the lines of §6, acompte 30 %,
 *       valid 30 days) sent by Karim Benali: 13 101.04 € TTC, its PDF kept and its e-mail queued;
 *   <li>D−6: Jardinerie du Val's order (C0003, Revendeur list) confirmed: 60 Photinia (35 in
 *       stock), lavender, roses, miscanthus, compost and the delivery, free above 1 500 € HT; 1
 *       845.02 € TTC;
 *   <li>D−3: the Commune's order (C0002, Collectivités list) confirmed with its commitment number
 *       EJ-2026-0457: 2 lime trees and their planting, 579.42 € TTC;
 *   <li>D−2: SCI Les Tilleuls' order (C0006, Professionnel list) of 1 800.00 € HT of plants (1
 *       980.00 € TTC), held at its confirmation: its exposure would reach 6 180.00 € over its 5
 *       000.00 € limit. Until the risk module implements the credit check, the demo records the
 *       hold with {@link OrderService#hold}.
 * </ul>
 *
 * Mme Dubois's quote is not created: building it is the student's task (§5, T.1.2.1). Documents are
 * registered as {@code quote:hotel-du-parc}, {@code order:jardinerie-du-val}, {@code
 * order:commune-montfort} and {@code order:sci-les-tilleuls}.
 */
@Component
public class SalesDemo implements DemoContribution {

  /** The rank of the sales steps within a day (after the customers, catalogue and price lists). */
  static final int ORDER = 300;

  public static final String HOTEL_QUOTE = "quote:hotel-du-parc";
  public static final String JARDINERIE_ORDER = "order:jardinerie-du-val";
  public static final String COMMUNE_ORDER = "order:commune-montfort";
  public static final String TILLEULS_ORDER = "order:sci-les-tilleuls";

  /** The Commune's commitment number for this order (Chorus Pro). */
  public static final String COMMITMENT_NUMBER = "EJ-2026-0457";

  /** SCI Les Tilleuls' exposure before the order (one invoice, §6) and its credit limit (§3). */
  static final Money TILLEULS_EXPOSURE = Money.of("4200.00");

  static final Money TILLEULS_LIMIT = Money.of("5000.00");

  private final SalesSettingsStore settings;
  private final QuoteService quotes;
  private final OrderService orders;
  private final Members members;

  SalesDemo(
      SalesSettingsStore settings, QuoteService quotes, OrderService orders, Members members) {
    this.settings = settings;
    this.quotes = quotes;
    this.orders = orders;
    this.members = members;
  }

  @Override
  public List<DemoStep> demoSteps() {
    return List.of(
        new DemoStep(-450, ORDER, "sales settings", this::settings),
        new DemoStep(-10, ORDER, "Hôtel du Parc's quote sent", this::hotelQuote),
        new DemoStep(-6, ORDER, "Jardinerie du Val's order confirmed", this::jardinerieOrder),
        new DemoStep(-3, ORDER, "the Commune's order confirmed", this::communeOrder),
        new DemoStep(-2, ORDER, "SCI Les Tilleuls' order held", this::tilleulsOrder));
  }

  /** The nursery's settings (scenario §1, terms of sale). */
  static SalesSettings nurserySettings(int version) {
    return new SalesSettings(
        version,
        30,
        Percentage.of("15"),
        Percentage.of("30"),
        Money.of("1500.00"),
        "LIV-Z1",
        Money.of("1500.00"),
        14);
  }

  private void settings(DemoContext c) {
    settings.save(c.company(), nurserySettings(settings.get(c.company()).version()));
  }

  private void hotelQuote(DemoContext c) {
    CompanyId company = c.company();
    Member karim = member(company, "karim");
    var draft =
        new QuoteDraft(
            c.ref("customer:C0008", CustomerId.class),
            null,
            "3 semaines après acceptation",
            null,
            new SalesTerms(
                null,
                null,
                new DownPayment(DownPaymentKind.ACOMPTE, Percentage.of("30")),
                null,
                null,
                "Création du jardin de l'hôtel : arbres tiges, oliviers, haie de lauriers,"
                    + " massifs de lavande et gazon de placage, plantation comprise.",
                "Arrosage d'installation les deux premières semaines compris. Garantie de reprise"
                    + " d'un an sur les végétaux plantés par nos soins.",
                List.of(
                    LineDraft.section("Végétaux"),
                    line(c, "TIL-T1214", 6),
                    line(c, "ERA-T1012", 10),
                    line(c, "OLI-C30", 4),
                    line(c, "LAU-C10-125", 120),
                    line(c, "LAV-G9", 300),
                    line(c, "GAZ-M2", 150),
                    LineDraft.section("Fournitures"),
                    line(c, "TER-50L", 40),
                    line(c, "TUT-KIT", 20),
                    LineDraft.section("Plantation et livraison"),
                    line(c, "PLANT-TIGE", 20),
                    line(c, "MO-PLANT", 60),
                    line(c, "LIV-Z2", 3))));
    QuoteId id = quotes.create(company, karim, draft);
    quotes.send(company, karim, id, SendRequest.toCustomer());
    c.register(HOTEL_QUOTE, id);
  }

  private void jardinerieOrder(DemoContext c) {
    CompanyId company = c.company();
    Member sophie = member(company, "sophie");
    var draft =
        new OrderDraft(
            c.ref("customer:C0003", CustomerId.class),
            "JV-CMD-2026-088",
            null,
            c.today().plusDays(10),
            null,
            terms(
                List.of(
                    line(c, "PHO-C4-6080", 60),
                    line(c, "LAV-G9", 100),
                    line(c, "ROS-ICE-C4", 48),
                    line(c, "MIS-C3", 40),
                    line(c, "TER-50L", 30),
                    line(c, "LIV-Z1", 1))));
    OrderId id = orders.create(company, sophie, draft);
    orders.confirm(company, sophie, id, version(company, id));
    c.register(JARDINERIE_ORDER, id);
  }

  private void communeOrder(DemoContext c) {
    CompanyId company = c.company();
    Member sophie = member(company, "sophie");
    var draft =
        new OrderDraft(
            c.ref("customer:C0002", CustomerId.class),
            null,
            COMMITMENT_NUMBER,
            c.today().plusDays(21),
            null,
            terms(List.of(line(c, "TIL-T1214", 2), line(c, "PLANT-TIGE", 2))));
    OrderId id = orders.create(company, sophie, draft);
    orders.confirm(company, sophie, id, version(company, id));
    c.register(COMMUNE_ORDER, id);
  }

  private void tilleulsOrder(DemoContext c) {
    CompanyId company = c.company();
    Member sophie = member(company, "sophie");
    var draft =
        new OrderDraft(
            c.ref("customer:C0006", CustomerId.class),
            "TIL-2026-014",
            null,
            c.today().plusDays(14),
            null,
            terms(
                List.of(
                    line(c, "OSM-C5-6080", 32),
                    line(c, "MIS-C3", 80),
                    line(c, "LAU-C10-125", 30))));
    OrderId id = orders.create(company, sophie, draft);
    Money exposure = TILLEULS_EXPOSURE.plus(orders.get(company, id).totals().totalGross());
    orders.hold(
        company,
        id,
        "sales.hold.over-limit",
        List.of(exposure.format(Locale.FRENCH), TILLEULS_LIMIT.format(Locale.FRENCH)));
    c.register(TILLEULS_ORDER, id);
  }

  private static SalesTerms terms(List<LineDraft> lines) {
    return new SalesTerms(null, null, null, null, null, null, null, lines);
  }

  private static LineDraft line(DemoContext c, String code, int quantity) {
    return LineDraft.product(c.ref("product:" + code, ProductId.class), Quantity.of(quantity));
  }

  private int version(CompanyId company, OrderId id) {
    OrderView order = orders.get(company, id);
    return order.version();
  }

  private @Nullable Member member(CompanyId company, String username) {
    return members.of(company).stream()
        .filter(m -> m.username().equals(username))
        .findFirst()
        .orElse(null);
  }
}
