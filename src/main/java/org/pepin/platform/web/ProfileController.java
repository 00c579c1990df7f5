package org.pepin.platform.web;

import org.pepin.platform.Inputs;
import org.pepin.platform.security.PepinPrincipal;
import org.pepin.platform.user.UserManagement;
import org.pepin.shared.InvalidValue;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The logged-in user's own profile: language and password. */
@Controller
@RequestMapping("/profile")
class ProfileController {

  private final UserManagement users;

  ProfileController(UserManagement users) {
    this.users = users;
  }

  @GetMapping
  String show(Model model) {
    model.addAttribute("form", new PasswordForm("", ""));
    return "platform/profile";
  }

  @PostMapping("/password")
  String password(
      @AuthenticationPrincipal PepinPrincipal me,
      @ModelAttribute("form") PasswordForm form,
      Model model,
      RedirectAttributes redirect) {
    var errors = FormErrors.of(model, form);
    try {
      users.changeOwnPassword(me.userId(), me.currentCompany(), form.current(), form.password());
      redirect.addFlashAttribute("toast", "toast.password-changed");
      return "redirect:/profile";
    } catch (InvalidValue e) {
      Inputs.reject(errors, e.code().equals("user.password-wrong") ? "current" : "password", e);
      return "platform/profile";
    }
  }

  /** The current password and the new one. */
  record PasswordForm(String current, String password) {}
}
