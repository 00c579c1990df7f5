package org.pepin.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pepin.catalog.PlantAttributes;
import org.pepin.catalog.PlantForm;
import org.pepin.catalog.ProductDraft;
import org.pepin.catalog.ProductId;
import org.pepin.catalog.ProductKind;
import org.pepin.catalog.RevenueKind;
import org.pepin.catalog.SellingSeason;
import org.pepin.catalog.Unit;
import org.pepin.catalog.VatCategory;
import org.pepin.catalog.VatCategoryDraft;
import org.pepin.catalog.VatCategoryId;
import org.pepin.catalog.pricing.CustomerPrice;
import org.pepin.catalog.pricing.PriceBreak;
import org.pepin.catalog.pricing.PriceListDraft;
import org.pepin.catalog.product.ProductManagement;
import org.pepin.customers.CustomerId;
import org.pepin.platform.LegalRates;
import org.pepin.platform.LegalRates.VatKind;
import org.pepin.shared.Percentage;
import org.pepin.shared.Quantity;
import org.pepin.shared.UnitPrice;
import org.pepin.shared.VatRate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The catalogue of a generated data set, after the customers: the five VAT categories and the four
 * price lists of the nursery (catalog and pricing demos: Public incl. VAT with its retail prices to
 * the cent, Professionnel −15 %, Revendeur −25 %, Collectivités −10 %), {@link
 * ScaleFactor#products()} products, the hedging plants' quantity breaks (group {@code HAIE}: 10 −5
 * %, 50 −10 %, 250 −15 %, every list) and a break of its own on 1 % of the products (Professionnel,
 * 100 −7 %), prices negotiated with one business customer in 25, and every customer's list
 * (individuals Public, public bodies Collectivités, garden centres and resellers Revendeur, other
 * businesses Professionnel).
 *
 * <p>The first products are the demo's staples with its prices (hornbeam 1,35 € HT, photinia, lime
 * tree, compost, planting labour, delivery zones 1–3 following the goods, guarantee at 5 %); the
 * others are plants (85 %: 45 species × bare root, root ball, container, standard tree or pot, with
 * sizes, passports and the bare-root season), supplies (9 %) and services (6 %). Every record is
 * built through the same drafts as user input ({@link ProductDraft}, {@link VatCategoryDraft},
 * {@link PriceListDraft}, {@link PriceBreak}, {@link CustomerPrice}), so it passes their rules,
 * then written by bulk SQL with the columns the application writes (same search text).
 * Deterministic for a seed and a set of customers.
 */
final class ProductGenerator implements DataGenerator {

  /** The day the catalogue is priced at (the scenario's D): VAT rates, dated customer prices. */
  static final LocalDate D = LocalDate.of(2026, 11, 29);

  static final String HEDGING = "HAIE";
  static final String PUBLIC = "PUBLIC";
  static final String PRO = "PRO";
  static final String RESELLER = "REVENDEUR";
  static final String PUBLIC_BODIES = "COLLECTIVITES";

  /** The list codes, in the order they are written. */
  static final List<String> LISTS = List.of(PUBLIC, PRO, RESELLER, PUBLIC_BODIES);

  /** The staples of the demo, always the first products. */
  static final int STAPLES = 9;

  static final String PASSPORT_PRO =
      "Passeport phytosanitaire pour les livraisons aux professionnels.";

  /** A sale form of plants, with its sizes; {@code ratio} is its price against bare root. */
  enum Form {
    RN(PlantForm.BARE_ROOT, "racines nues", 1),
    MG(PlantForm.ROOT_BALL, "motte grillagée", 8),
    C(PlantForm.CONTAINER, "conteneur", 4),
    T(PlantForm.STANDARD_TREE, "tige", 30),
    G(PlantForm.CONTAINER, "godet", 1.5);

    final PlantForm form;
    final String label;
    final double ratio;

    Form(PlantForm form, String label, double ratio) {
      this.form = form;
      this.label = label;
      this.ratio = ratio;
    }

    List<Size> sizes() {
      return switch (this) {
        case RN ->
            List.of(
                size("40/60", "4060", 0.7),
                size("60/80", "6080", 1),
                size("80/100", "80100", 1.5),
                size("100/125", "100125", 2.2));
        case MG ->
            List.of(
                size("100/125", "100125", 1),
                size("125/150", "125150", 1.4),
                size("150/175", "150175", 2),
                size("175/200", "175200", 2.8));
        case C ->
            List.of(
                container(2, "30/40", 0.7),
                container(3, "40/60", 0.85),
                container(4, "60/80", 1),
                container(5, "60/80", 1.2),
                container(10, "100/125", 2),
                container(15, "125/150", 2.8),
                container(30, "175/200", 5.5));
        case T ->
            List.of(
                new Size("8/10", "810", 0.8, null, "8/10", "tige, motte"),
                new Size("10/12", "1012", 1, null, "10/12", "tige, motte"),
                new Size("12/14", "1214", 1.3, null, "12/14", "tige, motte grillagée"),
                new Size("14/16", "1416", 1.7, null, "14/16", "tige, motte grillagée"),
                new Size("16/18", "1618", 2.2, null, "16/18", "tige, motte grillagée"));
        case G -> List.of(new Size("9 cm", "9", 1, null, null, "godet 9 cm"));
      };
    }

    private static Size size(String label, String code, double factor) {
      return new Size(label, code, factor, null, null, label);
    }

    private static Size container(int litres, String height, double factor) {
      return new Size(
          litres + " L",
          Integer.toString(litres),
          factor,
          BigDecimal.valueOf(litres),
          null,
          height);
    }
  }

  /** A size of a form: its label in the designation, its part of the code, its price factor. */
  record Size(
      String label,
      String code,
      double factor,
      @Nullable BigDecimal litres,
      @Nullable String girth,
      @Nullable String sizeClass) {}

  /**
   * A plant species as the nursery sells it.
   *
   * @param forms the forms it is sold in; the first is the one {@code price} is for (size factor 1)
   * @param price the base price excl. VAT of the first form at its reference size
   */
  record Species(
      String prefix,
      String common,
      String botanical,
      @Nullable String variety,
      String group,
      List<Form> forms,
      String price,
      RevenueKind revenue,
      boolean passportForFinalUsers) {}

  static final List<Species> SPECIES =
      List.of(
          hedge("CHA", "Charmille", "Carpinus betulus", null, "1.35", Form.RN, Form.MG, Form.C),
          hedge("HET", "Hêtre vert", "Fagus sylvatica", null, "2.10", Form.RN, Form.MG),
          hedge(
              "LAU",
              "Laurier-palme",
              "Prunus laurocerasus",
              "Rotundifolia",
              "6.20",
              Form.C,
              Form.MG),
          hedge("PHO", "Photinia", "Photinia × fraseri", "Red Robin", "12.50", Form.C),
          hedge("TRO", "Troène commun", "Ligustrum vulgare", null, "1.10", Form.RN, Form.C),
          hedge("THU", "Thuya", "Thuja occidentalis", "Brabant", "5.90", Form.C, Form.MG),
          hedge("ELE", "Éléagnus", "Elaeagnus × ebbingei", null, "7.50", Form.C),
          hedge("FUS", "Fusain du Japon", "Euonymus japonicus", null, "6.90", Form.C),
          hedge("PIT", "Pittosporum", "Pittosporum tenuifolium", null, "8.40", Form.C),
          hedge("ABE", "Abélia", "Abelia × grandiflora", null, "7.20", Form.C),
          hedge("CHV", "Chèvrefeuille arbustif", "Lonicera nitida", null, "4.80", Form.C),
          hedge("CHM", "Charme commun", "Carpinus betulus", "Fastigiata", "1.60", Form.RN),
          tree("TIL", "Tilleul à petites feuilles", "Tilia cordata", null, "145.00"),
          tree("ERA", "Érable champêtre", "Acer campestre", null, "145.00"),
          tree("CHN", "Chêne pédonculé", "Quercus robur", null, "120.00"),
          tree("BOU", "Bouleau verruqueux", "Betula pendula", null, "85.00"),
          tree("MER", "Merisier", "Prunus avium", null, "90.00"),
          tree("PLA", "Platane", "Platanus × acerifolia", null, "130.00"),
          tree("AUL", "Aulne glutineux", "Alnus glutinosa", null, "75.00"),
          tree("SOR", "Sorbier des oiseleurs", "Sorbus aucuparia", null, "88.00"),
          tree("CER", "Cerisier à fleurs", "Prunus serrulata", "Kanzan", "140.00"),
          new Species(
              "MAG",
              "Magnolia",
              "Magnolia × soulangeana",
              null,
              "ARBUSTE",
              List.of(Form.C, Form.MG),
              "45.00",
              RevenueKind.RESALE,
              false),
          new Species(
              "OLI",
              "Olivier",
              "Olea europaea",
              null,
              "ARBRE",
              List.of(Form.C),
              "37.25",
              RevenueKind.RESALE,
              true),
          fruit("POM", "Pommier", "Malus domestica", "Reine des Reinettes", "29.00"),
          fruit("POI", "Poirier", "Pyrus communis", "Conférence", "31.00"),
          fruit("CRS", "Cerisier", "Prunus avium", "Burlat", "33.00"),
          fruit("PRU", "Prunier", "Prunus domestica", "Reine-Claude dorée", "32.00"),
          new Species(
              "FIG",
              "Figuier",
              "Ficus carica",
              null,
              "FRUITIER",
              List.of(Form.C),
              "24.00",
              RevenueKind.RESALE,
              false),
          shrub("OSM", "Osmanthe", "Osmanthus × burkwoodii", null, "9.50"),
          shrub("HOR", "Hortensia", "Hydrangea macrophylla", null, "8.90"),
          shrub("ROS", "Rosier", "Rosa", "Iceberg", "6.90"),
          shrub("LIL", "Lilas", "Syringa vulgaris", null, "11.50"),
          shrub("VIO", "Laurier-tin", "Viburnum tinus", null, "8.50"),
          shrub("CEA", "Céanothe", "Ceanothus", "Concha", "10.50"),
          shrub("SPI", "Spirée du Japon", "Spiraea japonica", null, "5.90"),
          shrub("CRN", "Cornouiller blanc", "Cornus alba", "Sibirica", "4.90"),
          perennial("LAV", "Lavande vraie", "Lavandula angustifolia", null, "2.10"),
          perennial("MIS", "Miscanthus", "Miscanthus sinensis", "Gracillimus", "2.45"),
          perennial("GER", "Géranium vivace", "Geranium", "Rozanne", "2.30"),
          perennial("PEN", "Pennisetum", "Pennisetum alopecuroides", null, "2.60"),
          perennial("SAU", "Sauge des bois", "Salvia nemorosa", null, "1.90"),
          perennial("HEU", "Heuchère", "Heuchera", "Palace Purple", "2.80"),
          perennial("AST", "Astilbe", "Astilbe × arendsii", null, "2.20"),
          perennial("STI", "Stipa", "Stipa tenuifolia", null, "2.05"),
          perennial("GAU", "Gaura", "Gaura lindheimeri", null, "2.15"));

  /** Cultivar names that tell apart a second product of the same species, form and size. */
  static final String[] CULTIVARS = {
    "Select",
    "Compacta",
    "Nana",
    "Aurea",
    "Variegata",
    "Pendula",
    "Fastigiata",
    "Purpurea",
    "Alba",
    "Rubra",
    "Globosa",
    "Pyramidalis",
    "Elegans",
    "Superba",
    "Gracilis"
  };

  /** Supplies: code prefix, designation, description, unit, price, cost. */
  static final String[][] SUPPLIES = {
    {"TER", "Terreau de plantation", "Sac de 50 L.", "BAG", "8.50", "4.20"},
    {"PAI", "Paillage d'écorces de pin", "Sac de 70 L.", "BAG", "11.90", "5.60"},
    {"ENG", "Engrais organique universel", "Sac de 10 kg.", "BAG", "18.50", "8.90"},
    {"TUT", "Kit de tuteurage arbre tige", "2 tuteurs + colliers.", "KIT", "14.00", "6.50"},
    {"TOI", "Toile de paillage tissée", "", "SQUARE_METRE", "1.20", "0.45"},
    {"GAI", "Gaine de protection anti-rongeurs", "", "UNIT", "0.95", "0.35"},
    {"BOR", "Bordure en acier galvanisé", "", "METRE", "12.50", "6.10"},
    {"ARR", "Kit d'arrosage goutte-à-goutte", "Pour 20 m de haie.", "KIT", "39.00", "17.50"},
    {"POT", "Pot en terre cuite", "Diamètre 40 cm.", "UNIT", "18.00", "7.90"},
    {"CRB", "Corne broyée", "", "KILOGRAM", "4.90", "2.10"}
  };

  /** Services: code prefix, designation, unit, price. */
  static final String[][] SERVICES = {
    {"ENT", "Visite d'entretien de jardin", "VISIT", "180.00"},
    {"TAI", "Taille de haie", "HOUR", "52.00"},
    {"ELA", "Élagage et abattage", "HOUR", "65.00"},
    {"CON", "Conseil en aménagement paysager", "HOUR", "70.00"},
    {"TON", "Tonte de pelouse", "VISIT", "60.00"},
    {"PLT", "Plantation d'un arbre tige (fosse, amendement, tuteurage)", "UNIT", "95.00"},
    {"ARS", "Installation d'arrosage automatique", "DAY", "420.00"}
  };

  static final List<String> CATEGORY_COLUMNS =
      List.of(
          "id",
          "company_id",
          "version",
          "code",
          "name",
          "vat_kind",
          "exemption_code",
          "exemption_reason",
          "archived",
          "created_at");
  static final List<String> PRODUCT_COLUMNS =
      List.of(
          "id",
          "company_id",
          "version",
          "code",
          "designation",
          "description",
          "kind",
          "unit",
          "vat_category_id",
          "follows_goods",
          "revenue_kind",
          "sale_price",
          "cost_price",
          "product_group",
          "stocked",
          "low_stock_threshold",
          "is_plant",
          "botanical_name",
          "common_name",
          "variety",
          "plant_form",
          "container_litres",
          "girth_class",
          "size_class",
          "passport_required",
          "passport_final_users",
          "passport_note",
          "season_start",
          "season_end",
          "archived",
          "created_at",
          "search_text");
  static final List<String> LIST_COLUMNS =
      List.of(
          "id",
          "company_id",
          "version",
          "code",
          "name",
          "includes_vat",
          "parent_code",
          "adjustment_percent",
          "valid_from",
          "valid_to",
          "archived",
          "created_at");
  static final List<String> ITEM_COLUMNS =
      List.of("id", "company_id", "price_list_id", "product_id", "price");
  static final List<String> BREAK_COLUMNS =
      List.of(
          "id",
          "company_id",
          "price_list_code",
          "product_id",
          "product_group",
          "min_quantity",
          "discount_percent",
          "created_at");
  static final List<String> CUSTOMER_PRICE_COLUMNS =
      List.of(
          "id",
          "company_id",
          "customer_id",
          "product_id",
          "price",
          "valid_from",
          "valid_to",
          "created_at");
  static final List<String> ASSIGNMENT_COLUMNS =
      List.of("customer_id", "company_id", "price_list_code", "updated_at");

  /** The tables of the catalogue, downstream first (for {@link #delete}). */
  static final List<String> TABLES =
      List.of(
          "customer_price_list",
          "customer_price",
          "price_break",
          "price_list_item",
          "price_list",
          "product_photo",
          "stock_move",
          "lot",
          "product_stock",
          "product",
          "vat_category");

  @Override
  public String name() {
    return "products";
  }

  @Override
  public boolean complete(BenchContext context) {
    var jdbc = new JdbcTemplate(context.dataSource());
    Long products =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM product WHERE company_id = ?",
            Long.class,
            context.company().value());
    return products != null && products == context.scale().products();
  }

  @Override
  public void delete(BenchContext context) {
    var jdbc = new JdbcTemplate(context.dataSource());
    for (String table : TABLES) {
      jdbc.update("DELETE FROM " + table + " WHERE company_id = ?", context.company().value());
    }
  }

  /** A generated product: its id and the draft it was written from. */
  record Generated(UUID id, ProductDraft draft) {}

  @Override
  public long generate(BenchContext context) throws Exception {
    Random random = context.random(name());
    UUID company = context.company().value();
    OffsetDateTime created = Instant.parse("2023-01-02T08:00:00Z").atOffset(ZoneOffset.UTC);
    var legal = context.bean(LegalRates.class);
    Map<VatKind, VatRate> rates = new HashMap<>();
    for (VatKind kind : List.of(VatKind.INTERMEDIATE, VatKind.STANDARD)) {
      rates.put(kind, legal.vatRate(context.company(), kind, D));
    }
    try (Connection connection = context.dataSource().getConnection()) {
      connection.setAutoCommit(false);
      long rows = 0;

      // VAT categories (catalog demo).
      Map<String, UUID> categoryIds = new HashMap<>();
      Map<UUID, VatRate> categoryRates = new HashMap<>();
      try (var categories = new BulkWriter(connection, "vat_category", CATEGORY_COLUMNS)) {
        for (VatCategoryDraft d : categories()) {
          UUID id = UUID.randomUUID();
          categoryIds.put(d.code(), id);
          if (d.vatKind() != null) {
            categoryRates.put(id, rates.get(d.vatKind()));
          }
          categories.add(
              id,
              company,
              0,
              d.code(),
              d.name(),
              d.vatKind() == null ? null : d.vatKind().name(),
              d.exemptionCode(),
              d.exemptionReason(),
              false,
              created);
        }
        categories.close();
        rows += categories.written();
      }

      // Price lists (pricing demo): no dates, one version each.
      Map<String, UUID> listIds = new HashMap<>();
      try (var lists = new BulkWriter(connection, "price_list", LIST_COLUMNS)) {
        for (PriceListDraft d : priceLists()) {
          UUID id = UUID.randomUUID();
          listIds.put(d.code(), id);
          lists.add(
              id,
              company,
              1,
              d.code(),
              d.name(),
              d.includesVat(),
              d.parentCode(),
              d.adjustment(),
              d.validFrom(),
              d.validTo(),
              false,
              created);
        }
        lists.close();
        rows += lists.written();
      }

      var categoryOf =
          new Categories(
              new VatCategoryId(categoryIds.get("VEGETAUX")),
              new VatCategoryId(categoryIds.get("FOURNITURES")),
              new VatCategoryId(categoryIds.get("SERVICES")));
      List<Generated> generated = new ArrayList<>();
      try (var products = new BulkWriter(connection, "product", PRODUCT_COLUMNS);
          var items = new BulkWriter(connection, "price_list_item", ITEM_COLUMNS, products);
          var breaks = new BulkWriter(connection, "price_break", BREAK_COLUMNS, products)) {
        Map<String, Integer> seen = new HashMap<>();
        for (int n = 1; n <= context.scale().products(); n++) {
          ProductDraft d = draft(n, random, categoryOf, seen);
          UUID id = UUID.randomUUID();
          generated.add(new Generated(id, d));
          products.add(productRow(id, company, d, created));
          // The Public list's retail price: excl. VAT × (1 + rate) to the cent; fees keep their
          // price excl. VAT; a percentage is not in it (it takes its base percentage).
          if (d.unit() != Unit.PERCENT) {
            BigDecimal price = d.salePrice().value();
            if (!d.followsGoods()) {
              VatRate rate = categoryRates.get(d.vatCategory().value());
              price =
                  price
                      .multiply(BigDecimal.ONE.add(rate.fraction()))
                      .setScale(2, RoundingMode.HALF_UP);
            }
            items.add(
                UUID.randomUUID(),
                company,
                listIds.get(PUBLIC),
                id,
                new UnitPrice(price.setScale(6)).value());
          }
          if (n % 100 == 50 && d.plant() != null) {
            var own =
                new PriceBreak(
                    null, PRO, new ProductId(id), null, Quantity.of(100), Percentage.of("7"));
            breaks.add(breakRow(company, own, created));
          }
        }
        for (String[] b : new String[][] {{"10", "5"}, {"50", "10"}, {"250", "15"}}) {
          var hedging =
              new PriceBreak(null, null, null, HEDGING, Quantity.of(b[0]), Percentage.of(b[1]));
          breaks.add(breakRow(company, hedging, created));
        }
        products.close();
        items.close();
        breaks.close();
        rows += products.written() + items.written() + breaks.written();
      }

      // Customers: their list, and one business in 25 negotiates prices on 1 to 3 plants.
      List<Generated> plants = generated.stream().filter(g -> g.draft().plant() != null).toList();
      try (var assignments = new BulkWriter(connection, "customer_price_list", ASSIGNMENT_COLUMNS);
          var negotiated = new BulkWriter(connection, "customer_price", CUSTOMER_PRICE_COLUMNS)) {
        int businesses = 0;
        try (var statement =
            connection.prepareStatement(
                "SELECT id, kind, categories FROM customer WHERE company_id = ? ORDER BY code")) {
          statement.setObject(1, company);
          try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
              UUID customer = rs.getObject("id", UUID.class);
              String kind = rs.getString("kind");
              String list = listOf(kind, rs.getString("categories"));
              assignments.add(customer, company, list, created);
              if (!kind.equals("BUSINESS")) {
                continue;
              }
              if (businesses++ % 25 != 1 || plants.isEmpty()) {
                continue;
              }
              Set<Generated> chosen = new LinkedHashSet<>();
              int count = 1 + random.nextInt(3);
              for (int i = 0; i < count; i++) {
                chosen.add(plants.get(random.nextInt(plants.size())));
              }
              for (Generated product : chosen) {
                CustomerPrice price = customerPrice(customer, product, random);
                negotiated.add(
                    UUID.randomUUID(),
                    company,
                    customer,
                    product.id(),
                    price.price().value(),
                    price.validFrom(),
                    price.validTo(),
                    created);
              }
            }
          }
        }
        assignments.close();
        negotiated.close();
        rows += assignments.written() + negotiated.written();
      }
      connection.commit();
      return rows;
    }
  }

  /** The list of a customer: by kind, and for businesses by their categories. */
  static String listOf(String kind, @Nullable String categories) {
    return switch (kind) {
      case "INDIVIDUAL" -> PUBLIC;
      case "PUBLIC_BODY" -> PUBLIC_BODIES;
      default ->
          categories != null
                  && (categories.contains("Revendeur") || categories.contains("Jardinerie"))
              ? RESELLER
              : PRO;
    };
  }

  /**
   * A price negotiated below the Professionnel price (excl. VAT, −15 %) by 5 to 10 %, to the cent:
   * undated for half of them, valid a year either side of D for a third, expired for a sixth.
   */
  static CustomerPrice customerPrice(UUID customer, Generated product, Random random) {
    BigDecimal pro = product.draft().salePrice().value().multiply(new BigDecimal("0.85"));
    BigDecimal price =
        pro.multiply(BigDecimal.valueOf(90 + random.nextInt(6)))
            .movePointLeft(2)
            .setScale(2, RoundingMode.HALF_UP)
            .max(new BigDecimal("0.01"));
    int dating = random.nextInt(6);
    LocalDate from = dating < 2 ? D.minusDays(365) : dating == 2 ? D.minusDays(730) : null;
    LocalDate to = dating < 2 ? D.plusDays(365) : dating == 2 ? D.minusDays(366) : null;
    return new CustomerPrice(
        null,
        new CustomerId(customer),
        new ProductId(product.id()),
        new UnitPrice(price.setScale(6)),
        from,
        to);
  }

  static List<VatCategoryDraft> categories() {
    return List.of(
        new VatCategoryDraft(
            "VEGETAUX", "Végétaux vivants (10 %)", VatKind.INTERMEDIATE, null, null),
        new VatCategoryDraft("FOURNITURES", "Fournitures (20 %)", VatKind.STANDARD, null, null),
        new VatCategoryDraft(
            "SERVICES", "Prestations de services (20 %)", VatKind.STANDARD, null, null),
        new VatCategoryDraft(
            "UE-EXO",
            "Livraison intracommunautaire exonérée",
            null,
            VatCategory.VATEX_INTRA_EU,
            "Exonération de TVA, art. 262 ter I du CGI"),
        new VatCategoryDraft(
            "EXPORT",
            "Exportation hors UE exonérée",
            null,
            VatCategory.VATEX_EXPORT,
            "Exonération de TVA, art. 262 I du CGI"));
  }

  static List<PriceListDraft> priceLists() {
    return List.of(
        new PriceListDraft(PUBLIC, "Public", true, null, null, null, null),
        new PriceListDraft(PRO, "Professionnel", false, null, new BigDecimal("-15"), null, null),
        new PriceListDraft(RESELLER, "Revendeur", false, null, new BigDecimal("-25"), null, null),
        new PriceListDraft(
            PUBLIC_BODIES, "Collectivités", false, null, new BigDecimal("-10"), null, null));
  }

  /** The VAT categories products take. */
  record Categories(VatCategoryId plants, VatCategoryId supplies, VatCategoryId services) {}

  /**
   * The n-th product as a user would have typed it (validated by the draft's rules): the demo's
   * staples first, then plants, supplies and services drawn from {@code random}.
   *
   * @param seen how many products of each species, form and size came before (cultivar names tell
   *     them apart)
   */
  static ProductDraft draft(int n, Random random, Categories c, Map<String, Integer> seen) {
    if (n <= STAPLES) {
      return staple(n, c);
    }
    int draw = random.nextInt(100);
    if (draw < 85) {
      Species species = SPECIES.get(random.nextInt(SPECIES.size()));
      Form form = species.forms().get(random.nextInt(species.forms().size()));
      List<Size> sizes = form.sizes();
      Size size = sizes.get(random.nextInt(sizes.size()));
      int before = seen.merge(species.prefix() + form + size.code(), 1, Integer::sum) - 1;
      String variety = before == 0 ? species.variety() : CULTIVARS[(before - 1) % CULTIVARS.length];
      double factor =
          form.ratio
              / species.forms().get(0).ratio
              * size.factor()
              * (0.95 + random.nextInt(11) / 100.0);
      BigDecimal price =
          new BigDecimal(species.price())
              .multiply(BigDecimal.valueOf(factor))
              .setScale(2, RoundingMode.HALF_UP)
              .max(new BigDecimal("0.50"));
      BigDecimal cost =
          price.multiply(BigDecimal.valueOf(30 + random.nextInt(16))).movePointLeft(2);
      return plant(
          "%s-%s%s-%05d".formatted(species.prefix(), form, size.code(), n),
          designation(species, variety, form, size),
          c.plants(),
          price,
          cost.setScale(2, RoundingMode.HALF_UP),
          species.group(),
          5 + random.nextInt(100),
          new PlantAttributes(
              species.botanical(),
              species.common(),
              variety,
              form.form,
              size.litres(),
              size.girth(),
              size.sizeClass(),
              true,
              species.passportForFinalUsers(),
              species.passportForFinalUsers()
                  ? "Plante hôte de Xylella fastidiosa : passeport avec code de traçabilité,"
                      + " même pour les particuliers."
                  : PASSPORT_PRO),
          form == Form.RN ? SellingSeason.bareRoot() : null,
          species.revenue());
    }
    if (draw < 94) {
      String[] s = SUPPLIES[random.nextInt(SUPPLIES.length)];
      BigDecimal jitter = BigDecimal.valueOf(95 + random.nextInt(11)).movePointLeft(2);
      return goods(
          "%s-%05d".formatted(s[0], n),
          s[1],
          s[2],
          Unit.valueOf(s[3]),
          c.supplies(),
          new BigDecimal(s[4]).multiply(jitter).setScale(2, RoundingMode.HALF_UP),
          new BigDecimal(s[5]),
          10 + random.nextInt(50));
    }
    String[] s = SERVICES[random.nextInt(SERVICES.length)];
    return service(
        "%s-%05d".formatted(s[0], n),
        s[1],
        null,
        Unit.valueOf(s[2]),
        c.services(),
        new BigDecimal(s[3]));
  }

  static String designation(Species species, @Nullable String variety, Form form, Size size) {
    return species.common()
        + " — "
        + species.botanical()
        + (variety == null ? "" : " '" + variety + "'")
        + ", "
        + form.label
        + " "
        + size.label();
  }

  /** The demo's staples (catalog demo, scenario §2), with its prices. */
  static ProductDraft staple(int n, Categories c) {
    return switch (n) {
      case 1 ->
          plant(
              "CHA-RN-6080",
              "Charmille — Carpinus betulus",
              c.plants(),
              new BigDecimal("1.35"),
              new BigDecimal("0.45"),
              HEDGING,
              300,
              new PlantAttributes(
                  "Carpinus betulus",
                  "Charmille",
                  null,
                  PlantForm.BARE_ROOT,
                  null,
                  null,
                  "60/80",
                  true,
                  false,
                  PASSPORT_PRO),
              SellingSeason.bareRoot(),
              RevenueKind.OWN_PRODUCTION);
      case 2 ->
          plant(
              "PHO-C4-6080",
              "Photinia × fraseri 'Red Robin'",
              c.plants(),
              new BigDecimal("12.50"),
              new BigDecimal("4.60"),
              HEDGING,
              50,
              new PlantAttributes(
                  "Photinia × fraseri",
                  "Photinia",
                  "Red Robin",
                  PlantForm.CONTAINER,
                  new BigDecimal("4"),
                  null,
                  "60/80",
                  true,
                  false,
                  PASSPORT_PRO),
              null,
              RevenueKind.OWN_PRODUCTION);
      case 3 ->
          plant(
              "TIL-T1214",
              "Tilleul à petites feuilles — Tilia cordata",
              c.plants(),
              new BigDecimal("189.00"),
              new BigDecimal("82.00"),
              null,
              5,
              new PlantAttributes(
                  "Tilia cordata",
                  "Tilleul à petites feuilles",
                  null,
                  PlantForm.STANDARD_TREE,
                  null,
                  "12/14",
                  "tige, motte grillagée",
                  true,
                  false,
                  PASSPORT_PRO),
              null,
              RevenueKind.OWN_PRODUCTION);
      case 4 ->
          goods(
              "TER-50L",
              "Terreau de plantation",
              "Sac de 50 L.",
              Unit.BAG,
              c.supplies(),
              new BigDecimal("8.50"),
              new BigDecimal("4.20"),
              50);
      case 5 ->
          service(
              "MO-PLANT",
              "Main-d'œuvre plantation",
              null,
              Unit.HOUR,
              c.services(),
              new BigDecimal("48.00"));
      case 6 ->
          fee(
              "LIV-Z1",
              "Livraison zone 1 (< 20 km)",
              "45.00",
              "Offerte aux professionnels au-delà de 1 500 € HT.");
      case 7 ->
          service(
              "GAR-EXT2",
              "Extension de garantie de reprise à 2 ans",
              "5 % de la valeur des végétaux ; prolonge d'un an la garantie de reprise"
                  + " gratuite d'un an.",
              Unit.PERCENT,
              c.services(),
              new BigDecimal("5"));
      case 8 -> fee("LIV-Z2", "Livraison zone 2 (20–50 km)", "85.00", null);
      case 9 -> fee("LIV-Z3", "Livraison zone 3 (50–100 km)", "130.00", null);
      default -> throw new IllegalArgumentException("no staple " + n);
    };
  }

  private static ProductDraft plant(
      String code,
      String designation,
      VatCategoryId category,
      BigDecimal price,
      BigDecimal cost,
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
        new UnitPrice(price.setScale(6)),
        new UnitPrice(cost.setScale(6)),
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
      BigDecimal price,
      BigDecimal cost,
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
        new UnitPrice(price.setScale(6)),
        new UnitPrice(cost.setScale(6)),
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
      BigDecimal price) {
    return new ProductDraft(
        code,
        designation,
        description,
        ProductKind.SERVICE,
        unit,
        category,
        false,
        RevenueKind.SERVICE,
        new UnitPrice(price.setScale(6)),
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

  private static Species hedge(
      String prefix,
      String common,
      String botanical,
      @Nullable String variety,
      String price,
      Form... forms) {
    return new Species(
        prefix,
        common,
        botanical,
        variety,
        HEDGING,
        List.of(forms),
        price,
        RevenueKind.OWN_PRODUCTION,
        false);
  }

  private static Species tree(
      String prefix, String common, String botanical, @Nullable String variety, String price) {
    return new Species(
        prefix,
        common,
        botanical,
        variety,
        "ARBRE",
        List.of(Form.T),
        price,
        RevenueKind.OWN_PRODUCTION,
        false);
  }

  private static Species fruit(
      String prefix, String common, String botanical, @Nullable String variety, String price) {
    return new Species(
        prefix,
        common,
        botanical,
        variety,
        "FRUITIER",
        List.of(Form.RN, Form.C),
        price,
        RevenueKind.OWN_PRODUCTION,
        false);
  }

  private static Species shrub(
      String prefix, String common, String botanical, @Nullable String variety, String price) {
    return new Species(
        prefix,
        common,
        botanical,
        variety,
        "ARBUSTE",
        List.of(Form.C),
        price,
        RevenueKind.OWN_PRODUCTION,
        false);
  }

  private static Species perennial(
      String prefix, String common, String botanical, @Nullable String variety, String price) {
    return new Species(
        prefix,
        common,
        botanical,
        variety,
        "VIVACE",
        List.of(Form.G, Form.C),
        price,
        RevenueKind.OWN_PRODUCTION,
        false);
  }

  /** The row of a product, with the columns {@code ProductRecord} writes. */
  static Object[] productRow(UUID id, UUID company, ProductDraft d, OffsetDateTime created) {
    PlantAttributes p = d.plant();
    SellingSeason s = d.season();
    return new Object[] {
      id,
      company,
      0,
      d.code(),
      d.designation(),
      d.description(),
      d.kind().name(),
      d.unit().name(),
      d.vatCategory() == null ? null : d.vatCategory().value(),
      d.followsGoods(),
      d.revenueKind().name(),
      d.salePrice().value(),
      d.costPrice() == null ? null : d.costPrice().value(),
      d.group(),
      d.stocked(),
      d.lowStockThreshold() == null ? null : d.lowStockThreshold().value(),
      p != null,
      p == null ? null : p.botanicalName(),
      p == null ? null : p.commonName(),
      p == null ? null : p.variety(),
      p == null || p.form() == null ? null : p.form().name(),
      p == null ? null : p.containerLitres(),
      p == null ? null : p.girthClass(),
      p == null ? null : p.sizeClass(),
      p != null && p.passportRequired(),
      p != null && p.passportForFinalUsers(),
      p == null ? null : p.passportNote(),
      s == null ? null : s.startText(),
      s == null ? null : s.endText(),
      false,
      created,
      ProductManagement.searchText(d)
    };
  }

  private static Object[] breakRow(UUID company, PriceBreak b, OffsetDateTime created) {
    return new Object[] {
      UUID.randomUUID(),
      company,
      b.priceListCode(),
      b.product() == null ? null : b.product().value(),
      b.productGroup(),
      b.minQuantity().value(),
      b.discount().value(),
      created
    };
  }
}
