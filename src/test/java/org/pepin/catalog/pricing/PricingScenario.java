package org.pepin.catalog.pricing;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pepin.catalog.PlantAttributes;
import org.pepin.catalog.PlantForm;
import org.pepin.catalog.PriceListId;
import org.pepin.catalog.ProductDraft;
import org.pepin.catalog.ProductId;
import org.pepin.catalog.ProductKind;
import org.pepin.catalog.RevenueKind;
import org.pepin.catalog.SellingSeason;
import org.pepin.catalog.Unit;
import org.pepin.catalog.VatCategoryDraft;
import org.pepin.catalog.VatCategoryId;
import org.pepin.catalog.product.ProductManagement;
import org.pepin.catalog.product.VatCategoryManagement;
import org.pepin.customers.CustomerDraft;
import org.pepin.customers.CustomerId;
import org.pepin.customers.CustomerKind;
import org.pepin.customers.PartyRole;
import org.pepin.customers.file.CustomerManagement;
import org.pepin.platform.CompanyId;
import org.pepin.platform.LegalRates.VatKind;
import org.pepin.shared.PaymentTerms;
import org.pepin.shared.Percentage;
import org.pepin.shared.PostalAddress;
import org.pepin.shared.Quantity;
import org.pepin.shared.Siren;
import org.pepin.shared.UnitPrice;

/**
 * Builds, in a company (Clément Jardins in tests), a private copy of the scenario's catalogue (§2)
 * with unique codes, the Public (incl. VAT) and Professionnel (−15 %) lists, the hedging breaks and
 * two customers: an individual on Public and a business on Professionnel. Tests do not depend on
 * the demo catalogue; the sales tests build their quotes on it too.
 */
public final class PricingScenario {

  public final CompanyId company;
  final String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
  final String group = "H" + suffix;
  final Map<String, ProductId> products = new HashMap<>();
  final String publicCode = "PUB" + suffix;
  final String proCode = "PRO" + suffix;
  public PriceListId publicList;
  public PriceListId proList;
  public CustomerId dubois;
  public CustomerId hotel;

  private final ProductManagement productManagement;
  private final VatCategoryManagement categories;
  private final PriceListManagement lists;
  private final CustomerManagement customers;

  public PricingScenario(
      CompanyId company,
      ProductManagement productManagement,
      VatCategoryManagement categories,
      PriceListManagement lists,
      CustomerManagement customers) {
    this.company = company;
    this.productManagement = productManagement;
    this.categories = categories;
    this.lists = lists;
    this.customers = customers;
  }

  public PricingScenario load() {
    VatCategoryId plants = category("VEG", "Végétaux", VatKind.INTERMEDIATE);
    VatCategoryId supplies = category("FOU", "Fournitures", VatKind.STANDARD);
    VatCategoryId services = category("SER", "Services", VatKind.STANDARD);
    plant("CHA-RN-6080", "1.35", plants, true);
    plant("HET-RN-80100", "2.10", plants, true);
    plant("LAU-C10-125", "24.90", plants, true);
    plant("TIL-T1214", "189.00", plants, false);
    plant("ERA-T1012", "145.00", plants, false);
    plant("OLI-C30", "149.00", plants, false);
    plant("LAV-G9", "3.20", plants, false);
    product("GAZ-M2", "6.90", ProductKind.GOODS, Unit.SQUARE_METRE, plants, false);
    product("TER-50L", "8.50", ProductKind.GOODS, Unit.BAG, supplies, false);
    product("TUT-KIT", "14.00", ProductKind.GOODS, Unit.KIT, supplies, false);
    product("MO-PLANT", "48.00", ProductKind.SERVICE, Unit.HOUR, services, false);
    product("PLANT-TIGE", "95.00", ProductKind.SERVICE, Unit.UNIT, services, false);
    product("LIV-Z1", "45.00", ProductKind.SERVICE, Unit.DELIVERY, null, true);
    product("LIV-Z2", "85.00", ProductKind.SERVICE, Unit.DELIVERY, null, true);
    product("GAR-EXT2", "5", ProductKind.SERVICE, Unit.PERCENT, services, false);

    publicList =
        lists.create(
            company, new PriceListDraft(publicCode, "Public", true, null, null, null, null));
    proList =
        lists.create(
            company,
            new PriceListDraft(
                proCode, "Professionnel", false, null, new BigDecimal("-15"), null, null));
    // As the demo does: retail prices entered incl. VAT in the Public list.
    lists.setPrice(company, publicList, id("CHA-RN-6080"), UnitPrice.of("1.49"));
    lists.setPrice(company, publicList, id("LIV-Z1"), UnitPrice.of("45"));
    for (String[] b :
        List.of(new String[] {"10", "5"}, new String[] {"50", "10"}, new String[] {"250", "15"})) {
      lists.addBreak(
          company, new PriceBreak(null, null, null, group, Quantity.of(b[0]), Percentage.of(b[1])));
    }
    dubois = customers.create(company, individual("Dubois" + suffix), true);
    hotel = customers.create(company, business("Hôtel du Parc " + suffix), true);
    lists.assign(company, dubois, publicCode);
    lists.assign(company, hotel, proCode);
    return this;
  }

  public ProductId id(String code) {
    return products.get(code);
  }

  public String code(String code) {
    return code + "-" + suffix;
  }

  private VatCategoryId category(String code, String name, VatKind kind) {
    return categories.create(company, new VatCategoryDraft(code + suffix, name, kind, null, null));
  }

  private void plant(String code, String price, VatCategoryId category, boolean hedging) {
    ProductId id =
        productManagement.create(
            company,
            new ProductDraft(
                code(code),
                code + " (essai)",
                null,
                ProductKind.GOODS,
                Unit.PLANT,
                category,
                false,
                RevenueKind.OWN_PRODUCTION,
                UnitPrice.of(price),
                null,
                hedging ? group : null,
                true,
                null,
                new PlantAttributes(
                    "Plantae " + code,
                    code,
                    null,
                    PlantForm.CONTAINER,
                    null,
                    null,
                    null,
                    false,
                    false,
                    null),
                code.contains("-RN-") ? SellingSeason.bareRoot() : null));
    products.put(code, id);
  }

  private void product(
      String code,
      String price,
      ProductKind kind,
      Unit unit,
      @Nullable VatCategoryId category,
      boolean followsGoods) {
    ProductId id =
        productManagement.create(
            company,
            new ProductDraft(
                code(code),
                code + " (essai)",
                null,
                kind,
                unit,
                category,
                followsGoods,
                kind == ProductKind.SERVICE ? RevenueKind.SERVICE : RevenueKind.RESALE,
                UnitPrice.of(price),
                null,
                null,
                false,
                null,
                null,
                null));
    products.put(code, id);
  }

  static CustomerDraft individual(String lastName) {
    return draft(CustomerKind.INDIVIDUAL, null, "Mme", "Claire", lastName);
  }

  static CustomerDraft business(String name) {
    return draft(CustomerKind.BUSINESS, name, null, null, null);
  }

  /** A random SIREN with a valid Luhn key. */
  static Siren randomSiren() {
    java.util.Random random = new java.util.Random();
    int[] digits = new int[9];
    for (int i = 0; i < 8; i++) {
      digits[i] = random.nextInt(10);
    }
    for (int key = 0; key < 10; key++) {
      digits[8] = key;
      int sum = 0;
      for (int i = 0; i < 9; i++) {
        int d = digits[i] * (i % 2 == 1 ? 2 : 1);
        sum += d > 9 ? d - 9 : d;
      }
      if (sum % 10 == 0) {
        break;
      }
    }
    StringBuilder text = new StringBuilder();
    for (int d : digits) {
      text.append(d);
    }
    return Siren.parse(text.toString());
  }

  private static CustomerDraft draft(
      CustomerKind kind,
      @Nullable String name,
      @Nullable String civility,
      @Nullable String firstName,
      @Nullable String lastName) {
    // A code of its own (not C00nn) and a neutral address, so that the customer file's tests of the
    // demo customers do not see these records.
    return new CustomerDraft(
        "PX" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
        kind,
        Set.of(PartyRole.CUSTOMER),
        name,
        civility,
        firstName,
        lastName,
        null,
        kind == CustomerKind.BUSINESS ? randomSiren() : null,
        null,
        null,
        null,
        PostalAddress.france("1 rue des Essais", null, "78000", "Versailles"),
        null,
        null,
        null,
        false,
        PaymentTerms.days(30),
        null,
        null,
        null,
        Set.of(),
        Set.of(),
        "fr",
        null,
        false,
        null,
        false,
        List.of(),
        List.of());
  }
}
