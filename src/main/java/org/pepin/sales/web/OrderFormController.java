package org.pepin.sales.web;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pepin.customers.CustomerView;
import org.pepin.customers.Customers;
import org.pepin.platform.CompanyId;
import org.pepin.platform.ConcurrentModification;
import org.pepin.platform.Inputs;
import org.pepin.platform.Member;
import org.pepin.sales.OrderDraft;
import org.pepin.sales.OrderId;
import org.pepin.sales.OrderStatus;
import org.pepin.sales.OrderView;
import org.pepin.sales.SalesTerms;
import org.pepin.sales.document.SalesSettingsStore;
import org.pepin.sales.order.OrderService;
import org.pepin.shared.InvalidValue;
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
 * The order entry and amendment form, with the document editor of quotes: an order entered directly
 * (a draft to confirm, {@link OrderService#create}) and the amendment of an order before anything
 * is delivered ({@link OrderService#amend}; a confirmed order is amended with a reason, kept with
 * the revision). The live totals price at the order's pricing date ({@link OrderService#preview}).
 * The order list and page are the orders screens'.
 */
@Controller
class OrderFormController {

  private final OrderService orders;
  private final DocumentEditor editor;
  private final Customers customers;
  private final SalesSettingsStore settings;
  private final DocumentFormats fmt;

  OrderFormController(
      OrderService orders,
      DocumentEditor editor,
      Customers customers,
      SalesSettingsStore settings,
      DocumentFormats fmt) {
    this.orders = orders;
    this.editor = editor;
    this.customers = customers;
    this.settings = settings;
    this.fmt = fmt;
  }

  @GetMapping("/sales/orders/new")
  String create(
      CompanyId company,
      Member member,
      @RequestParam(name = "customer", required = false) @Nullable String customer,
      Model model) {
    CustomerView chosen = null;
    if (customer != null && !customer.isBlank()) {
      try {
        chosen = editor.customer(company, customer);
      } catch (InvalidValue e) {
        chosen = null;
      }
    }
    return page(company, member, DocumentEditor.blank(chosen, null, false), null, model);
  }

  @PostMapping("/sales/orders")
  String create(
      CompanyId company,
      Member member,
      @ModelAttribute("form") DocumentForm typed,
      @RequestParam(name = "op", required = false) @Nullable List<String> op,
      Model model,
      RedirectAttributes redirect) {
    DocumentForm form = typed.normalized();
    if (op != null && !op.isEmpty()) {
      return page(
          company,
          member,
          QuoteEditorController.lineOperation(form, op.get(0), model),
          null,
          model);
    }
    var errors = DocumentEditor.errors(model, form, "form");
    var parsed = editor.parse(company, form, errors);
    OrderDraft draft = draft(parsed, form, errors);
    if (draft != null) {
      try {
        OrderId id = orders.create(company, member, draft);
        redirect.addFlashAttribute("toast", "toast.orderform-created");
        return "redirect:/sales/orders/" + id;
      } catch (InvalidValue e) {
        Inputs.reject(errors, DocumentEditor.fieldOf(e.code()), e);
      }
    }
    return show(company, member, form, errors, parsed, null, model);
  }

  @GetMapping("/sales/orders/{id}/edit")
  String edit(
      CompanyId company,
      Member member,
      @PathVariable("id") OrderId id,
      Model model,
      RedirectAttributes redirect) {
    OrderView order = orders.get(company, id);
    if (!order.status().amendable() || order.anythingDelivered()) {
      redirect.addFlashAttribute("toastError", "error.sales.order.not-amendable");
      redirect.addFlashAttribute("toastArgs", new Object[] {order.status().name()});
      return "redirect:/sales/orders/" + id;
    }
    CustomerView customer = customers.find(company, order.customer()).orElse(null);
    return page(company, member, editor.formOf(company, order, customer), order, model);
  }

  @PostMapping("/sales/orders/{id}")
  String amend(
      CompanyId company,
      Member member,
      @PathVariable("id") OrderId id,
      @ModelAttribute("form") DocumentForm typed,
      @RequestParam(name = "op", required = false) @Nullable List<String> op,
      Model model,
      RedirectAttributes redirect) {
    OrderView order = orders.get(company, id);
    DocumentForm form = typed.normalized();
    if (op != null && !op.isEmpty()) {
      return page(
          company,
          member,
          QuoteEditorController.lineOperation(form, op.get(0), model),
          order,
          model);
    }
    var errors = DocumentEditor.errors(model, form, "form");
    var parsed = editor.parse(company, form, errors);
    boolean recorded = order.status() != OrderStatus.DRAFT;
    if (recorded && DocumentForm.blank(form.reason())) {
      errors.rejectValue("reason", "error.sales.reason-required");
    }
    OrderDraft draft = draft(parsed, form, errors);
    if (draft != null) {
      try {
        orders.amend(
            company,
            member,
            id,
            form.version() == null ? -1 : form.version(),
            draft,
            recorded ? form.reason() : null);
        redirect.addFlashAttribute("toast", recorded ? "toast.orderform-amended" : "toast.saved");
        return "redirect:/sales/orders/" + id;
      } catch (ConcurrentModification e) {
        errors.reject("error.concurrent");
      } catch (InvalidValue e) {
        Inputs.reject(errors, DocumentEditor.fieldOf(e.code()), e);
      }
    }
    return show(company, member, form, errors, parsed, order, model);
  }

  /** The live totals of the order editor, priced at the amended order's pricing date. */
  @PostMapping("/sales/orders/preview")
  String preview(
      CompanyId company,
      Member member,
      @ModelAttribute("form") DocumentForm typed,
      @RequestParam(name = "part", required = false) @Nullable String part,
      Model model) {
    DocumentForm form = typed.normalized();
    OrderView order = null;
    if (form.orderId() != null && !form.orderId().isBlank()) {
      try {
        order = orders.find(company, new OrderId(SalesInputs.uuid(form.orderId()))).orElse(null);
      } catch (InvalidValue e) {
        order = null;
      }
    }
    var errors = DocumentEditor.errors(model, form, "form");
    var parsed = editor.parse(company, form, errors);
    editor.show(
        model,
        company,
        member,
        form,
        errors,
        parsed,
        config(order),
        preview(company, order),
        settings.get(company),
        fmt);
    return "customer".equals(part)
        ? "sales/document-editor :: customer-preview"
        : "sales/document-editor :: preview";
  }

  private DocumentEditor.Preview preview(CompanyId company, @Nullable OrderView order) {
    LocalDate pricingDate = order == null ? null : order.pricingDate();
    return (customer, terms) -> orders.preview(company, draft(customer, terms), pricingDate);
  }

  private static OrderDraft draft(CustomerView customer, SalesTerms terms) {
    return new OrderDraft(customer.id(), null, null, null, null, terms);
  }

  private static @Nullable OrderDraft draft(
      DocumentEditor.Parsed parsed, DocumentForm form, BindingResult errors) {
    if (errors.hasErrors() || parsed.customer == null || parsed.terms == null) {
      return null;
    }
    try {
      return new OrderDraft(
          parsed.customer.id(),
          form.customerReference(),
          form.commitmentNumber(),
          parsed.requestedDelivery,
          parsed.salesRep,
          parsed.terms);
    } catch (InvalidValue e) {
      Inputs.reject(errors, DocumentEditor.fieldOf(e.code()), e);
      return null;
    }
  }

  private String page(
      CompanyId company, Member member, DocumentForm form, @Nullable OrderView order, Model model) {
    var parsed = editor.parse(company, form, new DirectFieldBindingResult(form, "form"));
    var quiet = DocumentEditor.errors(model, form, "form");
    return show(company, member, form, quiet, parsed, order, model);
  }

  private String show(
      CompanyId company,
      Member member,
      DocumentForm form,
      BindingResult errors,
      DocumentEditor.Parsed parsed,
      @Nullable OrderView order,
      Model model) {
    editor.show(
        model,
        company,
        member,
        form,
        errors,
        parsed,
        config(order),
        preview(company, order),
        settings.get(company),
        fmt);
    model.addAttribute("order", order);
    return "sales/order-form";
  }

  private static DocumentEditor.EditorConfig config(@Nullable OrderView order) {
    if (order == null) {
      return new DocumentEditor.EditorConfig(
          "order",
          "orderform.new",
          "/sales/orders",
          "/sales/orders/preview",
          "/sales/orders",
          null,
          null,
          false,
          false);
    }
    boolean recorded = order.status() != OrderStatus.DRAFT;
    return new DocumentEditor.EditorConfig(
        "order",
        "orderform.amend",
        "/sales/orders/" + order.id(),
        "/sales/orders/preview",
        "/sales/orders/" + order.id(),
        recorded ? "orderform.amend.notice" : null,
        recorded ? String.valueOf(order.revision() + 1) : null,
        recorded,
        true);
  }
}
