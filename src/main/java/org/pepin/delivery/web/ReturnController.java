package org.pepin.delivery.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.pepin.catalog.LotId;
import org.pepin.customers.CustomerId;
import org.pepin.customers.Customers;
import org.pepin.delivery.DeliveredLot;
import org.pepin.delivery.Deliveries;
import org.pepin.delivery.DeliveryId;
import org.pepin.delivery.DeliveryLine;
import org.pepin.delivery.DeliveryView;
import org.pepin.delivery.ReturnDestination;
import org.pepin.delivery.ReturnId;
import org.pepin.delivery.returns.ReturnDraft;
import org.pepin.delivery.returns.ReturnFilter;
import org.pepin.delivery.returns.ReturnService;
import org.pepin.delivery.returns.ReturnView;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.CompanyId;
import org.pepin.platform.ExportFormat;
import org.pepin.platform.ExportTable;
import org.pepin.platform.Exports;
import org.pepin.platform.Member;
import org.pepin.platform.ResourceNotFound;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.Quantity;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Customer returns on screen: the return form of a delivery ({@code
 * /livraisons/{id}/retours/nouveau}: one row per line and lot it took, a quantity and where it
 * goes), the list of returns with its search, filters (period, customer, destination) and export,
 * and a return's page.
 */
@Controller
class ReturnController {

  static final int LIST_LIMIT = 500;

  private final Deliveries deliveries;
  private final ReturnService returns;
  private final Customers customers;
  private final CompanyClock clock;
  private final MessageSource messages;
  private final Exports exports;

  ReturnController(
      Deliveries deliveries,
      ReturnService returns,
      Customers customers,
      CompanyClock clock,
      MessageSource messages,
      Exports exports) {
    this.deliveries = deliveries;
    this.returns = returns;
    this.customers = customers;
    this.clock = clock;
    this.messages = messages;
    this.exports = exports;
  }

  /** A row of the return form: a delivery line, or one lot of it. */
  record Row(String key, DeliveryLine line, @Nullable DeliveredLot lot, BigDecimal left) {}

  /** The return form as typed; quantities and destinations by row key. */
  record ReturnForm(
      String returnedOn,
      String reason,
      Map<String, String> quantities,
      Map<String, String> destinations) {

    public String quantity(Row row) {
      return quantities.getOrDefault(row.key(), "");
    }

    public String destination(Row row) {
      return destinations.getOrDefault(row.key(), ReturnDestination.LOSS.name());
    }
  }

  static List<Row> rows(DeliveryView d) {
    List<Row> rows = new ArrayList<>();
    for (DeliveryLine l : d.lines()) {
      BigDecimal left = l.quantity().value().subtract(l.returned().value()).max(BigDecimal.ZERO);
      if (l.lots().isEmpty()) {
        rows.add(new Row(l.id().toString(), l, null, left));
      } else {
        for (DeliveredLot lot : l.lots()) {
          rows.add(new Row(l.id() + "_" + lot.lot(), l, lot, left));
        }
      }
    }
    return rows;
  }

  @GetMapping("/livraisons/{id}/retours/nouveau")
  String form(CompanyId company, @PathVariable("id") DeliveryId id, Model model) {
    DeliveryView d = deliveries.get(company, id);
    model.addAttribute(
        "form", new ReturnForm(clock.today(company).toString(), "", Map.of(), Map.of()));
    return formPage(d, Map.of(), model);
  }

  @PostMapping("/livraisons/{id}/retours")
  String record(
      CompanyId company,
      @PathVariable("id") DeliveryId id,
      @RequestParam Map<String, String> params,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    DeliveryView d = deliveries.get(company, id);
    List<Row> rows = rows(d);
    Map<String, String> quantities = new LinkedHashMap<>();
    Map<String, String> destinations = new LinkedHashMap<>();
    for (Row r : rows) {
      quantities.put(r.key(), params.getOrDefault("qty-" + r.key(), ""));
      destinations.put(r.key(), params.getOrDefault("dest-" + r.key(), ""));
    }
    ReturnForm form =
        new ReturnForm(
            params.getOrDefault("returnedOn", ""),
            params.getOrDefault("reason", ""),
            quantities,
            destinations);
    model.addAttribute("form", form);
    Map<String, InvalidValue> errors = new LinkedHashMap<>();
    LocalDate on = null;
    try {
      on = ProofReturnInputs.date(form.returnedOn());
    } catch (InvalidValue e) {
      errors.put("returnedOn", e);
    }
    List<ReturnDraft.Line> lines = new ArrayList<>();
    for (Row r : rows) {
      try {
        BigDecimal q = ProofReturnInputs.quantity(form.quantity(r));
        if (q == null || q.signum() == 0) {
          continue;
        }
        String chosen = form.destination(r);
        ReturnDestination destination =
            chosen.isBlank() ? ReturnDestination.LOSS : destination(chosen);
        LotId lot = r.lot() == null ? null : r.lot().lot();
        lines.add(new ReturnDraft.Line(r.line().id(), lot, new Quantity(q), destination));
      } catch (InvalidValue e) {
        errors.put("row-" + r.key(), e);
      }
    }
    if (errors.isEmpty() && on != null) {
      try {
        ReturnId created = returns.record(company, id, new ReturnDraft(on, form.reason(), lines));
        redirect.addFlashAttribute("toast", "toast.delivery-return-recorded");
        return "redirect:/livraisons/retours/" + created;
      } catch (InvalidValue e) {
        errors.put(fieldOf(e.code()), e);
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return formPage(d, messagesOf(errors), model);
  }

  /** STOCK or LOSS, any case; {@code delivery.return.destination-unknown} for anything else. */
  static ReturnDestination destination(String text) {
    try {
      return ReturnDestination.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidValue(
          "delivery.return.destination-unknown",
          "unknown destination",
          ProofReturnInputs.shorten(text.strip()));
    }
  }

  static String fieldOf(String code) {
    if (code.startsWith("delivery.return.date") || code.startsWith("delivery.proof.date")) {
      return "returnedOn";
    }
    if (code.equals("delivery.return.reason-required")) {
      return "reason";
    }
    return "lines";
  }

  private String formPage(DeliveryView d, Map<String, String> errors, Model model) {
    model.addAttribute("delivery", d);
    model.addAttribute("rows", rows(d));
    model.addAttribute("destinations", ReturnDestination.values());
    model.addAttribute("errors", errors);
    return "delivery/return-form";
  }

  /** The list's filters as typed (the page's query string). */
  record ListParams(
      @Nullable String q,
      @Nullable String from,
      @Nullable String to,
      @Nullable String customer,
      @Nullable String destination) {}

  @GetMapping("/livraisons/retours")
  String list(
      CompanyId company,
      Member member,
      @RequestParam(name = "q", required = false) @Nullable String q,
      @RequestParam(name = "from", required = false) @Nullable String from,
      @RequestParam(name = "to", required = false) @Nullable String to,
      @RequestParam(name = "customer", required = false) @Nullable String customer,
      @RequestParam(name = "destination", required = false) @Nullable String destination,
      Model model) {
    ListParams params = new ListParams(q, from, to, customer, destination);
    Map<String, InvalidValue> errors = new LinkedHashMap<>();
    ReturnFilter filter = filter(company, params, errors);
    model.addAttribute("params", params);
    model.addAttribute("errors", messagesOf(errors));
    model.addAttribute("destinations", ReturnDestination.values());
    List<ReturnView> found = returns.search(company, filter, LIST_LIMIT);
    model.addAttribute("returns", found);
    model.addAttribute("limited", found.size() >= LIST_LIMIT);
    return "delivery/returns";
  }

  @GetMapping("/livraisons/retours/export.{format}")
  void export(
      CompanyId company,
      @PathVariable("format") String format,
      @RequestParam(name = "q", required = false) @Nullable String q,
      @RequestParam(name = "from", required = false) @Nullable String from,
      @RequestParam(name = "to", required = false) @Nullable String to,
      @RequestParam(name = "customer", required = false) @Nullable String customer,
      @RequestParam(name = "destination", required = false) @Nullable String destination,
      HttpServletResponse response)
      throws IOException {
    ExportFormat chosen =
        ExportFormat.parse(format).orElseThrow(() -> new ResourceNotFound("export", format));
    ReturnFilter filter =
        filter(company, new ListParams(q, from, to, customer, destination), new LinkedHashMap<>());
    Locale locale = LocaleContextHolder.getLocale();
    record ExportRow(ReturnView r, ReturnView.Line l) {}
    ExportTable<ExportRow> table =
        ExportTable.<ExportRow>titled("returns.title")
            .text("returns.col.number", x -> x.r().number())
            .date("returns.col.date", x -> x.r().returnedOn())
            .text("returns.col.delivery", x -> x.r().deliveryNumber())
            .text("returns.col.customer-code", x -> x.r().customerCode())
            .text("returns.col.customer", x -> x.r().customerName())
            .text("returns.col.reason", x -> x.r().reason())
            .text("returns.col.product-code", x -> x.l().productCode())
            .text("returns.col.designation", x -> x.l().designation())
            .text("returns.col.lot", x -> x.l().lotNumber())
            .decimal("returns.col.quantity", x -> x.l().quantity().value())
            .label("returns.col.destination", "returnDestination.", x -> x.l().destination())
            .decimal("returns.col.credited", x -> x.l().credited().value());
    List<ExportRow> rows = new ArrayList<>();
    for (ReturnView r : returns.search(company, filter, 100_000)) {
      r.lines().forEach(l -> rows.add(new ExportRow(r, l)));
    }
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

  @GetMapping("/livraisons/retours/{id}")
  String page(CompanyId company, @PathVariable("id") ReturnId id, Model model) {
    ReturnView r = returns.get(company, id);
    model.addAttribute("ret", r);
    model.addAttribute("destinations", ReturnDestination.values());
    return "delivery/return";
  }

  /** The filter; a value that does not read is named in the errors and left out. */
  ReturnFilter filter(CompanyId company, ListParams p, Map<String, InvalidValue> errors) {
    LocalDate from = optionalDate("from", p.from(), errors);
    LocalDate to = optionalDate("to", p.to(), errors);
    CustomerId customer = null;
    if (p.customer() != null && !p.customer().isBlank()) {
      customer =
          customers
              .findByCode(company, p.customer().strip().toUpperCase(Locale.ROOT))
              .map(c -> c.id())
              .orElseGet(
                  () -> {
                    errors.put(
                        "customer",
                        new InvalidValue(
                            "delivery.return.customer-unknown",
                            "no customer",
                            ProofReturnInputs.shorten(p.customer().strip())));
                    return null;
                  });
    }
    ReturnDestination destination = null;
    if (p.destination() != null && !p.destination().isBlank()) {
      try {
        destination = destination(p.destination());
      } catch (InvalidValue e) {
        errors.put("destination", e);
      }
    }
    String text = p.q() == null || p.q().isBlank() ? null : p.q().strip();
    if (text != null && text.length() > 100) {
      text = text.substring(0, 100);
    }
    if (customer == null && errors.containsKey("customer")) {
      // an unknown customer finds nothing rather than everything
      customer = new CustomerId(new java.util.UUID(0, 0));
    }
    return new ReturnFilter(text, from, to, customer, destination);
  }

  private static @Nullable LocalDate optionalDate(
      String field, @Nullable String text, Map<String, InvalidValue> errors) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return ProofReturnInputs.date(text);
    } catch (InvalidValue e) {
      errors.put(field, e);
      return null;
    }
  }

  private Map<String, String> messagesOf(Map<String, InvalidValue> errors) {
    Locale locale = LocaleContextHolder.getLocale();
    Map<String, String> texts = new LinkedHashMap<>();
    errors.forEach(
        (field, e) ->
            texts.put(field, messages.getMessage("error." + e.code(), e.args(), e.code(), locale)));
    return texts;
  }
}
