package org.pepin.platform.web;

import org.pepin.platform.CompanyClock;
import org.pepin.platform.CompanyId;
import org.pepin.platform.ConcurrentModification;
import org.pepin.platform.Inputs;
import org.pepin.platform.Role;
import org.pepin.platform.TermsOfSaleId;
import org.pepin.platform.security.PepinPrincipal;
import org.pepin.platform.terms.TermsOfSaleManagement;
import org.pepin.shared.InvalidValue;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Paramètres › Conditions de vente: the dated versions of the company's terms of sale. Every member
 * reads them; administrators write a new version, and correct or withdraw one not yet in force.
 */
@Controller
@RequestMapping("/settings/terms")
class TermsOfSaleController {

  private final TermsOfSaleManagement terms;
  private final CompanyClock clock;

  TermsOfSaleController(TermsOfSaleManagement terms, CompanyClock clock) {
    this.terms = terms;
    this.clock = clock;
  }

  @GetMapping
  String list(CompanyId company, @AuthenticationPrincipal PepinPrincipal me, Model model) {
    model.addAttribute("versions", terms.list(company));
    model.addAttribute("editable", me.hasRole(Role.ADMIN));
    return "platform/terms";
  }

  @GetMapping("/new")
  String create(CompanyId company, Model model) {
    var versions = terms.list(company);
    model.addAttribute(
        "form",
        versions.isEmpty()
            ? TermsForm.blank(clock.today(company))
            : new TermsForm(
                null,
                versions.get(0).title(),
                versions.get(0).text(),
                clock.today(company).plusDays(1).toString()));
    return "platform/terms-new";
  }

  @PostMapping
  String create(
      CompanyId company,
      @ModelAttribute("form") TermsForm form,
      Model model,
      RedirectAttributes redirect) {
    var errors = FormErrors.of(model, form);
    var draft = form.toDraft(errors);
    if (draft != null) {
      try {
        TermsOfSaleId id = terms.create(company, draft);
        redirect.addFlashAttribute("toast", "toast.terms-created");
        return "redirect:/settings/terms/" + id;
      } catch (ConcurrentModification e) {
        errors.reject("error.concurrent");
      } catch (InvalidValue e) {
        Inputs.reject(errors, TermsForm.fieldOf(e.code()), e);
      }
    }
    return "platform/terms-new";
  }

  @GetMapping("/{id}")
  String show(
      CompanyId company,
      @AuthenticationPrincipal PepinPrincipal me,
      @PathVariable("id") TermsOfSaleId id,
      Model model) {
    var view = terms.view(company, id);
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", TermsForm.of(view));
    }
    model.addAttribute("terms", view);
    model.addAttribute("editable", me.hasRole(Role.ADMIN) && view.editable());
    return "platform/terms-version";
  }

  @PostMapping("/{id}")
  String update(
      CompanyId company,
      @PathVariable("id") TermsOfSaleId id,
      @ModelAttribute("form") TermsForm form,
      Model model,
      RedirectAttributes redirect) {
    var view = terms.view(company, id);
    var errors = FormErrors.of(model, form);
    var draft = form.toDraft(errors);
    if (form.version() == null) {
      errors.reject("error.invalid-input");
    } else if (draft != null) {
      try {
        terms.update(company, id, form.version(), draft);
        redirect.addFlashAttribute("toast", "toast.saved");
        return "redirect:/settings/terms/" + id;
      } catch (ConcurrentModification e) {
        errors.reject("error.concurrent");
      } catch (InvalidValue e) {
        Inputs.reject(errors, TermsForm.fieldOf(e.code()), e);
      }
    }
    model.addAttribute("terms", view);
    model.addAttribute("editable", view.editable());
    return "platform/terms-version";
  }

  @PostMapping("/{id}/delete")
  String delete(
      CompanyId company, @PathVariable("id") TermsOfSaleId id, RedirectAttributes redirect) {
    try {
      terms.delete(company, id);
      redirect.addFlashAttribute("toast", "toast.terms-deleted");
      return "redirect:/settings/terms";
    } catch (InvalidValue e) {
      redirect.addFlashAttribute("toastError", "error." + e.code());
      redirect.addFlashAttribute("toastArgs", e.args());
      return "redirect:/settings/terms/" + id;
    }
  }
}
