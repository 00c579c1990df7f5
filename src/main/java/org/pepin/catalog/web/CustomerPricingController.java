package org.pepin.catalog.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pepin.catalog.Products;
import org.pepin.catalog.pricing.PriceListManagement;
import org.pepin.customers.CustomerId;
import org.pepin.customers.CustomerView;
import org.pepin.customers.Customers;
import org.pepin.platform.CompanyId;
import org.pepin.platform.Member;
import org.pepin.shared.InvalidValue;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A customer's price list and negotiated prices: the standalone page of the customer page's "Tarif"
 * block, and the actions of that block.
 */
@Controller
class CustomerPricingController {

  private final PriceListManagement lists;
  private final Customers customers;
  private final Products products;
  private final PricingCustomerSection section;

  CustomerPricingController(
      PriceListManagement lists,
      Customers customers,
      Products products,
      PricingCustomerSection section) {
    this.lists = lists;
    this.customers = customers;
    this.products = products;
    this.section = section;
  }

  @GetMapping("/catalog/customers/{id}/pricing")
  String show(CompanyId company, Member member, @PathVariable("id") CustomerId id, Model model) {
    CustomerView customer = customers.get(company, id);
    model.addAttribute("customer", customer);
    model.addAttribute("sectionModel", section.model(company, id, customer.code(), member));
    return "catalog/customer-pricing";
  }

  @PostMapping("/catalog/customers/{id}/price-list")
  String assign(
      CompanyId company,
      @PathVariable("id") CustomerId id,
      @RequestParam(name = "priceList", required = false) @Nullable String priceList,
      RedirectAttributes redirect) {
    customers.get(company, id);
    try {
      lists.assign(company, id, priceList);
      redirect.addFlashAttribute("toast", "toast.saved");
    } catch (InvalidValue e) {
      PriceListController.reject(redirect, e);
    }
    return "redirect:/catalog/customers/" + id + "/pricing";
  }

  @PostMapping("/catalog/customers/{id}/customer-prices")
  String addPrice(
      CompanyId company,
      @PathVariable("id") CustomerId id,
      @RequestParam(name = "product", required = false) @Nullable String product,
      @RequestParam(name = "price", required = false) @Nullable String price,
      @RequestParam(name = "validFrom", required = false) @Nullable String validFrom,
      @RequestParam(name = "validTo", required = false) @Nullable String validTo,
      RedirectAttributes redirect) {
    customers.get(company, id);
    try {
      lists.addCustomerPrice(
          company,
          PricingApi.customerPrice(products, company, id, product, price, validFrom, validTo));
      redirect.addFlashAttribute("toast", "toast.saved");
    } catch (InvalidValue e) {
      PriceListController.reject(redirect, e);
    }
    return "redirect:/catalog/customers/" + id + "/pricing";
  }

  @PostMapping("/catalog/customers/{id}/customer-prices/{priceId}/remove")
  String removePrice(
      CompanyId company,
      @PathVariable("id") CustomerId id,
      @PathVariable("priceId") UUID priceId,
      RedirectAttributes redirect) {
    customers.get(company, id);
    lists.deleteCustomerPrice(company, id, priceId);
    redirect.addFlashAttribute("toast", "toast.saved");
    return "redirect:/catalog/customers/" + id + "/pricing";
  }
}
