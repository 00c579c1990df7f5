package org.pepin.customers.web;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.pepin.customers.CustomerId;
import org.pepin.customers.CustomerView;
import org.pepin.customers.file.CustomerManagement;
import org.pepin.customers.merge.CustomerMerge;
import org.pepin.platform.CompanyId;
import org.pepin.platform.ConcurrentModification;
import org.pepin.shared.InvalidValue;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The merge form of the customer page ({@code customers/merge-section}): the duplicate shown on the
 * page is merged into the record whose code the user gives. A refused merge goes back to the page
 * with the French message next to the field ({@code mergeError}); a merge leads to the kept record.
 */
@Controller
class CustomerMergeController {

  private final CustomerManagement customers;
  private final CustomerMerge merge;

  CustomerMergeController(CustomerManagement customers, CustomerMerge merge) {
    this.customers = customers;
    this.merge = merge;
  }

  @PostMapping("/customers/{id}/merge")
  String merge(
      CompanyId company,
      @PathVariable("id") CustomerId id,
      @RequestParam(name = "kept", required = false) @Nullable String kept,
      @RequestParam(name = "confirm", required = false) @Nullable String confirm,
      RedirectAttributes redirect) {
    CustomerView merged = customers.get(company, id);
    String code = kept == null ? "" : kept.strip().toUpperCase(Locale.ROOT);
    try {
      if (code.isEmpty()) {
        throw new InvalidValue("customer.merge-kept-required", "the kept record is required");
      }
      if (code.length() > 20) {
        throw new InvalidValue("customer.merge-kept-unknown", "no such code", code);
      }
      CustomerView into =
          customers
              .findByCode(company, code)
              .orElseThrow(
                  () -> new InvalidValue("customer.merge-kept-unknown", "no such code", code));
      if (!"on".equals(confirm) && !"true".equals(confirm)) {
        throw new InvalidValue("customer.merge-confirm", "merge not confirmed");
      }
      var result = merge.merge(company, merged.id(), into.id());
      redirect.addFlashAttribute("toast", "toast.customer-merged");
      return "redirect:/customers/" + result.kept();
    } catch (ConcurrentModification e) {
      redirect.addFlashAttribute("mergeError", "error.concurrent");
    } catch (InvalidValue e) {
      redirect.addFlashAttribute("mergeError", "error." + e.code());
      redirect.addFlashAttribute("mergeErrorArgs", e.args());
    }
    redirect.addFlashAttribute("mergeKept", code.length() > 20 ? code.substring(0, 20) : code);
    return "redirect:/customers/" + merged.id() + "#merge";
  }
}
