package org.pepin.delivery.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.pepin.delivery.DeliveryStatus;
import org.pepin.delivery.Transport;
import org.pepin.delivery.note.DeliverySearch;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.CompanyId;
import org.pepin.platform.ExportFormat;
import org.pepin.platform.ExportTable;
import org.pepin.platform.Exports;
import org.pepin.platform.Member;
import org.pepin.platform.PageQuery;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Livraisons › Bons de livraison: the delivery notes with their search (number, customer, order),
 * filter chips (status, period of the planned date, round, transport), sortable columns, pages, and
 * the CSV/XLSX export of exactly what is filtered.
 */
@Controller
class DeliveryListController {

  static final int PAGE_SIZE = 50;

  static final ExportTable<DeliverySearch.Row> TABLE =
      ExportTable.<DeliverySearch.Row>titled("deliveries.title")
          .text("deliveries.col.number", DeliverySearch.Row::number)
          .label("deliveries.col.status", "deliveryStatus.", DeliverySearch.Row::status)
          .date("deliveries.col.planned", DeliverySearch.Row::plannedOn)
          .date("deliveries.col.shipped", DeliverySearch.Row::shippedOn)
          .text("deliveries.col.customer-code", DeliverySearch.Row::customerCode)
          .text("deliveries.col.customer", DeliverySearch.Row::customerName)
          .text("deliveries.col.city", DeliverySearch.Row::city)
          .text("deliveries.col.orders", DeliverySearch.Row::orderNumbers)
          .label("deliveries.col.transport", "transport.", DeliverySearch.Row::transport)
          .text("deliveries.col.carrier", DeliverySearch.Row::carrier)
          .text("deliveries.col.round", DeliverySearch.Row::roundName)
          .decimal("deliveries.col.quantity", r -> r.quantity().value());

  private final DeliverySearch search;
  private final CompanyClock clock;
  private final Exports exports;
  private final MessageSource messages;

  DeliveryListController(
      DeliverySearch search, CompanyClock clock, Exports exports, MessageSource messages) {
    this.search = search;
    this.clock = clock;
    this.exports = exports;
    this.messages = messages;
  }

  /**
   * The list's filters as request parameters (text, checked leniently).
   *
   * @param from the first planned date, {@code to} the last one (29/11/2026)
   */
  record ListParams(
      @Nullable String q,
      @Nullable String status,
      @Nullable String from,
      @Nullable String to,
      @Nullable String round,
      @Nullable String transport,
      @Nullable String sort) {

    /** The list with these filters, one of them replaced ({@code null} removes it). */
    public String with(String name, @Nullable String value) {
      var b = builder("/livraisons", name, value);
      return b.build().encode().toUriString();
    }

    /** The list over a period of planned dates ({@code null}, {@code null}: any date). */
    public String period(@Nullable String first, @Nullable String last) {
      var b = UriComponentsBuilder.fromUriString(with("from", first));
      b.replaceQueryParam("to", last == null ? new Object[0] : new Object[] {last});
      return b.build().toUriString();
    }

    /** Whether the list is over exactly this period. */
    public boolean isPeriod(@Nullable String first, @Nullable String last) {
      return java.util.Objects.equals(DeliveryInputs.clean(from), first)
          && java.util.Objects.equals(DeliveryInputs.clean(to), last);
    }

    /** The same list sorted by {@code key}: ascending first, then the other way. */
    public String sorted(String key, String current, boolean ascending) {
      return with("sort", key.equals(current) && ascending ? key + ",desc" : key);
    }

    /** The list on another page. */
    public String page(int page) {
      var b = builder("/livraisons", "page", page > 0 ? String.valueOf(page) : null);
      return b.build().encode().toUriString();
    }

    /** The export of exactly what is filtered. */
    public String export(String format) {
      return builder("/livraisons/export." + format, "page", null).build().encode().toUriString();
    }

    private UriComponentsBuilder builder(String path, String name, @Nullable String value) {
      var b = UriComponentsBuilder.fromPath(path);
      add(b, "q", name.equals("q") ? value : q);
      add(b, "status", name.equals("status") ? value : status);
      add(b, "from", name.equals("from") ? value : from);
      add(b, "to", name.equals("to") ? value : to);
      add(b, "round", name.equals("round") ? value : round);
      add(b, "transport", name.equals("transport") ? value : transport);
      add(b, "sort", name.equals("sort") ? value : sort);
      if (name.equals("page")) {
        add(b, "page", value);
      }
      return b;
    }

    private static void add(UriComponentsBuilder b, String name, @Nullable String value) {
      if (value != null && !value.isBlank()) {
        b.queryParam(name, value);
      }
    }
  }

  /** The filter of the parameters; a value that cannot be read is left out and reported. */
  DeliverySearch.Filter filter(ListParams p, List<String> problems) {
    DeliveryStatus status = null;
    String s = DeliveryInputs.clean(p.status());
    if (s != null) {
      try {
        status = DeliveryStatus.valueOf(s);
      } catch (IllegalArgumentException e) {
        problems.add(message(new InvalidValue("delivery.form.choice", "status", shorten(s))));
      }
    }
    Transport transport = null;
    String t = DeliveryInputs.clean(p.transport());
    if (t != null) {
      try {
        transport = Transport.valueOf(t);
      } catch (IllegalArgumentException e) {
        problems.add(message(new InvalidValue("delivery.form.choice", "transport", shorten(t))));
      }
    }
    LocalDate from = date(p.from(), problems);
    LocalDate to = date(p.to(), problems);
    String text = DeliveryInputs.clean(p.q());
    if (text != null && text.length() > 100) {
      text = text.substring(0, 100);
    }
    String round = DeliveryInputs.clean(p.round());
    return new DeliverySearch.Filter(
        text, status == null ? Set.of() : Set.of(status), null, from, to, round, transport);
  }

  private @Nullable LocalDate date(@Nullable String text, List<String> problems) {
    try {
      return DeliveryInputs.date(text);
    } catch (InvalidValue e) {
      problems.add(message(e));
      return null;
    }
  }

  /** The sort asked if the list sorts on it, else the latest planned date first. */
  static PageQuery query(@Nullable Integer page, int size, @Nullable String sort) {
    List<String> allowed = List.copyOf(DeliverySearch.SORTS.keySet());
    try {
      return PageQuery.of(page, size, sort, allowed, DeliverySearch.DEFAULT_SORT + ",desc");
    } catch (InvalidValue e) {
      return PageQuery.of(page, size, null, allowed, DeliverySearch.DEFAULT_SORT + ",desc");
    }
  }

  @GetMapping("/livraisons")
  String list(
      CompanyId company,
      Member member,
      @ModelAttribute("params") ListParams params,
      @RequestParam(name = "page", required = false) @Nullable String page,
      Model model) {
    List<String> problems = new ArrayList<>();
    DeliverySearch.Filter filter = filter(params, problems);
    PageQuery query = query(pageNumber(page), PAGE_SIZE, params.sort());
    var result = search.search(company, filter, query);
    LocalDate today = clock.today(company);
    model.addAttribute("result", result);
    model.addAttribute("problems", problems);
    model.addAttribute("statuses", DeliveryStatus.values());
    model.addAttribute("transports", Transport.values());
    model.addAttribute("rounds", search.rounds(company));
    model.addAttribute("sortKey", query.sort());
    model.addAttribute("ascending", query.ascending());
    model.addAttribute("filtered", filter.any());
    model.addAttribute("today", today);
    Map<org.pepin.delivery.DeliveryId, Long> overdue = new HashMap<>();
    for (DeliverySearch.Row r : result.content()) {
      if (r.status() == DeliveryStatus.DRAFT && r.plannedOn().isBefore(today)) {
        overdue.put(r.id(), ChronoUnit.DAYS.between(r.plannedOn(), today));
      }
    }
    model.addAttribute("overdue", overdue);
    model.addAttribute("weekEnd", today.plusDays(6));
    model.addAttribute("canWrite", DeliveryRoutes.canWrite(member));
    return "delivery/list";
  }

  private static @Nullable Integer pageNumber(@Nullable String page) {
    if (page == null || !page.strip().matches("\\d{1,6}")) {
      return null;
    }
    return Integer.valueOf(page.strip());
  }

  @GetMapping("/livraisons/export.{format}")
  void export(
      CompanyId company,
      @PathVariable("format") String format,
      @ModelAttribute("params") ListParams params,
      HttpServletResponse response)
      throws IOException {
    ExportFormat chosen =
        ExportFormat.parse(format).orElseThrow(() -> new ResourceNotFound("export", format));
    DeliverySearch.Filter filter = filter(params, new ArrayList<>());
    PageQuery query = query(null, PAGE_SIZE, params.sort());
    Locale locale = LocaleContextHolder.getLocale();
    response.setContentType(chosen.contentType());
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment()
            .filename(
                exports.fileName(TABLE, chosen, locale, clock.today(company)),
                StandardCharsets.UTF_8)
            .build()
            .toString());
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    exports.write(
        TABLE,
        chosen,
        locale,
        response.getOutputStream(),
        sink -> search.forEach(company, filter, query.sort(), query.ascending(), sink));
  }

  private String message(InvalidValue e) {
    return messages.getMessage(
        "error." + e.code(), e.args(), e.getMessage(), LocaleContextHolder.getLocale());
  }

  private static String shorten(String text) {
    return DeliveryInputs.shorten(text);
  }
}
