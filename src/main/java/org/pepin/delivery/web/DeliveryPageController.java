package org.pepin.delivery.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.pepin.catalog.Lot;
import org.pepin.catalog.LotId;
import org.pepin.catalog.StockMovements;
import org.pepin.delivery.DeliveredLot;
import org.pepin.delivery.DeliveryDraft;
import org.pepin.delivery.DeliveryId;
import org.pepin.delivery.DeliveryLine;
import org.pepin.delivery.DeliveryStatus;
import org.pepin.delivery.DeliveryView;
import org.pepin.delivery.Transport;
import org.pepin.delivery.note.DeliveryService;
import org.pepin.platform.ChangeHistory;
import org.pepin.platform.CompanyId;
import org.pepin.platform.ConcurrentModification;
import org.pepin.platform.Member;
import org.pepin.sales.OrderId;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.Quantity;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The delivery note's page: header (number or « Brouillon », customer, address and access notes,
 * planned date, transport, carrier, round, notes), status bar, the orders it delivers, and its
 * lines. A draft is edited here (dates, transport, each line's quantity, over-delivery and lots),
 * validated — once, after a warning: the stock leaves and the note no longer changes — or cancelled
 * with a reason. A shipped note shows the lots with their plant passports, the backorder of each
 * line and the note's history.
 */
@Controller
class DeliveryPageController {

  static final int HISTORY_SHOWN = 50;

  private final DeliveryService deliveries;
  private final StockMovements stock;
  private final ChangeHistory history;
  private final MessageSource messages;

  DeliveryPageController(
      DeliveryService deliveries,
      StockMovements stock,
      ChangeHistory history,
      MessageSource messages) {
    this.deliveries = deliveries;
    this.stock = stock;
    this.history = history;
    this.messages = messages;
  }

  /** What the draft's form holds, as typed (kept when the form comes back with errors). */
  record DraftForm(
      int version,
      String plannedOn,
      String transport,
      String carrier,
      String roundName,
      String notes,
      Map<String, LineInput> lines) {

    /** A line as typed: its quantity, the over-delivery box and the quantity per lot id. */
    record LineInput(String quantity, boolean over, Map<String, String> lots) {}

    static DraftForm of(DeliveryView d) {
      Map<String, LineInput> lines = new LinkedHashMap<>();
      for (DeliveryLine l : d.lines()) {
        Map<String, String> lots = new LinkedHashMap<>();
        l.lots().forEach(x -> lots.put(x.lot().value().toString(), text(x.quantity().value())));
        lines.put(
            l.orderLine().value().toString(),
            new LineInput(text(l.quantity().value()), l.overDelivery(), lots));
      }
      return new DraftForm(
          d.version(),
          d.plannedOn().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")),
          d.transport().name(),
          nz(d.carrier()),
          nz(d.roundName()),
          nz(d.notes()),
          lines);
    }

    /** The form of the request's parameters ({@code qty_<line>}, {@code lot_<line>_<lot>}…). */
    static DraftForm of(DeliveryView d, MultiValueMap<String, String> p) {
      Map<String, LineInput> lines = new LinkedHashMap<>();
      for (DeliveryLine l : d.lines()) {
        String key = l.orderLine().value().toString();
        Map<String, String> lots = new LinkedHashMap<>();
        String prefix = "lot_" + key + "_";
        p.forEach(
            (name, values) -> {
              if (name.startsWith(prefix) && !values.isEmpty()) {
                lots.put(name.substring(prefix.length()), nz(values.get(0)));
              }
            });
        lines.put(
            key, new LineInput(nz(p.getFirst("qty_" + key)), p.containsKey("over_" + key), lots));
      }
      int version;
      try {
        version = Integer.parseInt(nz(p.getFirst("version")).strip());
      } catch (NumberFormatException e) {
        version = -1;
      }
      return new DraftForm(
          version,
          nz(p.getFirst("plannedOn")),
          nz(p.getFirst("transport")),
          nz(p.getFirst("carrier")),
          nz(p.getFirst("roundName")),
          nz(p.getFirst("notes")),
          lines);
    }

    /** The value typed for a lot of a line, empty if none. */
    public String lot(String line, String lot) {
      LineInput input = lines.get(line);
      return input == null ? "" : input.lots().getOrDefault(lot, "");
    }
  }

  /** A lot one may take for a line: on hand, or already on it. */
  record LotChoice(String id, String number, @Nullable Quantity onHand, @Nullable LocalDate on) {}

  /** A line of the page with the lots it may take. */
  record LineView(DeliveryLine line, String key, List<LotChoice> lots) {}

  /** The errors of a form: against a field (name → message) and all of them for the summary. */
  record Errors(Map<String, String> fields, List<String> all) {
    Errors() {
      this(new LinkedHashMap<>(), new ArrayList<>());
    }

    public void add(@Nullable String field, String message) {
      if (field != null) {
        fields.putIfAbsent(field, message);
      }
      all.add(message);
    }

    public boolean any() {
      return !all.isEmpty();
    }
  }

  @GetMapping("/livraisons/{id}")
  String show(CompanyId company, Member member, @PathVariable("id") DeliveryId id, Model model) {
    DeliveryView d = deliveries.get(company, id);
    return page(company, member, d, DraftForm.of(d), new Errors(), null, model);
  }

  @PostMapping("/livraisons/{id}")
  String update(
      CompanyId company,
      Member member,
      @PathVariable("id") DeliveryId id,
      @RequestParam MultiValueMap<String, String> params,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    DeliveryView d = deliveries.get(company, id);
    DraftForm form = DraftForm.of(d, params);
    Errors errors = new Errors();
    DeliveryDraft draft = draft(d, form, errors);
    if (draft != null && !errors.any()) {
      try {
        deliveries.update(company, id, form.version(), draft);
        redirect.addFlashAttribute("toast", "toast.delivery.saved");
        return "redirect:/livraisons/" + id;
      } catch (InvalidValue e) {
        errors.add(field(d, e), message(e));
      } catch (ConcurrentModification e) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        errors.add(null, messages.getMessage("error.concurrent", null, locale()));
        return page(company, member, d, form, errors, null, model);
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return page(company, member, d, form, errors, null, model);
  }

  @PostMapping("/livraisons/{id}/valider")
  String validate(
      CompanyId company,
      Member member,
      @PathVariable("id") DeliveryId id,
      @RequestParam(name = "version", required = false) @Nullable Integer version,
      @RequestParam(name = "backorderOn", required = false) @Nullable String backorderOn,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    DeliveryView d = deliveries.get(company, id);
    Errors errors = new Errors();
    try {
      LocalDate expected = DeliveryInputs.date(backorderOn);
      deliveries.validate(company, id, version == null ? -1 : version, expected);
      redirect.addFlashAttribute("toast", "toast.delivery.shipped");
      return "redirect:/livraisons/" + id;
    } catch (InvalidValue e) {
      errors.add(e.code().equals("delivery.form.date") ? "backorderOn" : field(d, e), message(e));
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    } catch (ConcurrentModification e) {
      errors.add(null, messages.getMessage("error.concurrent", null, locale()));
      response.setStatus(HttpServletResponse.SC_CONFLICT);
    }
    model.addAttribute("backorderOn", backorderOn);
    return page(company, member, d, DraftForm.of(d), errors, "validate", model);
  }

  @PostMapping("/livraisons/{id}/annuler")
  String cancel(
      CompanyId company,
      Member member,
      @PathVariable("id") DeliveryId id,
      @RequestParam(name = "version", required = false) @Nullable Integer version,
      @RequestParam(name = "reason", required = false) @Nullable String reason,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    DeliveryView d = deliveries.get(company, id);
    Errors errors = new Errors();
    try {
      deliveries.cancel(company, id, version == null ? -1 : version, reason == null ? "" : reason);
      redirect.addFlashAttribute("toast", "toast.delivery.cancelled");
      return "redirect:/livraisons/" + id;
    } catch (InvalidValue e) {
      errors.add(e.code().equals("delivery.reason-required") ? "reason" : null, message(e));
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    } catch (ConcurrentModification e) {
      errors.add(null, messages.getMessage("error.concurrent", null, locale()));
      response.setStatus(HttpServletResponse.SC_CONFLICT);
    }
    model.addAttribute("reason", reason);
    return page(company, member, d, DraftForm.of(d), errors, "cancel", model);
  }

  // ---------------------------------------------------------------- form

  /** The draft the form asks for, or {@code null} with the errors against their fields. */
  private @Nullable DeliveryDraft draft(DeliveryView d, DraftForm form, Errors errors) {
    LocalDate planned = null;
    try {
      planned = DeliveryInputs.date(form.plannedOn());
      if (planned == null) {
        errors.add("plannedOn", text("error.delivery.form.planned-required"));
      }
    } catch (InvalidValue e) {
      errors.add("plannedOn", message(e));
    }
    Transport transport = null;
    try {
      transport = Transport.valueOf(form.transport());
    } catch (IllegalArgumentException e) {
      errors.add(
          "transport",
          message(
              new InvalidValue(
                  "delivery.form.choice", "transport", DeliveryInputs.shorten(form.transport()))));
    }
    List<DeliveryDraft.LineDraft> lines = new ArrayList<>();
    for (DeliveryLine l : d.lines()) {
      String key = l.orderLine().value().toString();
      DraftForm.LineInput input = form.lines().get(key);
      try {
        BigDecimal q = DeliveryInputs.quantity(input.quantity());
        if (q.compareTo(l.remaining().value()) > 0 && !input.over()) {
          throw new InvalidValue(
              "sales.order.over-delivery",
              "more than remains",
              l.productCode(),
              text(l.remaining().value()));
        }
        List<DeliveryDraft.LotPick> picks = new ArrayList<>();
        Map<String, BigDecimal> typed = new LinkedHashMap<>();
        for (var lot : input.lots().entrySet()) {
          BigDecimal lq = DeliveryInputs.quantity(lot.getValue());
          if (lq.signum() != 0) {
            typed.put(lot.getKey(), lq);
            picks.add(
                new DeliveryDraft.LotPick(
                    new LotId(DeliveryInputs.id(lot.getKey())), new Quantity(lq)));
          }
        }
        Map<String, BigDecimal> current = new HashMap<>();
        l.lots().forEach(x -> current.put(x.lot().value().toString(), x.quantity().value()));
        boolean lotsUnchanged = same(typed, current);
        boolean quantityChanged = q.compareTo(l.quantity().value()) != 0;
        // lots left as they were for a new quantity, or none typed: taken oldest first again
        List<DeliveryDraft.LotPick> lots =
            picks.isEmpty() || (lotsUnchanged && quantityChanged) ? null : picks;
        lines.add(new DeliveryDraft.LineDraft(l.orderLine(), new Quantity(q), input.over(), lots));
      } catch (InvalidValue e) {
        errors.add(key, message(e));
      }
    }
    if (errors.any() || planned == null || transport == null) {
      return null;
    }
    try {
      return new DeliveryDraft(
          planned, transport, form.carrier(), form.roundName(), form.notes(), lines);
    } catch (InvalidValue e) {
      errors.add(field(d, e), message(e));
      return null;
    }
  }

  private static boolean same(Map<String, BigDecimal> a, Map<String, BigDecimal> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (var e : a.entrySet()) {
      BigDecimal other = b.get(e.getKey());
      if (other == null || other.compareTo(e.getValue()) != 0) {
        return false;
      }
    }
    return true;
  }

  /** The field an error of the service is about, {@code null} for the whole note. */
  private static @Nullable String field(DeliveryView d, InvalidValue e) {
    return switch (e.code()) {
      case "delivery.carrier-required" -> "carrier";
      case "delivery.text-length" -> null;
      case "delivery.lots-total", "sales.order.over-delivery", "stock.insufficient" ->
          e.args().length == 0
              ? null
              : d.lines().stream()
                  .filter(l -> l.productCode().equals(String.valueOf(e.args()[0])))
                  .map(l -> l.orderLine().value().toString())
                  .findFirst()
                  .orElse(null);
      default -> null;
    };
  }

  // ---------------------------------------------------------------- page

  /** An order the note delivers. */
  record LinkedOrder(OrderId id, String number) {}

  private String page(
      CompanyId company,
      Member member,
      DeliveryView d,
      DraftForm form,
      Errors errors,
      @Nullable String failedAction,
      Model model) {
    boolean draft = d.status() == DeliveryStatus.DRAFT;
    boolean writer = DeliveryRoutes.canWrite(member);
    List<LineView> lines = new ArrayList<>();
    Map<org.pepin.catalog.ProductId, List<Lot>> onHand = new HashMap<>();
    for (DeliveryLine l : d.lines()) {
      List<LotChoice> choices = new ArrayList<>();
      if (draft && writer) {
        List<Lot> lots = onHand.computeIfAbsent(l.product(), p -> stock.lotsOnHand(company, p));
        for (Lot lot : lots) {
          choices.add(
              new LotChoice(
                  lot.id().value().toString(),
                  lot.number(),
                  lot.quantityOnHand(),
                  lot.receivedOn()));
        }
        for (DeliveredLot taken : l.lots()) {
          if (lots.stream().noneMatch(x -> x.id().equals(taken.lot()))) {
            choices.add(
                new LotChoice(taken.lot().value().toString(), taken.lotNumber(), null, null));
          }
        }
      }
      lines.add(new LineView(l, l.orderLine().value().toString(), choices));
    }
    Map<OrderId, LinkedOrder> orders = new LinkedHashMap<>();
    d.lines()
        .forEach(l -> orders.putIfAbsent(l.order(), new LinkedOrder(l.order(), l.orderNumber())));
    model.addAttribute("d", d);
    model.addAttribute("form", form);
    model.addAttribute("formErrors", errors);
    model.addAttribute("failedAction", failedAction);
    model.addAttribute("lines", lines);
    model.addAttribute("orders", List.copyOf(orders.values()));
    model.addAttribute("transports", Transport.values());
    model.addAttribute("statusClass", statusClass(d.status()));
    model.addAttribute("editable", draft && writer);
    model.addAttribute("canWrite", writer);
    model.addAttribute(
        "hasBackorder", d.lines().stream().anyMatch(l -> l.backorder().value().signum() > 0));
    model.addAttribute("passports", d.lines().stream().anyMatch(DeliveryLine::passportRequired));
    model.addAttribute(
        "history", history.of(company, DeliveryService.ENTITY, d.id(), HISTORY_SHOWN));
    return "delivery/page";
  }

  static String statusClass(DeliveryStatus status) {
    return switch (status) {
      case DRAFT, CANCELLED -> "status-off";
      case SHIPPED -> "status-info";
      case DELIVERED -> "status-ok";
    };
  }

  private static String nz(@Nullable String text) {
    return text == null ? "" : text;
  }

  static String text(BigDecimal value) {
    return ToDeliverController.quantity(value);
  }

  private String text(String key) {
    return messages.getMessage(key, null, key, locale());
  }

  private static java.util.Locale locale() {
    return LocaleContextHolder.getLocale();
  }

  private String message(InvalidValue e) {
    return messages.getMessage("error." + e.code(), e.args(), e.getMessage(), locale());
  }
}
