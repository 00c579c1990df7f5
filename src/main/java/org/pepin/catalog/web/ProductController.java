package org.pepin.catalog.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pepin.catalog.Product;
import org.pepin.catalog.ProductId;
import org.pepin.catalog.VatCategory;
import org.pepin.catalog.product.ProductFilter;
import org.pepin.catalog.product.ProductManagement;
import org.pepin.catalog.product.ProductPhotoManagement;
import org.pepin.catalog.product.ProductSearch;
import org.pepin.catalog.product.VatCategoryManagement;
import org.pepin.catalog.stock.StockManagement;
import org.pepin.platform.ChangeHistory;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.CompanyId;
import org.pepin.platform.ConcurrentModification;
import org.pepin.platform.ExportFormat;
import org.pepin.platform.Exports;
import org.pepin.platform.Inputs;
import org.pepin.platform.Member;
import org.pepin.platform.PageQuery;
import org.pepin.platform.ResourceNotFound;
import org.pepin.shared.InvalidValue;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The product list, product page and product form. */
@Controller
@RequestMapping("/catalog/products")
class ProductController {

  static final int PAGE_SIZE = 50;
  static final int HISTORY_SHOWN = 50;
  static final int MOVES_SHOWN = 30;

  private final ProductManagement products;
  private final ProductSearch search;
  private final VatCategoryManagement categories;
  private final StockManagement stock;
  private final ChangeHistory history;
  private final CompanyClock clock;
  private final Exports exports;
  private final CatalogFormats fmt;
  private final org.pepin.customers.Customers customers;
  private final ProductPhotoManagement photos;

  ProductController(
      ProductManagement products,
      ProductSearch search,
      VatCategoryManagement categories,
      StockManagement stock,
      ChangeHistory history,
      CompanyClock clock,
      Exports exports,
      CatalogFormats fmt,
      org.pepin.customers.Customers customers,
      ProductPhotoManagement photos) {
    this.products = products;
    this.search = search;
    this.categories = categories;
    this.stock = stock;
    this.history = history;
    this.clock = clock;
    this.exports = exports;
    this.fmt = fmt;
    this.customers = customers;
    this.photos = photos;
  }

  @ModelAttribute
  void choices(Model model) {
    model.addAttribute("kinds", org.pepin.catalog.ProductKind.values());
    model.addAttribute("forms", org.pepin.catalog.PlantForm.values());
    model.addAttribute("units", org.pepin.catalog.Unit.values());
    model.addAttribute("revenueKinds", org.pepin.catalog.RevenueKind.values());
    model.addAttribute("statuses", ProductFilter.Status.values());
  }

  /** The list's filters as request parameters. */
  record ListParams(
      @Nullable String q,
      @Nullable String kind,
      @Nullable String vatCategory,
      @Nullable String form,
      @Nullable String group,
      @Nullable Boolean inSeason,
      @Nullable Boolean inStock,
      @Nullable String status,
      @Nullable String sort) {

    ProductFilter filter() {
      return new ProductFilter(
          q,
          CatalogForms.clean(kind) == null
              ? null
              : CatalogForms.choice(org.pepin.catalog.ProductKind.class).apply(kind),
          CatalogForms.clean(vatCategory) == null
              ? null
              : CatalogForms.id(org.pepin.catalog.VatCategoryId::new).apply(vatCategory),
          CatalogForms.clean(form) == null
              ? null
              : CatalogForms.choice(org.pepin.catalog.PlantForm.class).apply(form),
          group,
          Boolean.TRUE.equals(inSeason),
          Boolean.TRUE.equals(inStock),
          ProductFilter.status(status));
    }
  }

  @GetMapping
  String list(
      CompanyId company,
      Member member,
      @ModelAttribute("params") ListParams params,
      @RequestParam(name = "page", required = false) @Nullable Integer page,
      Model model) {
    var query =
        PageQuery.of(
            page,
            PAGE_SIZE,
            params.sort(),
            List.copyOf(ProductSearch.SORTS.keySet()),
            ProductSearch.DEFAULT_SORT);
    var result = search.search(company, params.filter(), query);
    model.addAttribute("result", result);
    model.addAttribute(
        "mainPhotos",
        photos.mainPhotos(company, result.content().stream().map(p -> p.id().value()).toList()));
    model.addAttribute("categories", categories.list(company));
    model.addAttribute("canEdit", CatalogRoutes.canEditProducts(member));
    return "catalog/products";
  }

  @GetMapping("/export.{format}")
  void export(
      CompanyId company,
      @PathVariable("format") String format,
      @ModelAttribute("params") ListParams params,
      HttpServletResponse response)
      throws IOException {
    ExportFormat chosen =
        ExportFormat.parse(format).orElseThrow(() -> new ResourceNotFound("export", format));
    var filter = params.filter();
    String sort =
        ProductSearch.SORTS.containsKey(String.valueOf(params.sort()))
            ? params.sort()
            : ProductSearch.DEFAULT_SORT;
    var locale = LocaleContextHolder.getLocale();
    response.setContentType(chosen.contentType());
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment()
            .filename(
                exports.fileName(ProductTables.PRODUCTS, chosen, locale, clock.today(company)),
                StandardCharsets.UTF_8)
            .build()
            .toString());
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    exports.write(
        ProductTables.PRODUCTS,
        chosen,
        locale,
        response.getOutputStream(),
        sink -> search.forEach(company, filter, sort, true, sink));
  }

  @GetMapping("/new")
  String create(CompanyId company, Model model) {
    model.addAttribute("form", ProductForm.blank());
    return editor(company, null, model);
  }

  @PostMapping
  String create(
      CompanyId company,
      @ModelAttribute("form") ProductForm form,
      Model model,
      RedirectAttributes redirect) {
    var errors = CatalogForms.errors(model, form);
    var draft = form.toDraft(errors);
    if (draft != null) {
      try {
        ProductId id = products.create(company, draft);
        redirect.addFlashAttribute("toast", "toast.product-created");
        return "redirect:/catalog/products/" + id;
      } catch (InvalidValue e) {
        Inputs.reject(errors, ProductForm.fieldOf(e.code()), e);
      }
    }
    return editor(company, null, model);
  }

  @GetMapping("/{id}")
  String show(CompanyId company, Member member, @PathVariable("id") ProductId id, Model model) {
    Product product = products.get(company, id);
    var today = clock.today(company);
    model.addAttribute("product", product);
    model.addAttribute("today", today);
    VatCategory category =
        product.vatCategory() == null ? null : categories.get(company, product.vatCategory());
    model.addAttribute("category", category);
    model.addAttribute(
        "rate", category == null ? null : categories.rateOrNull(company, category, today));
    model.addAttribute("level", stock.level(company, id));
    var lots = product.stocked() ? stock.lots(company, id) : List.<org.pepin.catalog.Lot>of();
    model.addAttribute("lots", lots);
    var suppliers = new java.util.HashMap<org.pepin.customers.CustomerId, String>();
    for (var lot : lots) {
      if (lot.supplier() != null) {
        customers
            .find(company, lot.supplier())
            .ifPresent(c -> suppliers.put(lot.supplier(), c.code() + " " + c.name()));
      }
    }
    model.addAttribute("suppliers", suppliers);
    model.addAttribute(
        "moves", product.stocked() ? stock.moves(company, id, MOVES_SHOWN) : List.of());
    model.addAttribute("photos", photos.list(company, id));
    model.addAttribute("maxPhotos", ProductPhotoManagement.MAX_PHOTOS);
    model.addAttribute("history", history.of(company, ProductManagement.ENTITY, id, HISTORY_SHOWN));
    model.addAttribute("canEdit", CatalogRoutes.canEditProducts(member));
    model.addAttribute("canStock", CatalogRoutes.canMoveStock(member));
    return "catalog/product";
  }

  @GetMapping("/{id}/edit")
  String edit(CompanyId company, @PathVariable("id") ProductId id, Model model) {
    Product product = products.get(company, id);
    model.addAttribute("form", ProductForm.of(product, fmt));
    return editor(company, product, model);
  }

  @PostMapping("/{id}")
  String update(
      CompanyId company,
      @PathVariable("id") ProductId id,
      @ModelAttribute("form") ProductForm form,
      Model model,
      RedirectAttributes redirect) {
    Product product = products.get(company, id);
    var errors = CatalogForms.errors(model, form);
    var draft = form.toDraft(errors);
    if (draft != null) {
      try {
        products.update(company, id, form.version() == null ? -1 : form.version(), draft);
        redirect.addFlashAttribute("toast", "toast.saved");
        return "redirect:/catalog/products/" + id;
      } catch (ConcurrentModification e) {
        errors.reject("error.concurrent");
      } catch (InvalidValue e) {
        Inputs.reject(errors, ProductForm.fieldOf(e.code()), e);
      }
    }
    return editor(company, product, model);
  }

  @PostMapping("/{id}/archive")
  String archive(CompanyId company, @PathVariable("id") ProductId id, RedirectAttributes redirect) {
    products.archive(company, id);
    redirect.addFlashAttribute("toast", "toast.product-archived");
    return "redirect:/catalog/products/" + id;
  }

  @PostMapping("/{id}/restore")
  String restore(CompanyId company, @PathVariable("id") ProductId id, RedirectAttributes redirect) {
    products.restore(company, id);
    redirect.addFlashAttribute("toast", "toast.product-restored");
    return "redirect:/catalog/products/" + id;
  }

  private String editor(CompanyId company, @Nullable Product product, Model model) {
    model.addAttribute("product", product);
    model.addAttribute(
        "categories",
        categories.list(company).stream()
            .filter(c -> !c.archived() || (product != null && c.id().equals(product.vatCategory())))
            .toList());
    return "catalog/product-form";
  }
}
