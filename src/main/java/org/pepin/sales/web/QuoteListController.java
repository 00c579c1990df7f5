package org.pepin.sales.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.pepin.customers.CustomerView;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.CompanyId;
import org.pepin.platform.ExportFormat;
import org.pepin.platform.ExportTable;
import org.pepin.platform.Exports;
import org.pepin.platform.Member;
import org.pepin.platform.Members;
import org.pepin.platform.PageQuery;
import org.pepin.platform.ResourceNotFound;
import org.pepin.platform.UserId;
import org.pepin.sales.QuoteFilter;
import org.pepin.sales.QuoteRow;
import org.pepin.sales.QuoteStatus;
import org.pepin.sales.quote.QuoteSearch;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.Money;
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

/**
 * The quote list: filters (text, status, customer, rep, period, amount), the « À relancer » view
 * (sent quotes whose validity ends within a few days), the conversion rate of the period above the
 * list, sorting, pages, and the CSV/XLSX export of exactly what is filtered.
 */
@Controller
class QuoteListController {

  static final int PAGE_SIZE = 50;
  static final int FOLLOW_UP_DAYS = 7;

  private final QuoteSearch search;
  private final DocumentEditor editor;
  private final Members members;
  private final CompanyClock clock;
  private final Exports exports;
  private final MessageSource messages;

  QuoteListController(
      QuoteSearch search,
      DocumentEditor editor,
      Members members,
      CompanyClock clock,
      Exports exports,
      MessageSource messages) {
    this.search = search;
    this.editor = editor;
    this.members = members;
    this.clock = clock;
    this.exports = exports;
    this.messages = messages;
  }

  /**
   * The list's filters as request parameters; a value that cannot be read is left out of the filter
   * and said above the list.
   *
   * @param customer the customer's code (what the picker fills) or id
   * @param rep a sales rep's id
   * @param from the first quote date, {@code to} the last one
   * @param min the smallest total incl. VAT, {@code max} the largest
   * @param followUp « À relancer »: sent quotes whose validity ends within {@code days} days
   */
  record ListParams(
      @Nullable String q,
      @Nullable String status,
      @Nullable String customer,
      @Nullable String rep,
      @Nullable String from,
      @Nullable String to,
      @Nullable String min,
      @Nullable String max,
      @Nullable Boolean followUp,
      @Nullable Integer days,
      @Nullable String sort) {

    public int followUpDays() {
      return days == null || days < 0 || days > 365 ? FOLLOW_UP_DAYS : days;
    }

    /** The list with these filters, sorted by {@code sortKey}, on page {@code page}. */
    public String url(@Nullable String sortKey, @Nullable Integer page) {
      return uri("/sales/quotes", sortKey, page);
    }

    /** The same list sorted by {@code key}: ascending first, then the other way. */
    public String sorted(String key) {
      String next = key.equals(sort) ? key + ",desc" : key;
      return uri("/sales/quotes", next, null);
    }

    /** The export of exactly what is filtered. */
    public String export(String format) {
      return uri("/sales/quotes/export." + format, sort, null);
    }

    /** The « À relancer » view with these filters. */
    public String followUpUrl(boolean on) {
      var b = builder("/sales/quotes", sort);
      b.replaceQueryParam("followUp", on ? "true" : null);
      return b.build().encode().toUriString();
    }

    private String uri(String path, @Nullable String sortKey, @Nullable Integer page) {
      var b = builder(path, sortKey);
      if (page != null && page > 0) {
        b.queryParam("page", page);
      }
      return b.build().encode().toUriString();
    }

    private org.springframework.web.util.UriComponentsBuilder builder(
        String path, @Nullable String sortKey) {
      var b = org.springframework.web.util.UriComponentsBuilder.fromPath(path);
      add(b, "q", q);
      add(b, "status", status);
      add(b, "customer", customer);
      add(b, "rep", rep);
      add(b, "from", from);
      add(b, "to", to);
      add(b, "min", min);
      add(b, "max", max);
      if (Boolean.TRUE.equals(followUp)) {
        b.queryParam("followUp", "true");
        if (days != null) {
          b.queryParam("days", followUpDays());
        }
      }
      add(b, "sort", sortKey);
      return b;
    }

    private static void add(
        org.springframework.web.util.UriComponentsBuilder b, String name, @Nullable String value) {
      if (value != null && !value.isBlank()) {
        b.queryParam(name, value);
      }
    }

    public boolean filtered() {
      return java.util.stream.Stream.of(q, status, customer, rep, from, to, min, max)
              .anyMatch(v -> v != null && !v.isBlank())
          || Boolean.TRUE.equals(followUp);
    }
  }

  /** The filter of the parameters, and what could not be read. */
  record Filter(QuoteFilter filter, List<String> problems) {}

  Filter filter(CompanyId company, ListParams p) {
    List<String> problems = new ArrayList<>();
    QuoteStatus status = null;
    if (p.status() != null && !p.status().isBlank()) {
      try {
        status = QuoteStatus.valueOf(p.status().strip());
      } catch (IllegalArgumentException e) {
        problems.add(message(new InvalidValue("sales.form.choice", "status", shorten(p.status()))));
      }
    }
    org.pepin.customers.CustomerId customer = null;
    if (p.customer() != null && !p.customer().isBlank()) {
      try {
        CustomerView found = editor.customer(company, p.customer());
        customer = found.id();
      } catch (InvalidValue e) {
        problems.add(message(e));
      }
    }
    UserId rep = null;
    if (p.rep() != null && !p.rep().isBlank()) {
      try {
        rep = new UserId(SalesInputs.uuid(p.rep()));
      } catch (InvalidValue e) {
        problems.add(message(e));
      }
    }
    LocalDate from = date(p.from(), problems);
    LocalDate to = date(p.to(), problems);
    Money min = money(p.min(), problems);
    Money max = money(p.max(), problems);
    String text = p.q() == null || p.q().isBlank() ? null : p.q().strip();
    if (text != null && text.length() > 100) {
      text = text.substring(0, 100);
    }
    return new Filter(
        new QuoteFilter(
            text,
            status == null ? Set.of() : Set.of(status),
            customer,
            rep,
            from,
            to,
            min,
            max,
            Boolean.TRUE.equals(p.followUp()) ? p.followUpDays() : null),
        problems);
  }

  private @Nullable LocalDate date(@Nullable String text, List<String> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return SalesInputs.date(text);
    } catch (InvalidValue e) {
      problems.add(message(e));
      return null;
    }
  }

  private @Nullable Money money(@Nullable String text, List<String> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Money.rounded(SalesInputs.decimal(text, DocumentEditor.AMOUNT_DIGITS));
    } catch (InvalidValue e) {
      problems.add(message(e));
      return null;
    }
  }

  private String message(InvalidValue e) {
    return messages.getMessage(
        "error." + e.code(), e.args(), e.getMessage(), LocaleContextHolder.getLocale());
  }

  private static String shorten(String text) {
    return SalesInputs.shorten(text);
  }

  /** The sort asked if the list sorts on it, else the most recently changed first. */
  static PageQuery query(@Nullable Integer page, @Nullable String sort) {
    try {
      return PageQuery.of(
          page,
          PAGE_SIZE,
          sort,
          List.copyOf(QuoteSearch.SORTS.keySet()),
          QuoteSearch.DEFAULT_SORT + ",desc");
    } catch (InvalidValue e) {
      return PageQuery.of(
          page,
          PAGE_SIZE,
          null,
          List.copyOf(QuoteSearch.SORTS.keySet()),
          QuoteSearch.DEFAULT_SORT + ",desc");
    }
  }

  /**
   * The conversion rate shown above the list.
   *
   * @param rate accepted among those answered or expired, in %; {@code null} when none was
   */
  record Conversion(
      LocalDate from, LocalDate to, long answered, long converted, @Nullable Long rate) {}

  @GetMapping("/sales/quotes")
  String list(
      CompanyId company,
      Member member,
      @ModelAttribute("params") ListParams params,
      @RequestParam(name = "page", required = false) @Nullable Integer page,
      Model model) {
    Filter filter = filter(company, params);
    PageQuery query = query(page, params.sort());
    var result = search.search(company, filter.filter(), query);
    LocalDate today = clock.today(company);
    LocalDate from =
        filter.filter().from() != null ? filter.filter().from() : today.withDayOfYear(1);
    LocalDate to = filter.filter().to() != null ? filter.filter().to() : today;
    long[] counts = search.conversion(company, from, to);
    model.addAttribute(
        "conversion",
        new Conversion(
            from,
            to,
            counts[0],
            counts[1],
            counts[0] == 0 ? null : Math.round(counts[1] * 100.0 / counts[0])));
    model.addAttribute("result", result);
    model.addAttribute("problems", filter.problems());
    model.addAttribute("sortKey", query.sort());
    model.addAttribute("ascending", query.ascending());
    model.addAttribute("statuses", QuoteStatus.values());
    model.addAttribute("members", members.of(company));
    model.addAttribute("reps", reps(company));
    model.addAttribute(
        "pageNet", Money.sum(result.content().stream().map(QuoteRow::totalNet).toList()));
    model.addAttribute(
        "pageGross", Money.sum(result.content().stream().map(QuoteRow::totalGross).toList()));
    model.addAttribute("today", today);
    model.addAttribute("canWrite", QuoteRoutes.canWrite(member));
    return "sales/quotes";
  }

  private Map<UserId, String> reps(CompanyId company) {
    Map<UserId, String> names = new HashMap<>();
    members.of(company).forEach(m -> names.put(m.id(), m.displayName()));
    return names;
  }

  @GetMapping("/sales/quotes/export.{format}")
  void export(
      CompanyId company,
      @PathVariable("format") String format,
      @ModelAttribute("params") ListParams params,
      HttpServletResponse response)
      throws IOException {
    ExportFormat chosen =
        ExportFormat.parse(format).orElseThrow(() -> new ResourceNotFound("export", format));
    Filter filter = filter(company, params);
    PageQuery query = query(null, params.sort());
    Locale locale = LocaleContextHolder.getLocale();
    Map<UserId, String> reps = reps(company);
    ExportTable<QuoteRow> table =
        ExportTable.<QuoteRow>titled("quotes.title")
            .text("quotes.col.number", QuoteRow::number)
            .text("quotes.col.revision", QuoteRow::revision)
            .date("quotes.col.date", QuoteRow::date)
            .text("quotes.col.customer-code", QuoteRow::customerCode)
            .text("quotes.col.customer", QuoteRow::customerName)
            .label("quotes.col.status", "quotes.status.", QuoteRow::status)
            .date("quotes.col.valid-until", QuoteRow::validUntil)
            .decimal("quotes.col.total-net", r -> r.totalNet().amount())
            .decimal("quotes.col.total-gross", r -> r.totalGross().amount())
            .text("quotes.col.rep", r -> r.salesRep() == null ? null : reps.get(r.salesRep()))
            .dateTime("quotes.col.sent-at", QuoteRow::sentAt);
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
    exports.write(
        table,
        chosen,
        locale,
        response.getOutputStream(),
        sink -> search.forEach(company, filter.filter(), query.sort(), query.ascending(), sink));
  }
}
