package org.pepin.catalog.demo;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pepin.catalog.AdjustmentReason;
import org.pepin.catalog.LotOrigin;
import org.pepin.catalog.PlantAttributes;
import org.pepin.catalog.PlantForm;
import org.pepin.catalog.ProductDraft;
import org.pepin.catalog.ProductId;
import org.pepin.catalog.ProductKind;
import org.pepin.catalog.RevenueKind;
import org.pepin.catalog.SellingSeason;
import org.pepin.catalog.StockReceipt;
import org.pepin.catalog.Unit;
import org.pepin.catalog.VatCategory;
import org.pepin.catalog.VatCategoryDraft;
import org.pepin.catalog.VatCategoryId;
import org.pepin.catalog.product.ProductManagement;
import org.pepin.catalog.product.VatCategoryManagement;
import org.pepin.catalog.stock.StockManagement;
import org.pepin.customers.CustomerId;
import org.pepin.platform.DemoContext;
import org.pepin.platform.DemoContribution;
import org.pepin.platform.DemoStep;
import org.pepin.platform.LegalRates.VatKind;
import org.pepin.shared.Quantity;
import org.pepin.shared.UnitPrice;
import org.springframework.stereotype.Component;

/**
 * The catalogue of the Pépinières Clément case (scenario §2): five VAT categories, the 21 products
 * and services at D−450, the opening stock of the products kept without lots, and the lots with
 * their plant-passport data received at D−440 (L23-…), D−400 (L24-…) and D−200 (L25-…), so that the
 * stock at D is the scenario's. Products are registered as {@code product:<code>}, categories as
 * {@code vat-category:<code>}, lots as {@code lot:<number>}.
 */
@Component
public class CatalogDemo implements DemoContribution {

  /** The rank of the catalogue's steps within a day (after the customer file's). */
  static final int ORDER = 200;

  static final String HEDGING = "HAIE";

  /**
   * The nursery's plant-health registration (scenario §1), given explicitly because the lots
   * predate the step that records the company's legal identity (D−180).
   */
  static final String PLANT_HEALTH_NUMBER = "FR-78-0412";

  private final VatCategoryManagement categories;
  private final ProductManagement products;
  private final StockManagement stock;

  CatalogDemo(VatCategoryManagement categories, ProductManagement products, StockManagement stock) {
    this.categories = categories;
    this.products = products;
    this.stock = stock;
  }

  @Override
  public List<DemoStep> demoSteps() {
    return List.of(
        new DemoStep(-450, ORDER, "VAT categories, products and opening stock", this::createAll),
        new DemoStep(
            -440,
            ORDER,
            "lot L23-TIL-01 of standard limes",
            c -> receive(c, "TIL-T1214", "L23-TIL-01", 12)),
        new DemoStep(
            -400,
            ORDER,
            "lots L24-CHA-01 and L24-LAU-03 (own production)",
            c -> {
              receive(c, "CHA-RN-6080", "L24-CHA-01", 800);
              receive(c, "LAU-C10-125", "L24-LAU-03", 140);
            }),
        new DemoStep(
            -200,
            ORDER,
            "lots L25-… (own production) and the olive trees bought in (L25-OLI-01)",
            this::receive2025));
  }

  private void createAll(DemoContext c) {
    var company = c.company();
    category(c, "VEGETAUX", "Végétaux vivants (10 %)", VatKind.INTERMEDIATE, null, null);
    category(c, "FOURNITURES", "Fournitures (20 %)", VatKind.STANDARD, null, null);
    category(c, "SERVICES", "Prestations de services (20 %)", VatKind.STANDARD, null, null);
    category(
        c,
        "UE-EXO",
        "Livraison intracommunautaire exonérée",
        null,
        VatCategory.VATEX_INTRA_EU,
        "Exonération de TVA, art. 262 ter I du CGI");
    category(
        c,
        "EXPORT",
        "Exportation hors UE exonérée",
        null,
        VatCategory.VATEX_EXPORT,
        "Exonération de TVA, art. 262 I du CGI");
    var plants = c.ref("vat-category:VEGETAUX", VatCategoryId.class);
    var supplies = c.ref("vat-category:FOURNITURES", VatCategoryId.class);
    var services = c.ref("vat-category:SERVICES", VatCategoryId.class);
    String pro = "Passeport phytosanitaire pour les livraisons aux professionnels.";
    var bareRoot = SellingSeason.bareRoot();
    List<ProductDraft> drafts =
        List.of(
            plant(
                "CHA-RN-6080",
                "Charmille — Carpinus betulus",
                plants,
                "1.35",
                "0.45",
                HEDGING,
                300,
                attrs(
                    "Carpinus betulus",
                    "Charmille",
                    null,
                    PlantForm.BARE_ROOT,
                    null,
                    null,
                    "60/80",
                    false,
                    pro),
                bareRoot,
                RevenueKind.OWN_PRODUCTION),
            plant(
                "HET-RN-80100",
                "Hêtre vert — Fagus sylvatica",
                plants,
                "2.10",
                "0.75",
                HEDGING,
                200,
                attrs(
                    "Fagus sylvatica",
                    "Hêtre vert",
                    null,
                    PlantForm.BARE_ROOT,
                    null,
                    null,
                    "80/100",
                    false,
                    pro),
                bareRoot,
                RevenueKind.OWN_PRODUCTION),
            plant(
                "LAU-C10-125",
                "Laurier-palme — Prunus laurocerasus 'Rotundifolia'",
                plants,
                "24.90",
                "9.80",
                HEDGING,
                30,
                attrs(
                    "Prunus laurocerasus",
                    "Laurier-palme",
                    "Rotundifolia",
                    PlantForm.CONTAINER,
                    "10",
                    null,
                    "125/150",
                    false,
                    pro),
                null,
                RevenueKind.OWN_PRODUCTION),
            plant(
                "PHO-C4-6080",
                "Photinia × fraseri 'Red Robin'",
                plants,
                "12.50",
                "4.60",
                HEDGING,
                50,
                attrs(
                    "Photinia × fraseri",
                    "Photinia",
                    "Red Robin",
                    PlantForm.CONTAINER,
                    "4",
                    null,
                    "60/80",
                    false,
                    pro),
                null,
                RevenueKind.OWN_PRODUCTION),
            plant(
                "OSM-C5-6080",
                "Osmanthus × burkwoodii",
                plants,
                "19.50",
                "7.20",
                null,
                20,
                attrs(
                    "Osmanthus × burkwoodii",
                    "Osmanthe",
                    null,
                    PlantForm.CONTAINER,
                    "5",
                    null,
                    "60/80",
                    false,
                    pro),
                null,
                RevenueKind.OWN_PRODUCTION),
            plant(
                "TIL-T1214",
                "Tilleul à petites feuilles — Tilia cordata",
                plants,
                "189.00",
                "82.00",
                null,
                5,
                attrs(
                    "Tilia cordata",
                    "Tilleul à petites feuilles",
                    null,
                    PlantForm.STANDARD_TREE,
                    null,
                    "12/14",
                    "tige, motte grillagée",
                    false,
                    pro),
                null,
                RevenueKind.OWN_PRODUCTION),
            plant(
                "ERA-T1012",
                "Érable champêtre — Acer campestre",
                plants,
                "145.00",
                "61.00",
                null,
                5,
                attrs(
                    "Acer campestre",
                    "Érable champêtre",
                    null,
                    PlantForm.STANDARD_TREE,
                    null,
                    "10/12",
                    "tige, motte",
                    false,
                    pro),
                null,
                RevenueKind.OWN_PRODUCTION),
            plant(
                "POM-RR-DT",
                "Pommier 'Reine des Reinettes'",
                plants,
                "39.00",
                "15.50",
                null,
                10,
                attrs(
                    "Malus domestica",
                    "Pommier",
                    "Reine des Reinettes",
                    PlantForm.BARE_ROOT,
                    null,
                    null,
                    "demi-tige",
                    false,
                    pro),
                bareRoot,
                RevenueKind.OWN_PRODUCTION),
            plant(
                "OLI-C30",
                "Olivier — Olea europaea",
                plants,
                "149.00",
                "78.00",
                null,
                5,
                attrs(
                    "Olea europaea",
                    "Olivier",
                    null,
                    PlantForm.CONTAINER,
                    "30",
                    null,
                    "175/200",
                    true,
                    "Plante hôte de Xylella fastidiosa : passeport avec code de traçabilité,"
                        + " même pour les particuliers."),
                null,
                RevenueKind.RESALE),
            plant(
                "LAV-G9",
                "Lavande vraie — Lavandula angustifolia",
                plants,
                "3.20",
                "1.10",
                null,
                100,
                attrs(
                    "Lavandula angustifolia",
                    "Lavande vraie",
                    null,
                    PlantForm.CONTAINER,
                    null,
                    null,
                    "godet 9 cm",
                    false,
                    pro),
                null,
                RevenueKind.OWN_PRODUCTION),
            plant(
                "MIS-C3",
                "Miscanthus sinensis 'Gracillimus'",
                plants,
                "9.80",
                "3.40",
                null,
                30,
                attrs(
                    "Miscanthus sinensis",
                    "Miscanthus",
                    "Gracillimus",
                    PlantForm.CONTAINER,
                    "3",
                    null,
                    null,
                    false,
                    pro),
                null,
                RevenueKind.OWN_PRODUCTION),
            plant(
                "ROS-ICE-C4",
                "Rosier 'Iceberg'",
                plants,
                "11.90",
                "4.30",
                null,
                20,
                attrs(
                    "Rosa", "Rosier", "Iceberg", PlantForm.CONTAINER, "4", null, null, false, pro),
                null,
                RevenueKind.OWN_PRODUCTION),
            new ProductDraft(
                "GAZ-M2",
                "Gazon de placage",
                "Rouleaux de gazon de placage, posés" + " dans les 24 h suivant la livraison.",
                ProductKind.GOODS,
                Unit.SQUARE_METRE,
                plants,
                false,
                RevenueKind.RESALE,
                UnitPrice.of("6.90"),
                UnitPrice.of("3.10"),
                null,
                true,
                Quantity.of(100),
                attrs(null, "Gazon de placage", null, null, null, null, "rouleau", false, null),
                null),
            goods(
                "TER-50L",
                "Terreau de plantation",
                "Sac de 50 L.",
                Unit.BAG,
                supplies,
                "8.50",
                "4.20",
                50),
            goods(
                "TUT-KIT",
                "Kit de tuteurage arbre tige",
                "2 tuteurs + colliers.",
                Unit.KIT,
                supplies,
                "14.00",
                "6.50",
                10),
            service("MO-PLANT", "Main-d'œuvre plantation", null, Unit.HOUR, services, "48.00"),
            service(
                "PLANT-TIGE",
                "Plantation d'un arbre tige (fosse, amendement, tuteurage)",
                null,
                Unit.UNIT,
                services,
                "95.00"),
            service(
                "ENT-VISITE", "Visite d'entretien de jardin", null, Unit.VISIT, services, "180.00"),
            fee(
                "LIV-Z1",
                "Livraison zone 1 (< 20 km)",
                "45.00",
                "Offerte aux professionnels au-delà de 1 500 € HT."),
            fee("LIV-Z2", "Livraison zone 2 (20–50 km)", "85.00", null),
            service(
                "GAR-EXT2",
                "Extension de garantie de reprise à 2 ans",
                "5 % de la valeur des végétaux ; prolonge d'un an la garantie de reprise"
                    + " gratuite d'un an.",
                Unit.PERCENT,
                services,
                "5"));
    for (ProductDraft draft : drafts) {
      c.register("product:" + draft.code(), products.create(company, draft));
    }
    // Opening stock of the products kept without lots (scenario §2).
    opening(c, "OSM-C5-6080", 60);
    opening(c, "ERA-T1012", 18);
    opening(c, "POM-RR-DT", 25);
    opening(c, "LAV-G9", 600);
    opening(c, "MIS-C3", 120);
    opening(c, "ROS-ICE-C4", 80);
    opening(c, "GAZ-M2", 400);
    opening(c, "TER-50L", 300);
    opening(c, "TUT-KIT", 50);
  }

  private void receive2025(DemoContext c) {
    receive(c, "CHA-RN-6080", "L25-CHA-02", 1000);
    receive(c, "HET-RN-80100", "L25-HET-01", 900);
    receive(c, "PHO-C4-6080", "L25-PHO-01", 35);
    var supplier = c.find("customer:F0001", CustomerId.class).orElse(null);
    var olives =
        new StockReceipt(
            c.ref("product:OLI-C30", ProductId.class),
            "L25-OLI-01",
            supplier == null ? LotOrigin.OWN_PRODUCTION : LotOrigin.SUPPLIER,
            supplier,
            null,
            Quantity.of(8),
            "Olea europaea",
            supplier == null ? null : "IT-16-0231",
            "XF-25-0412-OLI",
            "IT",
            "Oliviers élevés en Italie (Pouilles, hors zone délimitée Xylella), bon de livraison"
                + " BL-25-1187.");
    c.register("lot:L25-OLI-01", stock.receive(c.company(), olives, null));
  }

  private void receive(DemoContext c, String code, String lot, int quantity) {
    var receipt =
        new StockReceipt(
            c.ref("product:" + code, ProductId.class),
            lot,
            LotOrigin.OWN_PRODUCTION,
            null,
            null,
            Quantity.of(quantity),
            null,
            PLANT_HEALTH_NUMBER,
            null,
            null,
            null);
    c.register("lot:" + lot, stock.receive(c.company(), receipt, null));
  }

  private void opening(DemoContext c, String code, int quantity) {
    stock.adjust(
        c.company(),
        c.ref("product:" + code, ProductId.class),
        null,
        Quantity.of(quantity),
        AdjustmentReason.COUNT,
        "Stock d'ouverture",
        null);
  }

  private void category(
      DemoContext c,
      String code,
      String name,
      @Nullable VatKind kind,
      @Nullable String exemptionCode,
      @Nullable String reason) {
    c.register(
        "vat-category:" + code,
        categories.create(
            c.company(), new VatCategoryDraft(code, name, kind, exemptionCode, reason)));
  }

  private static PlantAttributes attrs(
      @Nullable String botanical,
      @Nullable String common,
      @Nullable String variety,
      @Nullable PlantForm form,
      @Nullable String litres,
      @Nullable String girth,
      @Nullable String size,
      boolean finalUsers,
      @Nullable String note) {
    boolean passport = note != null;
    return new PlantAttributes(
        botanical,
        common,
        variety,
        form,
        litres == null ? null : new BigDecimal(litres),
        girth,
        size,
        passport,
        finalUsers,
        note);
  }

  private static ProductDraft plant(
      String code,
      String designation,
      VatCategoryId category,
      String price,
      String cost,
      @Nullable String group,
      int threshold,
      PlantAttributes attributes,
      @Nullable SellingSeason season,
      RevenueKind revenue) {
    return new ProductDraft(
        code,
        designation,
        null,
        ProductKind.GOODS,
        Unit.PLANT,
        category,
        false,
        revenue,
        UnitPrice.of(price),
        UnitPrice.of(cost),
        group,
        true,
        Quantity.of(threshold),
        attributes,
        season);
  }

  private static ProductDraft goods(
      String code,
      String designation,
      String description,
      Unit unit,
      VatCategoryId category,
      String price,
      String cost,
      int threshold) {
    return new ProductDraft(
        code,
        designation,
        description,
        ProductKind.GOODS,
        unit,
        category,
        false,
        RevenueKind.RESALE,
        UnitPrice.of(price),
        UnitPrice.of(cost),
        null,
        true,
        Quantity.of(threshold),
        null,
        null);
  }

  private static ProductDraft service(
      String code,
      String designation,
      @Nullable String description,
      Unit unit,
      VatCategoryId category,
      String price) {
    return new ProductDraft(
        code,
        designation,
        description,
        ProductKind.SERVICE,
        unit,
        category,
        false,
        RevenueKind.SERVICE,
        UnitPrice.of(price),
        null,
        null,
        false,
        null,
        null,
        null);
  }

  private static ProductDraft fee(
      String code, String designation, String price, @Nullable String description) {
    return new ProductDraft(
        code,
        designation,
        description,
        ProductKind.SERVICE,
        Unit.DELIVERY,
        null,
        true,
        RevenueKind.SERVICE,
        UnitPrice.of(price),
        null,
        null,
        false,
        null,
        null,
        null);
  }
}
