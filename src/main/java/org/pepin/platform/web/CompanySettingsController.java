package org.pepin.platform.web;

import java.io.IOException;
import org.pepin.platform.ChangeHistory;
import org.pepin.platform.CompanyId;
import org.pepin.platform.ConcurrentModification;
import org.pepin.platform.Inputs;
import org.pepin.platform.Role;
import org.pepin.platform.company.CompanyManagement;
import org.pepin.platform.security.PepinPrincipal;
import org.pepin.shared.InvalidValue;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Company settings: the legal identity and the logo. Everyone reads, administrators edit. */
@Controller
@RequestMapping("/settings/company")
class CompanySettingsController {

  private final CompanyManagement companies;
  private final ChangeHistory history;

  CompanySettingsController(CompanyManagement companies, ChangeHistory history) {
    this.companies = companies;
    this.history = history;
  }

  @GetMapping
  String show(CompanyId company, @AuthenticationPrincipal PepinPrincipal me, Model model) {
    var view = companies.view(company);
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", CompanyForm.of(view.version(), view.identity()));
    }
    model.addAttribute("view", view);
    model.addAttribute("editable", me.hasRole(Role.ADMIN));
    model.addAttribute(
        "history", history.of(company, "company", company, UserController.HISTORY_SHOWN));
    return "platform/company-settings";
  }

  @PostMapping
  String save(
      CompanyId company,
      @AuthenticationPrincipal PepinPrincipal me,
      @ModelAttribute("form") CompanyForm form,
      Model model,
      RedirectAttributes redirect) {
    var errors = FormErrors.of(model, form);
    var identity = form.toIdentity(errors);
    if (identity != null && form.version() != null) {
      try {
        companies.updateIdentity(company, form.version(), identity);
        redirect.addFlashAttribute("toast", "toast.saved");
        return "redirect:/settings/company";
      } catch (ConcurrentModification e) {
        errors.reject("error.concurrent");
      } catch (InvalidValue e) {
        Inputs.reject(errors, e.code().equals("company.name-taken") ? "name" : null, e);
      }
    } else if (form.version() == null) {
      errors.reject("error.invalid-input");
    }
    model.addAttribute("view", companies.view(company));
    model.addAttribute("editable", true);
    model.addAttribute(
        "history", history.of(company, "company", company, UserController.HISTORY_SHOWN));
    return "platform/company-settings";
  }

  @PostMapping("/logo")
  String logo(
      CompanyId company, @RequestParam("logo") MultipartFile file, RedirectAttributes redirect)
      throws IOException {
    try {
      companies.replaceLogo(company, file.getBytes());
      redirect.addFlashAttribute("toast", "toast.logo-saved");
    } catch (InvalidValue e) {
      redirect.addFlashAttribute("toastError", "error." + e.code());
    }
    return "redirect:/settings/company";
  }

  @GetMapping("/logo")
  ResponseEntity<byte[]> logoImage(CompanyId company) {
    return companies
        .logo(company)
        .map(
            logo ->
                ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(logo.contentType()))
                    .cacheControl(CacheControl.noCache())
                    .body(logo.data()))
        .orElse(ResponseEntity.notFound().build());
  }
}
