package org.pepin.platform.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.ConcurrentModification;
import org.pepin.platform.Inputs;
import org.pepin.platform.LegalRateType;
import org.pepin.platform.legal.LegalRateId;
import org.pepin.platform.legal.LegalRateManagement;
import org.pepin.platform.security.PepinPrincipal;
import org.pepin.shared.InvalidValue;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
 * Paramètres › Taux légaux: the global, dated legal rates. Every user reads them and can ask which
 * rate a computation of their company would use at a date; only the instance administrator adds,
 * changes or deletes rows.
 */
@Controller
@RequestMapping("/settings/legal-rates")
class LegalRatesController {

  private final LegalRateManagement rates;
  private final CompanyClock clock;
  private final MessageSource messages;

  LegalRatesController(LegalRateManagement rates, CompanyClock clock, MessageSource messages) {
    this.rates = rates;
    this.clock = clock;
    this.messages = messages;
  }

  @GetMapping
  String list(
      @AuthenticationPrincipal PepinPrincipal me,
      @RequestParam(name = "type", required = false) @Nullable LegalRateType type,
      @RequestParam(name = "rate", required = false) @Nullable LegalRateType lookupType,
      @RequestParam(name = "at", required = false) @DateTimeFormat(pattern = "yyyy-MM-dd")
          @Nullable LocalDate at,
      Model model) {
    model.addAttribute("rates", rates.list(type));
    model.addAttribute("type", type);
    model.addAttribute("types", LegalRateType.values());
    model.addAttribute("changes", rates.changes(20));
    model.addAttribute("editable", me.systemAdmin());
    var company = me.currentCompany();
    if (company != null) {
      LocalDate day = at == null ? clock.today(company) : at;
      LegalRateType asked = lookupType == null ? LegalRateType.ECB_MRO : lookupType;
      model.addAttribute("lookupType", asked);
      model.addAttribute("lookupDate", day);
      if (lookupType != null) {
        try {
          var result = rates.applicable(company, asked, day);
          model.addAttribute("lookupResult", result);
          model.addAttribute("lookupPercent", LegalRateManagement.percent(result.percent()));
        } catch (InvalidValue e) {
          model.addAttribute(
              "lookupError",
              messages.getMessage(
                  "error." + e.code(), e.args(), e.getMessage(), LocaleContextHolder.getLocale()));
        }
      }
    }
    return "platform/legal-rates";
  }

  @GetMapping("/new")
  String create(
      @RequestParam(name = "type", required = false) @Nullable LegalRateType type, Model model) {
    model.addAttribute("form", LegalRateForm.blank(type));
    model.addAttribute("types", LegalRateType.values());
    return "platform/legal-rate-new";
  }

  @PostMapping
  String create(
      @ModelAttribute("form") LegalRateForm form, Model model, RedirectAttributes redirect) {
    var errors = FormErrors.of(model, form);
    var draft = form.toDraft(errors);
    if (draft != null) {
      try {
        LegalRateId id = rates.create(draft);
        redirect.addFlashAttribute("toast", "toast.legal-rate-created");
        return "redirect:/settings/legal-rates/" + id;
      } catch (InvalidValue e) {
        Inputs.reject(errors, LegalRateForm.fieldOf(e.code()), e);
      }
    }
    model.addAttribute("types", LegalRateType.values());
    return "platform/legal-rate-new";
  }

  @GetMapping("/{id}")
  String show(
      @AuthenticationPrincipal PepinPrincipal me, @PathVariable("id") LegalRateId id, Model model) {
    var row = rates.view(id);
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", LegalRateForm.of(row));
    }
    model.addAttribute("rate", row);
    model.addAttribute("editable", me.systemAdmin());
    model.addAttribute(
        "changes",
        rates.changes(500).stream()
            .filter(c -> c.type() == row.type() && c.validFrom().equals(row.validFrom()))
            .toList());
    return "platform/legal-rate";
  }

  @PostMapping("/{id}")
  String update(
      @PathVariable("id") LegalRateId id,
      @ModelAttribute("form") LegalRateForm form,
      Model model,
      RedirectAttributes redirect) {
    var row = rates.view(id);
    var errors = FormErrors.of(model, form);
    var change = form.toChange(errors);
    if (form.version() == null) {
      errors.reject("error.invalid-input");
    } else if (change != null) {
      try {
        rates.update(id, form.version(), change);
        redirect.addFlashAttribute("toast", "toast.saved");
        return "redirect:/settings/legal-rates/" + id;
      } catch (ConcurrentModification e) {
        errors.reject("error.concurrent");
      } catch (InvalidValue e) {
        Inputs.reject(errors, LegalRateForm.fieldOf(e.code()), e);
      }
    }
    model.addAttribute("rate", row);
    model.addAttribute("editable", true);
    model.addAttribute("changes", java.util.List.of());
    return "platform/legal-rate";
  }

  @PostMapping("/{id}/delete")
  String delete(
      @PathVariable("id") LegalRateId id,
      @RequestParam("version") int version,
      RedirectAttributes redirect) {
    rates.view(id);
    rates.delete(id, version);
    redirect.addFlashAttribute("toast", "toast.legal-rate-deleted");
    return "redirect:/settings/legal-rates";
  }
}
