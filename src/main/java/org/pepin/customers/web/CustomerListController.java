package org.pepin.customers.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.pepin.customers.CustomerFilter;
import org.pepin.customers.CustomerFilter.StatusFilter;
import org.pepin.customers.CustomerKind;
import org.pepin.customers.CustomerRow;
import org.pepin.customers.PartyRole;
import org.pepin.customers.file.CustomerLabels;
import org.pepin.customers.file.CustomerSearch;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.CompanyId;
import org.pepin.platform.Member;
import org.pepin.platform.Members;
import org.pepin.platform.PageQuery;
import org.pepin.platform.UserId;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.Money;
import org.pepin.shared.PaymentTerms;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The customer list: search box, filters (kind, role, category, tag, sales rep, status, blocked),
 * sortable columns and pages, all in the query string so that a list can be bookmarked, and export
 * buttons that ask {@code /customers/export} for exactly the same filters. A filter value that
 * cannot be read is reported above the table and left out, never answered with an error page.
 */
@Controller
class CustomerListController {

  static final List<String> SORTS = List.copyOf(CustomerSearch.SORTS.keySet());
  static final List<Integer> SIZES = List.of(25, 50, 100, 200);

  private final CustomerSearch search;
  private final CustomerLabels labels;
  private final Members members;

  CustomerListController(CustomerSearch search, CustomerLabels labels, Members members) {
    this.search = search;
    this.labels = labels;
    this.members = members;
  }

  /** The raw parameters of the list, sent back in every link (sort, page, export). */
  public record ListParams(
      @Nullable String q,
      @Nullable String kind,
      @Nullable String role,
      @Nullable String category,
      @Nullable String tag,
      @Nullable String salesRep,
      @Nullable String status,
      @Nullable String blocked,
      @Nullable String sort,
      @Nullable String size) {

    UriComponentsBuilder query(String path) {
      var b = UriComponentsBuilder.fromPath(path);
      add(b, "q", q);
      add(b, "kind", kind);
      add(b, "role", role);
      add(b, "category", category);
      add(b, "tag", tag);
      add(b, "salesRep", salesRep);
      add(b, "status", status);
      add(b, "blocked", blocked);
      return b;
    }

    private static void add(UriComponentsBuilder b, String name, @Nullable String value) {
      if (value != null && !value.isBlank()) {
        b.queryParam(name, value.strip());
      }
    }

    /** The link of the export route with the same filters and order. */
    public String export(String format) {
      var b = query("/customers/export").queryParam("format", format);
      add(b, "sort", sort);
      return b.encode().build().toUriString();
    }

    /** The link of a page of the list. */
    public String page(long number) {
      var b = query("/customers");
      add(b, "sort", sort);
      add(b, "size", size);
      if (number > 0) {
        b.queryParam("page", number);
      }
      return b.encode().build().toUriString();
    }

    /** The link that sorts by {@code field}, reversing the order if it is the current one. */
    public String sortBy(String field, PageQuery current) {
      var b = query("/customers");
      boolean same = current.sort().equals(field);
      b.queryParam("sort", same && current.ascending() ? field + ",desc" : field);
      add(b, "size", size);
      return b.encode().build().toUriString();
    }
  }

  /** One line of the table, with what the row needs to be shown. */
  public record Line(
      CustomerRow row,
      @Nullable String repName,
      @Nullable Money creditLimit,
      @Nullable String terms,
      LocalDate lastActivity) {}

  @GetMapping("/customers")
  String list(
      CompanyId company,
      Member me,
      @RequestParam(name = "q", required = false) @Nullable String q,
      @RequestParam(name = "kind", required = false) @Nullable String kind,
      @RequestParam(name = "role", required = false) @Nullable String role,
      @RequestParam(name = "category", required = false) @Nullable String category,
      @RequestParam(name = "tag", required = false) @Nullable String tag,
      @RequestParam(name = "salesRep", required = false) @Nullable String salesRep,
      @RequestParam(name = "status", required = false) @Nullable String status,
      @RequestParam(name = "blocked", required = false) @Nullable String blocked,
      @RequestParam(name = "sort", required = false) @Nullable String sort,
      @RequestParam(name = "page", required = false) @Nullable String page,
      @RequestParam(name = "size", required = false) @Nullable String size,
      Model model) {
    var params =
        new ListParams(q, kind, role, category, tag, salesRep, status, blocked, sort, size);
    var problems = new ArrayList<InvalidValue>();
    CustomerKind k = parse(problems, kind, CustomerForm::kind);
    PartyRole r = parse(problems, role, CustomerForm::role);
    UserId rep = parse(problems, salesRep, CustomerForm::userId);
    StatusFilter st = parse(problems, status, StatusFilter::parse);
    Boolean block = parse(problems, blocked, CustomerListController::bool);
    PageQuery query;
    try {
      query = PageQuery.of(number(page), number(size), sort, SORTS, CustomerSearch.DEFAULT_SORT);
    } catch (InvalidValue e) {
      problems.add(e);
      query = PageQuery.of(number(page), number(size), null, SORTS, CustomerSearch.DEFAULT_SORT);
    }
    CustomerFilter filter;
    try {
      filter = new CustomerFilter(q, k, r, category, tag, rep, st, block, false);
    } catch (InvalidValue e) {
      problems.add(e);
      filter = new CustomerFilter(null, k, r, category, tag, rep, st, block, false);
    }
    var result = search.search(company, filter, query);
    var team = members.of(company);
    Map<UserId, String> names = new LinkedHashMap<>();
    team.forEach(m -> names.put(m.id(), m.displayName()));
    var locale = LocaleContextHolder.getLocale();
    List<Line> lines =
        result.content().stream()
            .map(
                row ->
                    new Line(
                        row,
                        row.salesRep() == null ? null : names.getOrDefault(row.salesRep(), "?"),
                        row.creditLimit() == null ? null : Money.of(row.creditLimit()),
                        terms(row.paymentTerms(), locale),
                        LocalDate.ofInstant(row.lastActivityAt(), CompanyClock.ZONE)))
            .toList();
    model.addAttribute("lines", lines);
    model.addAttribute("anyRep", lines.stream().anyMatch(l -> l.repName() != null));
    model.addAttribute("result", result);
    model.addAttribute("query", query);
    model.addAttribute("params", params);
    model.addAttribute("filter", filter);
    model.addAttribute("problems", problems);
    model.addAttribute("members", team);
    model.addAttribute("categories", labels.categories(company));
    model.addAttribute("tags", labels.tags(company));
    model.addAttribute("kinds", CustomerKind.values());
    model.addAttribute("roles", PartyRole.values());
    model.addAttribute("statuses", StatusFilter.values());
    model.addAttribute("sorts", SORTS);
    model.addAttribute("sizes", SIZES);
    model.addAttribute("canCreate", me.hasAnyRole(CustomerWebRoutes.EDITORS));
    model.addAttribute(
        "filtered",
        filter.q() != null
            || k != null
            || r != null
            || filter.category() != null
            || filter.tag() != null
            || rep != null
            || filter.status() != StatusFilter.ACTIVE
            || block != null);
    return "customers/list";
  }

  static @Nullable String terms(@Nullable String code, java.util.Locale locale) {
    if (code == null) {
      return null;
    }
    try {
      return PaymentTerms.parse(code).label(locale);
    } catch (InvalidValue e) {
      return code;
    }
  }

  private static <T> @Nullable T parse(
      List<InvalidValue> problems,
      @Nullable String text,
      java.util.function.Function<String, T> f) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return f.apply(text.strip());
    } catch (InvalidValue e) {
      problems.add(e);
      return null;
    }
  }

  private static Boolean bool(String text) {
    return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "true", "oui", "1" -> Boolean.TRUE;
      case "false", "non", "0" -> Boolean.FALSE;
      default -> throw new InvalidValue("customer.blocked-filter", "not a yes/no: " + text, text);
    };
  }

  /** A page number or size; anything unreadable is the default. */
  private static @Nullable Integer number(@Nullable String text) {
    if (text == null || !text.strip().matches("\\d{1,6}")) {
      return null;
    }
    return Integer.valueOf(text.strip());
  }
}
