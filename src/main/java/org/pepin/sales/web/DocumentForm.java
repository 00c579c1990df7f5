package org.pepin.sales.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.pepin.sales.LineType;

/**
 * The document editor as typed, shared by the quote form and the order entry/amendment form: the
 * header (customer, dates, terms, down payment, document discount, texts) and the lines. Every
 * field is text, parsed by {@link DocumentEditor} which records each error against its own field
 * ({@code lines[2].quantity}), so that the page shows every error at once, next to its field.
 *
 * @param version the version of the quote or order edited ({@code null} for a new one)
 * @param customer the customer's code (what the picker fills: {@code C0042 — Dubois…}, the first
 *     word is the code) or its id
 * @param validUntil quote: the end of validity, {@code 2026-12-29} or {@code 29/12/2026}
 * @param leadTime quote: the delivery lead time as printed
 * @param salesRep the id of the sales representative; blank: the customer's
 * @param deliveryAddress the label of one of the customer's delivery addresses; blank: billing
 * @param paymentTerms a terms code; blank: the customer's
 * @param downPaymentKind {@code ACOMPTE} or {@code ARRHES}; blank: none (the company's rule for
 *     individuals may still ask one)
 * @param downPaymentPercent the down payment: a percentage of the total, or an amount incl. VAT per
 *     {@code downPaymentUnit} ({@code PERCENT}, the default, or {@code AMOUNT})
 * @param discount the document discount, a percentage or an amount excl. VAT per {@code
 *     discountUnit} ({@code PERCENT} or {@code AMOUNT})
 * @param customerReference order: the customer's purchase-order number
 * @param commitmentNumber order: a public buyer's commitment number
 * @param requestedDelivery order: the delivery date asked for
 * @param reason order: why a confirmed order is amended
 * @param orderId order: the order amended (its pricing date prices the preview)
 * @param lines the lines, in order
 */
public record DocumentForm(
    @Nullable Integer version,
    @Nullable String customer,
    @Nullable String validUntil,
    @Nullable String leadTime,
    @Nullable String salesRep,
    @Nullable String deliveryAddress,
    @Nullable String paymentTerms,
    @Nullable String downPaymentKind,
    @Nullable String downPaymentPercent,
    @Nullable String downPaymentUnit,
    @Nullable String discount,
    @Nullable String discountUnit,
    @Nullable String introduction,
    @Nullable String notes,
    @Nullable String customerReference,
    @Nullable String commitmentNumber,
    @Nullable String requestedDelivery,
    @Nullable String reason,
    @Nullable String orderId,
    @Nullable List<LineRow> lines) {

  public static final String PERCENT = "PERCENT";
  public static final String AMOUNT = "AMOUNT";

  /**
   * One line as typed.
   *
   * @param type {@code PRODUCT}, {@code FREE}, {@code SECTION} or {@code NOTE}
   * @param product the product's code (the first word of what the picker fills)
   * @param designation the text; for a product line, replaces the product's designation
   * @param quantity the quantity of a priced line
   * @param unitPrice a price that replaces the catalogue's (product line) or the price (free line)
   * @param discount1 the first of up to 3 successive manual discounts, in %
   * @param vatRate the rate of a free line, e.g. {@code 20} or {@code 5.5}
   * @param kind {@code GOODS} or {@code SERVICE}, for a free line
   */
  public record LineRow(
      @Nullable String type,
      @Nullable String product,
      @Nullable String designation,
      @Nullable String quantity,
      @Nullable String unitPrice,
      @Nullable String discount1,
      @Nullable String discount2,
      @Nullable String discount3,
      @Nullable String vatRate,
      @Nullable String kind) {

    static LineRow blank(LineType type) {
      return new LineRow(
          type.name(),
          null,
          null,
          type.priced() ? "1" : null,
          null,
          null,
          null,
          null,
          type == LineType.FREE ? "20" : null,
          type == LineType.FREE ? "SERVICE" : null);
    }

    /** The line type typed, {@link LineType#PRODUCT} when missing or unknown. */
    public LineType lineType() {
      if (type != null) {
        for (LineType t : LineType.values()) {
          if (t.name().equalsIgnoreCase(type.strip())) {
            return t;
          }
        }
      }
      return LineType.PRODUCT;
    }

    /** Whether nothing was typed in it (a blank row is ignored). */
    boolean isBlank() {
      return switch (lineType()) {
        case PRODUCT ->
            Stream.of(product, designation, unitPrice, discount1, discount2, discount3)
                .allMatch(DocumentForm::blank);
        case FREE -> Stream.of(designation, unitPrice).allMatch(DocumentForm::blank);
        case SECTION, NOTE -> DocumentForm.blank(designation);
      };
    }
  }

  static boolean blank(@Nullable String text) {
    return text == null || text.isBlank();
  }

  /** The rows, without the holes a tampered index leaves. */
  public List<LineRow> rows() {
    return lines == null ? List.of() : lines.stream().filter(Objects::nonNull).toList();
  }

  /** The same form with its rows listed without holes (errors then name rows by index). */
  DocumentForm normalized() {
    return withLines(rows());
  }

  /** The same form with other rows. */
  DocumentForm withLines(List<LineRow> rows) {
    return new DocumentForm(
        version,
        customer,
        validUntil,
        leadTime,
        salesRep,
        deliveryAddress,
        paymentTerms,
        downPaymentKind,
        downPaymentPercent,
        downPaymentUnit,
        discount,
        discountUnit,
        introduction,
        notes,
        customerReference,
        commitmentNumber,
        requestedDelivery,
        reason,
        orderId,
        List.copyOf(rows));
  }

  /**
   * The form after a line operation of the editor: {@code add:PRODUCT} (also FREE, SECTION, NOTE),
   * {@code up:3}, {@code down:3}, {@code remove:3}. An unknown operation changes nothing.
   */
  DocumentForm apply(String op) {
    List<LineRow> rows = new ArrayList<>(rows());
    String[] parts = op.split(":", 2);
    if (parts.length == 2 && parts[0].equals("add")) {
      for (LineType type : LineType.values()) {
        if (type.name().equals(parts[1]) && rows.size() < org.pepin.sales.SalesTerms.MAX_LINES) {
          rows.add(LineRow.blank(type));
        }
      }
      return withLines(rows);
    }
    int index;
    try {
      index = parts.length == 2 ? Integer.parseInt(parts[1]) : -1;
    } catch (NumberFormatException e) {
      index = -1;
    }
    if (index < 0 || index >= rows.size()) {
      return withLines(rows);
    }
    switch (parts[0]) {
      case "up" -> {
        if (index > 0) {
          rows.add(index - 1, rows.remove(index));
        }
      }
      case "down" -> {
        if (index < rows.size() - 1) {
          rows.add(index + 1, rows.remove(index));
        }
      }
      case "remove" -> rows.remove(index);
      default -> {}
    }
    return withLines(rows);
  }
}
