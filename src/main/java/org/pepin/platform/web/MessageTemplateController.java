package org.pepin.platform.web;

import org.jspecify.annotations.Nullable;
import org.pepin.platform.CompanyId;
import org.pepin.platform.ConcurrentModification;
import org.pepin.platform.Inputs;
import org.pepin.platform.Role;
import org.pepin.platform.messaging.MessageTemplateService;
import org.pepin.platform.messaging.MessageTemplateService.TemplateView;
import org.pepin.platform.messaging.TemplateRejected;
import org.pepin.platform.security.PepinPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The message templates of the company: the wording of each message kind in French and English,
 * with a live preview on sample values. Administrators and managers read them; administrators
 * reword them or go back to the default wording.
 */
@Controller
@RequestMapping("/settings/message-templates")
class MessageTemplateController {

  private final MessageTemplateService templates;

  MessageTemplateController(MessageTemplateService templates) {
    this.templates = templates;
  }

  @GetMapping
  String list(CompanyId company, Model model) {
    model.addAttribute("templates", templates.list(company));
    return "platform/message-templates";
  }

  @GetMapping("/{kind}/{language}")
  String show(
      CompanyId company,
      @AuthenticationPrincipal PepinPrincipal me,
      @PathVariable("kind") String kind,
      @PathVariable("language") String language,
      Model model) {
    var template = templates.view(company, kind, language);
    model.addAttribute(
        "form", new MessageTemplateForm(template.version(), template.subject(), template.body()));
    return page(company, me, template, model);
  }

  @PostMapping("/{kind}/{language}")
  String save(
      CompanyId company,
      @AuthenticationPrincipal PepinPrincipal me,
      @PathVariable("kind") String kind,
      @PathVariable("language") String language,
      @ModelAttribute("form") MessageTemplateForm form,
      Model model,
      RedirectAttributes redirect) {
    var template = templates.view(company, kind, language);
    var errors = FormErrors.of(model, form);
    try {
      templates.save(
          company, kind, language, form.version(), text(form.subject()), text(form.body()));
      redirect.addFlashAttribute("toast", "toast.message-template.saved");
      return "redirect:/settings/message-templates/" + kind + "/" + language;
    } catch (TemplateRejected e) {
      reject(errors, e);
    } catch (ConcurrentModification e) {
      errors.reject("error.concurrent");
    }
    return page(company, me, template, model);
  }

  @PostMapping("/{kind}/{language}/reset")
  String reset(
      CompanyId company,
      @PathVariable("kind") String kind,
      @PathVariable("language") String language,
      @ModelAttribute("form") MessageTemplateForm form,
      RedirectAttributes redirect) {
    try {
      templates.reset(company, kind, language, form.version());
      redirect.addFlashAttribute("toast", "toast.message-template.reset");
    } catch (ConcurrentModification e) {
      redirect.addFlashAttribute("toastError", "error.concurrent");
    }
    return "redirect:/settings/message-templates/" + kind + "/" + language;
  }

  /** The live preview (htmx): the text filled with sample values, or why it cannot be saved. */
  @PostMapping("/{kind}/{language}/preview")
  String preview(
      CompanyId company,
      @PathVariable("kind") String kind,
      @PathVariable("language") String language,
      @ModelAttribute("form") MessageTemplateForm form,
      Model model) {
    var errors = FormErrors.of(model, form);
    try {
      model.addAttribute(
          "preview",
          templates.preview(company, kind, language, text(form.subject()), text(form.body())));
    } catch (TemplateRejected e) {
      reject(errors, e);
    }
    return "platform/message-template :: preview";
  }

  private String page(CompanyId company, PepinPrincipal me, TemplateView template, Model model) {
    model.addAttribute("template", template);
    model.addAttribute("editable", me.hasRole(Role.ADMIN));
    if (!model.containsAttribute("preview")) {
      try {
        var form = (MessageTemplateForm) model.getAttribute("form");
        model.addAttribute(
            "preview",
            templates.preview(
                company,
                template.kind().code(),
                template.language(),
                text(form.subject()),
                text(form.body())));
      } catch (TemplateRejected e) {
        // the form's own errors say why; no preview
      }
    }
    return "platform/message-template";
  }

  static void reject(Errors errors, TemplateRejected e) {
    for (var problem : e.problems()) {
      Inputs.reject(errors, problem.field(), problem.error());
    }
  }

  private static String text(@Nullable String text) {
    return text == null ? "" : text;
  }

  /** The template form: the version of the company's wording (none for the default). */
  record MessageTemplateForm(
      @Nullable Integer version, @Nullable String subject, @Nullable String body) {}
}
