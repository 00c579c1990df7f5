package org.pepin.sales.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.pepin.catalog.Pricing;
import org.pepin.catalog.Product;
import org.pepin.catalog.ProductId;
import org.pepin.catalog.Products;
import org.pepin.catalog.ResolvedPrice;
import org.pepin.catalog.StockLevel;
import org.pepin.catalog.StockMovements;
import org.pepin.customers.CustomerKind;
import org.pepin.customers.CustomerView;
import org.pepin.platform.CompanyId;
import org.pepin.sales.LineDraft;
import org.pepin.sales.LineType;
import org.pepin.sales.LineWarning;
import org.pepin.sales.PricedDocument;
import org.pepin.sales.SalesLine;
import org.pepin.sales.SalesLineId;
import org.pepin.sales.SalesSettings;
import org.pepin.sales.SalesTerms;
import org.pepin.shared.DocumentTotals;
import org.pepin.shared.DocumentTotals.LineKind;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.Money;
import org.pepin.shared.Percentage;
import org.pepin.shared.Quantity;
import org.pepin.shared.UnitPrice;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prices the lines of a quote or an order: the catalogue's unit-price function for product lines,
 * the user's price for free lines, the manual discounts after the list's, the company's free
 * delivery for businesses, percentage products (the guarantee extension GAR-EXT2: a percentage of
 * the goods lines), then the totals per VAT rate by {@link DocumentTotals} (ARCHITECTURE §3). It
 * also gives the warnings (out of season, beyond stock), the margin and the rate of manual discount
 * that the approval threshold is compared with.
 */
@Component
@Transactional(readOnly = true)
public class LinePricer {

  private final Pricing pricing;
  private final Products products;
  private final StockMovements stock;

  LinePricer(Pricing pricing, Products products, StockMovements stock) {
    this.pricing = pricing;
    this.products = products;
    this.stock = stock;
  }

  /**
   * Prices the document's lines for the customer at the date.
   *
   * @throws InvalidValue {@code sales.line.product-archived (code)}, the pricing's own errors, and
   *     those of DocumentTotals ({@code totals.discount-exceeds-net})
   * @throws org.pepin.platform.ResourceNotFound for a product of another company
   */
  public PricedDocument price(
      CompanyId company,
      CustomerView customer,
      LocalDate date,
      SalesTerms terms,
      SalesSettings settings) {
    List<LineDraft> drafts = terms.lines();
    Map<ProductId, Product> catalogue = new HashMap<>();
    List<ProductId> ids =
        drafts.stream().map(LineDraft::product).filter(Objects::nonNull).distinct().toList();
    for (Product p : products.getAll(company, ids)) {
      catalogue.put(p.id(), p);
    }
    List<Pricing.Request> requests = new ArrayList<>();
    for (LineDraft draft : drafts) {
      if (draft.type() == LineType.PRODUCT) {
        requests.add(
            new Pricing.Request(
                Objects.requireNonNull(draft.product()), Objects.requireNonNull(draft.quantity())));
      }
    }
    var resolved = pricing.priceAll(company, customer.id(), requests, date).iterator();
    Map<ProductId, StockLevel> levels =
        stock.levels(
            company,
            catalogue.values().stream().filter(Product::stocked).map(Product::id).toList());
    List<Building> building = new ArrayList<>();
    List<LineWarning> warnings = new ArrayList<>();
    boolean includesVat = customer.kind() == CustomerKind.INDIVIDUAL;
    for (int position = 0; position < drafts.size(); position++) {
      LineDraft draft = drafts.get(position);
      building.add(
          switch (draft.type()) {
            case PRODUCT ->
                productLine(
                    company, date, position, draft, catalogue, resolved.next(), levels, warnings);
            case FREE -> freeLine(position, draft, includesVat);
            case SECTION, NOTE -> new Building(position, draft, null, null);
          });
    }
    applyFreeDelivery(customer, settings, building, warnings);
    pricePercentLines(building);
    return totals(building, terms, warnings);
  }

  /** A line being priced: its draft, the product and the line as DocumentTotals takes it. */
  private static final class Building {
    final int position;
    final LineDraft draft;
    final @Nullable Product product;
    final @Nullable ResolvedPrice resolved;
    @Nullable UnitPrice unitPrice;
    boolean includesVat;
    List<Percentage> listDiscounts = List.of();
    @Nullable UnitPrice listNetUnitPrice;
    boolean overridden;

    Building(
        int position,
        LineDraft draft,
        @Nullable Product product,
        @Nullable ResolvedPrice resolved) {
      this.position = position;
      this.draft = draft;
      this.product = product;
      this.resolved = resolved;
    }

    boolean priced() {
      return draft.type().priced();
    }

    boolean manuallyChanged() {
      return overridden || !draft.discounts().isEmpty();
    }

    boolean percent() {
      return resolved != null && resolved.percentOfLines();
    }

    LineKind kind() {
      if (resolved != null) {
        return resolved.lineKind();
      }
      return Objects.requireNonNull(draft.kind());
    }

    DocumentTotals.Line line() {
      var discounts = new ArrayList<>(listDiscounts);
      discounts.addAll(draft.discounts());
      return new DocumentTotals.Line(
          Objects.requireNonNull(draft.quantity()),
          Objects.requireNonNull(unitPrice),
          includesVat,
          discounts,
          resolved != null ? resolved.vatRate() : draft.vatRate(),
          kind());
    }

    /** The net at the catalogue's price, before manual changes. */
    Money listNet() {
      var listLine =
          new DocumentTotals.Line(
              Objects.requireNonNull(draft.quantity()),
              Objects.requireNonNull(listNetUnitPrice),
              false,
              List.of(),
              resolved != null ? resolved.vatRate() : draft.vatRate(),
              kind());
      return listLine.net();
    }
  }

  private Building productLine(
      CompanyId company,
      LocalDate date,
      int position,
      LineDraft draft,
      Map<ProductId, Product> catalogue,
      ResolvedPrice resolved,
      Map<ProductId, StockLevel> levels,
      List<LineWarning> warnings) {
    ProductId id = Objects.requireNonNull(draft.product());
    Product product = catalogue.get(id);
    if (product == null) {
      product = products.get(company, id);
    }
    Quantity quantity = Objects.requireNonNull(draft.quantity());
    var line = new Building(position, draft, product, resolved);
    line.includesVat = resolved.includesVat();
    if (draft.unitPrice() != null && !resolved.percentOfLines()) {
      line.unitPrice = draft.unitPrice();
      line.overridden = !draft.unitPrice().equals(resolved.unitPrice());
      line.listDiscounts = line.overridden ? List.of() : resolved.discounts();
    } else {
      line.unitPrice = resolved.unitPrice();
      line.listDiscounts = resolved.discounts();
    }
    line.listNetUnitPrice = resolved.netUnitPrice();
    if (!product.inSeason(date) && product.season() != null) {
      warnings.add(
          new LineWarning(
              position,
              "sales.warning.out-of-season",
              List.of(product.code(), product.season().toString())));
    }
    StockLevel level = levels.get(id);
    if (product.stocked() && level != null) {
      if (quantity.value().compareTo(level.available().value()) > 0) {
        warnings.add(
            new LineWarning(
                position,
                "sales.warning.stock",
                List.of(
                    product.code(),
                    level.available().value().stripTrailingZeros().toPlainString())));
      }
    }
    return line;
  }

  private static Building freeLine(int position, LineDraft draft, boolean documentIncludesVat) {
    var line = new Building(position, draft, null, null);
    line.unitPrice = draft.unitPrice();
    line.includesVat =
        draft.priceIncludesVat() != null ? draft.priceIncludesVat() : documentIncludesVat;
    line.listNetUnitPrice =
        new DocumentTotals.Line(
                Objects.requireNonNull(draft.quantity()),
                Objects.requireNonNull(draft.unitPrice()),
                line.includesVat,
                List.of(),
                draft.vatRate(),
                Objects.requireNonNull(draft.kind()))
            .netUnitPrice();
    return line;
  }

  /**
   * The company's free delivery for businesses: the delivery product is offered when the goods
   * excl. VAT exceed the threshold (the nursery's terms of sale: LIV-Z1 above 1 500 € HT).
   */
  private static void applyFreeDelivery(
      CustomerView customer,
      SalesSettings settings,
      List<Building> lines,
      List<LineWarning> warnings) {
    String code = settings.freeDeliveryProductCode();
    Money threshold = settings.freeDeliveryAbove();
    if (code == null || threshold == null || customer.kind() == CustomerKind.INDIVIDUAL) {
      return;
    }
    Money goods =
        Money.sum(
            lines.stream()
                .filter(l -> l.priced() && !l.percent() && l.kind() == LineKind.GOODS)
                .map(l -> l.line().net())
                .toList());
    if (goods.compareTo(threshold) <= 0) {
      return;
    }
    for (Building line : lines) {
      if (line.product != null && line.product.code().equals(code) && !line.overridden) {
        line.unitPrice = new UnitPrice(BigDecimal.ZERO.setScale(6));
        line.listDiscounts = List.of();
        line.listNetUnitPrice = line.unitPrice;
        warnings.add(
            new LineWarning(
                line.position,
                "sales.warning.free-delivery",
                List.of(threshold.amount().toPlainString())));
      }
    }
  }

  /** A percentage product costs its percentage of the goods lines' nets (GAR-EXT2). */
  private static void pricePercentLines(List<Building> lines) {
    Money goods =
        Money.sum(
            lines.stream()
                .filter(l -> l.priced() && !l.percent() && l.kind() == LineKind.GOODS)
                .map(l -> l.line().net())
                .toList());
    for (Building line : lines) {
      if (line.percent()) {
        DocumentTotals.Line percentLine = Objects.requireNonNull(line.resolved).percentLine(goods);
        line.unitPrice = percentLine.unitPrice();
        line.includesVat = false;
        line.listDiscounts = List.of();
        line.listNetUnitPrice = percentLine.unitPrice();
      }
    }
  }

  private static PricedDocument totals(
      List<Building> building, SalesTerms terms, List<LineWarning> warnings) {
    List<Building> priced = building.stream().filter(Building::priced).toList();
    DocumentTotals.DocumentDiscount discount =
        terms.discountPercent() != null
            ? new DocumentTotals.DocumentDiscount.Percent(terms.discountPercent())
            : terms.discountAmount() != null
                ? new DocumentTotals.DocumentDiscount.AmountOff(terms.discountAmount())
                : null;
    DocumentTotals.Result result =
        DocumentTotals.compute(priced.stream().map(Building::line).toList(), discount);
    List<SalesLine> lines = new ArrayList<>();
    Money listTotal = Money.ZERO;
    Money actualTotal = Money.ZERO;
    Money margin = Money.ZERO;
    Money marginNets = Money.ZERO;
    boolean anyCost = false;
    int index = 0;
    for (Building b : building) {
      DocumentTotals.LineResult amounts = b.priced() ? result.lines().get(index++) : null;
      SalesLine line = view(b, amounts);
      lines.add(line);
      if (amounts == null) {
        continue;
      }
      Money afterDiscount = amounts.net().minus(amounts.discountShare());
      Money lineMargin = line.margin(amounts.discountShare());
      if (lineMargin != null) {
        anyCost = true;
        margin = margin.plus(lineMargin);
        marginNets = marginNets.plus(afterDiscount);
      }
      if (b.kind() == LineKind.FEE_FOLLOWING_GOODS && !b.manuallyChanged()) {
        // A fee takes no share of the document discount: counting it would dilute the rate.
        continue;
      }
      listTotal = listTotal.plus(b.listNet());
      actualTotal = actualTotal.plus(afterDiscount);
    }
    Percentage manualRate = Percentage.ZERO;
    if (listTotal.isPositive() && actualTotal.compareTo(listTotal) < 0) {
      manualRate =
          new Percentage(
              listTotal
                  .amount()
                  .subtract(actualTotal.amount())
                  .multiply(BigDecimal.valueOf(100))
                  .divide(listTotal.amount(), 4, RoundingMode.HALF_UP));
    }
    BigDecimal rate =
        anyCost && marginNets.isPositive()
            ? margin
                .amount()
                .multiply(BigDecimal.valueOf(100))
                .divide(marginNets.amount(), 4, RoundingMode.HALF_UP)
            : null;
    // A sale below cost has a negative margin: no rate (a Percentage is 0 to 100).
    Percentage marginRate =
        rate != null && rate.signum() >= 0 && rate.compareTo(BigDecimal.valueOf(100)) <= 0
            ? new Percentage(rate)
            : null;
    DocumentTotals.Breakdown downPayment = null;
    if (terms.downPayment() != null) {
      terms.downPayment().checkWithin(result.totalGross());
      downPayment = terms.downPayment().amounts(result);
    }
    return new PricedDocument(
        lines, result, warnings, manualRate, anyCost ? margin : null, marginRate, downPayment);
  }

  private static SalesLine view(Building b, DocumentTotals.@Nullable LineResult amounts) {
    LineDraft d = b.draft;
    Product p = b.product;
    String designation =
        d.designation() != null ? d.designation() : p != null ? p.designation() : "";
    return new SalesLine(
        SalesLineId.random(),
        b.position,
        d.type(),
        p == null ? null : p.id(),
        p == null ? null : p.code(),
        designation,
        d.quantity(),
        p == null ? null : p.unit().name(),
        b.unitPrice,
        b.includesVat,
        b.overridden,
        b.listDiscounts,
        d.discounts(),
        amounts == null ? null : amounts.line().vatRate(),
        d.type().priced() ? b.kind() : null,
        b.percent(),
        b.listNetUnitPrice,
        p == null ? null : p.costPrice(),
        amounts == null ? null : amounts.net(),
        amounts == null ? null : amounts.base());
  }

  /** Whether the document needs a down payment by the company's rule for individuals. */
  public static boolean individualDownPaymentDue(
      CustomerView customer, SalesSettings settings, Money totalGross) {
    return customer.kind() == CustomerKind.INDIVIDUAL
        && settings.individualDownPayment() != null
        && settings.individualDownPaymentAbove() != null
        && totalGross.compareTo(settings.individualDownPaymentAbove()) > 0;
  }
}
