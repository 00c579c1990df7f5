package org.pepin.catalog.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pepin.catalog.Lot;
import org.pepin.catalog.LotId;
import org.pepin.catalog.PlantAttributes;
import org.pepin.catalog.Product;
import org.pepin.catalog.ProductId;
import org.pepin.catalog.ProductKind;
import org.pepin.catalog.RevenueKind;
import org.pepin.catalog.Unit;
import org.pepin.catalog.VatCategory;
import org.pepin.catalog.VatCategoryId;
import org.pepin.catalog.product.ProductManagement;
import org.pepin.catalog.product.ProductRow;
import org.pepin.catalog.product.ProductSearch;
import org.pepin.catalog.product.VatCategoryManagement;
import org.pepin.catalog.stock.StockManagement;
import org.pepin.customers.Customers;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.CompanyId;
import org.pepin.platform.InputRejected;
import org.pepin.platform.Inputs;
import org.pepin.platform.LegalRates.VatKind;
import org.pepin.platform.Member;
import org.pepin.platform.PageQuery;
import org.pepin.platform.PageQuery.ApiPage;
import org.pepin.shared.InvalidValue;
import org.springframework.http.HttpStatus;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON API of the catalogue: products (list with the screen's filters, read, create, change,
 * archive), their stock and lots, the VAT they take at a date, VAT categories, stock receipts and
 * adjustments, the low-stock list. Bodies use the same fields as the screens' forms; errors are
 * problem documents with one French message per field.
 */
@RestController
@RequestMapping("/api/v1")
class CatalogApi {

  private final ProductManagement products;
  private final ProductSearch search;
  private final VatCategoryManagement categories;
  private final StockManagement stock;
  private final Customers customers;
  private final CompanyClock clock;

  CatalogApi(
      ProductManagement products,
      ProductSearch search,
      VatCategoryManagement categories,
      StockManagement stock,
      Customers customers,
      CompanyClock clock) {
    this.products = products;
    this.search = search;
    this.categories = categories;
    this.stock = stock;
    this.customers = customers;
    this.clock = clock;
  }

  /** A product as the API shows it. */
  record ProductResponse(
      UUID id,
      int version,
      String code,
      String designation,
      @Nullable String description,
      ProductKind kind,
      Unit unit,
      @Nullable UUID vatCategory,
      @Nullable String vatCategoryCode,
      boolean followsGoods,
      RevenueKind revenueKind,
      String revenueAccount,
      BigDecimal salePrice,
      @Nullable BigDecimal costPrice,
      @Nullable String group,
      boolean stocked,
      @Nullable BigDecimal lowStockThreshold,
      @Nullable PlantAttributes plant,
      @Nullable String seasonStart,
      @Nullable String seasonEnd,
      boolean archived) {}

  /** A VAT category with its rate on the date asked ({@code null} when the tables have none). */
  record VatCategoryResponse(
      UUID id,
      int version,
      String code,
      String name,
      @Nullable VatKind vatKind,
      @Nullable String exemptionCode,
      @Nullable String exemptionReason,
      String en16931Code,
      boolean archived,
      LocalDate date,
      @Nullable BigDecimal rate) {}

  /** The stock of a product with its lots and latest moves. */
  record StockResponse(
      UUID product,
      String code,
      BigDecimal onHand,
      BigDecimal reserved,
      BigDecimal available,
      @Nullable BigDecimal lowStockThreshold,
      List<LotResponse> lots,
      List<MoveResponse> moves) {}

  /** One move of the stock journal. */
  record MoveResponse(
      UUID id,
      LocalDate movedOn,
      String reason,
      @Nullable String adjustment,
      BigDecimal quantity,
      @Nullable String lot,
      @Nullable String reference,
      @Nullable String note) {}

  /** A lot with its plant-passport data. */
  record LotResponse(
      UUID id,
      String number,
      UUID product,
      String origin,
      @Nullable UUID supplier,
      LocalDate receivedOn,
      BigDecimal quantityReceived,
      BigDecimal quantityOnHand,
      @Nullable String botanicalName,
      @Nullable String operatorNumber,
      @Nullable String traceabilityCode,
      @Nullable String countryOfOrigin,
      @Nullable String note) {}

  /** The VAT a product takes on a date. */
  record VatResponse(
      UUID product,
      LocalDate date,
      boolean followsGoods,
      @Nullable BigDecimal rate,
      @Nullable String category,
      @Nullable String en16931Code,
      @Nullable String exemptionReason) {}

  // --- products ---

  /**
   * The product list, with the screen's filters; sort by {@code code}, {@code designation}, {@code
   * salePrice}, {@code onHand} or {@code createdAt}.
   */
  @GetMapping("/products")
  ApiPage<ProductRow> products(
      CompanyId company,
      @RequestParam(name = "q", required = false) @Nullable String q,
      @RequestParam(name = "kind", required = false) @Nullable String kind,
      @RequestParam(name = "vatCategory", required = false) @Nullable String vatCategory,
      @RequestParam(name = "form", required = false) @Nullable String form,
      @RequestParam(name = "group", required = false) @Nullable String group,
      @RequestParam(name = "inSeason", required = false) @Nullable Boolean inSeason,
      @RequestParam(name = "inStock", required = false) @Nullable Boolean inStock,
      @RequestParam(name = "status", required = false) @Nullable String status,
      @RequestParam(name = "page", required = false) @Nullable Integer page,
      @RequestParam(name = "size", required = false) @Nullable Integer size,
      @RequestParam(name = "sort", required = false) @Nullable String sort) {
    var params =
        new ProductController.ListParams(
            q, kind, vatCategory, form, group, inSeason, inStock, status, sort);
    var query =
        PageQuery.of(
            page,
            size,
            sort,
            List.copyOf(ProductSearch.SORTS.keySet()),
            ProductSearch.DEFAULT_SORT);
    return search.search(company, params.filter(), query);
  }

  @GetMapping("/products/{id}")
  ProductResponse product(CompanyId company, @PathVariable("id") ProductId id) {
    return response(company, products.get(company, id));
  }

  @PostMapping("/products")
  @ResponseStatus(HttpStatus.CREATED)
  ProductResponse create(CompanyId company, @RequestBody ProductForm body) {
    var errors = new DirectFieldBindingResult(body, "product");
    var draft = form(body.toDraft(errors), errors);
    try {
      return response(company, products.get(company, products.create(company, draft)));
    } catch (InvalidValue e) {
      throw rejected(body, ProductForm.fieldOf(e.code()), e);
    }
  }

  /** Changes a product as of {@code version}. */
  @PutMapping("/products/{id}")
  ProductResponse update(
      CompanyId company, @PathVariable("id") ProductId id, @RequestBody ProductForm body) {
    products.get(company, id);
    var errors = new DirectFieldBindingResult(body, "product");
    var draft = form(body.toDraft(errors), errors);
    try {
      products.update(company, id, body.version() == null ? -1 : body.version(), draft);
    } catch (InvalidValue e) {
      throw rejected(body, ProductForm.fieldOf(e.code()), e);
    }
    return response(company, products.get(company, id));
  }

  @PostMapping("/products/{id}/archive")
  ProductResponse archive(CompanyId company, @PathVariable("id") ProductId id) {
    products.archive(company, id);
    return response(company, products.get(company, id));
  }

  @PostMapping("/products/{id}/restore")
  ProductResponse restore(CompanyId company, @PathVariable("id") ProductId id) {
    products.restore(company, id);
    return response(company, products.get(company, id));
  }

  @GetMapping("/products/{id}/stock")
  StockResponse productStock(CompanyId company, @PathVariable("id") ProductId id) {
    Product product = products.get(company, id);
    var level = stock.level(company, id);
    return new StockResponse(
        id.value(),
        product.code(),
        level.onHand().value(),
        level.reserved().value(),
        level.available().value(),
        product.lowStockThreshold() == null ? null : product.lowStockThreshold().value(),
        stock.lots(company, id).stream().map(CatalogApi::lot).toList(),
        stock.moves(company, id, 100).stream()
            .map(
                m ->
                    new MoveResponse(
                        m.id(),
                        m.movedOn(),
                        m.reason().name(),
                        m.adjustment() == null ? null : m.adjustment().name(),
                        m.quantity().value(),
                        m.lotNumber(),
                        m.reference(),
                        m.note()))
            .toList());
  }

  /** The VAT the product takes on {@code date} (today by default). */
  @GetMapping("/products/{id}/vat")
  VatResponse productVat(
      CompanyId company,
      @PathVariable("id") ProductId id,
      @RequestParam(name = "date", required = false) @Nullable String date) {
    LocalDate on = date == null || date.isBlank() ? clock.today(company) : StockForms.date(date);
    var vat = products.vat(company, id, on);
    return new VatResponse(
        id.value(),
        on,
        vat.followsGoods(),
        vat.rate() == null ? null : vat.rate().percent(),
        vat.category() == null ? null : vat.category().code(),
        vat.en16931Code(),
        vat.exemptionReason());
  }

  // --- VAT categories ---

  /** The company's VAT categories with their rate on {@code date} (today by default). */
  @GetMapping("/vat-categories")
  List<VatCategoryResponse> vatCategories(
      CompanyId company, @RequestParam(name = "date", required = false) @Nullable String date) {
    LocalDate on = date == null || date.isBlank() ? clock.today(company) : StockForms.date(date);
    return categories.list(company).stream().map(c -> response(company, c, on)).toList();
  }

  @GetMapping("/vat-categories/{id}")
  VatCategoryResponse vatCategory(
      CompanyId company,
      @PathVariable("id") VatCategoryId id,
      @RequestParam(name = "date", required = false) @Nullable String date) {
    LocalDate on = date == null || date.isBlank() ? clock.today(company) : StockForms.date(date);
    return response(company, categories.get(company, id), on);
  }

  @PostMapping("/vat-categories")
  @ResponseStatus(HttpStatus.CREATED)
  VatCategoryResponse createCategory(CompanyId company, @RequestBody VatCategoryForm body) {
    var errors = new DirectFieldBindingResult(body, "vatCategory");
    var draft = form(body.toDraft(errors), errors);
    try {
      var id = categories.create(company, draft);
      return response(company, categories.get(company, id), clock.today(company));
    } catch (InvalidValue e) {
      throw rejected(body, VatCategoryForm.fieldOf(e.code()), e);
    }
  }

  @PutMapping("/vat-categories/{id}")
  VatCategoryResponse updateCategory(
      CompanyId company, @PathVariable("id") VatCategoryId id, @RequestBody VatCategoryForm body) {
    categories.get(company, id);
    var errors = new DirectFieldBindingResult(body, "vatCategory");
    var draft = form(body.toDraft(errors), errors);
    try {
      categories.update(company, id, body.version() == null ? -1 : body.version(), draft);
    } catch (InvalidValue e) {
      throw rejected(body, VatCategoryForm.fieldOf(e.code()), e);
    }
    return response(company, categories.get(company, id), clock.today(company));
  }

  // --- stock ---

  /** Receives goods: creates a lot and raises the stock; answers the lot. */
  @PostMapping("/stock/receipts")
  @ResponseStatus(HttpStatus.CREATED)
  LotResponse receive(CompanyId company, Member member, @RequestBody StockForms.ReceiptForm body) {
    var errors = new DirectFieldBindingResult(body, "receipt");
    var receipt = form(body.toReceipt(company, customers, errors), errors);
    products.get(company, receipt.product());
    try {
      return lot(stock.lot(company, stock.receive(company, receipt, member.id())));
    } catch (InvalidValue e) {
      throw rejected(body, StockForms.ReceiptForm.fieldOf(e.code()), e);
    }
  }

  /** Records an inventory count of a product (or of one of its lots); answers the stock. */
  @PostMapping("/stock/adjustments")
  StockResponse adjust(
      CompanyId company, Member member, @RequestBody StockForms.AdjustmentForm body) {
    var errors = new DirectFieldBindingResult(body, "adjustment");
    var a = form(body.toAdjustment(errors), errors);
    products.get(company, a.product());
    try {
      stock.adjust(company, a.product(), a.lot(), a.counted(), a.reason(), a.note(), member.id());
    } catch (InvalidValue e) {
      throw rejected(body, StockForms.AdjustmentForm.fieldOf(e.code()), e);
    }
    return productStock(company, a.product());
  }

  /** Active stocked products under their low-stock threshold. */
  @GetMapping("/stock/low")
  List<ProductRow> lowStock(CompanyId company) {
    return search.lowStock(company);
  }

  @GetMapping("/stock/lots/{id}")
  LotResponse lotOf(CompanyId company, @PathVariable("id") LotId id) {
    return lot(stock.lot(company, id));
  }

  // --- helpers ---

  private static <T> T form(@Nullable T parsed, DirectFieldBindingResult errors) {
    Inputs.check(errors);
    if (parsed == null) {
      throw new InputRejected(errors);
    }
    return parsed;
  }

  private static InputRejected rejected(Object body, @Nullable String field, InvalidValue e) {
    var errors = new DirectFieldBindingResult(body, "body");
    Inputs.reject(errors, field, e);
    return new InputRejected(errors);
  }

  private ProductResponse response(CompanyId company, Product p) {
    VatCategory category =
        p.vatCategory() == null ? null : categories.find(company, p.vatCategory()).orElse(null);
    return new ProductResponse(
        p.id().value(),
        p.version(),
        p.code(),
        p.designation(),
        p.description(),
        p.kind(),
        p.unit(),
        p.vatCategory() == null ? null : p.vatCategory().value(),
        category == null ? null : category.code(),
        p.followsGoods(),
        p.revenueKind(),
        p.revenueKind().account(),
        p.salePrice().value(),
        p.costPrice() == null ? null : p.costPrice().value(),
        p.group(),
        p.stocked(),
        p.lowStockThreshold() == null ? null : p.lowStockThreshold().value(),
        p.plant(),
        p.season() == null ? null : p.season().startText(),
        p.season() == null ? null : p.season().endText(),
        p.archived());
  }

  private VatCategoryResponse response(CompanyId company, VatCategory c, LocalDate on) {
    var rate = categories.rateOrNull(company, c, on);
    return new VatCategoryResponse(
        c.id().value(),
        c.version(),
        c.code(),
        c.name(),
        c.vatKind(),
        c.exemptionCode(),
        c.exemptionReason(),
        c.en16931Code(),
        c.archived(),
        on,
        rate == null ? null : rate.percent());
  }

  static LotResponse lot(Lot l) {
    return new LotResponse(
        l.id().value(),
        l.number(),
        l.product().value(),
        l.origin().name(),
        l.supplier() == null ? null : l.supplier().value(),
        l.receivedOn(),
        l.quantityReceived().value(),
        l.quantityOnHand().value(),
        l.botanicalName(),
        l.operatorNumber(),
        l.traceabilityCode(),
        l.countryOfOrigin(),
        l.note());
  }
}
