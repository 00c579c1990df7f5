package org.pepin.delivery.web;

import org.jspecify.annotations.Nullable;
import org.pepin.platform.CompanyId;
import org.pepin.platform.Member;
import org.pepin.sales.OrderId;
import org.pepin.sales.Orders;
import org.pepin.sales.SalesLineId;
import org.pepin.shared.InvalidValue;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Cancels the backorder of an order line from the order page's « Livraisons » block, with its
 * reason: back to the order with a toast, or with the refusal next to that line's reason (a missing
 * reason) or as an error toast (nothing left to cancel).
 */
@Controller
class BackorderController {

  private final Orders orders;
  private final MessageSource messages;

  BackorderController(Orders orders, MessageSource messages) {
    this.orders = orders;
    this.messages = messages;
  }

  @PostMapping("/livraisons/reliquats/{orderId}/{lineId}/annuler")
  String cancel(
      CompanyId company,
      Member member,
      @PathVariable("orderId") OrderId order,
      @PathVariable("lineId") SalesLineId line,
      @RequestParam(name = "reason", required = false) @Nullable String reason,
      RedirectAttributes redirect) {
    orders.get(company, order);
    String back = "redirect:/sales/orders/" + order + "#order-delivery-section";
    try {
      orders.cancelBackorder(company, member, order, line, reason == null ? "" : reason);
      redirect.addFlashAttribute("toast", "toast.delivery.backorder-cancelled");
    } catch (InvalidValue e) {
      if (!"sales.reason-required".equals(e.code())) {
        // nothing to cancel any more: the line's form is gone, the page says why
        redirect.addFlashAttribute("toastError", "error." + e.code());
        return back;
      }
      redirect.addFlashAttribute("backorderLine", line.toString());
      redirect.addFlashAttribute("backorderReason", reason == null ? "" : reason);
      redirect.addFlashAttribute(
          "backorderError",
          messages.getMessage(
              "error." + e.code(), e.args(), e.getMessage(), LocaleContextHolder.getLocale()));
    }
    return back;
  }
}
