package org.pepin.catalog.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pepin.catalog.PriceList;
import org.pepin.catalog.PriceListId;
import org.pepin.catalog.Product;
import org.pepin.catalog.Products;
import org.pepin.catalog.ResolvedPrice;
import org.pepin.catalog.pricing.PriceBreak;
import org.pepin.catalog.pricing.PriceListDraft;
import org.pepin.catalog.pricing.PriceListManagement;
import org.pepin.catalog.pricing.PriceResolver;
import org.pepin.customers.CustomerView;
import org.pepin.customers.Customers;
import org.pepin.platform.ChangeHistory;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.CompanyId;
import org.pepin.platform.ConcurrentModification;
import org.pepin.platform.ExportFormat;
import org.pepin.platform.Exports;
import org.pepin.platform.Inputs;
import org.pepin.platform.Member;
import org.pepin.platform.ResourceNotFound;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.Percentage;
import org.pepin.shared.Quantity;
import org.pepin.shared.UnitPrice;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The price lists: list of versions with the quantity breaks, the list editor with its explicit
 * prices and a preview of every product's price for a chosen customer and quantity, the export of a
 * list's prices, and "explain this price".
 */
@Controller
class PriceListController {

  /** Products shown by the preview. */
  static final int PREVIEW_LIMIT = 300;

  private final PriceListManagement lists;
  private final PriceResolver resolver;
  private final Products products;
  private final Customers customers;
  private final CompanyClock clock;
  private final Exports exports;
  private final ChangeHistory history;

  /** Changes shown on a list's page. */
  static final int HISTORY_SHOWN = 50;

  PriceListController(
      PriceListManagement lists,
      PriceResolver resolver,
      Products products,
      Customers customers,
      CompanyClock clock,
      Exports exports,
      ChangeHistory history) {
    this.lists = lists;
    this.resolver = resolver;
    this.products = products;
    this.customers = customers;
    this.clock = clock;
    this.exports = exports;
    this.history = history;
  }

  /** A list version with how many customers use its code. */
  record ListLine(PriceList list, long customers, boolean current) {}

  /** A break with its product code. */
  record BreakLine(PriceBreak priceBreak, @Nullable String productCode) {}

  /** One product of the preview: its price, or the rule that prevents it. */
  record PreviewLine(
      String code, String designation, @Nullable ResolvedPrice price, @Nullable String error) {}

  @GetMapping("/catalog/price-lists")
  String list(CompanyId company, Member member, Model model) {
    LocalDate today = clock.today(company);
    List<ListLine> lines =
        lists.lists(company).stream()
            .map(l -> new ListLine(l, lists.assignedCount(company, l.code()), l.validOn(today)))
            .toList();
    model.addAttribute("lines", lines);
    model.addAttribute("breaks", breakLines(company));
    model.addAttribute("codes", lists.codes(company));
    model.addAttribute("canEdit", PricingRoutes.canEditLists(member));
    return "catalog/price-lists";
  }

  private List<BreakLine> breakLines(CompanyId company) {
    return lists.breaks(company).stream()
        .map(
            b ->
                new BreakLine(
                    b,
                    b.product() == null
                        ? null
                        : products.find(company, b.product()).map(Product::code).orElse("?")))
        .toList();
  }

  @GetMapping("/catalog/price-lists/new")
  String create(CompanyId company, Model model) {
    model.addAttribute("form", PricingForms.PriceListForm.blank());
    model.addAttribute("priceList", null);
    model.addAttribute("codes", lists.codes(company));
    return "catalog/price-list-new";
  }

  @PostMapping("/catalog/price-lists")
  String create(
      CompanyId company,
      @ModelAttribute("form") PricingForms.PriceListForm form,
      Model model,
      RedirectAttributes redirect) {
    var errors = PricingForms.errors(model, form);
    PriceListDraft draft = form.toDraft(errors);
    if (draft != null) {
      try {
        PriceListId id = lists.create(company, draft);
        redirect.addFlashAttribute("toast", "toast.price-list-created");
        return "redirect:/catalog/price-lists/" + id;
      } catch (InvalidValue e) {
        Inputs.reject(errors, PricingForms.PriceListForm.fieldOf(e.code()), e);
      }
    }
    model.addAttribute("priceList", null);
    model.addAttribute("codes", lists.codes(company));
    return "catalog/price-list-new";
  }

  @GetMapping("/catalog/price-lists/{id}")
  String show(
      CompanyId company,
      Member member,
      @PathVariable("id") PriceListId id,
      @RequestParam(name = "customer", required = false) @Nullable String customer,
      @RequestParam(name = "quantity", required = false) @Nullable String quantity,
      @RequestParam(name = "date", required = false) @Nullable String date,
      Model model) {
    PriceList list = lists.get(company, id);
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", PricingForms.PriceListForm.of(list));
    }
    preview(company, list, customer, quantity, date, model);
    return page(company, member, list, model);
  }

  private void preview(
      CompanyId company,
      PriceList list,
      @Nullable String customer,
      @Nullable String quantity,
      @Nullable String date,
      Model model) {
    model.addAttribute("previewCustomer", customer == null ? "" : customer);
    model.addAttribute("previewQuantity", quantity == null ? "1" : quantity);
    LocalDate at = clock.today(company);
    if (!list.validOn(at) && list.validFrom() != null) {
      at = list.validFrom(); // a past or future version: preview it on its first day
    } else if (!list.validOn(at) && list.validTo() != null) {
      at = list.validTo();
    }
    model.addAttribute("previewDate", date == null || date.isBlank() ? "" : date);
    CustomerView buyer = null;
    Quantity qty = Quantity.of(1);
    try {
      if (customer != null && !customer.isBlank()) {
        buyer = PricingForms.customer(customers, company, customer);
      }
      if (quantity != null && !quantity.isBlank()) {
        qty = new Quantity(PricingForms.decimal(quantity));
        if (qty.value().signum() <= 0) {
          throw new InvalidValue("pricing.quantity", "not positive", quantity);
        }
      }
      if (date != null && !date.isBlank()) {
        at = PricingForms.date(date);
      }
    } catch (InvalidValue e) {
      model.addAttribute("previewError", e.code());
      model.addAttribute("preview", List.of());
      return;
    }
    List<PreviewLine> lines = new ArrayList<>();
    for (var product : lists.productChoices(company, PREVIEW_LIMIT)) {
      try {
        ResolvedPrice price =
            resolver.preview(
                company, product.id(), buyer == null ? null : buyer.id(), list.code(), qty, at);
        lines.add(new PreviewLine(product.code(), product.designation(), price, null));
      } catch (InvalidValue e) {
        lines.add(new PreviewLine(product.code(), product.designation(), null, e.code()));
      }
    }
    model.addAttribute("preview", lines);
    model.addAttribute("previewAt", at);
  }

  private String page(CompanyId company, Member member, PriceList list, Model model) {
    model.addAttribute("priceList", list);
    model.addAttribute("items", lists.items(company, list.id()));
    model.addAttribute("versions", lists.versions(company, list.code()));
    model.addAttribute("customerCount", lists.assignedCount(company, list.code()));
    model.addAttribute("codes", lists.codes(company));
    model.addAttribute("canEdit", PricingRoutes.canEditLists(member));
    model.addAttribute(
        "history", history.of(company, PriceListManagement.ENTITY, list.id(), HISTORY_SHOWN));
    return "catalog/price-list";
  }

  @PostMapping("/catalog/price-lists/{id}")
  String update(
      CompanyId company,
      Member member,
      @PathVariable("id") PriceListId id,
      @ModelAttribute("form") PricingForms.PriceListForm form,
      Model model,
      RedirectAttributes redirect) {
    PriceList list = lists.get(company, id);
    var errors = PricingForms.errors(model, form);
    PriceListDraft draft = form.toDraft(errors);
    if (draft != null) {
      try {
        lists.update(company, id, form.version() == null ? -1 : form.version(), draft);
        redirect.addFlashAttribute("toast", "toast.saved");
        return "redirect:/catalog/price-lists/" + id;
      } catch (ConcurrentModification e) {
        errors.reject("error.concurrent");
      } catch (InvalidValue e) {
        Inputs.reject(errors, PricingForms.PriceListForm.fieldOf(e.code()), e);
      }
    }
    preview(company, list, null, null, null, model);
    return page(company, member, list, model);
  }

  @PostMapping("/catalog/price-lists/{id}/archive")
  String archive(
      CompanyId company,
      @PathVariable("id") PriceListId id,
      @RequestParam(name = "archived", required = false) @Nullable Boolean archived,
      RedirectAttributes redirect) {
    lists.setArchived(company, id, !Boolean.FALSE.equals(archived));
    redirect.addFlashAttribute("toast", "toast.saved");
    return "redirect:/catalog/price-lists/" + id;
  }

  @PostMapping("/catalog/price-lists/{id}/prices")
  String setPrice(
      CompanyId company,
      @PathVariable("id") PriceListId id,
      @RequestParam(name = "product", required = false) @Nullable String product,
      @RequestParam(name = "price", required = false) @Nullable String price,
      RedirectAttributes redirect) {
    lists.get(company, id);
    try {
      Product p = PricingForms.product(products, company, product);
      if (price == null || price.isBlank()) {
        throw new InvalidValue("pricing.price-required", "price required");
      }
      lists.setPrice(company, id, p.id(), new UnitPrice(PricingForms.decimal(price)));
      redirect.addFlashAttribute("toast", "toast.saved");
    } catch (InvalidValue e) {
      reject(redirect, e);
    }
    return "redirect:/catalog/price-lists/" + id;
  }

  @PostMapping("/catalog/price-lists/{id}/prices/remove")
  String removePrice(
      CompanyId company,
      @PathVariable("id") PriceListId id,
      @RequestParam(name = "product", required = false) @Nullable String product,
      RedirectAttributes redirect) {
    lists.get(company, id);
    try {
      lists.removePrice(company, id, PricingForms.product(products, company, product).id());
      redirect.addFlashAttribute("toast", "toast.saved");
    } catch (InvalidValue e) {
      reject(redirect, e);
    }
    return "redirect:/catalog/price-lists/" + id;
  }

  @GetMapping("/catalog/price-lists/{id}/export.{format}")
  void export(
      CompanyId company,
      @PathVariable("id") PriceListId id,
      @PathVariable("format") String format,
      jakarta.servlet.http.HttpServletResponse response)
      throws IOException {
    PriceList list = lists.get(company, id);
    ExportFormat chosen =
        ExportFormat.parse(format).orElseThrow(() -> new ResourceNotFound("export", format));
    Locale locale = LocaleContextHolder.getLocale();
    response.setContentType(chosen.contentType());
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment()
            .filename(
                "tarif-" + list.code().toLowerCase(Locale.ROOT) + "." + chosen.extension(),
                java.nio.charset.StandardCharsets.UTF_8)
            .build()
            .toString());
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    exports.write(
        org.pepin.catalog.pricing.PriceImports.TABLE,
        chosen,
        locale,
        response.getOutputStream(),
        org.pepin.catalog.pricing.PriceImports.rows(list, lists.items(company, id)));
  }

  @PostMapping("/catalog/price-breaks")
  String addBreak(
      CompanyId company,
      @RequestParam(name = "priceList", required = false) @Nullable String priceList,
      @RequestParam(name = "product", required = false) @Nullable String product,
      @RequestParam(name = "group", required = false) @Nullable String group,
      @RequestParam(name = "minQuantity", required = false) @Nullable String minQuantity,
      @RequestParam(name = "discount", required = false) @Nullable String discount,
      RedirectAttributes redirect) {
    try {
      lists.addBreak(
          company,
          PricingApi.priceBreak(
              products, company, priceList, product, group, minQuantity, discount));
      redirect.addFlashAttribute("toast", "toast.saved");
    } catch (InvalidValue e) {
      reject(redirect, e);
    }
    return "redirect:/catalog/price-lists";
  }

  @PostMapping("/catalog/price-breaks/{id}/remove")
  String removeBreak(CompanyId company, @PathVariable("id") UUID id, RedirectAttributes redirect) {
    lists.deleteBreak(company, id);
    redirect.addFlashAttribute("toast", "toast.saved");
    return "redirect:/catalog/price-lists";
  }

  @GetMapping("/catalog/pricing/explain")
  String explain(
      CompanyId company,
      @RequestParam(name = "product", required = false) @Nullable String product,
      @RequestParam(name = "customer", required = false) @Nullable String customer,
      @RequestParam(name = "quantity", required = false) @Nullable String quantity,
      @RequestParam(name = "date", required = false) @Nullable String date,
      Model model) {
    model.addAttribute("product", product == null ? "" : product);
    model.addAttribute("customer", customer == null ? "" : customer);
    model.addAttribute("quantity", quantity == null ? "1" : quantity);
    model.addAttribute("date", date == null ? "" : date);
    model.addAttribute("productChoices", lists.productChoices(company, PREVIEW_LIMIT));
    if (product != null && !product.isBlank()) {
      try {
        model.addAttribute(
            "result",
            PricingApi.explain(
                company, products, customers, resolver, clock, product, customer, quantity, date));
      } catch (InvalidValue e) {
        model.addAttribute("explainError", e.code());
        model.addAttribute(
            "explainErrorArg", e.args().length > 0 ? String.valueOf(e.args()[0]) : "");
      }
    }
    return "catalog/price-explain";
  }

  static void reject(RedirectAttributes redirect, InvalidValue e) {
    redirect.addFlashAttribute("toastError", "error." + e.code());
    if (e.args().length > 0) {
      redirect.addFlashAttribute("toastArgs", e.args());
    }
  }

  static Percentage percentage(String text) {
    BigDecimal value = PricingForms.decimal(text);
    return new Percentage(value);
  }
}
