package org.pepin.catalog.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pepin.catalog.PriceList;
import org.pepin.catalog.PriceListId;
import org.pepin.catalog.PriceStep;
import org.pepin.catalog.Product;
import org.pepin.catalog.Products;
import org.pepin.catalog.ResolvedPrice;
import org.pepin.catalog.pricing.CustomerPrice;
import org.pepin.catalog.pricing.PriceBreak;
import org.pepin.catalog.pricing.PriceListDraft;
import org.pepin.catalog.pricing.PriceListManagement;
import org.pepin.catalog.pricing.PriceResolver;
import org.pepin.customers.CustomerId;
import org.pepin.customers.CustomerView;
import org.pepin.customers.Customers;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.CompanyId;
import org.pepin.platform.ExportFormat;
import org.pepin.platform.Exports;
import org.pepin.platform.PageQuery;
import org.pepin.platform.PageQuery.ApiPage;
import org.pepin.platform.ResourceNotFound;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.Percentage;
import org.pepin.shared.Quantity;
import org.pepin.shared.UnitPrice;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
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
 * JSON API of pricing: price lists and their prices, quantity breaks, a customer's list and prices,
 * and "explain this price" ({@code GET /api/v1/pricing/explain}).
 */
@RestController
@RequestMapping("/api/v1")
class PricingApi {

  private final PriceListManagement lists;
  private final PriceResolver resolver;
  private final Products products;
  private final Customers customers;
  private final CompanyClock clock;
  private final MessageSource messages;
  private final Exports exports;

  PricingApi(
      PriceListManagement lists,
      PriceResolver resolver,
      Products products,
      Customers customers,
      CompanyClock clock,
      MessageSource messages,
      Exports exports) {
    this.lists = lists;
    this.resolver = resolver;
    this.products = products;
    this.customers = customers;
    this.clock = clock;
    this.messages = messages;
    this.exports = exports;
  }

  /** A price-list version; {@code prices} only on the version's own route. */
  record PriceListResponse(
      UUID id,
      int version,
      String code,
      String name,
      boolean includesVat,
      @Nullable String parentCode,
      @Nullable BigDecimal adjustment,
      @Nullable LocalDate validFrom,
      @Nullable LocalDate validTo,
      boolean archived,
      long customers,
      @Nullable List<PriceResponse> prices) {}

  /** An explicit price of a product in a list, in the list's basis. */
  record PriceResponse(String product, String designation, BigDecimal price) {}

  /** Creates or changes a list version; {@code version} is required to change one. */
  record PriceListRequest(
      @Nullable Integer version,
      @Nullable String code,
      @Nullable String name,
      @Nullable Boolean includesVat,
      @Nullable String parentCode,
      @Nullable String adjustment,
      @Nullable String validFrom,
      @Nullable String validTo) {}

  /** Sets a product's price in a list (decimal as text or number). */
  record PriceRequest(@Nullable String price) {}

  record BreakResponse(
      UUID id,
      @Nullable String priceList,
      @Nullable String product,
      @Nullable String group,
      BigDecimal minQuantity,
      BigDecimal discount) {}

  record BreakRequest(
      @Nullable String priceList,
      @Nullable String product,
      @Nullable String group,
      @Nullable String minQuantity,
      @Nullable String discount) {}

  record CustomerPricingResponse(
      UUID customer, String code, @Nullable String priceList, List<CustomerPriceResponse> prices) {}

  record CustomerPriceResponse(
      UUID id,
      String product,
      String designation,
      BigDecimal price,
      @Nullable LocalDate validFrom,
      @Nullable LocalDate validTo) {}

  record AssignRequest(@Nullable String priceList) {}

  record CustomerPriceRequest(
      @Nullable String product,
      @Nullable String price,
      @Nullable String validFrom,
      @Nullable String validTo) {}

  /** One step of an explanation, with its text in the request's language. */
  record StepResponse(
      PriceStep.Kind kind,
      String text,
      @Nullable String reference,
      @Nullable BigDecimal percentage,
      @Nullable BigDecimal vatRate,
      BigDecimal price,
      boolean includesVat) {}

  /** "Explain this price". */
  record ExplainResponse(
      String product,
      @Nullable String customer,
      BigDecimal quantity,
      LocalDate date,
      @Nullable String priceList,
      @Nullable String priceListName,
      BigDecimal unitPrice,
      boolean includesVat,
      List<BigDecimal> discounts,
      @Nullable BigDecimal vatRate,
      String lineKind,
      boolean percentOfLines,
      BigDecimal netUnitPrice,
      List<StepResponse> steps) {}

  // --- price lists ---------------------------------------------------------------------------

  private static final Map<String, Comparator<PriceListResponse>> LIST_SORTS =
      Map.of(
          "code", Comparator.comparing(PriceListResponse::code),
          "name", Comparator.comparing(PriceListResponse::name, String.CASE_INSENSITIVE_ORDER),
          "validFrom",
              Comparator.comparing(
                  PriceListResponse::validFrom, Comparator.nullsFirst(Comparator.naturalOrder())));

  /** The list versions; sort by {@code code}, {@code name} or {@code validFrom}. */
  @GetMapping("/price-lists")
  ApiPage<PriceListResponse> lists(
      CompanyId company,
      @RequestParam(name = "page", required = false) @Nullable Integer page,
      @RequestParam(name = "size", required = false) @Nullable Integer size,
      @RequestParam(name = "sort", required = false) @Nullable String sort) {
    PageQuery query = PageQuery.of(page, size, sort, List.copyOf(LIST_SORTS.keySet()), "code");
    return query.page(
        lists.lists(company).stream().map(l -> response(company, l, false)).toList(), LIST_SORTS);
  }

  @GetMapping("/price-lists/{id}")
  PriceListResponse list(CompanyId company, @PathVariable("id") PriceListId id) {
    return response(company, lists.get(company, id), true);
  }

  @PostMapping("/price-lists")
  @ResponseStatus(HttpStatus.CREATED)
  PriceListResponse create(CompanyId company, @RequestBody PriceListRequest request) {
    PriceListId id = lists.create(company, draft(request));
    return response(company, lists.get(company, id), true);
  }

  @PutMapping("/price-lists/{id}")
  PriceListResponse update(
      CompanyId company,
      @PathVariable("id") PriceListId id,
      @RequestBody PriceListRequest request) {
    lists.get(company, id);
    if (request.version() == null) {
      throw new InvalidValue("pricing.version-required", "version required");
    }
    lists.update(company, id, request.version(), draft(request));
    return response(company, lists.get(company, id), true);
  }

  @GetMapping("/price-lists/{id}/export.{format}")
  void export(
      CompanyId company,
      @PathVariable("id") PriceListId id,
      @PathVariable("format") String format,
      jakarta.servlet.http.HttpServletResponse response)
      throws IOException {
    PriceList list = lists.get(company, id);
    ExportFormat chosen =
        ExportFormat.parse(format).orElseThrow(() -> new ResourceNotFound("export", format));
    response.setContentType(chosen.contentType());
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment()
            .filename(
                "tarif-" + list.code().toLowerCase(Locale.ROOT) + "." + chosen.extension(),
                java.nio.charset.StandardCharsets.UTF_8)
            .build()
            .toString());
    exports.write(
        org.pepin.catalog.pricing.PriceImports.TABLE,
        chosen,
        LocaleContextHolder.getLocale(),
        response.getOutputStream(),
        org.pepin.catalog.pricing.PriceImports.rows(list, lists.items(company, id)));
  }

  @PutMapping("/price-lists/{id}/prices/{product}")
  PriceListResponse setPrice(
      CompanyId company,
      @PathVariable("id") PriceListId id,
      @PathVariable("product") String product,
      @RequestBody PriceRequest request) {
    lists.get(company, id);
    Product p = PricingForms.product(products, company, product);
    if (request.price() == null || request.price().isBlank()) {
      throw new InvalidValue("pricing.price-required", "price required");
    }
    lists.setPrice(company, id, p.id(), new UnitPrice(PricingForms.decimal(request.price())));
    return response(company, lists.get(company, id), true);
  }

  @DeleteMapping("/price-lists/{id}/prices/{product}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void removePrice(
      CompanyId company,
      @PathVariable("id") PriceListId id,
      @PathVariable("product") String product) {
    lists.get(company, id);
    Product p =
        products
            .findByCode(company, product.length() > 30 ? "" : product)
            .orElseThrow(() -> new ResourceNotFound("product", product));
    lists.removePrice(company, id, p.id());
  }

  private PriceListResponse response(CompanyId company, PriceList l, boolean withPrices) {
    return new PriceListResponse(
        l.id().value(),
        l.version(),
        l.code(),
        l.name(),
        l.includesVat(),
        l.parentCode(),
        l.adjustment() == null ? null : l.adjustment().stripTrailingZeros(),
        l.validFrom(),
        l.validTo(),
        l.archived(),
        lists.assignedCount(company, l.code()),
        withPrices
            ? lists.items(company, l.id()).stream()
                .map(
                    i ->
                        new PriceResponse(
                            i.code(), i.designation(), i.price().value().stripTrailingZeros()))
                .toList()
            : null);
  }

  private static PriceListDraft draft(PriceListRequest r) {
    return new PriceListDraft(
        r.code() == null ? "" : r.code(),
        r.name() == null ? "" : r.name(),
        Boolean.TRUE.equals(r.includesVat()),
        r.parentCode(),
        PricingForms.optionalDecimal(r.adjustment()),
        PricingForms.optionalDate(r.validFrom()),
        PricingForms.optionalDate(r.validTo()));
  }

  // --- breaks ---------------------------------------------------------------------------------

  @GetMapping("/price-breaks")
  List<BreakResponse> breaks(CompanyId company) {
    return lists.breaks(company).stream().map(b -> response(company, b)).toList();
  }

  @PostMapping("/price-breaks")
  @ResponseStatus(HttpStatus.CREATED)
  BreakResponse addBreak(CompanyId company, @RequestBody BreakRequest r) {
    PriceBreak priceBreak =
        priceBreak(
            products,
            company,
            r.priceList(),
            r.product(),
            r.group(),
            r.minQuantity(),
            r.discount());
    UUID id = lists.addBreak(company, priceBreak);
    return response(
        company,
        new PriceBreak(
            id,
            priceBreak.priceListCode(),
            priceBreak.product(),
            priceBreak.productGroup(),
            priceBreak.minQuantity(),
            priceBreak.discount()));
  }

  @DeleteMapping("/price-breaks/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void deleteBreak(CompanyId company, @PathVariable("id") UUID id) {
    lists.deleteBreak(company, id);
  }

  private BreakResponse response(CompanyId company, PriceBreak b) {
    return new BreakResponse(
        b.id() == null ? new UUID(0, 0) : b.id(),
        b.priceListCode(),
        b.product() == null
            ? null
            : products.find(company, b.product()).map(Product::code).orElse(null),
        b.productGroup(),
        b.minQuantity().value().stripTrailingZeros(),
        b.discount().value().stripTrailingZeros());
  }

  /** A break from text fields (web form and API). */
  static PriceBreak priceBreak(
      Products products,
      CompanyId company,
      @Nullable String priceList,
      @Nullable String product,
      @Nullable String group,
      @Nullable String minQuantity,
      @Nullable String discount) {
    if (minQuantity == null || minQuantity.isBlank()) {
      throw new InvalidValue("price-break.quantity", "first quantity required", "");
    }
    if (discount == null || discount.isBlank()) {
      throw new InvalidValue("percentage.range", "discount required", "");
    }
    Product p =
        product == null || product.isBlank()
            ? null
            : PricingForms.product(products, company, product);
    String g = group == null || group.isBlank() ? null : group.strip();
    if (g != null && !PriceListDraft.normaliseCode(g).matches("[A-Z0-9][A-Z0-9_-]{0,19}")) {
      throw new InvalidValue("product.group-format", "bad group", g);
    }
    return new PriceBreak(
        null,
        priceList,
        p == null ? null : p.id(),
        g,
        new Quantity(PricingForms.decimal(minQuantity)),
        new Percentage(PricingForms.decimal(discount)));
  }

  // --- customers ------------------------------------------------------------------------------

  @GetMapping("/customers/{id}/pricing")
  CustomerPricingResponse customer(CompanyId company, @PathVariable("id") CustomerId id) {
    CustomerView customer = customers.get(company, id);
    return new CustomerPricingResponse(
        id.value(),
        customer.code(),
        lists.assigned(company, id).orElse(null),
        lists.customerPriceRows(company, id).stream()
            .map(
                r ->
                    new CustomerPriceResponse(
                        r.id(),
                        r.code(),
                        r.designation(),
                        r.price().value().stripTrailingZeros(),
                        r.validFrom(),
                        r.validTo()))
            .toList());
  }

  @PutMapping("/customers/{id}/price-list")
  CustomerPricingResponse assign(
      CompanyId company, @PathVariable("id") CustomerId id, @RequestBody AssignRequest request) {
    lists.assign(company, id, request.priceList());
    return customer(company, id);
  }

  @PostMapping("/customers/{id}/customer-prices")
  @ResponseStatus(HttpStatus.CREATED)
  CustomerPricingResponse addCustomerPrice(
      CompanyId company,
      @PathVariable("id") CustomerId id,
      @RequestBody CustomerPriceRequest request) {
    customers.get(company, id);
    lists.addCustomerPrice(
        company,
        customerPrice(
            products,
            company,
            id,
            request.product(),
            request.price(),
            request.validFrom(),
            request.validTo()));
    return customer(company, id);
  }

  @DeleteMapping("/customers/{id}/customer-prices/{priceId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void deleteCustomerPrice(
      CompanyId company, @PathVariable("id") CustomerId id, @PathVariable("priceId") UUID priceId) {
    customers.get(company, id);
    lists.deleteCustomerPrice(company, id, priceId);
  }

  /** A customer price from text fields (web form and API). */
  static CustomerPrice customerPrice(
      Products products,
      CompanyId company,
      CustomerId customer,
      @Nullable String product,
      @Nullable String price,
      @Nullable String validFrom,
      @Nullable String validTo) {
    Product p = PricingForms.product(products, company, product);
    if (price == null || price.isBlank()) {
      throw new InvalidValue("pricing.price-required", "price required");
    }
    return new CustomerPrice(
        null,
        customer,
        p.id(),
        new UnitPrice(PricingForms.decimal(price)),
        PricingForms.optionalDate(validFrom),
        PricingForms.optionalDate(validTo));
  }

  // --- explain --------------------------------------------------------------------------------

  /**
   * "Explain this price": {@code product} (code, required), {@code customer} (code, optional),
   * {@code quantity} (default 1), {@code date} (default today, {@code 29/11/2026} or ISO).
   */
  @GetMapping("/pricing/explain")
  ExplainResponse explain(
      CompanyId company,
      @RequestParam(name = "product", required = false) @Nullable String product,
      @RequestParam(name = "customer", required = false) @Nullable String customer,
      @RequestParam(name = "quantity", required = false) @Nullable String quantity,
      @RequestParam(name = "date", required = false) @Nullable String date) {
    ResolvedPrice price =
        explain(company, products, customers, resolver, clock, product, customer, quantity, date);
    Locale locale = LocaleContextHolder.getLocale();
    String customerCode =
        price.customer() == null ? null : customers.get(company, price.customer()).code();
    return new ExplainResponse(
        price.productCode(),
        customerCode,
        price.quantity().value(),
        price.date(),
        price.priceListCode(),
        price.priceListName(),
        price.unitPrice().value().stripTrailingZeros(),
        price.includesVat(),
        price.discounts().stream().map(d -> d.value().stripTrailingZeros()).toList(),
        price.vatRate() == null ? null : price.vatRate().percent().stripTrailingZeros(),
        price.lineKind().name(),
        price.percentOfLines(),
        price.netUnitPrice().value(),
        price.steps().stream()
            .map(
                s ->
                    new StepResponse(
                        s.kind(),
                        text(s, locale),
                        s.reference(),
                        s.percentage() == null ? null : s.percentage().value().stripTrailingZeros(),
                        s.rate() == null ? null : s.rate().percent().stripTrailingZeros(),
                        s.price().value(),
                        s.includesVat()))
            .toList());
  }

  private String text(PriceStep step, Locale locale) {
    PricingFormats fmt = new PricingFormats();
    return messages.getMessage(
        "pricing.step." + step.kind(),
        new Object[] {
          step.reference() == null ? "" : step.reference(),
          fmt.percent(step.percentage()),
          step.rate() == null ? "" : fmt.plain(step.rate().percent()),
          fmt.price(step.price()),
          messages.getMessage(
              step.includesVat() ? "pricing.incl-vat" : "pricing.excl-vat", null, locale)
        },
        locale);
  }

  /** Resolves the price named by text parameters (web page and API). */
  static ResolvedPrice explain(
      CompanyId company,
      Products products,
      Customers customers,
      PriceResolver resolver,
      CompanyClock clock,
      @Nullable String product,
      @Nullable String customer,
      @Nullable String quantity,
      @Nullable String date) {
    Product p = PricingForms.product(products, company, product);
    CustomerId buyer =
        customer == null || customer.isBlank()
            ? null
            : PricingForms.customer(customers, company, customer).id();
    Quantity qty =
        quantity == null || quantity.isBlank()
            ? Quantity.of(1)
            : new Quantity(PricingForms.decimal(quantity));
    LocalDate at = date == null || date.isBlank() ? clock.today(company) : PricingForms.date(date);
    return resolver.price(company, p.id(), buyer, qty, at);
  }
}
