package org.pepin.sales.web;

import java.util.HashMap;
import org.jspecify.annotations.Nullable;
import org.pepin.catalog.Products;
import org.pepin.platform.AuditLog;
import org.pepin.platform.CompanyId;
import org.pepin.platform.InputRejected;
import org.pepin.platform.Inputs;
import org.pepin.sales.SalesSettings;
import org.pepin.sales.document.SalesSettingsStore;
import org.pepin.sales.web.QuoteApiRequests.Texts;
import org.pepin.sales.web.QuoteApiResponses.SettingsResponse;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.Money;
import org.pepin.shared.Percentage;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON API of the company's sales settings (Paramètres › Ventes, ADMIN): quote validity, approval
 * threshold of manual discounts, individuals' down payment, free delivery, withdrawal period.
 */
@RestController
@RequestMapping("/api/v1/sales/settings")
class SalesSettingsApi {

  private final SalesSettingsStore settings;
  private final Products products;
  private final AuditLog audit;

  SalesSettingsApi(SalesSettingsStore settings, Products products, AuditLog audit) {
    this.settings = settings;
    this.products = products;
    this.audit = audit;
  }

  /**
   * The settings as changed; every field is required except the two optional pairs (down payment
   * percent and threshold incl. VAT; free-delivery product code and threshold excl. VAT), each
   * given whole or left out.
   */
  record SettingsRequest(
      @Nullable Integer version,
      @Nullable Integer quoteValidityDays,
      @Nullable String discountApprovalThreshold,
      @Nullable String individualDownPaymentPercent,
      @Nullable String individualDownPaymentAbove,
      @Nullable String freeDeliveryProductCode,
      @Nullable String freeDeliveryAbove,
      @Nullable Integer withdrawalDays) {}

  @GetMapping
  SettingsResponse get(CompanyId company) {
    return SettingsResponse.of(settings.get(company));
  }

  /** Replaces the settings as of {@code version} (409 if they changed since). */
  @PutMapping
  @Transactional
  SettingsResponse update(CompanyId company, @RequestBody SettingsRequest body) {
    Errors errors = new MapBindingResult(new HashMap<String, Object>(), "settings");
    required(errors, "version", body.version());
    required(errors, "quoteValidityDays", body.quoteValidityDays());
    required(errors, "withdrawalDays", body.withdrawalDays());
    Percentage threshold =
        Inputs.required(
            errors,
            "discountApprovalThreshold",
            body.discountApprovalThreshold(),
            t -> new Percentage(Texts.decimal(t)));
    Percentage downPayment =
        Inputs.optional(
            errors,
            "individualDownPaymentPercent",
            body.individualDownPaymentPercent(),
            t -> new Percentage(Texts.decimal(t)));
    if (downPayment != null && downPayment.value().signum() == 0) {
      errors.rejectValue(
          "individualDownPaymentPercent",
          "error.sales.down-payment.range",
          new Object[] {"0"},
          null);
    }
    Money downPaymentAbove =
        Inputs.optional(
            errors,
            "individualDownPaymentAbove",
            body.individualDownPaymentAbove(),
            t -> nonNegative(Money.of(Texts.decimal(t))));
    if ((downPayment == null) != (downPaymentAbove == null)
        && !errors.hasFieldErrors("individualDownPaymentPercent")
        && !errors.hasFieldErrors("individualDownPaymentAbove")) {
      errors.rejectValue(
          downPayment == null ? "individualDownPaymentPercent" : "individualDownPaymentAbove",
          "error.sales.settings.down-payment-incomplete");
    }
    String freeCode =
        body.freeDeliveryProductCode() == null || body.freeDeliveryProductCode().isBlank()
            ? null
            : body.freeDeliveryProductCode().strip();
    if (freeCode != null && products.findByCode(company, freeCode).isEmpty()) {
      errors.rejectValue(
          "freeDeliveryProductCode",
          "error.sales.settings.product-unknown",
          new Object[] {Texts.shorten(freeCode)},
          null);
    }
    Money freeAbove =
        Inputs.optional(
            errors,
            "freeDeliveryAbove",
            body.freeDeliveryAbove(),
            t -> nonNegative(Money.of(Texts.decimal(t))));
    if ((freeCode == null) != (freeAbove == null)
        && !errors.hasFieldErrors("freeDeliveryProductCode")
        && !errors.hasFieldErrors("freeDeliveryAbove")) {
      errors.rejectValue(
          freeCode == null ? "freeDeliveryProductCode" : "freeDeliveryAbove",
          "error.sales.settings.free-delivery-incomplete");
    }
    Inputs.check(errors);
    SalesSettings before = settings.get(company);
    SalesSettings after;
    try {
      after =
          new SalesSettings(
              body.version(),
              body.quoteValidityDays(),
              threshold,
              downPayment,
              downPaymentAbove,
              freeCode,
              freeAbove,
              body.withdrawalDays());
    } catch (InvalidValue e) {
      Inputs.reject(errors, fieldOf(e.code()), e);
      throw new InputRejected(errors);
    }
    settings.save(company, after);
    audit.record(
        company,
        "sales.settings-changed",
        "sales-settings",
        null,
        "Paramètres de vente modifiés",
        changes(SettingsResponse.of(before), SettingsResponse.of(after)));
    return SettingsResponse.of(settings.get(company));
  }

  /** The changed fields, "field: old → new" per line. */
  static String changes(SettingsResponse before, SettingsResponse after) {
    var lines = new java.util.ArrayList<String>();
    var components = SettingsResponse.class.getRecordComponents();
    for (var component : components) {
      if (component.getName().equals("version")) {
        continue;
      }
      try {
        Object old = component.getAccessor().invoke(before);
        Object now = component.getAccessor().invoke(after);
        if (!same(old, now)) {
          lines.add(component.getName() + ": " + text(old) + " → " + text(now));
        }
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    return String.join("\n", lines);
  }

  private static boolean same(@Nullable Object a, @Nullable Object b) {
    if (a instanceof java.math.BigDecimal x && b instanceof java.math.BigDecimal y) {
      return x.compareTo(y) == 0;
    }
    return java.util.Objects.equals(a, b);
  }

  private static String text(@Nullable Object value) {
    if (value instanceof java.math.BigDecimal d) {
      return d.stripTrailingZeros().toPlainString();
    }
    return value == null ? "—" : value.toString();
  }

  private static void required(Errors errors, String field, @Nullable Object value) {
    if (value == null) {
      errors.rejectValue(field, "error.required");
    }
  }

  private static Money nonNegative(Money amount) {
    if (amount.isNegative()) {
      throw new InvalidValue(
          "sales.discount-negative", "negative amount", amount.amount().toPlainString());
    }
    return amount;
  }

  private static @Nullable String fieldOf(String code) {
    return switch (code) {
      case "sales.settings.validity-range" -> "quoteValidityDays";
      case "sales.settings.withdrawal-range" -> "withdrawalDays";
      case "sales.settings.threshold-range" -> "discountApprovalThreshold";
      default -> null;
    };
  }
}
