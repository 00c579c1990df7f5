package org.pepin.catalog.web;

import org.jspecify.annotations.Nullable;
import org.pepin.catalog.AdjustmentReason;
import org.pepin.catalog.LotOrigin;
import org.pepin.catalog.ProductId;
import org.pepin.catalog.product.ProductSearch;
import org.pepin.catalog.stock.StockManagement;
import org.pepin.customers.Customers;
import org.pepin.platform.CompanyId;
import org.pepin.platform.Inputs;
import org.pepin.platform.Member;
import org.pepin.shared.InvalidValue;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The stock screen: low-stock list and stock journal, receipts and inventory adjustments. */
@Controller
@RequestMapping("/catalog/stock")
class StockController {

  static final int JOURNAL_SHOWN = 40;

  private final StockManagement stock;
  private final ProductSearch search;
  private final Customers customers;

  StockController(StockManagement stock, ProductSearch search, Customers customers) {
    this.stock = stock;
    this.search = search;
    this.customers = customers;
  }

  @ModelAttribute
  void choices(Model model) {
    model.addAttribute("origins", LotOrigin.values());
    model.addAttribute("reasons", AdjustmentReason.values());
  }

  @GetMapping
  String overview(CompanyId company, Member member, Model model) {
    model.addAttribute("low", search.lowStock(company));
    model.addAttribute("journal", stock.journal(company, JOURNAL_SHOWN));
    model.addAttribute("canStock", CatalogRoutes.canMoveStock(member));
    return "catalog/stock";
  }

  @GetMapping("/receipts/new")
  String newReceipt(
      CompanyId company,
      @RequestParam(name = "product", required = false) @Nullable String product,
      Model model) {
    model.addAttribute("form", StockForms.ReceiptForm.blank(product));
    return receiptPage(company, model);
  }

  @PostMapping("/receipts")
  String receive(
      CompanyId company,
      Member member,
      @ModelAttribute("form") StockForms.ReceiptForm form,
      Model model,
      RedirectAttributes redirect) {
    var errors = CatalogForms.errors(model, form);
    var receipt = form.toReceipt(company, customers, errors);
    if (receipt != null) {
      try {
        stock.receive(company, receipt, member.id());
        redirect.addFlashAttribute("toast", "toast.stock-received");
        return "redirect:/catalog/products/" + receipt.product();
      } catch (InvalidValue e) {
        Inputs.reject(errors, StockForms.ReceiptForm.fieldOf(e.code()), e);
      }
    }
    return receiptPage(company, model);
  }

  @GetMapping("/adjustments/new")
  String newAdjustment(
      CompanyId company,
      @RequestParam(name = "product", required = false) @Nullable String product,
      @RequestParam(name = "lot", required = false) @Nullable String lot,
      Model model) {
    model.addAttribute("form", StockForms.AdjustmentForm.blank(product, lot));
    return adjustmentPage(company, product, model);
  }

  @PostMapping("/adjustments")
  String adjust(
      CompanyId company,
      Member member,
      @ModelAttribute("form") StockForms.AdjustmentForm form,
      Model model,
      RedirectAttributes redirect) {
    var errors = CatalogForms.errors(model, form);
    var adjustment = form.toAdjustment(errors);
    if (adjustment != null) {
      try {
        stock.adjust(
            company,
            adjustment.product(),
            adjustment.lot(),
            adjustment.counted(),
            adjustment.reason(),
            adjustment.note(),
            member.id());
        redirect.addFlashAttribute("toast", "toast.stock-adjusted");
        return "redirect:/catalog/products/" + adjustment.product();
      } catch (InvalidValue e) {
        Inputs.reject(errors, StockForms.AdjustmentForm.fieldOf(e.code()), e);
      }
    }
    return adjustmentPage(company, form.product(), model);
  }

  private String receiptPage(CompanyId company, Model model) {
    model.addAttribute("products", search.stockedChoices(company));
    return "catalog/stock-receipt";
  }

  private String adjustmentPage(CompanyId company, @Nullable String product, Model model) {
    var products = search.stockedChoices(company);
    model.addAttribute("products", products);
    ProductId id = parse(product);
    model.addAttribute(
        "lots",
        id != null && products.stream().anyMatch(p -> p.id().equals(id))
            ? stock.lots(company, id)
            : java.util.List.of());
    return "catalog/stock-adjustment";
  }

  private static @Nullable ProductId parse(@Nullable String text) {
    try {
      return text == null || text.isBlank() ? null : ProductId.of(text.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
