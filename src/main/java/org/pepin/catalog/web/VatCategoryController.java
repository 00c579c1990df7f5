package org.pepin.catalog.web;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pepin.catalog.VatCategory;
import org.pepin.catalog.VatCategoryId;
import org.pepin.catalog.product.VatCategoryManagement;
import org.pepin.platform.ChangeHistory;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.CompanyId;
import org.pepin.platform.ConcurrentModification;
import org.pepin.platform.Inputs;
import org.pepin.platform.LegalRates.VatKind;
import org.pepin.platform.Member;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.VatRate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The VAT categories: list with the rate in force today and at a chosen date (from the dated legal
 * tables), and the category editor.
 */
@Controller
@RequestMapping("/catalog/vat-categories")
class VatCategoryController {

  private final VatCategoryManagement categories;
  private final ChangeHistory history;
  private final CompanyClock clock;

  VatCategoryController(
      VatCategoryManagement categories, ChangeHistory history, CompanyClock clock) {
    this.categories = categories;
    this.history = history;
    this.clock = clock;
  }

  /** A category with its rate today and at the chosen date ({@code null}: no rate). */
  record Line(
      VatCategory category, @Nullable VatRate today, @Nullable VatRate atDate, long products) {}

  @ModelAttribute
  void choices(Model model) {
    model.addAttribute("vatKinds", VatKind.values());
  }

  @GetMapping
  String list(
      CompanyId company,
      Member member,
      @RequestParam(name = "date", required = false) @Nullable String date,
      Model model) {
    LocalDate today = clock.today(company);
    LocalDate at = today;
    if (date != null && !date.isBlank()) {
      try {
        at = StockForms.date(date);
      } catch (InvalidValue e) {
        model.addAttribute("dateError", true);
      }
    }
    LocalDate chosen = at;
    List<Line> lines =
        categories.list(company).stream()
            .map(
                c ->
                    new Line(
                        c,
                        categories.rateOrNull(company, c, today),
                        categories.rateOrNull(company, c, chosen),
                        categories.productCount(company, c.id())))
            .toList();
    model.addAttribute("lines", lines);
    model.addAttribute("today", today);
    model.addAttribute("date", chosen);
    model.addAttribute("canEdit", CatalogRoutes.canEditVat(member));
    return "catalog/vat-categories";
  }

  @GetMapping("/new")
  String create(Model model) {
    model.addAttribute("form", VatCategoryForm.blank());
    model.addAttribute("category", null);
    return "catalog/vat-category";
  }

  @PostMapping
  String create(
      CompanyId company,
      @ModelAttribute("form") VatCategoryForm form,
      Model model,
      RedirectAttributes redirect) {
    var errors = CatalogForms.errors(model, form);
    var draft = form.toDraft(errors);
    if (draft != null) {
      try {
        VatCategoryId id = categories.create(company, draft);
        redirect.addFlashAttribute("toast", "toast.vat-category-created");
        return "redirect:/catalog/vat-categories/" + id;
      } catch (InvalidValue e) {
        Inputs.reject(errors, VatCategoryForm.fieldOf(e.code()), e);
      }
    }
    model.addAttribute("category", null);
    return "catalog/vat-category";
  }

  @GetMapping("/{id}")
  String show(CompanyId company, Member member, @PathVariable("id") VatCategoryId id, Model model) {
    var category = categories.get(company, id);
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", VatCategoryForm.of(category));
    }
    return page(company, member, category, model);
  }

  @PostMapping("/{id}")
  String update(
      CompanyId company,
      Member member,
      @PathVariable("id") VatCategoryId id,
      @ModelAttribute("form") VatCategoryForm form,
      Model model,
      RedirectAttributes redirect) {
    var category = categories.get(company, id);
    var errors = CatalogForms.errors(model, form);
    var draft = form.toDraft(errors);
    if (draft != null) {
      try {
        categories.update(company, id, form.version() == null ? -1 : form.version(), draft);
        redirect.addFlashAttribute("toast", "toast.saved");
        return "redirect:/catalog/vat-categories/" + id;
      } catch (ConcurrentModification e) {
        errors.reject("error.concurrent");
      } catch (InvalidValue e) {
        Inputs.reject(errors, VatCategoryForm.fieldOf(e.code()), e);
      }
    }
    return page(company, member, category, model);
  }

  @PostMapping("/{id}/archive")
  String archive(
      CompanyId company,
      @PathVariable("id") VatCategoryId id,
      @RequestParam(name = "archived", required = false) @Nullable Boolean archived,
      RedirectAttributes redirect) {
    categories.archive(company, id, !Boolean.FALSE.equals(archived));
    redirect.addFlashAttribute("toast", "toast.saved");
    return "redirect:/catalog/vat-categories/" + id;
  }

  private String page(CompanyId company, Member member, VatCategory category, Model model) {
    LocalDate today = clock.today(company);
    model.addAttribute("category", category);
    model.addAttribute("rate", categories.rateOrNull(company, category, today));
    model.addAttribute("products", categories.productCount(company, category.id()));
    model.addAttribute(
        "history", history.of(company, VatCategoryManagement.ENTITY, category.id(), 50));
    model.addAttribute("canEdit", CatalogRoutes.canEditVat(member));
    return "catalog/vat-category";
  }
}
