package org.pepin.delivery;

import java.util.List;
import org.pepin.catalog.LotId;
import org.pepin.catalog.LotOrigin;
import org.pepin.catalog.PlantAttributes;
import org.pepin.catalog.PlantForm;
import org.pepin.catalog.ProductDraft;
import org.pepin.catalog.ProductId;
import org.pepin.catalog.ProductKind;
import org.pepin.catalog.RevenueKind;
import org.pepin.catalog.StockReceipt;
import org.pepin.catalog.Unit;
import org.pepin.catalog.pricing.PriceListManagement;
import org.pepin.catalog.pricing.PricingScenario;
import org.pepin.catalog.product.ProductManagement;
import org.pepin.catalog.product.VatCategoryManagement;
import org.pepin.catalog.stock.StockManagement;
import org.pepin.customers.CustomerId;
import org.pepin.customers.file.CustomerManagement;
import org.pepin.platform.CompanyId;
import org.pepin.platform.PlatformFixtures;
import org.pepin.sales.LineDraft;
import org.pepin.sales.OrderDraft;
import org.pepin.sales.OrderId;
import org.pepin.sales.SalesTerms;
import org.pepin.sales.order.OrderService;
import org.pepin.shared.Quantity;
import org.pepin.shared.UnitPrice;

/**
 * The deliveries' test world in Clément Jardins (never the demo company, whose Jardinerie du Val
 * order stays undelivered): the pricing scenario's catalogue and customers, plus a Photinia kept in
 * lots that needs a plant passport, with a lot of 35 received from the company's own production,
 * and helpers to order and confirm.
 */
public final class DeliveryScenario {

  public final PricingScenario s;
  public final CompanyId company;

  /** A business customer (a professional operator: passports print). */
  public final CustomerId business;

  /** An individual (a final user: no passport for ordinary plants). */
  public final CustomerId individual;

  public final ProductId photinia;
  public final String photiniaCode;
  public final LotId firstLot;
  public final String firstLotNumber;

  private final StockManagement stock;
  private final OrderService orders;

  public DeliveryScenario(
      PlatformFixtures fixtures,
      ProductManagement products,
      VatCategoryManagement categories,
      PriceListManagement lists,
      CustomerManagement customers,
      StockManagement stock,
      OrderService orders) {
    this.stock = stock;
    this.orders = orders;
    s = new PricingScenario(fixtures.jardins(), products, categories, lists, customers).load();
    company = s.company;
    business = s.hotel;
    individual = s.dubois;
    photiniaCode = s.code("PHO-C4-6080");
    photinia =
        products.create(
            company,
            new ProductDraft(
                photiniaCode,
                "Photinia × fraseri 'Red Robin' C4 60/80",
                null,
                ProductKind.GOODS,
                Unit.PLANT,
                products.get(company, s.id("CHA-RN-6080")).vatCategory(),
                false,
                RevenueKind.OWN_PRODUCTION,
                UnitPrice.of("12.50"),
                UnitPrice.of("6.10"),
                null,
                true,
                null,
                new PlantAttributes(
                    "Photinia × fraseri",
                    "Photinia",
                    "Red Robin",
                    PlantForm.CONTAINER,
                    new java.math.BigDecimal("4"),
                    null,
                    "60/80",
                    true,
                    false,
                    null),
                null));
    firstLotNumber = "L25-PHO-" + s.code("X").replace("X-", "");
    firstLot = receive(firstLotNumber, 35);
  }

  /** Receives {@code quantity} Photinia from own production into a new lot. */
  public LotId receive(String lotNumber, int quantity) {
    return stock.receive(
        company,
        new StockReceipt(
            photinia,
            lotNumber,
            LotOrigin.OWN_PRODUCTION,
            null,
            null,
            Quantity.of(quantity),
            null,
            "FR-78-0412",
            null,
            null,
            null),
        null);
  }

  /** A confirmed order of the customer for the lines. */
  public OrderId confirmedOrder(CustomerId customer, List<LineDraft> lines) {
    OrderId id =
        orders.create(
            company,
            null,
            new OrderDraft(
                customer,
                null,
                null,
                null,
                null,
                new SalesTerms(null, null, null, null, null, null, null, lines)));
    orders.confirm(company, null, id, orders.get(company, id).version());
    return id;
  }

  /** A confirmed order of the business customer for {@code quantity} Photinia. */
  public OrderId photiniaOrder(int quantity) {
    return confirmedOrder(business, List.of(LineDraft.product(photinia, Quantity.of(quantity))));
  }
}
