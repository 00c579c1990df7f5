package org.pepin.platform.web;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.CompanyId;
import org.pepin.platform.Inputs;
import org.pepin.platform.security.PepinPrincipal;
import org.pepin.platform.token.ApiTokens;
import org.pepin.platform.user.UserManagement;
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
 * The logged-in user's own profile: password, and personal access tokens for the JSON API (each
 * bound to the current company, shown once at creation).
 */
@Controller
@RequestMapping("/profile")
class ProfileController {

  private final UserManagement users;
  private final ApiTokens tokens;

  ProfileController(UserManagement users, ApiTokens tokens) {
    this.users = users;
    this.tokens = tokens;
  }

  @GetMapping
  String show(@AuthenticationPrincipal PepinPrincipal me, Model model) {
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", new PasswordForm("", ""));
    }
    if (!model.containsAttribute("tokenForm")) {
      model.addAttribute("tokenForm", new TokenForm("", null));
    }
    CompanyId company = me.currentCompany();
    if (company != null) {
      model.addAttribute("tokens", tokens.list(me.userId(), company));
    }
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
      return show(me, model);
    }
  }

  @PostMapping("/tokens")
  String createToken(
      CompanyId company,
      @AuthenticationPrincipal PepinPrincipal me,
      @ModelAttribute("tokenForm") TokenForm form,
      Model model,
      RedirectAttributes redirect) {
    var errors = FormErrors.of(model, form, "tokenForm");
    try {
      var token =
          tokens.create(me, company, form.name() == null ? "" : form.name(), form.expiresOn());
      redirect.addFlashAttribute("newToken", token.secret());
      redirect.addFlashAttribute("toast", "toast.token-created");
      return "redirect:/profile";
    } catch (InvalidValue e) {
      Inputs.reject(errors, e.code().equals("token.expiry") ? "expiresOn" : "name", e);
      return show(me, model);
    }
  }

  @PostMapping("/tokens/{id}/revoke")
  String revokeToken(
      @AuthenticationPrincipal PepinPrincipal me,
      @PathVariable("id") UUID id,
      RedirectAttributes redirect) {
    tokens.revoke(me, id);
    redirect.addFlashAttribute("toast", "toast.token-revoked");
    return "redirect:/profile";
  }

  /** The current password and the new one. */
  record PasswordForm(String current, String password) {}

  /** A new token: its name and optional expiry date. */
  record TokenForm(@Nullable String name, @Nullable LocalDate expiresOn) {}
}
