package org.pepin.catalog.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.pepin.catalog.Product;
import org.pepin.catalog.Products;
import org.pepin.catalog.pricing.PriceListDraft;
import org.pepin.customers.CustomerView;
import org.pepin.customers.Customers;
import org.pepin.platform.CompanyId;
import org.pepin.platform.Inputs;
import org.pepin.shared.InvalidValue;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;

/** Parsing of the pricing screens' and API's text fields, the French way. */
final class PricingForms {

  private PricingForms() {}

  private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/uuuu");

  /** The errors of a form, registered in the model under {@code form}. */
  static BindingResult errors(Model model, Object form) {
    var errors = new DirectFieldBindingResult(form, "form");
    model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
    return errors;
  }

  /** {@code 1 234,56}, {@code 1234.56} or {@code -15}; {@code number.format} otherwise. */
  static BigDecimal decimal(String text) {
    String cleaned =
        text.strip().replace(" ", "").replace("\u00a0", "").replace("\u202f", "").replace(',', '.');
    if (cleaned.length() > 40 || !cleaned.matches("[-+]?\\d+(\\.\\d+)?")) {
      throw new InvalidValue("number.format", "not a number", text);
    }
    return new BigDecimal(cleaned);
  }

  /** {@code 29/11/2026} or {@code 2026-11-29}; {@code pricing.date} otherwise. */
  static LocalDate date(String text) {
    String t = text.strip();
    try {
      return t.contains("/") ? LocalDate.parse(t, FRENCH) : LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      throw new InvalidValue("pricing.date", "not a date: " + t, t);
    }
  }

  static @Nullable BigDecimal optionalDecimal(@Nullable String text) {
    return text == null || text.isBlank() ? null : decimal(text);
  }

  static @Nullable LocalDate optionalDate(@Nullable String text) {
    return text == null || text.isBlank() ? null : date(text);
  }

  /** The product with this code; {@code pricing.product-unknown (code)} otherwise. */
  static Product product(Products products, CompanyId company, @Nullable String code) {
    String c = code == null ? "" : code.strip();
    if (c.isEmpty() || c.length() > 30) {
      throw new InvalidValue("pricing.product-unknown", "no product " + c, c);
    }
    return products
        .findByCode(company, c)
        .orElseThrow(() -> new InvalidValue("pricing.product-unknown", "no product " + c, c));
  }

  /** The customer with this code; {@code pricing.customer-unknown (code)} otherwise. */
  static CustomerView customer(Customers customers, CompanyId company, String code) {
    String c = code.strip();
    if (c.length() > 40) {
      throw new InvalidValue("pricing.customer-unknown", "no customer " + c, c);
    }
    return customers
        .findByCode(company, c.toUpperCase(java.util.Locale.ROOT))
        .orElseThrow(() -> new InvalidValue("pricing.customer-unknown", "no customer " + c, c));
  }

  /** A price-list form, as text. */
  record PriceListForm(
      @Nullable Integer version,
      @Nullable String code,
      @Nullable String name,
      @Nullable Boolean includesVat,
      @Nullable String parentCode,
      @Nullable String adjustment,
      @Nullable String validFrom,
      @Nullable String validTo) {

    static PriceListForm blank() {
      return new PriceListForm(null, "", "", false, "", "", "", "");
    }

    static PriceListForm of(org.pepin.catalog.PriceList list) {
      return new PriceListForm(
          list.version(),
          list.code(),
          list.name(),
          list.includesVat(),
          list.parentCode() == null ? "" : list.parentCode(),
          list.adjustment() == null ? "" : list.adjustment().stripTrailingZeros().toPlainString(),
          list.validFrom() == null ? "" : list.validFrom().format(FRENCH),
          list.validTo() == null ? "" : list.validTo().format(FRENCH));
    }

    /** The draft, or {@code null} with the field errors recorded. */
    @Nullable PriceListDraft toDraft(org.springframework.validation.Errors errors) {
      BigDecimal adj = Inputs.optional(errors, "adjustment", adjustment, PricingForms::decimal);
      LocalDate from = Inputs.optional(errors, "validFrom", validFrom, PricingForms::date);
      LocalDate to = Inputs.optional(errors, "validTo", validTo, PricingForms::date);
      if (errors.hasErrors()) {
        return null;
      }
      try {
        return new PriceListDraft(
            code == null ? "" : code,
            name == null ? "" : name,
            Boolean.TRUE.equals(includesVat),
            parentCode,
            adj,
            from,
            to);
      } catch (InvalidValue e) {
        Inputs.reject(errors, fieldOf(e.code()), e);
        return null;
      }
    }

    static @Nullable String fieldOf(String code) {
      return switch (code) {
        case "price-list.code-format", "price-list.overlap" -> "code";
        case "price-list.name" -> "name";
        case "price-list.parent-self", "price-list.parent-unknown", "price-list.parent-cycle" ->
            "parentCode";
        case "price-list.adjustment" -> "adjustment";
        case "price-list.dates" -> "validTo";
        default -> null;
      };
    }
  }
}
