package org.pepin.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * The money algorithm of every document — quote, order, contract, invoice, credit note
 * (ARCHITECTURE §3). All roundings are half up ({@link RoundingMode#HALF_UP}, france-compliance
 * §1.5).
 *
 * <ol>
 *   <li>Unit prices have 6 decimals in their list's basis. A price incl. VAT (lists for
 *       individuals) becomes net = price / (1 + rate), rounded to 6 decimals. A fee whose VAT
 *       follows the goods has no rate of its own and always carries a price excl. VAT.
 *   <li>Successive line discounts apply to the net unit price, rounded to 6 decimals after each.
 *   <li>Line net = quantity × net unit price, rounded to the cent.
 *   <li>A document discount (a percentage of, or an amount off, the nets of the lines it applies
 *       to) is spread over every line except the fees following the goods; then each such fee is
 *       spread over the goods lines only (or, without goods, over every other line), pro rata of
 *       their nets after the document discount. Each share is rounded to the cent and the remainder
 *       goes to the line with the largest base (R-VAT-03: 100 € at 10 % and 300 € at 20 % share a
 *       20 € fee as 5 € and 15 €).
 *   <li>A line's base is its net, less its share of the document discount, plus (goods) its shares
 *       of the fees. VAT per rate = (Σ bases at that rate) × rate, rounded to the cent: the EN
 *       16931 VAT breakdown (BT-116, BT-117, rule BR-CO-17), never a sum of rounded line VATs.
 *   <li>Total incl. VAT = Σ bases + Σ VAT (BR-CO-15); never Σ quantity × price incl. VAT.
 *   <li>A down payment of P % has base = P % × the order's total base, rounded to the cent, spread
 *       over the order's lines pro rata of their bases as in step 4, summed per rate, with VAT per
 *       rate as in step 5. The final invoice deducts the down payments per rate, so that the down
 *       payments and the final invoice add up to the order, to the cent.
 * </ol>
 */
public final class DocumentTotals {

  private DocumentTotals() {}

  /** What a line sells, which decides where a fee following the goods goes (step 4). */
  public enum LineKind {
    GOODS,
    SERVICE,
    /**
     * A fee (e.g. delivery) taxed at the rate of the goods it goes with (CGI 267 I-2°: accessory
     * costs follow the supply; france-compliance §7.2).
     */
    FEE_FOLLOWING_GOODS
  }

  /**
   * A document line, as priced.
   *
   * @param quantity the quantity, negative on a credit note
   * @param unitPrice the unit price in the basis given by {@code priceIncludesVat}
   * @param priceIncludesVat whether the unit price includes VAT; never for a fee following the
   *     goods ({@code totals.fee-includes-vat})
   * @param discounts successive line discounts, in order
   * @param vatRate the line's rate; {@code null} exactly for a fee following the goods ({@code
   *     totals.line-rate})
   * @param kind goods, service or fee following the goods
   */
  public record Line(
      Quantity quantity,
      UnitPrice unitPrice,
      boolean priceIncludesVat,
      List<Percentage> discounts,
      @Nullable VatRate vatRate,
      LineKind kind) {

    public Line {
      Objects.requireNonNull(quantity, "quantity");
      Objects.requireNonNull(unitPrice, "unitPrice");
      Objects.requireNonNull(kind, "kind");
      discounts = List.copyOf(discounts);
      if ((vatRate == null) != (kind == LineKind.FEE_FOLLOWING_GOODS)) {
        throw new InvalidValue(
            "totals.line-rate", "a fee following the goods, and only it, has no VAT rate", kind);
      }
      if (priceIncludesVat && vatRate == null) {
        throw new InvalidValue(
            "totals.fee-includes-vat", "a fee following the goods is priced excl. VAT");
      }
    }

    /** Steps 1 and 2: the unit price excl. VAT after the line discounts, at 6 decimals. */
    public UnitPrice netUnitPrice() {
      BigDecimal price = unitPrice.value();
      if (priceIncludesVat && vatRate != null) {
        price = price.divide(BigDecimal.ONE.add(vatRate.fraction()), 6, RoundingMode.HALF_UP);
      }
      for (Percentage discount : discounts) {
        price = price.subtract(discount.applyTo(price)).setScale(6, RoundingMode.HALF_UP);
      }
      return new UnitPrice(price);
    }

    /** Step 3: quantity × net unit price, rounded to the cent. */
    public Money net() {
      return Money.rounded(quantity.value().multiply(netUnitPrice().value()));
    }

    boolean isFee() {
      return kind == LineKind.FEE_FOLLOWING_GOODS;
    }
  }

  /** A discount on the whole document (step 4). */
  public sealed interface DocumentDiscount {

    /** The amount taken off a net, in the net's sign. */
    Money amountOn(Money net);

    /** A percentage of the net, rounded to the cent. */
    record Percent(Percentage percentage) implements DocumentDiscount {
      @Override
      public Money amountOn(Money net) {
        return net.times(percentage.fraction());
      }
    }

    /**
     * An amount off, between zero and the net, in the net's sign ({@code
     * totals.discount-exceeds-net}).
     */
    record AmountOff(Money amount) implements DocumentDiscount {
      @Override
      public Money amountOn(Money net) {
        return amount;
      }
    }
  }

  /**
   * A line's amounts.
   *
   * @param line the line as priced
   * @param netUnitPrice the unit price after steps 1 and 2
   * @param net the line net (step 3)
   * @param discountShare its share of the document discount (zero for a fee)
   * @param feeShare its shares of the fees following the goods
   * @param base its taxable base at its rate (step 5); zero for a fee, whose amount is in the bases
   *     of the lines it was spread over
   * @param feeSplit for a fee, how its net was spread, per rate; empty for other lines
   */
  public record LineResult(
      Line line,
      UnitPrice netUnitPrice,
      Money net,
      Money discountShare,
      Money feeShare,
      Money base,
      Map<VatRate, Money> feeSplit) {

    public LineResult {
      feeSplit = Collections.unmodifiableMap(new TreeMap<>(feeSplit));
    }
  }

  /**
   * The base and VAT at one rate (EN 16931 BG-23).
   *
   * @param rate the rate
   * @param base the taxable base (BT-116)
   * @param vat the VAT (BT-117)
   */
  public record RateBreakdown(VatRate rate, Money base, Money vat) {

    public Money gross() {
      return base.plus(vat);
    }
  }

  /**
   * The VAT breakdown of a document, one entry per rate, by ascending rate.
   *
   * @param rates the entries
   */
  public record Breakdown(List<RateBreakdown> rates) {

    public Breakdown {
      rates = rates.stream().sorted((a, b) -> a.rate().compareTo(b.rate())).toList();
    }

    /** Step 5: the breakdown of bases per rate, VAT = base × rate rounded to the cent. */
    public static Breakdown of(Map<VatRate, Money> bases) {
      return new Breakdown(
          bases.entrySet().stream()
              .map(e -> new RateBreakdown(e.getKey(), e.getValue(), e.getKey().vatOn(e.getValue())))
              .toList());
    }

    public Optional<RateBreakdown> at(VatRate rate) {
      return rates.stream().filter(r -> r.rate().equals(rate)).findFirst();
    }

    public Money totalNet() {
      return total(RateBreakdown::base);
    }

    public Money totalVat() {
      return total(RateBreakdown::vat);
    }

    /** Step 6: Σ bases + Σ VAT. */
    public Money totalGross() {
      return totalNet().plus(totalVat());
    }

    private Money total(Function<RateBreakdown, Money> amount) {
      return Money.sum(rates.stream().map(amount).toList());
    }
  }

  /**
   * A document's amounts.
   *
   * @param lines the lines' amounts, in the document's order
   * @param breakdown the VAT breakdown
   */
  public record Result(List<LineResult> lines, Breakdown breakdown) {

    public Result {
      lines = List.copyOf(lines);
    }

    public List<RateBreakdown> rates() {
      return breakdown.rates();
    }

    public Money totalNet() {
      return breakdown.totalNet();
    }

    public Money totalVat() {
      return breakdown.totalVat();
    }

    public Money totalGross() {
      return breakdown.totalGross();
    }
  }

  /** The amounts of a document without a document discount. */
  public static Result compute(List<Line> lines) {
    return compute(lines, null);
  }

  /** Steps 1 to 6: the amounts of a document. */
  public static Result compute(List<Line> lines, @Nullable DocumentDiscount discount) {
    int size = lines.size();
    List<Money> nets = lines.stream().map(Line::net).toList();
    List<Integer> taxed = indices(lines, line -> !line.isFee());
    List<Integer> goods = indices(lines, line -> line.kind() == LineKind.GOODS);

    // step 4: the document discount, over every line but the fees
    var discountShares = new ArrayList<>(Collections.nCopies(size, Money.ZERO));
    Money discounted = Money.sum(at(nets, taxed));
    Money discountAmount = discount == null ? Money.ZERO : discount.amountOn(discounted);
    if (discountAmount.amount().abs().compareTo(discounted.amount().abs()) > 0
        || discountAmount.amount().signum() * discounted.amount().signum() < 0) {
      throw new InvalidValue(
          "totals.discount-exceeds-net",
          "document discount " + discountAmount + " exceeds the net " + discounted,
          discountAmount,
          discounted);
    }
    addShares(discountShares, taxed, spread(discountAmount, at(nets, taxed)));
    List<Money> afterDiscount =
        IntStream.range(0, size).mapToObj(i -> nets.get(i).minus(discountShares.get(i))).toList();

    // step 4: each fee, over the goods (without goods, over every other line)
    var feeShares = new ArrayList<>(Collections.nCopies(size, Money.ZERO));
    var feeSplits = new ArrayList<Map<VatRate, Money>>();
    List<Integer> carriers = goods.isEmpty() ? taxed : goods;
    for (int i = 0; i < size; i++) {
      var split = new TreeMap<VatRate, Money>();
      if (lines.get(i).isFee()) {
        if (carriers.isEmpty()) {
          throw new InvalidValue(
              "totals.no-line-for-fee", "the fee on line " + i + " has no line to follow", i);
        }
        List<Money> shares = spread(nets.get(i), at(afterDiscount, carriers));
        addShares(feeShares, carriers, shares);
        for (int k = 0; k < carriers.size(); k++) {
          split.merge(rateOf(lines.get(carriers.get(k))), shares.get(k), Money::plus);
        }
      }
      feeSplits.add(split);
    }

    // step 5: line bases, summed per rate
    var results = new ArrayList<LineResult>(size);
    var bases = new TreeMap<VatRate, Money>();
    for (int i = 0; i < size; i++) {
      Line line = lines.get(i);
      Money base = line.isFee() ? Money.ZERO : afterDiscount.get(i).plus(feeShares.get(i));
      if (!line.isFee()) {
        bases.merge(rateOf(line), base, Money::plus);
      }
      results.add(
          new LineResult(
              line,
              line.netUnitPrice(),
              nets.get(i),
              discountShares.get(i),
              feeShares.get(i),
              base,
              feeSplits.get(i)));
    }
    return new Result(results, Breakdown.of(bases));
  }

  /**
   * Step 7: the down payment of a percentage of an order: base = percentage × the order's total
   * base, rounded to the cent, spread over the order's lines pro rata of their bases (step 4),
   * summed per rate; VAT per rate as in step 5.
   */
  public static Breakdown downPayment(Result order, Percentage percentage) {
    return downPayment(order, order.totalNet().times(percentage.fraction()));
  }

  /**
   * Step 7: a down payment of a given base (e.g. the base found for an amount incl. VAT), spread
   * over the order's lines pro rata of their bases (step 4), summed per rate; VAT per rate as in
   * step 5.
   */
  public static Breakdown downPayment(Result order, Money base) {
    List<LineResult> taxed = order.lines().stream().filter(l -> !l.line().isFee()).toList();
    List<Money> shares = spread(base, taxed.stream().map(LineResult::base).toList());
    var bases = new TreeMap<VatRate, Money>();
    for (int k = 0; k < taxed.size(); k++) {
      bases.merge(rateOf(taxed.get(k).line()), shares.get(k), Money::plus);
    }
    return Breakdown.of(bases);
  }

  /**
   * Step 7: what the final invoice of an order still charges once its down payments are invoiced.
   * Per rate, the base is the order's base less the down payments' bases, and the VAT the order's
   * VAT less the down payments' VAT, so that the down payments and the final invoice add up to the
   * order to the cent, base and VAT, per rate (CGI 269-2-a: the VAT of a down payment is due when
   * it is collected and is not charged again). This VAT is the final base × rate rounded to the
   * cent except when half-cent roundings of the down payments add up: e.g. an order of 100.05 € at
   * 10 % (VAT 10.01 €) with a 50 % down payment (50.03 €, VAT 5.00 €) leaves 50.02 € and 5.01 €.
   * Such a one-cent difference per down payment is within the EN 16931 tolerance on BR-CO-17.
   * {@code totals.down-payment-rate} if a down payment has a rate the order has not.
   */
  public static Breakdown finalInvoice(Result order, List<Breakdown> downPayments) {
    for (Breakdown downPayment : downPayments) {
      for (RateBreakdown rate : downPayment.rates()) {
        if (order.breakdown().at(rate.rate()).isEmpty()) {
          throw new InvalidValue(
              "totals.down-payment-rate",
              "the order has no rate " + rate.rate() + " to deduct a down payment from",
              rate.rate());
        }
      }
    }
    return new Breakdown(
        order.rates().stream()
            .map(
                rate -> {
                  List<RateBreakdown> paid =
                      downPayments.stream().flatMap(d -> d.at(rate.rate()).stream()).toList();
                  return new RateBreakdown(
                      rate.rate(),
                      rate.base().minus(Money.sum(paid.stream().map(RateBreakdown::base).toList())),
                      rate.vat().minus(Money.sum(paid.stream().map(RateBreakdown::vat).toList())));
                })
            .toList());
  }

  /**
   * Step 4's rule: an amount spread pro rata of weights, each share rounded half up to the cent,
   * the remainder (amount − Σ shares) on the largest weight in absolute value (the first of
   * equals). Weights adding up to zero share equally.
   */
  static List<Money> spread(Money amount, List<Money> weights) {
    if (weights.isEmpty()) {
      if (!amount.isZero()) {
        throw new IllegalStateException("nothing to spread " + amount + " over");
      }
      return List.of();
    }
    BigDecimal total = Money.sum(weights).amount();
    boolean equally = total.signum() == 0;
    BigDecimal divisor = equally ? BigDecimal.valueOf(weights.size()) : total;
    var shares = new ArrayList<Money>(weights.size());
    int largest = 0;
    for (int i = 0; i < weights.size(); i++) {
      BigDecimal weight = equally ? BigDecimal.ONE : weights.get(i).amount();
      shares.add(
          new Money(amount.amount().multiply(weight).divide(divisor, 2, RoundingMode.HALF_UP)));
      if (weights.get(i).amount().abs().compareTo(weights.get(largest).amount().abs()) > 0) {
        largest = i;
      }
    }
    shares.set(largest, shares.get(largest).plus(amount.minus(Money.sum(shares))));
    return List.copyOf(shares);
  }

  private static List<Integer> indices(List<Line> lines, Predicate<Line> test) {
    return IntStream.range(0, lines.size()).filter(i -> test.test(lines.get(i))).boxed().toList();
  }

  private static List<Money> at(List<Money> amounts, List<Integer> indices) {
    return indices.stream().map(amounts::get).toList();
  }

  private static void addShares(List<Money> into, List<Integer> indices, List<Money> shares) {
    for (int k = 0; k < indices.size(); k++) {
      into.set(indices.get(k), into.get(indices.get(k)).plus(shares.get(k)));
    }
  }

  private static VatRate rateOf(Line line) {
    return Objects.requireNonNull(line.vatRate(), "fees have no rate");
  }
}
