package org.pepin.customers.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pepin.customers.CustomerId;
import org.pepin.customers.CustomerView;
import org.pepin.customers.Insolvency;
import org.pepin.customers.InsolvencyStatus;
import org.pepin.customers.file.CustomerManagement;
import org.pepin.customers.merge.CustomerMerge;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.CompanyId;
import org.pepin.platform.Inputs;
import org.pepin.platform.Member;
import org.pepin.platform.Members;
import org.pepin.platform.PageSection;
import org.pepin.platform.PageSectionContribution;
import org.pepin.shared.InvalidValue;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The 360° customer page: identity and badges, contacts, delivery addresses, terms, credit limit,
 * insolvency with the claim deadline (C. com. R622-24), the timeline of changes, then the blocks
 * that other modules contribute ({@link PageSectionContribution#CUSTOMER_PAGE}); and its actions:
 * archive, restore, delete (only without documents), record an insolvency.
 */
@Controller
class CustomerPageController {

  /** Changes shown in the page's timeline. */
  static final int HISTORY_SHOWN = 50;

  private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/uuuu");

  private final CustomerManagement customers;
  private final CustomerMerge merges;
  private final Members members;
  private final CompanyClock clock;
  private final ObjectProvider<PageSectionContribution> contributions;

  CustomerPageController(
      CustomerManagement customers,
      CustomerMerge merges,
      Members members,
      CompanyClock clock,
      ObjectProvider<PageSectionContribution> contributions) {
    this.customers = customers;
    this.merges = merges;
    this.members = members;
    this.clock = clock;
    this.contributions = contributions;
  }

  /** The insolvency form: a status and two dates (ISO from a date field, or French). */
  public record InsolvencyForm(
      @Nullable String status, @Nullable String judgmentDate, @Nullable String publicationDate) {

    static InsolvencyForm of(Insolvency i) {
      return new InsolvencyForm(
          i.status().name(),
          i.judgmentDate() == null ? null : i.judgmentDate().toString(),
          i.publicationDate() == null ? null : i.publicationDate().toString());
    }

    @Nullable Insolvency toInsolvency(org.springframework.validation.Errors errors) {
      InsolvencyStatus s =
          Inputs.required(errors, "status", status, InsolvencyForm::insolvencyStatus);
      LocalDate judgment =
          Inputs.optional(errors, "judgmentDate", judgmentDate, InsolvencyForm::date);
      LocalDate publication =
          Inputs.optional(errors, "publicationDate", publicationDate, InsolvencyForm::date);
      if (errors.hasErrors() || s == null) {
        return null;
      }
      try {
        return new Insolvency(s, judgment, publication);
      } catch (InvalidValue e) {
        Inputs.reject(
            errors,
            e.code().equals("customer.insolvency.judgment-required")
                ? "judgmentDate"
                : "publicationDate",
            e);
        return null;
      }
    }

    static InsolvencyStatus insolvencyStatus(String text) {
      try {
        return InsolvencyStatus.valueOf(text.strip());
      } catch (IllegalArgumentException e) {
        throw new InvalidValue("customer.insolvency.status", "unknown status " + text, text);
      }
    }

    static LocalDate date(String text) {
      try {
        return text.contains("/") ? LocalDate.parse(text, FRENCH) : LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw new InvalidValue("customer.date-format", "not a date: " + text, text);
      }
    }
  }

  @GetMapping("/customers/{id}")
  String show(CompanyId company, Member me, @PathVariable("id") CustomerId id, Model model) {
    var customer = customers.get(company, id);
    if (!model.containsAttribute("insolvencyForm")) {
      var form = InsolvencyForm.of(customer.insolvency());
      model.addAttribute("insolvencyForm", form);
      CustomerFormController.errors(model, form, "insolvencyForm");
    }
    return page(company, me, customer, model);
  }

  @PostMapping("/customers/{id}/insolvency")
  String insolvency(
      CompanyId company,
      Member me,
      @PathVariable("id") CustomerId id,
      @ModelAttribute("insolvencyForm") InsolvencyForm form,
      Model model,
      RedirectAttributes redirect) {
    var customer = customers.get(company, id);
    var errors = CustomerFormController.errors(model, form, "insolvencyForm");
    var insolvency = form.toInsolvency(errors);
    if (insolvency != null) {
      try {
        customers.recordInsolvency(company, id, insolvency);
        redirect.addFlashAttribute("toast", "toast.customer-insolvency");
        return "redirect:/customers/" + id;
      } catch (InvalidValue e) {
        Inputs.reject(errors, null, e);
      }
    }
    model.addAttribute("insolvencyOpen", true);
    return page(company, me, customer, model);
  }

  @PostMapping("/customers/{id}/archive")
  String archive(
      CompanyId company, @PathVariable("id") CustomerId id, RedirectAttributes redirect) {
    return act(redirect, id, "toast.customer-archived", () -> customers.archive(company, id));
  }

  @PostMapping("/customers/{id}/restore")
  String restore(
      CompanyId company, @PathVariable("id") CustomerId id, RedirectAttributes redirect) {
    return act(redirect, id, "toast.customer-restored", () -> customers.restore(company, id));
  }

  @PostMapping("/customers/{id}/delete")
  String delete(CompanyId company, @PathVariable("id") CustomerId id, RedirectAttributes redirect) {
    try {
      customers.delete(company, id);
      redirect.addFlashAttribute("toast", "toast.customer-deleted");
      return "redirect:/customers";
    } catch (InvalidValue e) {
      redirect.addFlashAttribute("toastError", "error." + e.code());
      redirect.addFlashAttribute("toastArgs", e.args());
      return "redirect:/customers/" + id;
    }
  }

  private String act(RedirectAttributes redirect, CustomerId id, String toast, Runnable action) {
    try {
      action.run();
      redirect.addFlashAttribute("toast", toast);
    } catch (InvalidValue e) {
      redirect.addFlashAttribute("toastError", "error." + e.code());
      redirect.addFlashAttribute("toastArgs", e.args());
    }
    return "redirect:/customers/" + id;
  }

  private String page(CompanyId company, Member me, CustomerView customer, Model model) {
    var id = customer.id();
    model.addAttribute("customer", customer);
    model.addAttribute(
        "salesRepName",
        customer.salesRep() == null
            ? null
            : members.find(company, customer.salesRep()).map(Member::displayName).orElse("?"));
    model.addAttribute(
        "mergedInto",
        customer.mergedInto() == null
            ? null
            : customers.find(company, customer.mergedInto()).orElse(null));
    model.addAttribute("history", merges.timeline(company, id, HISTORY_SHOWN));
    model.addAttribute("linked", customers.linkedRecords(company, id));
    LocalDate today = clock.today(company);
    var deadline = customer.insolvency().claimDeadline();
    model.addAttribute("claimDeadline", deadline);
    model.addAttribute(
        "claimDaysLeft",
        deadline == null ? null : java.time.temporal.ChronoUnit.DAYS.between(today, deadline));
    model.addAttribute("insolvencyStatuses", InsolvencyStatus.values());
    model.addAttribute("sections", sections(company, id, me));
    model.addAttribute("canEdit", me.hasAnyRole(CustomerWebRoutes.EDITORS));
    model.addAttribute("canDelete", me.hasAnyRole(CustomerWebRoutes.DELETERS));
    model.addAttribute("canInsolvency", me.hasAnyRole(CustomerWebRoutes.INSOLVENCY));
    model.addAttribute(
        "terms",
        CustomerListController.terms(
            customer.paymentTerms() == null ? null : customer.paymentTerms().code(),
            org.springframework.context.i18n.LocaleContextHolder.getLocale()));
    return "customers/page";
  }

  private List<PageSection> sections(CompanyId company, CustomerId id, Member me) {
    return contributions
        .orderedStream()
        .flatMap(
            c ->
                c.sections(PageSectionContribution.CUSTOMER_PAGE, company, id.value(), me).stream())
        .sorted(Comparator.comparingInt(PageSection::order))
        .toList();
  }
}
