package org.pepin.platform.web;

import java.util.EnumSet;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.CompanyIdentity;
import org.pepin.platform.Inputs;
import org.pepin.platform.Role;
import org.pepin.platform.company.CompanyManagement;
import org.pepin.platform.demo.DemoTimeline;
import org.pepin.platform.security.PepinPrincipal;
import org.pepin.platform.user.UserManagement;
import org.pepin.shared.InvalidValue;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The instance's companies, for instance administrators: list and create (optionally loaded with
 * the Pépinières Clément case). The creator becomes the new company's administrator.
 */
@Controller
@RequestMapping("/admin/companies")
class CompanyAdminController {

  private final CompanyManagement companies;
  private final UserManagement users;
  private final DemoTimeline demo;
  private final TransactionTemplate transaction;

  CompanyAdminController(
      CompanyManagement companies,
      UserManagement users,
      DemoTimeline demo,
      TransactionTemplate transaction) {
    this.companies = companies;
    this.users = users;
    this.demo = demo;
    this.transaction = transaction;
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("companies", companies.list());
    return "platform/companies";
  }

  @GetMapping("/new")
  String create(Model model) {
    model.addAttribute("form", new NewCompanyForm("", false));
    return "platform/company-new";
  }

  @PostMapping
  String create(
      @AuthenticationPrincipal PepinPrincipal me,
      @ModelAttribute("form") NewCompanyForm form,
      Model model,
      RedirectAttributes redirect) {
    var errors = FormErrors.of(model, form);
    try {
      var id =
          transaction.execute(
              s -> {
                var created =
                    companies.create(
                        CompanyIdentity.named(form.name() == null ? "" : form.name()),
                        form.loadsCase());
                users.grant(me.userId(), created, EnumSet.of(Role.ADMIN, Role.MANAGER));
                return created;
              });
      if (form.loadsCase()) {
        demo.replayInto(id);
      }
      redirect.addFlashAttribute("toast", "toast.company-created");
      return "redirect:/admin/companies";
    } catch (InvalidValue e) {
      Inputs.reject(errors, "name", e);
      return "platform/company-new";
    }
  }

  /** A new company: its name, and whether to load the Pépinières Clément case into it. */
  record NewCompanyForm(@Nullable String name, @Nullable Boolean loadCase) {

    boolean loadsCase() {
      return Boolean.TRUE.equals(loadCase);
    }
  }
}
