package org.pepin.catalog.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.pepin.catalog.PriceList;
import org.pepin.catalog.PriceListId;
import org.pepin.catalog.PriceStep;
import org.pepin.catalog.PriceStep.Kind;
import org.pepin.catalog.Pricing;
import org.pepin.catalog.Product;
import org.pepin.catalog.ProductId;
import org.pepin.catalog.ProductKind;
import org.pepin.catalog.ProductVat;
import org.pepin.catalog.Products;
import org.pepin.catalog.ResolvedPrice;
import org.pepin.catalog.Unit;
import org.pepin.customers.CustomerId;
import org.pepin.customers.Customers;
import org.pepin.platform.CompanyId;
import org.pepin.shared.DocumentTotals.LineKind;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.Percentage;
import org.pepin.shared.Quantity;
import org.pepin.shared.UnitPrice;
import org.pepin.shared.VatRate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The unit-price function (ARCHITECTURE §3 steps 1–2). For a product, a customer, a quantity and a
 * date:
 *
 * <ol>
 *   <li>the product's base price excl. VAT ("Public HT");
 *   <li>the customer's list valid at the date and the lists it derives from: the nearest explicit
 *       price in that chain (in its list's basis), else the base price; a list incl. VAT without an
 *       explicit price takes the base price × (1 + rate) rounded to the cent (a retail price); each
 *       derived list below adds its discount to the cascade (a markup changes the price);
 *   <li>a price incl. VAT becomes the net unit price: TTC / (1 + rate), 6 decimals HALF_UP; a fee
 *       following the goods keeps its price excl. VAT in every list;
 *   <li>the quantity break with the highest first quantity reached (a product's own break before
 *       its group's, the list's before every list's), applied after the list's discount;
 *   <li>a price negotiated with the customer, valid at the date, replaces all of that.
 * </ol>
 *
 * <p>Each discount is applied to the net unit price and rounded half up to 6 decimals, exactly as
 * {@code DocumentTotals.Line#netUnitPrice} does, so that a document line built from the answer
 * ({@link ResolvedPrice#line}) gives the same net. A product sold as a percentage (unit PERCENT)
 * takes the nearest explicit percentage or its base percentage, without discounts.
 */
@Service
@Transactional(readOnly = true)
public class PriceResolver implements Pricing {

  private final PriceListManagement lists;
  private final Products products;
  private final Customers customers;

  PriceResolver(PriceListManagement lists, Products products, Customers customers) {
    this.lists = lists;
    this.products = products;
    this.customers = customers;
  }

  @Override
  public Optional<String> assignedList(CompanyId company, CustomerId customer) {
    return lists.assigned(company, customer);
  }

  @Override
  public Optional<PriceList> listAt(CompanyId company, String code, LocalDate date) {
    return lists.versionAt(company, code, date);
  }

  @Override
  public ResolvedPrice price(
      CompanyId company,
      ProductId productId,
      @Nullable CustomerId customer,
      Quantity quantity,
      LocalDate date) {
    var look = new Lookups(company, date);
    String code = customer == null ? null : look.assigned(customer);
    return price(look, productId, customer, code, quantity);
  }

  @Override
  public List<ResolvedPrice> priceAll(
      CompanyId company, @Nullable CustomerId customer, List<Request> requests, LocalDate date) {
    var look = new Lookups(company, date);
    List<ProductId> ids = requests.stream().map(Request::product).distinct().toList();
    look.preload(ids);
    String code = customer == null ? null : look.assigned(customer);
    for (PriceList list : look.chain(code)) {
      look.preloadItems(list.id(), ids);
    }
    List<ResolvedPrice> prices = new ArrayList<>(requests.size());
    for (Request request : requests) {
      prices.add(price(look, request.product(), customer, code, request.quantity()));
    }
    return prices;
  }

  /**
   * What pricing reads, for one company and date, each read once: a document prices all its lines
   * with one set of lookups.
   */
  private final class Lookups {
    final CompanyId company;
    final LocalDate date;
    final Map<ProductId, Product> products = new HashMap<>();
    final Map<Object, ProductVat> vats = new HashMap<>();
    final Map<String, List<PriceList>> chains = new HashMap<>();
    final Map<PriceListId, Map<ProductId, Optional<UnitPrice>>> items = new HashMap<>();
    final Map<CustomerId, List<CustomerPrice>> customerPrices = new HashMap<>();
    final Map<CustomerId, Optional<String>> assigned = new HashMap<>();
    final Set<CustomerId> checked = new HashSet<>();
    @Nullable List<PriceBreak> breaks;

    Lookups(CompanyId company, LocalDate date) {
      this.company = company;
      this.date = date;
    }

    void preload(List<ProductId> ids) {
      for (Product product : PriceResolver.this.products.getAll(company, ids)) {
        products.put(product.id(), product);
      }
    }

    void preloadItems(PriceListId list, List<ProductId> ids) {
      Map<ProductId, UnitPrice> found = lists.itemPrices(company, list, ids);
      Map<ProductId, Optional<UnitPrice>> known = items.computeIfAbsent(list, l -> new HashMap<>());
      for (ProductId id : ids) {
        known.put(id, Optional.ofNullable(found.get(id)));
      }
    }

    Product product(ProductId id) {
      Product product = products.get(id);
      if (product == null) {
        product = PriceResolver.this.products.get(company, id);
        products.put(id, product);
      }
      return product;
    }

    /** The VAT of a product: the same for every product of a category (or every fee). */
    ProductVat vat(Product product) {
      Object key = product.followsGoods() ? "fee" : product.vatCategory();
      ProductVat vat = key == null ? null : vats.get(key);
      if (vat == null) {
        vat = PriceResolver.this.products.vat(company, product.id(), date);
        if (key != null) {
          vats.put(key, vat);
        }
      }
      return vat;
    }

    void checkCustomer(CustomerId customer) {
      if (checked.add(customer)) {
        customers.get(company, customer);
      }
    }

    @Nullable String assigned(CustomerId customer) {
      return assigned.computeIfAbsent(customer, c -> lists.assigned(company, c)).orElse(null);
    }

    List<PriceList> chain(@Nullable String code) {
      return code == null
          ? List.of()
          : chains.computeIfAbsent(code, c -> PriceResolver.this.chain(company, c, date));
    }

    Optional<UnitPrice> itemPrice(PriceListId list, ProductId product) {
      return items
          .computeIfAbsent(list, l -> new HashMap<>())
          .computeIfAbsent(product, p -> lists.itemPrice(company, list, p));
    }

    List<PriceBreak> breaks() {
      if (breaks == null) {
        breaks = lists.breaks(company);
      }
      return breaks;
    }

    List<CustomerPrice> customerPrices(CustomerId customer) {
      return customerPrices.computeIfAbsent(customer, c -> lists.customerPrices(company, c));
    }
  }

  /**
   * The price as {@link #price} gives it, but with the list {@code listCode} instead of the one
   * assigned to the customer: the price-list editor's preview. The customer's own prices still
   * apply.
   *
   * @param listCode {@code null} for the base price
   */
  public ResolvedPrice preview(
      CompanyId company,
      ProductId productId,
      @Nullable CustomerId customer,
      @Nullable String listCode,
      Quantity quantity,
      LocalDate date) {
    return price(new Lookups(company, date), productId, customer, listCode, quantity);
  }

  private ResolvedPrice price(
      Lookups look,
      ProductId productId,
      @Nullable CustomerId customer,
      @Nullable String listCode,
      Quantity quantity) {
    LocalDate date = look.date;
    if (quantity.value().signum() <= 0) {
      throw new InvalidValue("pricing.quantity", "quantity must be positive", quantity.value());
    }
    Product product = look.product(productId);
    if (customer != null) {
      look.checkCustomer(customer);
    }
    ProductVat vat = look.vat(product);
    VatRate rate = vat.rate();
    boolean fee = vat.followsGoods();
    LineKind kind =
        fee
            ? LineKind.FEE_FOLLOWING_GOODS
            : product.kind() == ProductKind.SERVICE ? LineKind.SERVICE : LineKind.GOODS;

    List<PriceList> chain = look.chain(listCode);
    PriceList list = chain.isEmpty() ? null : chain.get(0);
    List<PriceStep> steps = new ArrayList<>();
    steps.add(new PriceStep(Kind.BASE, null, null, null, product.salePrice(), false));

    // Where the price starts: the nearest explicit price in the chain, else the base price.
    int start = chain.size();
    UnitPrice price = product.salePrice();
    boolean incl = false;
    for (int i = 0; i < chain.size(); i++) {
      Optional<UnitPrice> item = look.itemPrice(chain.get(i).id(), productId);
      if (item.isPresent()) {
        start = i;
        price = item.get();
        incl = chain.get(i).includesVat() && !fee && product.unit() != Unit.PERCENT;
        steps.add(new PriceStep(Kind.LIST_PRICE, reference(chain.get(i)), null, null, price, incl));
        break;
      }
    }

    if (product.unit() == Unit.PERCENT) {
      Percentage percent = new Percentage(price.value().min(BigDecimal.valueOf(100)));
      steps.add(new PriceStep(Kind.PERCENT_OF_LINES, null, percent, null, price, false));
      return new ResolvedPrice(
          productId,
          product.code(),
          customer,
          quantity,
          date,
          list == null ? null : list.code(),
          list == null ? null : list.name(),
          price,
          false,
          List.of(),
          rate,
          fee ? LineKind.FEE_FOLLOWING_GOODS : LineKind.SERVICE,
          true,
          price,
          steps);
    }

    // The derived lists below the start, from the root down to the customer's list.
    record Discount(Kind kind, String reference, Percentage percentage) {}
    List<Discount> discounts = new ArrayList<>();
    for (int i = start - 1; i >= 0; i--) {
      PriceList target = chain.get(i);
      boolean wantIncl = target.includesVat() && !fee && rate != null;
      if (wantIncl != incl) {
        price = fold(price, discounts.stream().map(Discount::percentage).toList(), steps, incl);
        discounts.clear();
        if (wantIncl) {
          price =
              new UnitPrice(
                  price
                      .value()
                      .multiply(BigDecimal.ONE.add(rate.fraction()))
                      .setScale(2, RoundingMode.HALF_UP)
                      .setScale(6));
          steps.add(new PriceStep(Kind.TO_INCL_VAT, reference(target), null, rate, price, true));
        } else {
          price = toExclVat(price, rate);
          steps.add(new PriceStep(Kind.TO_EXCL_VAT, reference(target), null, rate, price, false));
        }
        incl = wantIncl;
      }
      BigDecimal adjustment = target.adjustment();
      if (adjustment != null && adjustment.signum() < 0) {
        discounts.add(
            new Discount(
                Kind.LIST_ADJUSTMENT, reference(target), new Percentage(adjustment.negate())));
      } else if (adjustment != null && adjustment.signum() > 0) {
        price = fold(price, discounts.stream().map(Discount::percentage).toList(), steps, incl);
        discounts.clear();
        BigDecimal raised = price.value().multiply(BigDecimal.ONE.add(adjustment.movePointLeft(2)));
        price =
            new UnitPrice(
                incl
                    ? raised.setScale(2, RoundingMode.HALF_UP).setScale(6)
                    : raised.setScale(6, RoundingMode.HALF_UP));
        steps.add(
            new PriceStep(
                Kind.LIST_MARKUP,
                reference(target),
                new Percentage(adjustment),
                null,
                price,
                incl));
      }
    }
    if (fee && chain.stream().anyMatch(PriceList::includesVat)) {
      steps.add(new PriceStep(Kind.FEE_EXCL_VAT, null, null, null, price, false));
    }

    breakFor(look.breaks(), product, list, quantity)
        .ifPresent(
            b ->
                discounts.add(
                    new Discount(
                        Kind.BREAK,
                        b.minQuantity().value().stripTrailingZeros().toPlainString(),
                        b.discount())));

    // Replay what DocumentTotals does: conversion, then each discount at 6 decimals.
    BigDecimal net = price.value();
    if (incl) {
      net = toExclVat(price, rate).value();
      steps.add(new PriceStep(Kind.TO_EXCL_VAT, null, null, rate, new UnitPrice(net), false));
    }
    for (Discount discount : discounts) {
      net = net.subtract(discount.percentage().applyTo(net)).setScale(6, RoundingMode.HALF_UP);
      steps.add(
          new PriceStep(
              discount.kind(),
              discount.reference(),
              discount.percentage(),
              null,
              new UnitPrice(net),
              false));
    }
    UnitPrice unitPrice = price;
    boolean includesVat = incl;
    List<Percentage> cascade = discounts.stream().map(Discount::percentage).toList();

    if (customer != null) {
      Optional<CustomerPrice> negotiated =
          look.customerPrices(customer).stream()
              .filter(c -> c.product().equals(productId) && c.validOn(date))
              .max(
                  Comparator.comparing(
                      (CustomerPrice c) -> c.validFrom() == null ? LocalDate.MIN : c.validFrom()));
      if (negotiated.isPresent()) {
        CustomerPrice c = negotiated.get();
        unitPrice = c.price();
        includesVat = false;
        cascade = List.of();
        net = c.price().value();
        steps.add(
            new PriceStep(
                Kind.CUSTOMER_PRICE,
                c.validFrom() == null && c.validTo() == null
                    ? null
                    : (c.validFrom() == null ? "" : c.validFrom().toString())
                        + "/"
                        + (c.validTo() == null ? "" : c.validTo().toString()),
                null,
                null,
                c.price(),
                false));
      }
    }

    return new ResolvedPrice(
        productId,
        product.code(),
        customer,
        quantity,
        date,
        list == null ? null : list.code(),
        list == null ? null : list.name(),
        unitPrice,
        includesVat,
        cascade,
        rate,
        kind,
        false,
        new UnitPrice(net),
        steps);
  }

  /** The customer's list valid at the date, then the lists it derives from (valid at the date). */
  private List<PriceList> chain(CompanyId company, String listCode, LocalDate date) {
    List<PriceList> chain = new ArrayList<>();
    Optional<String> code = Optional.ofNullable(listCode);
    Set<String> seen = new HashSet<>();
    while (code.isPresent() && seen.add(code.get()) && chain.size() < 10) {
      Optional<PriceList> version = lists.versionAt(company, code.get(), date);
      if (version.isEmpty()) {
        break;
      }
      chain.add(version.get());
      code = Optional.ofNullable(version.get().parentCode());
    }
    return chain;
  }

  private static Optional<PriceBreak> breakFor(
      List<PriceBreak> breaks, Product product, @Nullable PriceList list, Quantity quantity) {
    return breaks.stream()
        .filter(
            b ->
                b.priceListCode() == null
                    || (list != null && b.priceListCode().equals(list.code())))
        .filter(
            b ->
                product.id().equals(b.product())
                    || (b.productGroup() != null && b.productGroup().equals(product.group())))
        .filter(b -> b.minQuantity().value().compareTo(quantity.value()) <= 0)
        .max(
            Comparator.comparing((PriceBreak b) -> b.minQuantity().value())
                .thenComparing(b -> b.product() != null)
                .thenComparing(b -> b.priceListCode() != null));
  }

  /** Applies pending discounts to a price in its own basis (before a markup or a conversion). */
  private static UnitPrice fold(
      UnitPrice price, List<Percentage> discounts, List<PriceStep> steps, boolean incl) {
    BigDecimal value = price.value();
    for (Percentage discount : discounts) {
      value = value.subtract(discount.applyTo(value)).setScale(6, RoundingMode.HALF_UP);
      steps.add(
          new PriceStep(Kind.LIST_ADJUSTMENT, null, discount, null, new UnitPrice(value), incl));
    }
    return new UnitPrice(value);
  }

  private static UnitPrice toExclVat(UnitPrice price, @Nullable VatRate rate) {
    if (rate == null) {
      return price;
    }
    return new UnitPrice(
        price.value().divide(BigDecimal.ONE.add(rate.fraction()), 6, RoundingMode.HALF_UP));
  }

  private static String reference(PriceList list) {
    return list.code() + " — " + list.name();
  }
}
