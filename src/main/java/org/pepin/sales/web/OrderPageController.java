package org.pepin.sales.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.pepin.customers.CustomerId;
import org.pepin.customers.CustomerView;
import org.pepin.customers.Customers;
import org.pepin.platform.ChangeHistory;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.CompanyId;
import org.pepin.platform.ExportFormat;
import org.pepin.platform.Exports;
import org.pepin.platform.Member;
import org.pepin.platform.Members;
import org.pepin.platform.PageSection;
import org.pepin.platform.PageSectionContribution;
import org.pepin.platform.ResourceNotFound;
import org.pepin.platform.TermsOfSale;
import org.pepin.platform.UserId;
import org.pepin.sales.OrderFilter;
import org.pepin.sales.OrderId;
import org.pepin.sales.OrderStatus;
import org.pepin.sales.OrderView;
import org.pepin.sales.SalesLine;
import org.pepin.sales.SendRequest;
import org.pepin.sales.document.SalesSettingsStore;
import org.pepin.sales.order.OrderAmendments;
import org.pepin.sales.order.OrderDocuments;
import org.pepin.sales.order.OrderSearch;
import org.pepin.sales.order.OrderSending;
import org.pepin.sales.order.OrderService;
import org.pepin.sales.web.SalesApiAmounts.PricedLine;
import org.pepin.shared.DocumentTotals;
import org.pepin.shared.EmailAddress;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.Money;
import org.pepin.shared.Percentage;
import org.pepin.shared.Quantity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Ventes › Commandes: the order list (filters, sorting, pages, exports) and the order page (header
 * with status and the reason of a hold, customer, quote, references, lines with ordered / delivered
 * / invoiced / remaining quantities, totals per rate, down payments, amendments, history) with the
 * actions its state and the user's roles allow: confirm, release, cancel, send, PDF, amend (the
 * editor's form).
 */
@Controller
@RequestMapping("/sales/orders")
class OrderPageController {

  static final int PAGE_SIZE = 50;
  static final int HISTORY_SHOWN = 50;

  private final OrderService orders;
  private final OrderSearch search;
  private final OrderDocuments documents;
  private final OrderSending sending;
  private final OrderAmendments amendments;
  private final Customers customers;
  private final Members members;
  private final ChangeHistory history;
  private final TermsOfSale terms;
  private final SalesSettingsStore settings;
  private final CompanyClock clock;
  private final Exports exports;
  private final MessageSource messages;
  private final ObjectProvider<PageSectionContribution> contributions;

  OrderPageController(
      OrderService orders,
      OrderSearch search,
      OrderDocuments documents,
      OrderSending sending,
      OrderAmendments amendments,
      Customers customers,
      Members members,
      ChangeHistory history,
      TermsOfSale terms,
      SalesSettingsStore settings,
      CompanyClock clock,
      Exports exports,
      MessageSource messages,
      ObjectProvider<PageSectionContribution> contributions) {
    this.orders = orders;
    this.search = search;
    this.documents = documents;
    this.sending = sending;
    this.amendments = amendments;
    this.customers = customers;
    this.members = members;
    this.history = history;
    this.terms = terms;
    this.settings = settings;
    this.clock = clock;
    this.exports = exports;
    this.messages = messages;
    this.contributions = contributions;
  }

  // ---------------------------------------------------------------- list

  /** The list's filters as request parameters (all text, checked leniently). */
  record ListParams(
      @Nullable String q,
      @Nullable String status,
      @Nullable String customer,
      @Nullable String rep,
      @Nullable String from,
      @Nullable String to,
      @Nullable String min,
      @Nullable String max,
      @Nullable String sort) {

    /** The sort asked if the list sorts on it, else the default (most recently changed first). */
    String sortOrDefault() {
      String s = OrderInputs.clean(sort);
      if (s == null) {
        return OrderSearch.DEFAULT_SORT + ",desc";
      }
      String field = s.split(",", 2)[0].strip();
      return OrderSearch.SORTS.containsKey(field) ? s : OrderSearch.DEFAULT_SORT + ",desc";
    }
  }

  /** The filter of the list; a value that cannot be read is left out and reported. */
  OrderFilter filter(CompanyId company, ListParams p, List<String> problems) {
    Locale locale = LocaleContextHolder.getLocale();
    Set<OrderStatus> statuses =
        lenient(() -> OrderInputs.statuses(p.status()), Set.of(), problems, locale);
    CustomerId customer =
        lenient(
            () ->
                OrderInputs.clean(p.customer()) == null
                    ? null
                    : OrderInputs.customer(customers, company, p.customer()),
            new CustomerId(new UUID(0, 0)),
            problems,
            locale);
    UserId rep =
        lenient(
            () -> OrderInputs.clean(p.rep()) == null ? null : OrderInputs.user(p.rep()),
            null,
            problems,
            locale);
    LocalDate from = lenient(() -> OrderInputs.optionalDate(p.from()), null, problems, locale);
    LocalDate to = lenient(() -> OrderInputs.optionalDate(p.to()), null, problems, locale);
    Money min = lenient(() -> amount(p.min()), null, problems, locale);
    Money max = lenient(() -> amount(p.max()), null, problems, locale);
    String text = OrderInputs.clean(p.q());
    if (text != null && text.length() > 100) {
      text = text.substring(0, 100);
    }
    return new OrderFilter(text, statuses, customer, rep, from, to, min, max);
  }

  private static @Nullable Money amount(@Nullable String text) {
    BigDecimal value = OrderInputs.optionalDecimal(text);
    return value == null ? null : Money.rounded(value);
  }

  /** The value read, or {@code otherwise} with the reason it cannot be read among the problems. */
  private <T> T lenient(
      Supplier<T> read, @Nullable T otherwise, List<String> problems, Locale locale) {
    try {
      return read.get();
    } catch (InvalidValue e) {
      problems.add(message(e, locale));
      return otherwise;
    }
  }

  @GetMapping
  String list(
      CompanyId company,
      Member member,
      @ModelAttribute("params") ListParams params,
      @RequestParam(name = "page", required = false) @Nullable String page,
      Model model) {
    List<String> problems = new ArrayList<>();
    OrderFilter filter = filter(company, params, problems);
    var query =
        SalesApiCalls.query(
            pageNumber(page),
            PAGE_SIZE,
            params.sortOrDefault(),
            OrderSearch.SORTS,
            OrderSearch.DEFAULT_SORT);
    var result = search.search(company, filter, query);
    model.addAttribute("result", result);
    model.addAttribute("problems", problems);
    model.addAttribute("statuses", OrderStatus.values());
    model.addAttribute("statusClasses", STATUS_CLASSES);
    model.addAttribute("members", members.of(company));
    model.addAttribute("sortField", query.sort());
    model.addAttribute("sortAscending", query.ascending());
    model.addAttribute("canWrite", OrderRoutes.canWrite(member));
    model.addAttribute(
        "filtered",
        filter.text() != null
            || !filter.statuses().isEmpty()
            || filter.customer() != null
            || filter.salesRep() != null
            || filter.from() != null
            || filter.to() != null
            || filter.minGross() != null
            || filter.maxGross() != null);
    return "sales/order-list";
  }

  private static @Nullable Integer pageNumber(@Nullable String page) {
    if (page == null || !page.strip().matches("\\d{1,6}")) {
      return null;
    }
    return Integer.valueOf(page.strip());
  }

  @GetMapping("/export.{format}")
  void export(
      CompanyId company,
      @PathVariable("format") String format,
      @ModelAttribute("params") ListParams params,
      HttpServletResponse response)
      throws IOException {
    ExportFormat chosen =
        ExportFormat.parse(format).orElseThrow(() -> new ResourceNotFound("export", format));
    OrderFilter filter = filter(company, params, new ArrayList<>());
    String[] sort = params.sortOrDefault().split(",", 2);
    boolean ascending = sort.length < 2 || !sort[1].strip().equalsIgnoreCase("desc");
    Locale locale = LocaleContextHolder.getLocale();
    response.setContentType(chosen.contentType());
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment()
            .filename(
                exports.fileName(OrderTables.ORDERS, chosen, locale, clock.today(company)),
                StandardCharsets.UTF_8)
            .build()
            .toString());
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    exports.write(
        OrderTables.ORDERS,
        chosen,
        locale,
        response.getOutputStream(),
        sink -> search.forEach(company, filter, sort[0].strip(), ascending, sink));
  }

  // ---------------------------------------------------------------- page

  /** One line of the order with its amounts and what remains to deliver. */
  record LineRow(
      SalesLine line,
      DocumentTotals.@Nullable LineResult amounts,
      Quantity remaining,
      @Nullable Money remainingNet,
      @Nullable Money margin) {}

  @GetMapping("/{id}")
  String show(CompanyId company, Member member, @PathVariable("id") OrderId id, Model model) {
    return page(company, member, orders.get(company, id), model);
  }

  private String page(CompanyId company, Member member, OrderView order, Model model) {
    Locale locale = LocaleContextHolder.getLocale();
    CustomerView customer = customers.find(company, order.customer()).orElse(null);
    model.addAttribute("order", order);
    model.addAttribute("customer", customer);
    model.addAttribute("statusClass", statusClass(order.status()));
    model.addAttribute("heldReason", heldReason(order, locale));
    model.addAttribute("quoteReference", documents.quoteReference(company, order));
    model.addAttribute(
        "salesRepName",
        order.salesRep() == null
            ? null
            : members.find(company, order.salesRep()).map(Member::displayName).orElse(null));
    List<LineRow> rows = rows(order);
    model.addAttribute("lines", rows);
    boolean margins = OrderRoutes.seesMargin(member);
    model.addAttribute("seesMargin", margins);
    if (margins) {
      List<Money> known = rows.stream().map(LineRow::margin).filter(m -> m != null).toList();
      Money margin = known.isEmpty() ? null : Money.sum(known);
      model.addAttribute("margin", margin);
      model.addAttribute(
          "marginRate",
          margin == null || order.totals().totalNet().isZero()
              ? null
              : new Percentage(
                  margin
                      .amount()
                      .multiply(BigDecimal.valueOf(100))
                      .divide(order.totals().totalNet().amount(), 1, RoundingMode.HALF_UP)));
    }
    model.addAttribute("downPayment", OrderDocuments.downPayment(order));
    model.addAttribute(
        "paymentTerms", order.paymentTerms() == null ? null : order.paymentTerms().label(locale));
    model.addAttribute(
        "terms", order.termsOfSale() == null ? null : terms.version(company, order.termsOfSale()));
    var amended = amendments.of(company, order.id());
    model.addAttribute("amendments", amended);
    Map<UserId, String> names = new HashMap<>();
    for (var a : amended) {
      if (a.by() != null) {
        members.find(company, a.by()).ifPresent(m -> names.put(a.by(), m.displayName()));
      }
    }
    model.addAttribute("amendedBy", names);
    model.addAttribute(
        "history", history.of(company, OrderService.ENTITY, order.id(), HISTORY_SHOWN));
    boolean writer = OrderRoutes.canWrite(member);
    boolean open = order.status().amendable() && !order.anythingDelivered();
    model.addAttribute("canConfirm", writer && order.status() == OrderStatus.DRAFT);
    model.addAttribute(
        "canRelease", OrderRoutes.canRelease(member) && order.status() == OrderStatus.HELD);
    model.addAttribute("canCancel", writer && open);
    model.addAttribute("canAmend", writer && open);
    model.addAttribute("canSend", writer && OrderSending.sendable(order.status()));
    model.addAttribute(
        "commitmentMissing",
        customer != null && customer.commitmentRequired() && order.commitmentNumber() == null);
    model.addAttribute("customerEmail", customer == null ? null : customer.email());
    model.addAttribute("withdrawalDays", settings.get(company).withdrawalDays());
    model.addAttribute("sections", sections(company, order.id(), member));
    return "sales/order-page";
  }

  /**
   * The blocks other modules add to the order page ({@link PageSectionContribution#ORDER_PAGE}).
   */
  private List<PageSection> sections(CompanyId company, OrderId id, Member member) {
    return contributions
        .orderedStream()
        .flatMap(
            c ->
                c
                    .sections(PageSectionContribution.ORDER_PAGE, company, id.value(), member)
                    .stream())
        .sorted(java.util.Comparator.comparingInt(PageSection::order))
        .toList();
  }

  /** The badge class of each status, by name, for the list. */
  static final Map<String, String> STATUS_CLASSES =
      java.util.Arrays.stream(OrderStatus.values())
          .collect(java.util.stream.Collectors.toUnmodifiableMap(Enum::name, s -> statusClass(s)));

  static String statusClass(OrderStatus status) {
    return switch (status) {
      case DRAFT, CANCELLED -> "status-off";
      case WITHDRAWAL_PERIOD, PARTIALLY_DELIVERED -> "status-warn";
      case HELD -> "status-error";
      case CONFIRMED -> "status-info";
      case DELIVERED, INVOICED -> "status-ok";
    };
  }

  /** The credit check's reason in the reader's language, or its key when no message exists. */
  private @Nullable String heldReason(OrderView order, Locale locale) {
    if (order.status() != OrderStatus.HELD || order.statusReason() == null) {
      return null;
    }
    try {
      return messages.getMessage(order.statusReason(), order.statusArgs().toArray(), locale);
    } catch (NoSuchMessageException e) {
      return order.statusReason();
    }
  }

  static List<LineRow> rows(OrderView order) {
    List<LineRow> rows = new ArrayList<>();
    for (PricedLine priced : SalesApiAmounts.priced(order.lines(), order.totals())) {
      SalesLine line = priced.line();
      DocumentTotals.LineResult amounts = priced.amounts();
      if (amounts == null) {
        rows.add(new LineRow(line, null, Quantity.of(0), null, null));
        continue;
      }
      Quantity remaining = line.remainingToDeliver();
      Money remainingNet =
          line.quantity() == null || line.quantity().value().signum() == 0
              ? null
              : Money.rounded(
                  amounts
                      .net()
                      .amount()
                      .multiply(remaining.value())
                      .divide(line.quantity().value(), 6, RoundingMode.HALF_UP));
      rows.add(
          new LineRow(
              line, amounts, remaining, remainingNet, line.margin(amounts.discountShare())));
    }
    return rows;
  }

  @GetMapping("/{id}/pdf")
  ResponseEntity<byte[]> pdf(CompanyId company, @PathVariable("id") OrderId id) {
    OrderView order = orders.get(company, id);
    byte[] pdf = documents.pdf(company, order);
    return SalesApiCalls.pdf(ContentDisposition.inline(), OrderDocuments.fileName(order))
        .cacheControl(CacheControl.noStore())
        .body(pdf);
  }

  // ---------------------------------------------------------------- actions

  @PostMapping("/{id}/confirm")
  String confirm(
      CompanyId company,
      Member member,
      @PathVariable("id") OrderId id,
      @RequestParam(name = "version", required = false) @Nullable Integer version,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    OrderView order = orders.get(company, id);
    int read = version == null ? order.version() : version;
    return act(
        company,
        member,
        id,
        "confirm",
        () ->
            switch (orders.confirm(company, member, id, read)) {
              case HELD -> "toast.order.held";
              case WITHDRAWAL_PERIOD -> "toast.order.withdrawal";
              default -> "toast.order.confirmed";
            },
        model,
        response,
        redirect);
  }

  @PostMapping("/{id}/release")
  String release(
      CompanyId company,
      Member member,
      @PathVariable("id") OrderId id,
      @RequestParam(name = "note", required = false) @Nullable String note,
      @RequestParam(name = "version", required = false) @Nullable Integer version,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    orders.get(company, id);
    return act(
        company,
        member,
        id,
        "release",
        () -> {
          orders.release(company, member, id, version, note == null ? "" : note);
          return "toast.order.released";
        },
        model,
        response,
        redirect);
  }

  @PostMapping("/{id}/cancel")
  String cancel(
      CompanyId company,
      Member member,
      @PathVariable("id") OrderId id,
      @RequestParam(name = "reason", required = false) @Nullable String reason,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    orders.get(company, id);
    return act(
        company,
        member,
        id,
        "cancel",
        () -> {
          orders.cancel(company, member, id, reason == null ? "" : reason);
          return "toast.order.cancelled";
        },
        model,
        response,
        redirect);
  }

  @PostMapping("/{id}/send")
  String send(
      CompanyId company,
      Member member,
      @PathVariable("id") OrderId id,
      @RequestParam(name = "to", required = false) @Nullable String to,
      @RequestParam(name = "cc", required = false) @Nullable String cc,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    orders.get(company, id);
    return act(
        company,
        member,
        id,
        "send",
        () -> {
          sending.send(
              company, member, id, new SendRequest(addresses(to), addresses(cc), null, null));
          return "toast.order.sent";
        },
        model,
        response,
        redirect);
  }

  /** Addresses separated by commas, semicolons or spaces; {@code email.format} for a bad one. */
  static List<EmailAddress> addresses(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    String[] parts = text.strip().split("[,;\\s]+");
    if (parts.length > 20) {
      throw new InvalidValue("sales.send.too-many-recipients", "too many recipients", 20);
    }
    List<EmailAddress> list = new ArrayList<>();
    for (String part : parts) {
      if (!part.isBlank()) {
        list.add(new EmailAddress(part));
      }
    }
    return list;
  }

  /**
   * Runs an action of the page: back to the order with the toast the action answers, or the page
   * again if it is refused.
   */
  private String act(
      CompanyId company,
      Member member,
      OrderId id,
      String action,
      Supplier<String> toast,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      redirect.addFlashAttribute("toast", toast.get());
      return "redirect:/sales/orders/" + id;
    } catch (InvalidValue e) {
      return refused(company, member, id, action, e, model, response);
    }
  }

  /** The page again, answering 400, with the refusal's message next to the action. */
  private String refused(
      CompanyId company,
      Member member,
      OrderId id,
      String action,
      InvalidValue e,
      Model model,
      HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    model.addAttribute("failedAction", action);
    model.addAttribute("actionError", message(e, LocaleContextHolder.getLocale()));
    return page(company, member, orders.get(company, id), model);
  }

  private String message(InvalidValue e, Locale locale) {
    return messages.getMessage("error." + e.code(), e.args(), e.getMessage(), locale);
  }
}
