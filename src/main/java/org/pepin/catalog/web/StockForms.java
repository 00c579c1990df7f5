package org.pepin.catalog.web;

import static org.pepin.catalog.web.CatalogForms.choice;
import static org.pepin.catalog.web.CatalogForms.clean;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.pepin.catalog.AdjustmentReason;
import org.pepin.catalog.LotId;
import org.pepin.catalog.LotOrigin;
import org.pepin.catalog.ProductId;
import org.pepin.catalog.StockReceipt;
import org.pepin.customers.CustomerId;
import org.pepin.customers.Customers;
import org.pepin.platform.CompanyId;
import org.pepin.platform.Inputs;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.Quantity;
import org.springframework.validation.Errors;

/** The stock receipt and inventory adjustment forms (also the JSON bodies of the stock API). */
final class StockForms {

  private StockForms() {}

  /** A date written {@code dd/mm/yyyy} or ISO. */
  static LocalDate date(String text) {
    String t = text.strip();
    try {
      return t.contains("/")
          ? LocalDate.parse(t, DateTimeFormatter.ofPattern("dd/MM/uuuu"))
          : LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      throw new InvalidValue("catalog.date", "not a date: " + text, text);
    }
  }

  /**
   * A stock receipt.
   *
   * @param supplier the supplier's code (e.g. F0001)
   */
  record ReceiptForm(
      @Nullable String product,
      @Nullable String lotNumber,
      @Nullable String origin,
      @Nullable String supplier,
      @Nullable String receivedOn,
      @Nullable String quantity,
      @Nullable String botanicalName,
      @Nullable String operatorNumber,
      @Nullable String traceabilityCode,
      @Nullable String countryOfOrigin,
      @Nullable String note) {

    static ReceiptForm blank(@Nullable String product) {
      return new ReceiptForm(product, "", "OWN_PRODUCTION", "", "", "", "", "", "", "", "");
    }

    @Nullable StockReceipt toReceipt(CompanyId company, Customers customers, Errors errors) {
      ProductId p = Inputs.required(errors, "product", product, CatalogForms.id(ProductId::new));
      LotOrigin o = Inputs.required(errors, "origin", origin, choice(LotOrigin.class));
      CustomerId s =
          Inputs.optional(
              errors,
              "supplier",
              supplier,
              code ->
                  customers
                      .findByCode(company, code.strip())
                      .orElseThrow(
                          () ->
                              new InvalidValue(
                                  "stock.supplier-code", "no third party " + code, code.strip()))
                      .id());
      LocalDate on = Inputs.optional(errors, "receivedOn", receivedOn, StockForms::date);
      Quantity q =
          Inputs.required(
              errors,
              "quantity",
              quantity,
              t -> Quantity.of(CatalogForms.decimal(t).toPlainString()));
      if (errors.hasErrors() || p == null || o == null || q == null) {
        return null;
      }
      try {
        return new StockReceipt(
            p,
            lotNumber,
            o,
            s,
            on,
            q,
            botanicalName,
            operatorNumber,
            traceabilityCode,
            countryOfOrigin,
            note);
      } catch (InvalidValue e) {
        Inputs.reject(errors, fieldOf(e.code()), e);
        return null;
      }
    }

    static @Nullable String fieldOf(String code) {
      return switch (code) {
        case "stock.lot-format", "stock.lot-taken" -> "lotNumber";
        case "stock.quantity-positive" -> "quantity";
        case "stock.supplier-required", "stock.supplier-unknown" -> "supplier";
        case "stock.country" -> "countryOfOrigin";
        case "stock.future-date" -> "receivedOn";
        case "stock.not-stocked" -> "product";
        default -> null;
      };
    }
  }

  /** An inventory adjustment: the quantity counted, of the product or of one of its lots. */
  record AdjustmentForm(
      @Nullable String product,
      @Nullable String lot,
      @Nullable String counted,
      @Nullable String reason,
      @Nullable String note) {

    static AdjustmentForm blank(@Nullable String product, @Nullable String lot) {
      return new AdjustmentForm(product, lot, "", "COUNT", "");
    }

    /** The parsed adjustment, or {@code null} with the errors recorded. */
    @Nullable Adjustment toAdjustment(Errors errors) {
      ProductId p = Inputs.required(errors, "product", product, CatalogForms.id(ProductId::new));
      LotId l = Inputs.optional(errors, "lot", lot, CatalogForms.id(LotId::new));
      Quantity q =
          Inputs.required(
              errors,
              "counted",
              counted,
              t -> Quantity.of(CatalogForms.decimal(t).toPlainString()));
      AdjustmentReason r =
          Inputs.required(errors, "reason", reason, choice(AdjustmentReason.class));
      String n = clean(note);
      if (n != null && n.length() > 1000) {
        errors.rejectValue("note", "error.stock.text-length", new Object[] {1000}, null);
      }
      if (errors.hasErrors() || p == null || q == null || r == null) {
        return null;
      }
      return new Adjustment(p, l, q, r, n);
    }

    static @Nullable String fieldOf(String code) {
      return switch (code) {
        case "stock.counted-negative",
            "stock.unchanged",
            "stock.insufficient",
            "stock.lot-negative" ->
            "counted";
        case "stock.note-required" -> "note";
        case "stock.not-stocked" -> "product";
        default -> null;
      };
    }
  }

  record Adjustment(
      ProductId product,
      @Nullable LotId lot,
      Quantity counted,
      AdjustmentReason reason,
      @Nullable String note) {}
}
