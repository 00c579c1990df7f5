package org.pepin.sales.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pepin.catalog.Product;
import org.pepin.catalog.ProductId;
import org.pepin.catalog.Products;
import org.pepin.customers.CustomerId;
import org.pepin.customers.CustomerKind;
import org.pepin.customers.CustomerView;
import org.pepin.customers.Customers;
import org.pepin.customers.DeliveryAddress;
import org.pepin.platform.CompanyId;
import org.pepin.platform.Inputs;
import org.pepin.platform.Member;
import org.pepin.platform.Members;
import org.pepin.platform.UserId;
import org.pepin.sales.DownPayment;
import org.pepin.sales.DownPaymentKind;
import org.pepin.sales.LineDraft;
import org.pepin.sales.LineType;
import org.pepin.sales.LineWarning;
import org.pepin.sales.OrderView;
import org.pepin.sales.PricedDocument;
import org.pepin.sales.QuoteRevision;
import org.pepin.sales.SalesLine;
import org.pepin.sales.SalesSettings;
import org.pepin.sales.SalesTerms;
import org.pepin.sales.document.SalesFormats;
import org.pepin.shared.DocumentTotals;
import org.pepin.shared.DocumentTotals.LineKind;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.Money;
import org.pepin.shared.PaymentTerms;
import org.pepin.shared.Percentage;
import org.pepin.shared.Quantity;
import org.pepin.shared.UnitPrice;
import org.pepin.shared.VatRate;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;

/**
 * The document editor shared by quotes and orders: reads a {@link DocumentForm} into the sales
 * module's drafts (recording every error against its field), turns a quote revision or an order
 * back into a form, and prepares what the editor shows beside the lines and under them from the
 * last pricing (amounts, warnings, margin, totals per VAT rate).
 */
@Component
class DocumentEditor {

  /** Quantities up to 999 999, prices up to 99 999 999 €: a line's amount fits its column. */
  static final int QUANTITY_DIGITS = 6;

  static final int PRICE_DIGITS = 8;
  static final int AMOUNT_DIGITS = 12;

  /** The terms offered in the select besides the customer's; any other code stays selectable. */
  static final List<String> COMMON_TERMS =
      List.of("R", "D15", "D30", "D45", "D60", "DEOM30", "DEOM45", "NM10");

  static final List<String> VAT_RATES = List.of("20", "10", "5.5", "2.1", "0");

  /** The labels of the header fields, for their errors beside the totals. */
  static final Map<String, String> HEADER_LABELS =
      Map.ofEntries(
          Map.entry("customer", "editor.customer"),
          Map.entry("validUntil", "editor.validUntil"),
          Map.entry("leadTime", "editor.leadTime"),
          Map.entry("salesRep", "editor.salesRep"),
          Map.entry("deliveryAddress", "editor.deliveryAddress"),
          Map.entry("paymentTerms", "editor.paymentTerms"),
          Map.entry("downPaymentKind", "editor.downPayment"),
          Map.entry("downPaymentPercent", "editor.downPayment"),
          Map.entry("discount", "editor.discount"),
          Map.entry("introduction", "editor.introduction"),
          Map.entry("notes", "editor.notes"),
          Map.entry("customerReference", "editor.customerReference"),
          Map.entry("commitmentNumber", "editor.commitmentNumber"),
          Map.entry("requestedDelivery", "editor.requestedDelivery"),
          Map.entry("reason", "editor.reason"));

  private final Customers customers;
  private final Products products;
  private final Members members;
  private final MessageSource messages;

  DocumentEditor(Customers customers, Products products, Members members, MessageSource messages) {
    this.customers = customers;
    this.products = products;
    this.members = members;
    this.messages = messages;
  }

  /** The errors of a form, registered in the model so that the page shows them. */
  static BindingResult errors(Model model, Object form, String name) {
    var errors = new DirectFieldBindingResult(form, name);
    model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, errors);
    return errors;
  }

  /** What the form says, as far as it could be read. */
  static final class Parsed {
    @Nullable CustomerView customer;
    @Nullable LocalDate validUntil;
    @Nullable UserId salesRep;
    @Nullable LocalDate requestedDelivery;
    @Nullable SalesTerms terms;

    /** The form row of each line of {@code terms} (blank rows are left out). */
    final List<Integer> rows = new ArrayList<>();
  }

  /**
   * Reads the form. Fields that cannot be read are errors against their field and are left out of
   * the terms (which are {@code null} only when the terms as a whole are refused).
   */
  Parsed parse(CompanyId company, DocumentForm form, Errors errors) {
    var parsed = new Parsed();
    if (DocumentForm.blank(form.customer())) {
      errors.rejectValue("customer", "error.required");
    } else {
      parsed.customer =
          Inputs.optional(errors, "customer", form.customer(), t -> customer(company, t));
    }
    parsed.validUntil = Inputs.optional(errors, "validUntil", form.validUntil(), SalesInputs::date);
    parsed.requestedDelivery =
        Inputs.optional(errors, "requestedDelivery", form.requestedDelivery(), SalesInputs::date);
    parsed.salesRep = Inputs.optional(errors, "salesRep", form.salesRep(), t -> rep(company, t));
    PaymentTerms terms =
        Inputs.optional(errors, "paymentTerms", form.paymentTerms(), PaymentTerms::parse);
    String label = clean(form.deliveryAddress());
    if (label != null && parsed.customer != null) {
      boolean known =
          parsed.customer.deliveryAddresses().stream()
              .anyMatch(a -> a.label().equalsIgnoreCase(label));
      if (!known) {
        Inputs.reject(
            errors,
            "deliveryAddress",
            new InvalidValue("sales.delivery-address-unknown", "unknown", label));
      }
    }
    DownPayment downPayment = downPayment(form, errors);
    Percentage discountPercent = null;
    Money discountAmount = null;
    if (!DocumentForm.blank(form.discount())) {
      if (DocumentForm.AMOUNT.equals(form.discountUnit())) {
        discountAmount =
            Inputs.optional(
                errors,
                "discount",
                form.discount(),
                t -> Money.of(SalesInputs.decimal(t, AMOUNT_DIGITS)));
      } else {
        discountPercent =
            Inputs.optional(
                errors,
                "discount",
                form.discount(),
                t -> new Percentage(SalesInputs.decimal(t, 3)));
      }
    }
    List<LineDraft> lines = lines(company, form.rows(), errors, parsed.rows);
    // The terms are built from what could be read, so that the live totals price the lines typed
    // correctly while the others show their errors; nothing is saved while errors remain.
    try {
      parsed.terms =
          new SalesTerms(
              label,
              terms,
              downPayment,
              discountPercent,
              discountAmount,
              form.introduction(),
              form.notes(),
              lines);
    } catch (InvalidValue e) {
      String field = fieldOf(e.code());
      if (e.code().equals("sales.text-length")) {
        field =
            form.introduction() != null && form.introduction().length() > SalesTerms.MAX_TEXT
                ? "introduction"
                : "notes";
      }
      Inputs.reject(errors, field, e);
    }
    return parsed;
  }

  private @Nullable DownPayment downPayment(DocumentForm form, Errors errors) {
    if (DocumentForm.blank(form.downPaymentKind())) {
      return null;
    }
    DownPaymentKind kind =
        Inputs.optional(
            errors,
            "downPaymentKind",
            form.downPaymentKind(),
            t -> {
              for (DownPaymentKind k : DownPaymentKind.values()) {
                if (k.name().equals(t)) {
                  return k;
                }
              }
              throw new InvalidValue("sales.form.choice", "not a kind", SalesInputs.shorten(t));
            });
    if (DocumentForm.AMOUNT.equals(form.downPaymentUnit())) {
      Money amount =
          Inputs.required(
              errors,
              "downPaymentPercent",
              form.downPaymentPercent(),
              t -> Money.of(SalesInputs.decimal(t, AMOUNT_DIGITS)));
      if (kind == null || amount == null) {
        return null;
      }
      try {
        return DownPayment.ofAmount(kind, amount);
      } catch (InvalidValue e) {
        Inputs.reject(errors, "downPaymentPercent", e);
        return null;
      }
    }
    Percentage percent =
        Inputs.required(
            errors,
            "downPaymentPercent",
            form.downPaymentPercent(),
            t -> new Percentage(SalesInputs.decimal(t, 3)));
    if (kind == null || percent == null) {
      return null;
    }
    try {
      return new DownPayment(kind, percent);
    } catch (InvalidValue e) {
      Inputs.reject(errors, "downPaymentPercent", e);
      return null;
    }
  }

  private List<LineDraft> lines(
      CompanyId company, List<DocumentForm.LineRow> rows, Errors errors, List<Integer> positions) {
    List<LineDraft> lines = new ArrayList<>();
    Map<String, Object> found = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      DocumentForm.LineRow row = rows.get(i);
      if (row.isBlank()) {
        continue;
      }
      String p = "lines[" + i + "].";
      LineType type = row.lineType();
      int before = errors.getErrorCount();
      ProductId product = null;
      if (type == LineType.PRODUCT && !DocumentForm.blank(row.product())) {
        String code = SalesInputs.code(Objects.requireNonNull(row.product()));
        Object known =
            found.computeIfAbsent(
                code,
                c -> {
                  try {
                    return product(company, c);
                  } catch (InvalidValue e) {
                    return e;
                  }
                });
        if (known instanceof InvalidValue e) {
          Inputs.reject(errors, p + "product", e);
          continue;
        }
        product = ((Product) known).id();
      }
      Quantity quantity = null;
      UnitPrice price = null;
      List<Percentage> discounts = new ArrayList<>();
      VatRate rate = null;
      LineKind kind = null;
      if (type.priced()) {
        quantity =
            Inputs.optional(
                errors,
                p + "quantity",
                row.quantity(),
                t -> new Quantity(SalesInputs.decimal(t, QUANTITY_DIGITS)));
        price =
            Inputs.optional(
                errors,
                p + "unitPrice",
                row.unitPrice(),
                t -> new UnitPrice(SalesInputs.decimal(t, PRICE_DIGITS)));
        String[] typed = {row.discount1(), row.discount2(), row.discount3()};
        for (int d = 0; d < typed.length; d++) {
          Percentage discount =
              Inputs.optional(
                  errors,
                  p + "discount" + (d + 1),
                  typed[d],
                  t -> new Percentage(SalesInputs.decimal(t, 3)));
          if (discount != null && discount.value().signum() > 0) {
            discounts.add(discount);
          }
        }
        if (type == LineType.FREE) {
          rate =
              Inputs.optional(
                  errors,
                  p + "vatRate",
                  row.vatRate(),
                  t -> new VatRate(SalesInputs.decimal(t, 3)));
          kind = "GOODS".equals(row.kind()) ? LineKind.GOODS : LineKind.SERVICE;
        }
      }
      if (quantity != null && quantity.value().signum() <= 0) {
        Inputs.reject(
            errors,
            p + "quantity",
            new InvalidValue(
                "sales.line.quantity-positive",
                "quantity not positive",
                DocumentFormats.input(quantity.value())));
      }
      if (errors.getErrorCount() > before) {
        continue;
      }
      try {
        lines.add(
            new LineDraft(
                type, product, row.designation(), quantity, price, null, discounts, rate, kind));
        positions.add(i);
      } catch (InvalidValue e) {
        Inputs.reject(errors, p + lineField(type, e.code()), e);
      }
    }
    return lines;
  }

  /** The field of a line a {@code sales.line.*} code belongs to. */
  static String lineField(LineType type, String code) {
    return switch (code) {
      case "sales.line.product-required" -> "product";
      case "sales.line.designation-required", "sales.line.designation-length" -> "designation";
      case "sales.line.quantity-positive" -> "quantity";
      case "sales.line.price-required", "sales.line.price-negative" -> "unitPrice";
      case "sales.line.rate-required" -> "vatRate";
      case "sales.line.discount-range", "sales.line.too-many-discounts" -> "discount1";
      default -> type == LineType.PRODUCT ? "product" : "designation";
    };
  }

  /** The header field an error of the services belongs to; {@code null}: the whole form. */
  static @Nullable String fieldOf(String code) {
    return switch (code) {
      case "sales.quote.validity-past" -> "validUntil";
      case "sales.quote.customer-inactive",
          "sales.quote.customer-fixed",
          "sales.order.customer-inactive",
          "sales.order.customer-fixed" ->
          "customer";
      case "sales.delivery-address-unknown" -> "deliveryAddress";
      case "sales.quote.lead-time-length" -> "leadTime";
      case "sales.order.reference-length" -> "customerReference";
      case "sales.order.commitment-required" -> "commitmentNumber";
      case "sales.reason-required" -> "reason";
      case "totals.discount-exceeds-net",
          "sales.discount-both",
          "sales.discount-range",
          "sales.discount-negative" ->
          "discount";
      case "sales.down-payment.range",
          "totals.down-payment-rate",
          "sales.down-payment.one",
          "sales.down-payment.amount-range",
          "sales.down-payment.above-total" ->
          "downPaymentPercent";
      default -> null;
    };
  }

  /** The customer a picker's text names (its code, or its id), in the company. */
  CustomerView customer(CompanyId company, String text) {
    String t = text.strip();
    if (t.length() == 36 && t.charAt(8) == '-') {
      try {
        var found = customers.find(company, new CustomerId(UUID.fromString(t)));
        if (found.isPresent()) {
          return found.get();
        }
      } catch (IllegalArgumentException e) {
        // not an id: a code
      }
    }
    String code = SalesInputs.code(t);
    if (code.isEmpty() || code.length() > 40) {
      throw new InvalidValue("sales.form.customer-unknown", "unknown", SalesInputs.shorten(t));
    }
    return customers
        .findByCode(company, code)
        .orElseThrow(() -> new InvalidValue("sales.form.customer-unknown", "unknown", code));
  }

  private Product product(CompanyId company, String code) {
    if (code.isEmpty() || code.length() > 40) {
      throw new InvalidValue("sales.form.product-unknown", "unknown", SalesInputs.shorten(code));
    }
    Product product =
        products
            .findByCode(company, code)
            .orElseThrow(() -> new InvalidValue("sales.form.product-unknown", "unknown", code));
    if (product.archived()) {
      throw new InvalidValue("sales.form.product-archived", "archived", code);
    }
    return product;
  }

  private UserId rep(CompanyId company, String text) {
    UserId id = new UserId(SalesInputs.uuid(text));
    if (members.find(company, id).isEmpty()) {
      throw new InvalidValue("sales.form.choice", "not a member", SalesInputs.shorten(text));
    }
    return id;
  }

  static @Nullable String clean(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  // ---------------------------------------------------------------- documents back into forms

  /** A blank form for a new document, with one product line ready. */
  static DocumentForm blank(
      @Nullable CustomerView customer, @Nullable LocalDate validUntil, boolean quote) {
    return new DocumentForm(
        null,
        customer == null ? null : customer.code(),
        validUntil == null ? null : SalesFormats.date(validUntil),
        null,
        null,
        null,
        null,
        null,
        null,
        DocumentForm.PERCENT,
        null,
        DocumentForm.PERCENT,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        List.of(DocumentForm.LineRow.blank(LineType.PRODUCT)));
  }

  /** The form of a quote's current revision. */
  DocumentForm formOf(
      CompanyId company,
      int version,
      QuoteRevision r,
      @Nullable UserId salesRep,
      @Nullable CustomerView customer) {
    return new DocumentForm(
        version,
        r.customer().code(),
        SalesFormats.date(r.validUntil()),
        r.deliveryLeadTime(),
        salesRep == null ? null : salesRep.toString(),
        r.deliveryAddress() == null ? null : r.deliveryAddress().label(),
        termsCode(r.paymentTerms(), customer),
        r.downPayment() == null ? null : r.downPayment().kind().name(),
        r.downPayment() == null
            ? null
            : r.downPayment().percent() != null
                ? DocumentFormats.input(r.downPayment().percent().value())
                : DocumentFormats.input(r.downPayment().amount().amount()),
        r.downPayment() != null && r.downPayment().byAmount()
            ? DocumentForm.AMOUNT
            : DocumentForm.PERCENT,
        r.discountPercent() != null
            ? DocumentFormats.input(r.discountPercent().value())
            : r.discountAmount() != null
                ? DocumentFormats.input(r.discountAmount().amount())
                : null,
        r.discountAmount() != null ? DocumentForm.AMOUNT : DocumentForm.PERCENT,
        r.introduction(),
        r.notes(),
        null,
        null,
        null,
        null,
        null,
        rows(company, r.lines()));
  }

  /** The form of an order. */
  DocumentForm formOf(CompanyId company, OrderView o, @Nullable CustomerView customer) {
    return new DocumentForm(
        o.version(),
        o.customerSnapshot().code(),
        null,
        null,
        o.salesRep() == null ? null : o.salesRep().toString(),
        o.deliveryAddress() == null ? null : o.deliveryAddress().label(),
        termsCode(o.paymentTerms(), customer),
        o.downPayment() == null ? null : o.downPayment().kind().name(),
        o.downPayment() == null
            ? null
            : o.downPayment().percent() != null
                ? DocumentFormats.input(o.downPayment().percent().value())
                : DocumentFormats.input(o.downPayment().amount().amount()),
        o.downPayment() != null && o.downPayment().byAmount()
            ? DocumentForm.AMOUNT
            : DocumentForm.PERCENT,
        o.discountPercent() != null
            ? DocumentFormats.input(o.discountPercent().value())
            : o.discountAmount() != null
                ? DocumentFormats.input(o.discountAmount().amount())
                : null,
        o.discountAmount() != null ? DocumentForm.AMOUNT : DocumentForm.PERCENT,
        null,
        o.notes(),
        o.customerReference(),
        o.commitmentNumber(),
        o.requestedDelivery() == null ? null : SalesFormats.date(o.requestedDelivery()),
        null,
        o.id().toString(),
        rows(company, o.lines()));
  }

  private static @Nullable String termsCode(
      @Nullable PaymentTerms terms, @Nullable CustomerView customer) {
    if (terms == null
        || customer != null
            && customer.paymentTerms() != null
            && customer.paymentTerms().code().equals(terms.code())) {
      return null;
    }
    return terms.code();
  }

  private List<DocumentForm.LineRow> rows(CompanyId company, List<SalesLine> lines) {
    Map<ProductId, Product> catalogue = new HashMap<>();
    List<ProductId> ids = lines.stream().map(SalesLine::product).filter(Objects::nonNull).toList();
    for (Product p : products.getAll(company, ids)) {
      catalogue.put(p.id(), p);
    }
    List<DocumentForm.LineRow> rows = new ArrayList<>();
    for (SalesLine l : lines) {
      List<Percentage> discounts = l.manualDiscounts();
      String designation = l.designation();
      if (l.type() == LineType.PRODUCT && l.product() != null) {
        Product p = catalogue.get(l.product());
        if (p != null && p.designation().equals(designation)) {
          designation = null;
        }
      }
      boolean free = l.type() == LineType.FREE;
      rows.add(
          new DocumentForm.LineRow(
              l.type().name(),
              l.productCode(),
              designation,
              l.quantity() == null ? null : DocumentFormats.input(l.quantity().value()),
              l.unitPrice() != null && (free || l.priceOverridden())
                  ? DocumentFormats.input(l.unitPrice().value())
                  : null,
              discounts.size() > 0 ? DocumentFormats.input(discounts.get(0).value()) : null,
              discounts.size() > 1 ? DocumentFormats.input(discounts.get(1).value()) : null,
              discounts.size() > 2 ? DocumentFormats.input(discounts.get(2).value()) : null,
              free && l.vatRate() != null
                  ? l.vatRate().percent().stripTrailingZeros().toPlainString()
                  : null,
              free && l.kind() != null ? l.kind().name() : null));
    }
    return rows;
  }

  // ---------------------------------------------------------------- what the editor shows

  /** One option of the payment terms select. */
  record TermsOption(String code, String label) {}

  /** The choices of the editor's selects. */
  record Choices(
      List<Member> members,
      List<TermsOption> terms,
      List<String> vatRates,
      List<DeliveryAddress> addresses) {}

  Choices choices(CompanyId company, DocumentForm form, @Nullable CustomerView customer) {
    Locale locale = LocaleContextHolder.getLocale();
    List<TermsOption> terms = new ArrayList<>();
    var codes = new LinkedHashSet<>(COMMON_TERMS);
    if (form.paymentTerms() != null && !form.paymentTerms().isBlank()) {
      try {
        codes.add(PaymentTerms.parse(form.paymentTerms()).code());
      } catch (InvalidValue e) {
        // the error is shown beside the field
      }
    }
    for (String code : codes) {
      terms.add(new TermsOption(code, PaymentTerms.parse(code).label(locale)));
    }
    return new Choices(
        members.of(company),
        terms,
        VAT_RATES,
        customer == null ? List.of() : customer.deliveryAddresses());
  }

  /**
   * What the editor shows for one row: its errors, its warnings and, once priced, its line with its
   * amounts and margin.
   */
  record RowView(
      List<String> errors,
      Set<String> invalid,
      List<String> warnings,
      @Nullable SalesLine line,
      DocumentTotals.@Nullable LineResult amounts,
      @Nullable Money margin) {

    static final RowView EMPTY = new RowView(List.of(), Set.of(), List.of(), null, null, null);

    public boolean invalid(String field) {
      return invalid.contains(field);
    }
  }

  /**
   * The pricing of the editor's content: totals, per-row views, margin (only when the user may see
   * it), the approval notice of a quote.
   */
  record Pricing(
      @Nullable PricedDocument priced,
      Map<Integer, RowView> rows,
      List<String> errors,
      boolean showMargin,
      @Nullable String approvalNotice,
      @Nullable String downPaymentLabel,
      boolean pricesIncludeVat) {

    public RowView row(int index) {
      return rows.getOrDefault(index, RowView.EMPTY);
    }
  }

  /**
   * The editor's pricing view from the errors of the form, the parsed lines and what pricing gave
   * ({@code priced} is {@code null} when it could not run; {@code error} says why, if it failed).
   */
  Pricing pricing(
      Errors errors,
      Parsed parsed,
      @Nullable PricedDocument priced,
      @Nullable String error,
      boolean showMargin,
      @Nullable SalesSettings settings,
      DocumentFormats fmt) {
    Locale locale = LocaleContextHolder.getLocale();
    Map<Integer, List<String>> rowErrors = new HashMap<>();
    Map<Integer, Set<String>> rowFields = new HashMap<>();
    List<String> headerErrors = new ArrayList<>();
    if (error != null) {
      headerErrors.add(error);
    }
    errors.getGlobalErrors().forEach(e -> headerErrors.add(messages.getMessage(e, locale)));
    for (FieldError e : errors.getFieldErrors()) {
      String field = e.getField();
      if (!field.startsWith("lines[")) {
        // Beside the totals, a header error says which field it is about; no customer yet is
        // not an error while typing (the totals wait for it).
        boolean noCustomer = field.equals("customer") && "error.required".equals(e.getCode());
        if (!noCustomer) {
          String label = HEADER_LABELS.get(field);
          String text = messages.getMessage(e, locale);
          headerErrors.add(
              label == null
                  ? text
                  : messages.getMessage(label, null, field, locale) + " : " + text);
        }
        continue;
      }
      int close = field.indexOf(']');
      int index;
      try {
        index = Integer.parseInt(field.substring(6, close));
      } catch (RuntimeException ex) {
        continue;
      }
      rowErrors.computeIfAbsent(index, k -> new ArrayList<>()).add(messages.getMessage(e, locale));
      rowFields.computeIfAbsent(index, k -> new LinkedHashSet<>()).add(field.substring(close + 2));
    }
    Map<Integer, RowView> rows = new HashMap<>();
    Set<Integer> indexes = new LinkedHashSet<>(rowErrors.keySet());
    indexes.addAll(parsed.rows);
    for (int index : indexes) {
      SalesLine line = null;
      DocumentTotals.LineResult amounts = null;
      Money margin = null;
      List<String> warnings = List.of();
      int position = parsed.rows.indexOf(index);
      if (priced != null && position >= 0) {
        final int pos = position;
        line = priced.lines().stream().filter(l -> l.position() == pos).findFirst().orElse(null);
        amounts = priced.amounts(position);
        if (line != null && amounts != null) {
          margin = line.margin(amounts.discountShare());
        }
        warnings = priced.warnings(position).stream().map(fmt::warning).toList();
      }
      rows.put(
          index,
          new RowView(
              rowErrors.getOrDefault(index, List.of()),
              rowFields.getOrDefault(index, Set.of()),
              warnings,
              line,
              amounts,
              showMargin ? margin : null));
    }
    String notice = null;
    if (priced != null
        && settings != null
        && priced.manualDiscountRate().compareTo(settings.discountApprovalThreshold()) > 0) {
      notice =
          messages.getMessage(
              "quotes.editor.approval-needed",
              new Object[] {
                fmt.percent(priced.manualDiscountRate()),
                fmt.percent(settings.discountApprovalThreshold())
              },
              locale);
    }
    String downPayment = null;
    if (priced != null && priced.downPayment() != null) {
      DownPayment asked = parsed.terms == null ? null : parsed.terms.downPayment();
      DownPaymentKind kind = asked != null ? asked.kind() : DownPaymentKind.ACOMPTE;
      if (asked != null && asked.amount() != null) {
        downPayment =
            messages.getMessage(
                "pdf.quote.down-payment.row-amount." + kind.name(),
                new Object[] {fmt.money(asked.amount())},
                locale);
      } else {
        Percentage percent =
            asked != null
                ? asked.percent()
                : settings != null ? settings.individualDownPayment() : null;
        downPayment =
            messages.getMessage(
                "pdf.quote.down-payment.row." + kind.name(),
                new Object[] {percent == null ? "" : fmt.percent(percent).replace("\u00a0%", "")},
                locale);
      }
    }
    boolean ttc = parsed.customer != null && parsed.customer.kind() == CustomerKind.INDIVIDUAL;
    return new Pricing(priced, rows, headerErrors, showMargin, notice, downPayment, ttc);
  }

  /**
   * What differs between the quote editor and the order editor.
   *
   * @param kind {@code quote} or {@code order}
   * @param title the page's title
   * @param action where the form is saved (and where line operations post it)
   * @param previewUrl where the live totals are asked
   * @param cancelUrl where « Annuler » leads
   * @param notice a message key shown above the form (e.g. a sent quote gets a new revision)
   * @param noticeArg the argument of the notice
   * @param reasonRequired an order already confirmed is amended with a reason
   * @param customerFixed the customer can no longer change (a sent quote, an order)
   */
  record EditorConfig(
      String kind,
      String title,
      String action,
      String previewUrl,
      String cancelUrl,
      @Nullable String notice,
      @Nullable String noticeArg,
      boolean reasonRequired,
      boolean customerFixed) {

    public boolean quote() {
      return kind.equals("quote");
    }
  }

  /** How a document is priced for the editor (the quote's or the order's preview). */
  interface Preview {
    PricedDocument price(CustomerView customer, SalesTerms terms);
  }

  /**
   * Prices the parsed form if it can be and puts in the model what the editor shows: the form (with
   * its errors), the configuration, the customer, the choices and the pricing.
   */
  void show(
      Model model,
      CompanyId company,
      Member member,
      DocumentForm form,
      Errors errors,
      Parsed parsed,
      EditorConfig config,
      Preview preview,
      SalesSettings settings,
      DocumentFormats fmt) {
    PricedDocument priced = null;
    String error = null;
    if (parsed.customer != null && parsed.terms != null) {
      try {
        priced = preview.price(parsed.customer, parsed.terms);
      } catch (InvalidValue e) {
        error = message(e);
      } catch (org.pepin.platform.ResourceNotFound e) {
        error =
            messages.getMessage("quotes.editor.not-found", null, LocaleContextHolder.getLocale());
      }
    }
    model.addAttribute("form", form);
    model.addAttribute("editor", config);
    model.addAttribute("customer", parsed.customer);
    model.addAttribute("choices", choices(company, form, parsed.customer));
    model.addAttribute(
        "pricing",
        pricing(
            errors,
            parsed,
            priced,
            error,
            QuoteRoutes.seesMargin(member),
            config.quote() ? settings : null,
            fmt));
  }

  /** The message of an error of pricing, for the totals block. */
  String message(InvalidValue e) {
    return messages.getMessage(
        "error." + e.code(), e.args(), e.getMessage(), LocaleContextHolder.getLocale());
  }

  /** The warnings of a priced document, by line position, in words. */
  static Map<Integer, List<String>> warnings(PricedDocument priced, DocumentFormats fmt) {
    Map<Integer, List<String>> byPosition = new HashMap<>();
    for (LineWarning w : priced.warnings()) {
      byPosition.computeIfAbsent(w.position(), k -> new ArrayList<>()).add(fmt.warning(w));
    }
    return byPosition;
  }
}
