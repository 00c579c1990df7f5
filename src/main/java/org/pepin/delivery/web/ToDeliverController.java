package org.pepin.delivery.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.pepin.customers.CustomerId;
import org.pepin.delivery.DeliveryId;
import org.pepin.delivery.note.DeliveryFollowUp;
import org.pepin.delivery.note.DeliveryService;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.CompanyId;
import org.pepin.platform.Member;
import org.pepin.sales.OrderId;
import org.pepin.sales.OrderStatus;
import org.pepin.sales.OrderView;
import org.pepin.sales.Orders;
import org.pepin.sales.SalesLine;
import org.pepin.shared.InvalidValue;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Livraisons › À livrer: the orders waiting for goods (confirmed or partly delivered), one row per
 * order with what remains to deliver, filtered by customer and text; several orders of one customer
 * are prepared into one delivery note ({@code POST /livraisons/preparer}, which the order page uses
 * too with a single order).
 */
@Controller
class ToDeliverController {

  private final Orders orders;
  private final DeliveryService deliveries;
  private final CompanyClock clock;
  private final MessageSource messages;
  private final DeliveryFollowUp followUp;

  ToDeliverController(
      Orders orders,
      DeliveryService deliveries,
      CompanyClock clock,
      MessageSource messages,
      DeliveryFollowUp followUp) {
    this.orders = orders;
    this.deliveries = deliveries;
    this.clock = clock;
    this.messages = messages;
    this.followUp = followUp;
  }

  /**
   * A goods line left to deliver: « 25 × PHO-C4-6080 », with the date a backorder is expected
   * (given when the delivery that left it was validated).
   */
  record Goods(
      java.math.BigDecimal quantity,
      String code,
      String designation,
      @Nullable LocalDate expectedOn) {}

  /**
   * One order of the list.
   *
   * @param overdueDays the days since the requested date has passed, 0 when it has not
   */
  record Row(
      OrderView order,
      String customerCode,
      String customerName,
      int overdueDays,
      List<Goods> goods,
      String statusClass) {}

  /** A customer who has orders to deliver, for the filter. */
  record CustomerChoice(CustomerId id, String code, String name) {}

  @GetMapping("/livraisons/a-livrer")
  String list(
      CompanyId company,
      Member member,
      @RequestParam(name = "customer", required = false) @Nullable String customer,
      @RequestParam(name = "q", required = false) @Nullable String q,
      Model model) {
    return page(company, member, customer, q, List.of(), null, model);
  }

  @PostMapping("/livraisons/preparer")
  String prepare(
      CompanyId company,
      Member member,
      @RequestParam(name = "order", required = false) @Nullable List<String> order,
      @RequestParam(name = "plannedOn", required = false) @Nullable String plannedOn,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    List<String> chosen = order == null ? List.of() : order;
    try {
      if (chosen.size() > DeliveryApi.MAX_ORDERS) {
        throw new InvalidValue(
            "delivery.input.too-many-orders", "too many orders", DeliveryApi.MAX_ORDERS);
      }
      List<OrderId> ids = new ArrayList<>();
      for (String text : chosen) {
        if (!text.isBlank()) {
          ids.add(new OrderId(DeliveryInputs.id(text)));
        }
      }
      DeliveryId id = deliveries.prepare(company, ids, DeliveryInputs.date(plannedOn));
      redirect.addFlashAttribute("toast", "toast.delivery.prepared");
      return "redirect:/livraisons/" + id;
    } catch (InvalidValue e) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return page(company, member, null, null, chosen, message(e), model);
    }
  }

  private String page(
      CompanyId company,
      Member member,
      @Nullable String customer,
      @Nullable String q,
      List<String> selected,
      @Nullable String error,
      Model model) {
    LocalDate today = clock.today(company);
    List<OrderView> all = orders.toDeliver(company, null);
    Map<CustomerId, CustomerChoice> customers = new LinkedHashMap<>();
    all.forEach(
        o ->
            customers.putIfAbsent(
                o.customer(),
                new CustomerChoice(
                    o.customer(), o.customerSnapshot().code(), o.customerSnapshot().name())));
    String customerFilter = DeliveryInputs.clean(customer);
    String text = DeliveryInputs.clean(q);
    String needle = text == null ? null : text.toLowerCase(Locale.ROOT);
    Map<java.util.UUID, LocalDate> expected =
        followUp.expectedDates(
            company,
            all.stream()
                .filter(o -> o.status() == OrderStatus.PARTIALLY_DELIVERED)
                .flatMap(o -> o.lines().stream())
                .filter(l -> l.deliverable() && l.remainingToDeliver().value().signum() > 0)
                .map(l -> l.id().value())
                .toList());
    List<Row> rows = new ArrayList<>();
    for (OrderView o : all) {
      if (customerFilter != null && !o.customer().value().toString().equals(customerFilter)) {
        continue;
      }
      List<Goods> goods = new ArrayList<>();
      for (SalesLine l : o.lines()) {
        if (l.deliverable() && l.remainingToDeliver().value().signum() > 0) {
          goods.add(
              new Goods(
                  l.remainingToDeliver().value(),
                  String.valueOf(l.productCode()),
                  l.designation(),
                  expected.get(l.id().value())));
        }
      }
      if (needle != null && !matches(o, goods, needle)) {
        continue;
      }
      int overdue =
          o.requestedDelivery() != null && o.requestedDelivery().isBefore(today)
              ? (int) ChronoUnit.DAYS.between(o.requestedDelivery(), today)
              : 0;
      rows.add(
          new Row(
              o,
              o.customerSnapshot().code(),
              o.customerSnapshot().name(),
              overdue,
              goods,
              o.status() == OrderStatus.PARTIALLY_DELIVERED ? "status-warn" : "status-info"));
    }
    model.addAttribute("rows", rows);
    model.addAttribute("customers", List.copyOf(customers.values()));
    model.addAttribute("customer", customerFilter);
    model.addAttribute("q", text);
    model.addAttribute("selected", selected);
    model.addAttribute("prepareError", error);
    model.addAttribute("filtered", customerFilter != null || text != null);
    model.addAttribute("canWrite", DeliveryRoutes.canWrite(member));
    return "delivery/to-deliver";
  }

  private static boolean matches(OrderView o, List<Goods> goods, String needle) {
    if (contains(o.number(), needle)
        || contains(o.customerSnapshot().name(), needle)
        || contains(o.customerSnapshot().code(), needle)
        || contains(o.customerReference(), needle)) {
      return true;
    }
    return goods.stream()
        .anyMatch(g -> contains(g.code(), needle) || contains(g.designation(), needle));
  }

  private static boolean contains(@Nullable String value, String needle) {
    return value != null && value.toLowerCase(Locale.ROOT).contains(needle);
  }

  static String quantity(java.math.BigDecimal value) {
    String plain = value.stripTrailingZeros().toPlainString();
    return "fr".equals(LocaleContextHolder.getLocale().getLanguage())
        ? plain.replace('.', ',')
        : plain;
  }

  private String message(InvalidValue e) {
    return messages.getMessage(
        "error." + e.code(), e.args(), e.getMessage(), LocaleContextHolder.getLocale());
  }
}
