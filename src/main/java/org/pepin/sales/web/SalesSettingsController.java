package org.pepin.sales.web;

import org.jspecify.annotations.Nullable;
import org.pepin.catalog.Products;
import org.pepin.platform.CompanyId;
import org.pepin.platform.ConcurrentModification;
import org.pepin.platform.Inputs;
import org.pepin.sales.SalesSettings;
import org.pepin.sales.document.SalesSettingsStore;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.Money;
import org.pepin.shared.Percentage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Paramètres › Ventes (ADMIN): the default validity of a quote, the manual discount above which a
 * manager approves, the down payment asked of individuals above an amount, the delivery offered to
 * businesses above an amount, the consumer's withdrawal period.
 */
@Controller
class SalesSettingsController {

  private final SalesSettingsStore settings;
  private final Products products;

  SalesSettingsController(SalesSettingsStore settings, Products products) {
    this.settings = settings;
    this.products = products;
  }

  /**
   * The settings as typed.
   *
   * @param downPaymentPercent with {@code downPaymentAbove}: both or neither
   * @param freeDeliveryProduct a product code, with {@code freeDeliveryAbove}: both or neither
   */
  record SettingsForm(
      @Nullable Integer version,
      @Nullable String validityDays,
      @Nullable String approvalThreshold,
      @Nullable String downPaymentPercent,
      @Nullable String downPaymentAbove,
      @Nullable String freeDeliveryProduct,
      @Nullable String freeDeliveryAbove,
      @Nullable String withdrawalDays) {

    static SettingsForm of(SalesSettings s) {
      return new SettingsForm(
          s.version(),
          String.valueOf(s.quoteValidityDays()),
          DocumentFormats.input(s.discountApprovalThreshold().value()),
          s.individualDownPayment() == null
              ? null
              : DocumentFormats.input(s.individualDownPayment().value()),
          s.individualDownPaymentAbove() == null
              ? null
              : DocumentFormats.input(s.individualDownPaymentAbove().amount()),
          s.freeDeliveryProductCode(),
          s.freeDeliveryAbove() == null
              ? null
              : DocumentFormats.input(s.freeDeliveryAbove().amount()),
          String.valueOf(s.withdrawalDays()));
    }
  }

  @GetMapping("/sales/settings")
  String show(CompanyId company, Model model) {
    var form = SettingsForm.of(settings.get(company));
    model.addAttribute("form", form);
    DocumentEditor.errors(model, form, "form");
    return "sales/settings";
  }

  @PostMapping("/sales/settings")
  String save(
      CompanyId company,
      @ModelAttribute("form") SettingsForm form,
      Model model,
      RedirectAttributes redirect) {
    var errors = DocumentEditor.errors(model, form, "form");
    Integer days = Inputs.required(errors, "validityDays", form.validityDays(), t -> days(t));
    Percentage threshold =
        Inputs.required(errors, "approvalThreshold", form.approvalThreshold(), t -> percent(t));
    Percentage downPayment =
        Inputs.optional(errors, "downPaymentPercent", form.downPaymentPercent(), t -> percent(t));
    Money downPaymentAbove =
        Inputs.optional(errors, "downPaymentAbove", form.downPaymentAbove(), t -> amount(t));
    String product = DocumentEditor.clean(form.freeDeliveryProduct());
    Money freeAbove =
        Inputs.optional(errors, "freeDeliveryAbove", form.freeDeliveryAbove(), t -> amount(t));
    Integer withdrawal =
        Inputs.required(errors, "withdrawalDays", form.withdrawalDays(), t -> days(t));
    pair(errors, downPayment, downPaymentAbove, "downPaymentPercent", "downPaymentAbove");
    pair(errors, product, freeAbove, "freeDeliveryProduct", "freeDeliveryAbove");
    if (product != null) {
      product = SalesInputs.code(product);
      if (product.length() > 40 || products.findByCode(company, product).isEmpty()) {
        Inputs.reject(
            errors,
            "freeDeliveryProduct",
            new InvalidValue(
                "sales.form.product-unknown", "unknown", SalesInputs.shorten(product)));
      }
    }
    if (!errors.hasErrors()) {
      try {
        settings.save(
            company,
            new SalesSettings(
                form.version() == null ? -1 : form.version(),
                days,
                threshold,
                downPayment,
                downPaymentAbove,
                product,
                freeAbove,
                withdrawal));
        redirect.addFlashAttribute("toast", "toast.saved");
        return "redirect:/sales/settings";
      } catch (ConcurrentModification e) {
        errors.reject("error.concurrent");
      } catch (InvalidValue e) {
        Inputs.reject(errors, fieldOf(e.code()), e);
      }
    }
    return "sales/settings";
  }

  private static @Nullable String fieldOf(String code) {
    return switch (code) {
      case "sales.settings.validity-range" -> "validityDays";
      case "sales.settings.withdrawal-range" -> "withdrawalDays";
      case "sales.settings.threshold-range" -> "approvalThreshold";
      default -> null;
    };
  }

  /** Both fields of a rule, or neither: the one left blank is the error. */
  private static void pair(
      Errors errors, @Nullable Object a, @Nullable Object b, String fieldA, String fieldB) {
    if (errors.hasFieldErrors(fieldA) || errors.hasFieldErrors(fieldB)) {
      return;
    }
    if (a != null && b == null) {
      errors.rejectValue(fieldB, "error.sales.settings.pair");
    } else if (a == null && b != null) {
      errors.rejectValue(fieldA, "error.sales.settings.pair");
    }
  }

  private static int days(String text) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new InvalidValue("number.format", "not a number", SalesInputs.shorten(text));
    }
  }

  private static Percentage percent(String text) {
    return new Percentage(SalesInputs.decimal(text, 3));
  }

  private static Money amount(String text) {
    return Money.of(SalesInputs.decimal(text, DocumentEditor.AMOUNT_DIGITS));
  }
}
