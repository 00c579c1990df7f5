package org.pepin.catalog.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.pepin.catalog.PriceListId;
import org.pepin.catalog.Product;
import org.pepin.catalog.ProductVat;
import org.pepin.catalog.Products;
import org.pepin.catalog.Unit;
import org.pepin.customers.CustomerId;
import org.pepin.platform.CompanyId;
import org.pepin.platform.DemoContext;
import org.pepin.platform.DemoContribution;
import org.pepin.platform.DemoStep;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.Percentage;
import org.pepin.shared.Quantity;
import org.pepin.shared.UnitPrice;
import org.springframework.stereotype.Component;

/**
 * The price lists of the Pépinières Clément case (scenario §2) at D−440, after the catalogue
 * (D−450): Public (incl. VAT, for individuals, with its retail prices rounded to the cent),
 * Professionnel (public excl. VAT −15 %), Revendeur (−25 %), Collectivités (−10 %); the quantity
 * breaks of the hedging plants (group {@code HAIE}: 10–49 −5 %, 50–249 −10 %, 250+ −15 %, after the
 * list's discount); the lists of the customers of §3, and Mme Dubois's when she appears (D−1).
 * Products are looked up by code; a missing one is skipped. Lists are registered as {@code
 * price-list:<code>}.
 */
@Component
public class PricingDemo implements DemoContribution {

  /** After the catalogue (200) on the same day. */
  static final int ORDER = 250;

  /** The products of §2, for the retail prices of the Public list. */
  static final List<String> PRODUCTS =
      List.of(
          "CHA-RN-6080",
          "HET-RN-80100",
          "LAU-C10-125",
          "PHO-C4-6080",
          "OSM-C5-6080",
          "TIL-T1214",
          "ERA-T1012",
          "POM-RR-DT",
          "OLI-C30",
          "LAV-G9",
          "MIS-C3",
          "ROS-ICE-C4",
          "GAZ-M2",
          "TER-50L",
          "TUT-KIT",
          "MO-PLANT",
          "PLANT-TIGE",
          "ENT-VISITE",
          "LIV-Z1",
          "LIV-Z2",
          "GAR-EXT2");

  /** The customers' lists (scenario §3); Mme Dubois (C0009) comes at D−1. */
  static final Map<String, String> ASSIGNMENTS =
      Map.ofEntries(
          Map.entry("C0001", "PRO"),
          Map.entry("C0002", "COLLECTIVITES"),
          Map.entry("C0003", "REVENDEUR"),
          Map.entry("C0004", "PUBLIC"),
          Map.entry("C0005", "PRO"),
          Map.entry("C0006", "PRO"),
          Map.entry("C0007", "PRO"),
          Map.entry("C0008", "PRO"),
          Map.entry("C0010", "REVENDEUR"),
          Map.entry("C0011", "PUBLIC"));

  private final PriceListManagement lists;
  private final Products products;

  PricingDemo(PriceListManagement lists, Products products) {
    this.lists = lists;
    this.products = products;
  }

  @Override
  public List<DemoStep> demoSteps() {
    return List.of(
        new DemoStep(
            -440, ORDER, "price lists, hedging quantity breaks, customers' lists", this::load),
        new DemoStep(
            -1,
            ORDER,
            "Mme Dubois is on the Public list",
            context -> assign(context, "C0009", "PUBLIC")));
  }

  private void load(DemoContext context) {
    CompanyId company = context.company();
    PriceListId publicList =
        list(context, new PriceListDraft("PUBLIC", "Public", true, null, null, null, null));
    list(context, draft("PRO", "Professionnel", "-15"));
    list(context, draft("REVENDEUR", "Revendeur", "-25"));
    list(context, draft("COLLECTIVITES", "Collectivités", "-10"));
    for (String code : PRODUCTS) {
      products
          .findByCode(company, code)
          .ifPresent(product -> retailPrice(context, publicList, product));
    }
    for (String[] b :
        List.of(new String[] {"10", "5"}, new String[] {"50", "10"}, new String[] {"250", "15"})) {
      lists.addBreak(
          company,
          new PriceBreak(null, null, null, "HAIE", Quantity.of(b[0]), Percentage.of(b[1])));
    }
    ASSIGNMENTS.forEach((customer, list) -> assign(context, customer, list));
  }

  private static PriceListDraft draft(String code, String name, String adjustment) {
    return new PriceListDraft(code, name, false, null, new BigDecimal(adjustment), null, null);
  }

  private PriceListId list(DemoContext context, PriceListDraft draft) {
    PriceListId id = lists.create(context.company(), draft);
    context.register("price-list:" + draft.code(), id);
    return id;
  }

  /** The Public list's retail price: excl. VAT × (1 + rate), to the cent; fees keep excl. VAT. */
  private void retailPrice(DemoContext context, PriceListId list, Product product) {
    if (product.unit() == Unit.PERCENT) {
      return;
    }
    try {
      ProductVat vat = products.vat(context.company(), product.id(), context.today());
      BigDecimal price = product.salePrice().value();
      if (vat.rate() != null) {
        price =
            price
                .multiply(BigDecimal.ONE.add(vat.rate().fraction()))
                .setScale(2, RoundingMode.HALF_UP);
      }
      lists.setPrice(context.company(), list, product.id(), new UnitPrice(price.setScale(6)));
    } catch (InvalidValue noRate) {
      // No VAT rate at the date: the list derives the price when it is asked.
    }
  }

  private void assign(DemoContext context, String customer, String list) {
    context
        .find("customer:" + customer, CustomerId.class)
        .ifPresent(id -> lists.assign(context.company(), id, list));
  }
}
