package org.pepin.customers.web;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.pepin.customers.ContactChannel;
import org.pepin.customers.CustomerId;
import org.pepin.customers.CustomerKind;
import org.pepin.customers.CustomerView;
import org.pepin.customers.PartyRole;
import org.pepin.customers.PaymentMethod;
import org.pepin.customers.PossibleDuplicates;
import org.pepin.customers.file.CustomerLabels;
import org.pepin.customers.file.CustomerManagement;
import org.pepin.platform.CompanyId;
import org.pepin.platform.ConcurrentModification;
import org.pepin.platform.Inputs;
import org.pepin.platform.Members;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.PaymentTerms;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The new-customer and edit forms. The kind switch shows a company's or an individual's fields;
 * contacts and delivery addresses are repeatable rows ("Ajouter" posts the form back with one more
 * blank row, a "Retirer" box drops a row on save). Creating a customer that looks like existing
 * ones (same SIREN, same name and postal code, same e-mail) shows them with links and asks to
 * confirm with "Créer quand même".
 */
@Controller
class CustomerFormController {

  private final CustomerManagement customers;
  private final CustomerLabels labels;
  private final Members members;

  CustomerFormController(CustomerManagement customers, CustomerLabels labels, Members members) {
    this.customers = customers;
    this.labels = labels;
    this.members = members;
  }

  /** The form's errors, registered in the model so that fields show them. */
  static BindingResult errors(Model model, Object form, String name) {
    var errors = new DirectFieldBindingResult(form, name);
    model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, errors);
    return errors;
  }

  @GetMapping("/customers/new")
  String create(CompanyId company, Model model) {
    var form = CustomerForm.blank();
    model.addAttribute("form", form);
    errors(model, form, "form");
    return page(company, null, model);
  }

  @PostMapping("/customers")
  String create(
      CompanyId company,
      @ModelAttribute("form") CustomerForm form,
      @RequestParam(name = "add", required = false) @Nullable String add,
      Model model,
      RedirectAttributes redirect) {
    if (add != null) {
      return addRow(company, null, form, add, model);
    }
    var errors = errors(model, form, "form");
    var draft = form.toDraft(errors);
    if (draft != null) {
      try {
        CustomerId id = customers.create(company, draft, form.confirmed());
        redirect.addFlashAttribute("toast", "toast.customer-created");
        return "redirect:/customers/" + id;
      } catch (PossibleDuplicates e) {
        model.addAttribute("duplicates", e.candidates());
        errors.reject("error.customer.possible-duplicates");
      } catch (InvalidValue e) {
        Inputs.reject(errors, CustomerForm.fieldOf(e.code()), e);
      }
    }
    return page(company, null, model);
  }

  @GetMapping("/customers/{id}/edit")
  String edit(
      CompanyId company,
      @PathVariable("id") CustomerId id,
      Model model,
      RedirectAttributes redirect) {
    var customer = customers.get(company, id);
    if (!customer.isEditable()) {
      redirect.addFlashAttribute("toastError", "error.customer.read-only");
      redirect.addFlashAttribute("toastArgs", new Object[] {customer.status().name()});
      return "redirect:/customers/" + id;
    }
    var form = CustomerForm.of(customer);
    model.addAttribute("form", form);
    errors(model, form, "form");
    return page(company, customer, model);
  }

  @PostMapping("/customers/{id}")
  String update(
      CompanyId company,
      @PathVariable("id") CustomerId id,
      @ModelAttribute("form") CustomerForm form,
      @RequestParam(name = "add", required = false) @Nullable String add,
      Model model,
      RedirectAttributes redirect) {
    var customer = customers.get(company, id);
    if (add != null) {
      return addRow(company, customer, form, add, model);
    }
    var errors = errors(model, form, "form");
    var draft = form.toDraft(errors);
    if (draft != null) {
      try {
        customers.update(company, id, form.version() == null ? -1 : form.version(), draft);
        redirect.addFlashAttribute("toast", "toast.saved");
        return "redirect:/customers/" + id;
      } catch (ConcurrentModification e) {
        errors.reject("error.concurrent");
      } catch (InvalidValue e) {
        Inputs.reject(errors, CustomerForm.fieldOf(e.code()), e);
      }
    }
    return page(company, customer, model);
  }

  private String addRow(
      CompanyId company,
      @Nullable CustomerView customer,
      CustomerForm form,
      String add,
      Model model) {
    var next = form.tidied();
    model.addAttribute("form", next);
    errors(model, next, "form");
    model.addAttribute("focusRow", "address".equals(add) ? "address" : "contact");
    return page(company, customer, model);
  }

  /** One option of the payment terms select. */
  public record TermsOption(String code, String label) {}

  private String page(CompanyId company, @Nullable CustomerView customer, Model model) {
    Locale locale = LocaleContextHolder.getLocale();
    model.addAttribute("customer", customer);
    model.addAttribute("members", members.of(company));
    model.addAttribute("categories", labels.categories(company));
    model.addAttribute("tags", labels.tags(company));
    model.addAttribute("kinds", CustomerKind.values());
    model.addAttribute("roles", PartyRole.values());
    model.addAttribute("methods", PaymentMethod.values());
    model.addAttribute("channels", ContactChannel.values());
    model.addAttribute(
        "termsOptions",
        CustomerForm.COMMON_TERMS.stream()
            .map(code -> new TermsOption(code, PaymentTerms.parse(code).label(locale)))
            .toList());
    model.addAttribute("otherTerms", CustomerForm.OTHER);
    if (!model.containsAttribute("duplicates")) {
      model.addAttribute("duplicates", List.of());
    }
    return "customers/form";
  }
}
