package org.pepin.platform.web;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.ChangeHistory;
import org.pepin.platform.CompanyId;
import org.pepin.platform.ConcurrentModification;
import org.pepin.platform.Inputs;
import org.pepin.platform.Role;
import org.pepin.platform.UserId;
import org.pepin.platform.security.PepinPrincipal;
import org.pepin.platform.user.UserManagement;
import org.pepin.platform.user.UserManagement.NewUser;
import org.pepin.platform.user.UserManagement.UserUpdate;
import org.pepin.shared.InvalidValue;
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

/** The users of the company, for its administrators. */
@Controller
@RequestMapping("/settings/users")
class UserController {

  /** Changes shown on the user's page (the API pages through all of them). */
  static final int HISTORY_SHOWN = 50;

  private final UserManagement users;
  private final ChangeHistory history;

  UserController(UserManagement users, ChangeHistory history) {
    this.users = users;
    this.history = history;
  }

  @GetMapping
  String list(
      CompanyId company,
      @RequestParam(name = "q", required = false) @Nullable String q,
      Model model) {
    var all = users.list(company);
    var filtered = Listings.users(all, q);
    model.addAttribute("users", filtered);
    model.addAttribute("total", all.size());
    model.addAttribute("q", q);
    return "platform/users";
  }

  @GetMapping("/new")
  String create(Model model) {
    model.addAttribute(
        "form", new UserForm(null, "", "", "", "", EnumSet.noneOf(Role.class), true));
    model.addAttribute("allRoles", Role.values());
    return "platform/user-new";
  }

  @PostMapping
  String create(
      CompanyId company,
      @ModelAttribute("form") UserForm form,
      Model model,
      RedirectAttributes redirect) {
    var errors = FormErrors.of(model, form);
    try {
      UserId id =
          users.create(
              company,
              new NewUser(
                  form.username() == null ? "" : form.username(),
                  form.displayName() == null ? "" : form.displayName(),
                  form.email(),
                  form.password() == null ? "" : form.password(),
                  form.roleSet()));
      redirect.addFlashAttribute("toast", "toast.user-created");
      return "redirect:/settings/users/" + id;
    } catch (InvalidValue e) {
      Inputs.reject(errors, UserForm.fieldOf(e.code()), e);
    }
    model.addAttribute("allRoles", Role.values());
    return "platform/user-new";
  }

  @GetMapping("/{id}")
  String show(CompanyId company, @PathVariable("id") UserId id, Model model) {
    var user = users.view(company, id);
    if (!model.containsAttribute("form")) {
      model.addAttribute(
          "form",
          new UserForm(
              user.version(),
              user.username(),
              user.displayName(),
              user.email(),
              null,
              user.roles(),
              user.enabled()));
    }
    model.addAttribute("user", user);
    model.addAttribute("allRoles", Role.values());
    model.addAttribute("history", history.of(company, "user", id, HISTORY_SHOWN));
    return "platform/user";
  }

  @PostMapping("/{id}")
  String update(
      CompanyId company,
      @AuthenticationPrincipal PepinPrincipal me,
      @PathVariable("id") UserId id,
      @ModelAttribute("form") UserForm form,
      Model model,
      RedirectAttributes redirect) {
    var errors = FormErrors.of(model, form);
    var user = users.view(company, id);
    try {
      users.update(
          me,
          company,
          id,
          form.version() == null ? -1 : form.version(),
          new UserUpdate(
              form.displayName() == null ? "" : form.displayName(),
              form.email(),
              Boolean.TRUE.equals(form.enabled()),
              form.roleSet()));
      redirect.addFlashAttribute("toast", "toast.saved");
      return "redirect:/settings/users/" + id;
    } catch (ConcurrentModification e) {
      errors.reject("error.concurrent");
    } catch (InvalidValue e) {
      Inputs.reject(errors, UserForm.fieldOf(e.code()), e);
    }
    model.addAttribute("user", user);
    model.addAttribute("allRoles", Role.values());
    model.addAttribute("history", history.of(company, "user", id, HISTORY_SHOWN));
    return "platform/user";
  }

  @PostMapping("/{id}/password")
  String resetPassword(
      CompanyId company,
      @AuthenticationPrincipal PepinPrincipal me,
      @PathVariable("id") UserId id,
      @RequestParam("password") String password,
      RedirectAttributes redirect) {
    try {
      users.resetPassword(me, company, id, password);
      redirect.addFlashAttribute("toast", "toast.password-reset");
    } catch (InvalidValue e) {
      redirect.addFlashAttribute("toastError", "error." + e.code());
      redirect.addFlashAttribute("toastArgs", e.args());
    }
    return "redirect:/settings/users/" + id;
  }

  @PostMapping("/{id}/remove")
  String remove(
      CompanyId company,
      @AuthenticationPrincipal PepinPrincipal me,
      @PathVariable("id") UserId id,
      RedirectAttributes redirect) {
    try {
      users.removeFromCompany(me, company, id);
      redirect.addFlashAttribute("toast", "toast.user-removed");
      return "redirect:/settings/users";
    } catch (InvalidValue e) {
      redirect.addFlashAttribute("toastError", "error." + e.code());
      return "redirect:/settings/users/" + id;
    }
  }

  /** The user form; roles come as checkboxes, absent enabled means unchecked. */
  record UserForm(
      @Nullable Integer version,
      @Nullable String username,
      @Nullable String displayName,
      @Nullable String email,
      @Nullable String password,
      @Nullable Set<Role> roles,
      @Nullable Boolean enabled) {

    Set<Role> roleSet() {
      var set = EnumSet.noneOf(Role.class);
      if (roles != null) {
        roles.stream().filter(java.util.Objects::nonNull).forEach(set::add);
      }
      return set;
    }

    static @Nullable String fieldOf(String code) {
      if (code.startsWith("user.username")) return "username";
      if (code.startsWith("user.password")) return "password";
      if (code.equals("user.name-required")) return "displayName";
      if (code.startsWith("email")) return "email";
      if (code.equals("user.roles-required") || code.equals("user.last-admin")) return "roles";
      return null;
    }
  }
}
