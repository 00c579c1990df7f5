package org.pepin.sales.web;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pepin.customers.CustomerView;
import org.pepin.customers.Customers;
import org.pepin.platform.CompanyId;
import org.pepin.platform.Member;
import org.pepin.sales.OrderDraft;
import org.pepin.sales.OrderId;
import org.pepin.sales.OrderStatus;
import org.pepin.sales.OrderView;
import org.pepin.sales.document.SalesSettingsStore;
import org.pepin.sales.order.OrderService;
import org.pepin.shared.InvalidValue;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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
  private final EditorFlow<OrderView, OrderDraft> flow;

  OrderFormController(
      OrderService orders,
      DocumentEditor editor,
      Customers customers,
      SalesSettingsStore settings,
      DocumentFormats fmt) {
    this.orders = orders;
    this.editor = editor;
    this.customers = customers;
    this.flow =
        new EditorFlow<>(
            editor,
            settings,
            fmt,
            OrderFormController::config,
            this::preview,
            OrderFormController::draft,
            "order",
            "sales/order-form");
  }

  @GetMapping("/sales/orders/new")
  String create(
      CompanyId company,
      Member member,
      @RequestParam(name = "customer", required = false) @Nullable String customer,
      Model model) {
    CustomerView chosen = flow.chosen(company, customer);
    return flow.page(company, member, DocumentEditor.blank(chosen, null, false), null, model);
  }

  @PostMapping("/sales/orders")
  String create(
      CompanyId company,
      Member member,
      @ModelAttribute("form") DocumentForm typed,
      @RequestParam(name = "op", required = false) @Nullable List<String> op,
      Model model,
      RedirectAttributes redirect) {
    return flow.submit(
        company,
        member,
        typed,
        op,
        null,
        model,
        errors -> {},
        draft -> {
          OrderId id = orders.create(company, member, draft);
          redirect.addFlashAttribute("toast", "toast.orderform-created");
          return "redirect:/sales/orders/" + id;
        });
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
    return flow.page(company, member, editor.formOf(company, order, customer), order, model);
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
    boolean recorded = order.status() != OrderStatus.DRAFT;
    return flow.submit(
        company,
        member,
        typed,
        op,
        order,
        model,
        errors -> {
          if (recorded && DocumentForm.blank(form.reason())) {
            errors.rejectValue("reason", "error.sales.reason-required");
          }
        },
        draft -> {
          orders.amend(
              company,
              member,
              id,
              form.version() == null ? -1 : form.version(),
              draft,
              recorded ? form.reason() : null);
          redirect.addFlashAttribute("toast", recorded ? "toast.orderform-amended" : "toast.saved");
          return "redirect:/sales/orders/" + id;
        });
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
    return flow.preview(company, member, form, order, part, model);
  }

  private DocumentEditor.Preview preview(CompanyId company, @Nullable OrderView order) {
    LocalDate pricingDate = order == null ? null : order.pricingDate();
    return (customer, terms) ->
        orders.preview(
            company, new OrderDraft(customer.id(), null, null, null, null, terms), pricingDate);
  }

  private static OrderDraft draft(DocumentEditor.Parsed parsed, DocumentForm form) {
    return new OrderDraft(
        parsed.customer.id(),
        form.customerReference(),
        form.commitmentNumber(),
        parsed.requestedDelivery,
        parsed.salesRep,
        parsed.terms);
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
