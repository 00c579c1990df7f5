package org.pepin.platform.web;

import org.jspecify.annotations.Nullable;
import org.pepin.platform.CompanyId;
import org.pepin.platform.ConcurrentModification;
import org.pepin.platform.Inputs;
import org.pepin.platform.messaging.MessagingSettingsService;
import org.pepin.platform.messaging.OutboxStatus;
import org.pepin.platform.messaging.SmtpSecurity;
import org.pepin.platform.messaging.TestMessages;
import org.pepin.platform.messaging.Transport;
import org.pepin.platform.security.PepinPrincipal;
import org.pepin.platform.user.UserManagement;
import org.pepin.shared.EmailAddress;
import org.pepin.shared.InvalidValue;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How the company sends its messages (administrators): the in-app mailbox or its SMTP server, and a
 * button that sends a test message through the outbox at once.
 */
@Controller
@RequestMapping("/settings/messaging")
class MessagingSettingsController {

  private final MessagingSettingsService settings;
  private final TestMessages tests;
  private final UserManagement users;

  MessagingSettingsController(
      MessagingSettingsService settings, TestMessages tests, UserManagement users) {
    this.settings = settings;
    this.tests = tests;
    this.users = users;
  }

  @GetMapping
  String show(CompanyId company, @AuthenticationPrincipal PepinPrincipal me, Model model) {
    var view = settings.view(company);
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", MessagingSettingsForm.of(view));
    }
    return page(company, view, me, model);
  }

  @PostMapping
  String save(
      CompanyId company,
      @AuthenticationPrincipal PepinPrincipal me,
      @ModelAttribute("form") MessagingSettingsForm form,
      Model model,
      RedirectAttributes redirect) {
    var errors = FormErrors.of(model, form);
    var change = form.toChange(errors);
    if (change != null) {
      try {
        settings.update(company, form.version(), change);
        redirect.addFlashAttribute("toast", "toast.messaging.saved");
        return "redirect:/settings/messaging";
      } catch (ConcurrentModification e) {
        errors.reject("error.concurrent");
      } catch (InvalidValue e) {
        Inputs.reject(errors, MessagingSettingsForm.fieldOf(e.code()), e);
      }
    }
    return page(company, settings.view(company), me, model);
  }

  @PostMapping("/test")
  String test(
      CompanyId company,
      @AuthenticationPrincipal PepinPrincipal me,
      @RequestParam(name = "to", required = false) @Nullable String to,
      RedirectAttributes redirect) {
    EmailAddress address;
    try {
      address = new EmailAddress(to == null ? "" : to);
    } catch (InvalidValue e) {
      redirect.addFlashAttribute("toastError", "error.email.format");
      redirect.addFlashAttribute("toastArgs", new Object[] {to == null ? "" : to});
      return "redirect:/settings/messaging";
    }
    var message =
        tests.send(company, me.displayName(), address, LocaleContextHolder.getLocale()).summary();
    if (message.status() == OutboxStatus.SENT) {
      redirect.addFlashAttribute(
          "toast",
          message.transport() == Transport.SMTP
              ? "toast.messaging.test-sent-smtp"
              : "toast.messaging.test-sent-mailbox");
    } else {
      redirect.addFlashAttribute("toastError", "toast.messaging.test-failed");
      redirect.addFlashAttribute(
          "toastArgs", new Object[] {message.lastError() == null ? "" : message.lastError()});
    }
    return "redirect:/settings/messaging";
  }

  private String page(
      CompanyId company,
      MessagingSettingsService.SettingsView view,
      PepinPrincipal me,
      Model model) {
    model.addAttribute("view", view);
    model.addAttribute("transports", Transport.values());
    model.addAttribute("securities", SmtpSecurity.values());
    model.addAttribute("testAddress", users.view(company, me.userId()).email());
    return "platform/messaging-settings";
  }
}
