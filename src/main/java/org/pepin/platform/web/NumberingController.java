package org.pepin.platform.web;

import org.pepin.platform.CompanyId;
import org.pepin.platform.ConcurrentModification;
import org.pepin.platform.Inputs;
import org.pepin.platform.Role;
import org.pepin.platform.numbering.NumberingManagement;
import org.pepin.platform.numbering.NumberingSeriesId;
import org.pepin.platform.security.PepinPrincipal;
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
 * Paramètres › Numérotation: the numbering series of the company. Administrators, managers and
 * accountants see them; administrators change a series' pattern and next number.
 */
@Controller
@RequestMapping("/settings/numbering")
class NumberingController {

  private final NumberingManagement numbering;

  NumberingController(NumberingManagement numbering) {
    this.numbering = numbering;
  }

  @GetMapping
  String list(CompanyId company, @AuthenticationPrincipal PepinPrincipal me, Model model) {
    model.addAttribute("series", numbering.list(company));
    model.addAttribute("editable", me.hasRole(Role.ADMIN));
    return "platform/numbering";
  }

  @GetMapping("/{id}")
  String show(
      CompanyId company,
      @AuthenticationPrincipal PepinPrincipal me,
      @PathVariable("id") NumberingSeriesId id,
      Model model) {
    var series = numbering.view(company, id);
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", NumberingForm.of(series));
    }
    model.addAttribute("series", series);
    model.addAttribute("editable", me.hasRole(Role.ADMIN));
    return "platform/numbering-series";
  }

  @PostMapping("/{id}")
  String save(
      CompanyId company,
      @PathVariable("id") NumberingSeriesId id,
      @ModelAttribute("form") NumberingForm form,
      Model model,
      RedirectAttributes redirect) {
    var series = numbering.view(company, id);
    var errors = FormErrors.of(model, form);
    var settings = form.toSettings(errors);
    if (form.version() == null) {
      errors.reject("error.invalid-input");
    } else if (settings != null) {
      try {
        numbering.update(company, id, form.version(), settings);
        redirect.addFlashAttribute("toast", "toast.saved");
        return "redirect:/settings/numbering";
      } catch (ConcurrentModification e) {
        errors.reject("error.concurrent");
      } catch (InvalidValue e) {
        Inputs.reject(errors, NumberingForm.fieldOf(e.code()), e);
      }
    }
    model.addAttribute("series", series);
    model.addAttribute("editable", true);
    return "platform/numbering-series";
  }
}
