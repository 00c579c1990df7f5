package org.pepin.delivery.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.pepin.customers.CustomerId;
import org.pepin.delivery.trace.Traceability;
import org.pepin.delivery.trace.Traceability.CustomerLot;
import org.pepin.delivery.trace.Traceability.CustomerTrace;
import org.pepin.delivery.trace.Traceability.LotShipment;
import org.pepin.delivery.trace.Traceability.LotTrace;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.CompanyId;
import org.pepin.platform.ExportFormat;
import org.pepin.platform.ExportTable;
import org.pepin.platform.Exports;
import org.pepin.platform.ResourceNotFound;
import org.pepin.shared.InvalidValue;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * « Traçabilité »: which customers received a lot (with the lot's origin: production or supplier,
 * receipt, passport data), and which lots a customer received in a period — what an inspector of
 * the plant-health service asks (Regulation (EU) 2016/2031 art. 69, france-compliance R-PHY-06).
 * Both answers export to CSV or XLSX.
 */
@Controller
class TraceabilityController {

  static final String PATH = "/livraisons/tracabilite";

  private final Traceability traceability;
  private final Exports exports;
  private final CompanyClock clock;
  private final MessageSource messages;

  TraceabilityController(
      Traceability traceability, Exports exports, CompanyClock clock, MessageSource messages) {
    this.traceability = traceability;
    this.exports = exports;
    this.clock = clock;
    this.messages = messages;
  }

  /**
   * The searches as request parameters: {@code lot} (a lot number) for the first, {@code customer}
   * (code or name) with {@code from} and {@code to} for the second; {@code search} says which one
   * was sent ({@code lot} or {@code customer}).
   */
  record SearchParams(
      @Nullable String search,
      @Nullable String lot,
      @Nullable String customer,
      @Nullable String from,
      @Nullable String to) {

    boolean byLot() {
      return "lot".equals(search) || (search == null && lot != null && !lot.isBlank());
    }

    boolean byCustomer() {
      return "customer".equals(search)
          || (search == null && customer != null && !customer.isBlank());
    }

    /** The export of the answer shown. */
    public String export(String format) {
      var b =
          org.springframework.web.util.UriComponentsBuilder.fromPath(PATH + "/export." + format);
      if (byLot()) {
        b.queryParam("search", "lot").queryParam("lot", lot);
      } else {
        b.queryParam("search", "customer").queryParam("customer", customer);
        if (from != null && !from.isBlank()) {
          b.queryParam("from", from);
        }
        if (to != null && !to.isBlank()) {
          b.queryParam("to", to);
        }
      }
      return b.build().encode().toUriString();
    }
  }

  /** The answer of a search, or its errors by field ({@code lot}, {@code customer}, ...). */
  record Outcome(
      @Nullable LotTrace lotTrace,
      @Nullable CustomerTrace customerTrace,
      Map<String, String> errors) {}

  Outcome run(CompanyId company, SearchParams p) {
    Map<String, String> errors = new HashMap<>();
    if (p.byLot()) {
      try {
        return new Outcome(traceability.customersOfLot(company, p.lot()), null, errors);
      } catch (InvalidValue e) {
        errors.put("lot", message(e));
      }
    } else if (p.byCustomer()) {
      LocalDate from = date(p.from(), "from", errors);
      LocalDate to = date(p.to(), "to", errors);
      if (from != null && to != null && from.isAfter(to)) {
        errors.put("to", message(new InvalidValue("trace.period", "from after to")));
      }
      CustomerId customer = null;
      try {
        customer = traceability.customer(company, p.customer());
      } catch (InvalidValue e) {
        errors.put("customer", message(e));
      }
      if (errors.isEmpty() && customer != null) {
        try {
          return new Outcome(
              null, traceability.lotsOfCustomer(company, customer, from, to), errors);
        } catch (InvalidValue e) {
          errors.put("customer", message(e));
        }
      }
    }
    return new Outcome(null, null, errors);
  }

  @GetMapping(PATH)
  String page(CompanyId company, @ModelAttribute("params") SearchParams params, Model model) {
    Outcome outcome = run(company, params);
    model.addAttribute("lotTrace", outcome.lotTrace());
    model.addAttribute("customerTrace", outcome.customerTrace());
    model.addAttribute("errors", outcome.errors());
    model.addAttribute("today", clock.today(company));
    return "delivery/traceability";
  }

  /** One row of an export: a delivery of a lot to a customer. */
  record ExportRow(
      String lotNumber,
      String productCode,
      String designation,
      String customerCode,
      String customerName,
      String deliveryNumber,
      LocalDate shippedOn,
      String orderNumber,
      BigDecimal quantity,
      BigDecimal returned,
      @Nullable String origin,
      @Nullable String supplier,
      @Nullable LocalDate receivedOn,
      @Nullable String botanicalName,
      @Nullable String operatorNumber,
      @Nullable String traceabilityCode,
      @Nullable String countryOfOrigin) {}

  @GetMapping(PATH + "/export.{format}")
  void export(
      CompanyId company,
      @PathVariable("format") String format,
      @ModelAttribute("params") SearchParams params,
      HttpServletResponse response)
      throws IOException {
    ExportFormat chosen =
        ExportFormat.parse(format).orElseThrow(() -> new ResourceNotFound("export", format));
    Outcome outcome = run(company, params);
    if (outcome.lotTrace() == null && outcome.customerTrace() == null) {
      throw new ResourceNotFound("traceability", String.valueOf(params.lot()));
    }
    List<ExportRow> rows = rows(outcome);
    Locale locale = LocaleContextHolder.getLocale();
    ExportTable<ExportRow> table =
        ExportTable.<ExportRow>titled("trace.export.title")
            .text("trace.col.lot", ExportRow::lotNumber)
            .text("trace.col.product-code", ExportRow::productCode)
            .text("trace.col.designation", ExportRow::designation)
            .text("trace.col.customer-code", ExportRow::customerCode)
            .text("trace.col.customer", ExportRow::customerName)
            .text("trace.col.delivery", ExportRow::deliveryNumber)
            .date("trace.col.shipped-on", ExportRow::shippedOn)
            .text("trace.col.order", ExportRow::orderNumber)
            .decimal("trace.col.quantity", ExportRow::quantity)
            .decimal("trace.col.returned", ExportRow::returned)
            .label("trace.col.origin", "trace.origin.", ExportRow::origin)
            .text("trace.col.supplier", ExportRow::supplier)
            .date("trace.col.received-on", ExportRow::receivedOn)
            .text("trace.col.passport-a", ExportRow::botanicalName)
            .text("trace.col.passport-b", ExportRow::operatorNumber)
            .text("trace.col.passport-c", ExportRow::traceabilityCode)
            .text("trace.col.passport-d", ExportRow::countryOfOrigin);
    response.setContentType(chosen.contentType());
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment()
            .filename(
                exports.fileName(table, chosen, locale, clock.today(company)),
                StandardCharsets.UTF_8)
            .build()
            .toString());
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    exports.write(table, chosen, locale, response.getOutputStream(), rows);
  }

  private static List<ExportRow> rows(Outcome outcome) {
    if (outcome.lotTrace() != null) {
      var lot = outcome.lotTrace().lot();
      String supplier =
          lot.supplierName() == null
              ? null
              : (lot.supplierCode() == null ? "" : lot.supplierCode() + " ") + lot.supplierName();
      return outcome.lotTrace().shipments().stream()
          .map(
              (LotShipment s) ->
                  new ExportRow(
                      lot.number(),
                      lot.productCode(),
                      lot.designation(),
                      s.customerCode(),
                      s.customerName(),
                      s.deliveryNumber(),
                      s.shippedOn(),
                      s.orderNumber(),
                      s.quantity().value(),
                      s.returned().value(),
                      lot.origin().name(),
                      supplier,
                      lot.receivedOn(),
                      lot.botanicalName(),
                      lot.operatorNumber(),
                      lot.traceabilityCode(),
                      lot.countryOfOrigin()))
          .toList();
    }
    var c = outcome.customerTrace();
    return c.lots().stream()
        .map(
            (CustomerLot l) ->
                new ExportRow(
                    l.lotNumber(),
                    l.productCode(),
                    l.designation(),
                    c.customerCode(),
                    c.customerName(),
                    l.deliveryNumber(),
                    l.shippedOn(),
                    l.orderNumber(),
                    l.quantity().value(),
                    l.returned().value(),
                    null,
                    null,
                    null,
                    l.botanicalName(),
                    l.operatorNumber(),
                    l.traceabilityCode(),
                    l.countryOfOrigin()))
        .toList();
  }

  private @Nullable LocalDate date(
      @Nullable String text, String field, Map<String, String> errors) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return DeliveryInputs.date(text);
    } catch (InvalidValue e) {
      errors.put(field, message(e));
      return null;
    }
  }

  private String message(InvalidValue e) {
    return messages.getMessage(
        "error." + e.code(), e.args(), e.getMessage(), LocaleContextHolder.getLocale());
  }
}
