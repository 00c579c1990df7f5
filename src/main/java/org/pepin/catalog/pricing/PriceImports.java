package org.pepin.catalog.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.pepin.catalog.PriceList;
import org.pepin.catalog.Product;
import org.pepin.catalog.Products;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.CompanyId;
import org.pepin.platform.ExportTable;
import org.pepin.platform.ImportContext;
import org.pepin.platform.ImportField;
import org.pepin.platform.ImportLine;
import org.pepin.platform.ImportOutcome;
import org.pepin.platform.Importer;
import org.pepin.platform.Role;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.UnitPrice;
import org.springframework.stereotype.Component;

/**
 * Imports explicit prices into price lists (Paramètres › Imports, type {@code prices}), and the
 * matching export of a list's prices: the export's headers are the import's field labels, so an
 * exported file imports back unchanged. Key: list code + product code; the price goes into the
 * list's version valid today (else its latest version). Rules as for the editor ({@code
 * price-list.unknown}, {@code pricing.product-unknown}, {@code price-list.price-negative}, {@code
 * price-list.price-ttc-scale}...).
 */
@Component
public class PriceImports implements Importer {

  static final ImportField<String> LIST =
      ImportField.text("priceList", "pricing.field.priceList")
          .required()
          .synonyms("tarif", "code tarif", "liste de prix", "price list");
  static final ImportField<String> PRODUCT =
      ImportField.text("product", "pricing.field.product")
          .required()
          .synonyms("article", "code article", "référence", "product code");
  static final ImportField<BigDecimal> PRICE =
      ImportField.decimal("price", "pricing.field.price")
          .required()
          .synonyms("prix", "prix unitaire", "unit price");

  /** One exported price. */
  public record Row(
      String priceList, String product, String designation, String price, String basis) {}

  /** The export of a list's prices, with the import's headers. */
  public static final ExportTable<Row> TABLE =
      ExportTable.<Row>titled("pricing.export.title")
          .text("pricing.field.priceList", Row::priceList)
          .text("pricing.field.product", Row::product)
          .text("pricing.field.designation", Row::designation)
          .text("pricing.field.price", Row::price)
          .text("pricing.field.basis", Row::basis);

  /** The rows of a list version's explicit prices (price as plain decimal, French comma). */
  public static List<Row> rows(PriceList list, List<PriceListManagement.Item> items) {
    return items.stream()
        .map(
            i ->
                new Row(
                    list.code(),
                    i.code(),
                    i.designation(),
                    i.price().value().stripTrailingZeros().toPlainString().replace('.', ','),
                    list.includesVat() ? "TTC" : "HT"))
        .toList();
  }

  private final PriceListManagement lists;
  private final Products products;
  private final CompanyClock clock;

  PriceImports(PriceListManagement lists, Products products, CompanyClock clock) {
    this.lists = lists;
    this.products = products;
    this.clock = clock;
  }

  @Override
  public String type() {
    return "prices";
  }

  @Override
  public String labelKey() {
    return "import.type.prices";
  }

  @Override
  public Set<Role> roles() {
    return Set.of(Role.ADMIN, Role.MANAGER);
  }

  @Override
  public List<ImportField<?>> fields() {
    return List.of(LIST, PRODUCT, PRICE);
  }

  @Override
  public List<ImportField<?>> key() {
    return List.of(LIST, PRODUCT);
  }

  @Override
  public ImportOutcome check(ImportContext context, ImportLine line) {
    return run(context.company(), line, false);
  }

  @Override
  public ImportOutcome apply(ImportContext context, ImportLine line) {
    return run(context.company(), line, true);
  }

  @Override
  public @Nullable ImportField<?> fieldOf(InvalidValue rule) {
    String code = rule.code();
    if (code.startsWith("price-list.unknown")) return LIST;
    if (code.equals("pricing.product-unknown")) return PRODUCT;
    if (code.startsWith("price-list.price") || code.startsWith("unit-price")) return PRICE;
    return null;
  }

  private ImportOutcome run(CompanyId company, ImportLine line, boolean write) {
    String code = PriceListDraft.normaliseCode(line.get(LIST));
    LocalDate today = clock.today(company);
    List<PriceList> versions = lists.versions(company, code);
    PriceList list =
        versions.stream()
            .filter(l -> l.validOn(today))
            .findFirst()
            .or(
                () ->
                    versions.isEmpty()
                        ? Optional.empty()
                        : Optional.of(versions.get(versions.size() - 1)))
            .orElseThrow(() -> new InvalidValue("price-list.unknown", "no list " + code, code));
    String productCode = line.get(PRODUCT) == null ? "" : line.get(PRODUCT).strip();
    Product product =
        products
            .findByCode(company, productCode.length() > 30 ? "" : productCode)
            .orElseThrow(
                () ->
                    new InvalidValue(
                        "pricing.product-unknown", "no product " + productCode, productCode));
    BigDecimal value = line.get(PRICE);
    UnitPrice price = new UnitPrice(value == null ? BigDecimal.ZERO : value);
    lists.checkPrice(company, list.id(), product.id(), price);
    Optional<UnitPrice> current = lists.itemPrice(company, list.id(), product.id());
    if (current.isPresent() && current.get().value().compareTo(price.value()) == 0) {
      return ImportOutcome.UNCHANGED;
    }
    if (write) {
      lists.setPrice(company, list.id(), product.id(), price);
    }
    return current.isPresent() ? ImportOutcome.UPDATED : ImportOutcome.CREATED;
  }
}
