package org.pepin.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.pepin.catalog.PriceStep;
import org.pepin.catalog.Pricing;
import org.pepin.catalog.ProductId;
import org.pepin.catalog.ResolvedPrice;
import org.pepin.customers.CustomerId;
import org.pepin.shared.DocumentTotals;
import org.pepin.shared.Quantity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The unit-price function ({@link Pricing#price}) over the generated catalogue and customers, at
 * {@link ProductGenerator#D}, for the mix a sales office prices: 40 % individuals on the Public
 * list incl. VAT (1 to 12 plants, so hedges cross their first break), 45 % professionals on the
 * Professionnel list (half of them hedging plants by 10 to 300, i.e. the list's discount then a
 * quantity break), 15 % a customer's negotiated price. Products sold as a percentage of other lines
 * are left out (they are priced on a document's lines).
 *
 * <p>Two scenarios: {@link #perCall()}, one sample per call ({@value #CALLS} calls a run), and
 * {@link #document()}, one sample per document of {@value #LINES} lines priced in one read-only
 * transaction (as the quote service of the sales module will) and totalled by {@link
 * DocumentTotals} ({@value #DOCUMENTS} documents a run) — issue 8 wants a 50-line quote created,
 * priced and saved in under 50 ms.
 */
final class ProductPricingScenario implements Scenario {

  static final int CALLS = 1_000;
  static final int DOCUMENTS = 20;
  static final int LINES = 50;

  /**
   * One price asked: for whom, which product, how many; {@code negotiated} expects a customer
   * price.
   */
  record Call(CustomerId customer, ProductId product, Quantity quantity, boolean negotiated) {}

  private final boolean document;
  private final List<List<Call>> batches = new ArrayList<>();

  private ProductPricingScenario(boolean document) {
    this.document = document;
  }

  static ProductPricingScenario perCall() {
    return new ProductPricingScenario(false);
  }

  static ProductPricingScenario document() {
    return new ProductPricingScenario(true);
  }

  @Override
  public String name() {
    return document ? "document-pricing" : "product-pricing";
  }

  @Override
  public String unit() {
    return document
        ? "one " + LINES + "-line document: " + LINES + " prices + DocumentTotals, one transaction"
        : "one Pricing.price call";
  }

  /** Fewer calls and documents for small scale factors (the CI smoke). */
  private static int scaled(BenchContext context, int count) {
    return context.scale().sf() < 1 ? Math.max(2, count / 20) : count;
  }

  @Override
  public void prepare(BenchContext context) {
    var jdbc = new JdbcTemplate(context.dataSource());
    UUID company = context.company().value();
    List<CustomerId> individuals = customersOn(jdbc, company, ProductGenerator.PUBLIC);
    List<CustomerId> pros = customersOn(jdbc, company, ProductGenerator.PRO);
    List<ProductId> products =
        jdbc.query(
            "SELECT id FROM product WHERE company_id = ? AND unit <> 'PERCENT' ORDER BY code",
            (rs, n) -> new ProductId(rs.getObject(1, UUID.class)),
            company);
    List<ProductId> hedges =
        jdbc.query(
            "SELECT id FROM product WHERE company_id = ? AND product_group = ? ORDER BY code",
            (rs, n) -> new ProductId(rs.getObject(1, UUID.class)),
            company,
            ProductGenerator.HEDGING);
    List<Call> negotiated =
        jdbc.query(
            "SELECT n.customer_id, n.product_id FROM customer_price n"
                + " JOIN customer c ON c.id = n.customer_id"
                + " JOIN product p ON p.id = n.product_id"
                + " WHERE n.company_id = ? AND (n.valid_from IS NULL OR n.valid_from <= ?)"
                + " AND (n.valid_to IS NULL OR n.valid_to >= ?) ORDER BY c.code, p.code",
            (rs, n) ->
                new Call(
                    new CustomerId(rs.getObject(1, UUID.class)),
                    new ProductId(rs.getObject(2, UUID.class)),
                    Quantity.of(1),
                    true),
            company,
            ProductGenerator.D,
            ProductGenerator.D);
    if (individuals.isEmpty() || pros.isEmpty() || products.isEmpty() || hedges.isEmpty()) {
      throw new IllegalStateException("no customers or products to price in " + company);
    }
    Random random = context.random(name());
    batches.clear();
    int[] hedgeQuantities = {10, 25, 60, 120, 300};
    if (document) {
      for (int d = 0; d < scaled(context, DOCUMENTS); d++) {
        boolean individual = random.nextInt(100) < 40;
        CustomerId customer = pick(random, individual ? individuals : pros);
        var lines = new ArrayList<Call>(LINES);
        for (int i = 0; i < LINES; i++) {
          int quantity = individual ? 1 + random.nextInt(12) : hedgeQuantities[random.nextInt(5)];
          lines.add(new Call(customer, pick(random, products), Quantity.of(quantity), false));
        }
        batches.add(lines);
      }
      return;
    }
    var calls = new ArrayList<Call>();
    for (int i = 0; i < scaled(context, CALLS); i++) {
      int draw = random.nextInt(100);
      if (draw < 40 || (draw >= 85 && negotiated.isEmpty())) {
        calls.add(
            new Call(
                pick(random, individuals),
                pick(random, products),
                Quantity.of(1 + random.nextInt(12)),
                false));
      } else if (draw < 85) {
        boolean hedge = random.nextBoolean();
        calls.add(
            new Call(
                pick(random, pros),
                pick(random, hedge ? hedges : products),
                Quantity.of(hedge ? hedgeQuantities[random.nextInt(5)] : 1 + random.nextInt(50)),
                false));
      } else {
        Call c = pick(random, negotiated);
        calls.add(new Call(c.customer(), c.product(), Quantity.of(1 + random.nextInt(100)), true));
      }
    }
    batches.add(calls);
  }

  @Override
  public List<Double> run(BenchContext context) {
    var pricing = context.bean(Pricing.class);
    var samples = new ArrayList<Double>();
    if (!document) {
      for (Call call : batches.get(0)) {
        long start = System.nanoTime();
        ResolvedPrice price = price(pricing, context, call);
        samples.add(Scenario.millis(System.nanoTime() - start));
        check(call, price);
      }
      return samples;
    }
    var transaction = new TransactionTemplate(context.bean(PlatformTransactionManager.class));
    transaction.setReadOnly(true);
    for (List<Call> lines : batches) {
      long start = System.nanoTime();
      DocumentTotals.Result totals =
          transaction.execute(
              status -> {
                // As a document prices its lines: all at once (Pricing.priceAll).
                List<ResolvedPrice> prices =
                    pricing.priceAll(
                        context.company(),
                        lines.get(0).customer(),
                        lines.stream()
                            .map(c -> new Pricing.Request(c.product(), c.quantity()))
                            .toList(),
                        ProductGenerator.D);
                var priced = new ArrayList<DocumentTotals.Line>(lines.size());
                for (int i = 0; i < lines.size(); i++) {
                  priced.add(prices.get(i).line(lines.get(i).quantity()));
                }
                return DocumentTotals.compute(priced);
              });
      samples.add(Scenario.millis(System.nanoTime() - start));
      if (totals == null || !totals.totalGross().isPositive()) {
        throw new IllegalStateException("a document priced at nothing: " + totals);
      }
    }
    return samples;
  }

  private static ResolvedPrice price(Pricing pricing, BenchContext context, Call call) {
    return pricing.price(
        context.company(), call.product(), call.customer(), call.quantity(), ProductGenerator.D);
  }

  private static void check(Call call, ResolvedPrice price) {
    boolean customerPrice =
        price.steps().stream().anyMatch(s -> s.kind() == PriceStep.Kind.CUSTOMER_PRICE);
    if (call.negotiated() && !customerPrice) {
      throw new IllegalStateException("negotiated price not applied: " + call);
    }
  }

  private static List<CustomerId> customersOn(JdbcTemplate jdbc, UUID company, String list) {
    return jdbc.query(
        "SELECT c.id FROM customer c JOIN customer_price_list l ON l.customer_id = c.id"
            + " WHERE c.company_id = ? AND l.price_list_code = ? ORDER BY c.code",
        (rs, n) -> new CustomerId(rs.getObject(1, UUID.class)),
        company,
        list);
  }

  private static <T> T pick(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
