package org.pepin.customers.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pepin.customers.CustomerDraft;
import org.pepin.customers.CustomerFilter;
import org.pepin.customers.CustomerId;
import org.pepin.customers.CustomerKind;
import org.pepin.customers.CustomerRow;
import org.pepin.customers.CustomerStatus;
import org.pepin.customers.CustomerView;
import org.pepin.customers.Insolvency;
import org.pepin.customers.InsolvencyStatus;
import org.pepin.customers.PartyRole;
import org.pepin.customers.PossibleDuplicates;
import org.pepin.customers.file.CustomerManagement;
import org.pepin.customers.file.CustomerSearch;
import org.pepin.customers.merge.CustomerMerge;
import org.pepin.customers.transfer.CustomerExports;
import org.pepin.platform.CompanyId;
import org.pepin.platform.FieldChange;
import org.pepin.platform.InputRejected;
import org.pepin.platform.Inputs;
import org.pepin.platform.PageQuery;
import org.pepin.platform.PageQuery.ApiPage;
import org.pepin.shared.InvalidValue;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON API of the customer file: the list with the screen's filters, one third party, creation
 * (with duplicate detection: 409 and the look-alikes unless {@code confirmDuplicates}), change as
 * of a version, archive, restore, deletion, insolvency, history, and the CSV/XLSX exports of the
 * list and of its contacts. Every id is looked up in the caller's company: another company's id
 * answers 404.
 */
@RestController
@RequestMapping("/api/v1/customers")
class CustomerApi {

  private final CustomerManagement customers;
  private final CustomerSearch search;
  private final CustomerExports exports;
  private final CustomerMerge merges;
  private final MessageSource messages;

  CustomerApi(
      CustomerManagement customers,
      CustomerSearch search,
      CustomerExports exports,
      CustomerMerge merges,
      MessageSource messages) {
    this.customers = customers;
    this.search = search;
    this.exports = exports;
    this.merges = merges;
    this.messages = messages;
  }

  /**
   * The list; sort by {@code code}, {@code name}, {@code city}, {@code createdAt}, {@code
   * lastActivityAt}.
   */
  @GetMapping
  ApiPage<Summary> list(
      CompanyId company,
      @RequestParam(name = "q", required = false) @Nullable String q,
      @RequestParam(name = "kind", required = false) @Nullable CustomerKind kind,
      @RequestParam(name = "role", required = false) @Nullable PartyRole role,
      @RequestParam(name = "category", required = false) @Nullable String category,
      @RequestParam(name = "tag", required = false) @Nullable String tag,
      @RequestParam(name = "salesRep", required = false) @Nullable String salesRep,
      @RequestParam(name = "status", required = false) @Nullable String status,
      @RequestParam(name = "blocked", required = false) @Nullable Boolean blocked,
      @RequestParam(name = "retentionDue", required = false) @Nullable Boolean retentionDue,
      @RequestParam(name = "page", required = false) @Nullable Integer page,
      @RequestParam(name = "size", required = false) @Nullable Integer size,
      @RequestParam(name = "sort", required = false) @Nullable String sort) {
    CustomerFilter filter =
        CustomerApiFilter.of(q, kind, role, category, tag, salesRep, status, blocked, retentionDue);
    var query =
        PageQuery.of(
            page,
            size,
            sort,
            List.copyOf(CustomerSearch.SORTS.keySet()),
            CustomerSearch.DEFAULT_SORT);
    ApiPage<CustomerRow> rows = search.search(company, filter, query);
    return new ApiPage<>(
        rows.content().stream().map(Summary::of).toList(),
        rows.page(),
        rows.size(),
        rows.totalElements());
  }

  @GetMapping("/{id}")
  CustomerApiBody get(CompanyId company, @PathVariable("id") CustomerId id) {
    return body(customers.get(company, id));
  }

  @PostMapping
  ResponseEntity<CustomerApiBody> create(CompanyId company, @RequestBody CustomerApiBody request) {
    Errors errors = errors();
    CustomerDraft draft = request.toDraft(errors, null);
    Inputs.check(errors);
    CustomerId id =
        rejectingFields(
            () ->
                customers.create(
                    company,
                    java.util.Objects.requireNonNull(draft),
                    Boolean.TRUE.equals(request.confirmDuplicates())));
    return ResponseEntity.created(URI.create("/api/v1/customers/" + id))
        .body(body(customers.get(company, id)));
  }

  /** Replaces the record's fields as of {@code version}; 409 if it changed since. */
  @PutMapping("/{id}")
  CustomerApiBody update(
      CompanyId company, @PathVariable("id") CustomerId id, @RequestBody CustomerApiBody request) {
    CustomerView current = customers.get(company, id);
    Errors errors = errors();
    if (request.version() == null) {
      errors.rejectValue("version", "error.required");
    }
    CustomerDraft draft = request.toDraft(errors, current);
    Inputs.check(errors);
    rejectingFields(
        () -> {
          customers.update(
              company,
              id,
              java.util.Objects.requireNonNull(request.version()),
              java.util.Objects.requireNonNull(draft));
          return id;
        });
    return body(customers.get(company, id));
  }

  @PostMapping("/{id}/archive")
  CustomerApiBody archive(CompanyId company, @PathVariable("id") CustomerId id) {
    customers.archive(company, id);
    return body(customers.get(company, id));
  }

  @PostMapping("/{id}/restore")
  CustomerApiBody restore(CompanyId company, @PathVariable("id") CustomerId id) {
    customers.restore(company, id);
    return body(customers.get(company, id));
  }

  /** Deletes a third party without documents (archive one that has some). */
  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(CompanyId company, @PathVariable("id") CustomerId id) {
    customers.delete(company, id);
  }

  /** Records the customer's insolvency situation (status NONE clears it). */
  @PutMapping("/{id}/insolvency")
  CustomerApiBody insolvency(
      CompanyId company,
      @PathVariable("id") CustomerId id,
      @RequestBody CustomerApiBody.InsolvencyBody request) {
    customers.get(company, id);
    Errors errors = errors();
    if (request.status() == null) {
      errors.rejectValue("status", "error.required");
    }
    Inputs.check(errors);
    Insolvency insolvency;
    try {
      insolvency =
          new Insolvency(
              java.util.Objects.requireNonNull(request.status()),
              request.judgmentDate(),
              request.publicationDate());
    } catch (InvalidValue e) {
      Inputs.reject(
          errors, e.code().endsWith("judgment-required") ? "judgmentDate" : "publicationDate", e);
      throw new InputRejected(errors);
    }
    customers.recordInsolvency(company, id, insolvency);
    return body(customers.get(company, id));
  }

  /** The record's history, newest first, field labels and values in the caller's language. */
  @GetMapping("/{id}/history")
  HistoryBody history(
      CompanyId company,
      @PathVariable("id") CustomerId id,
      @RequestParam(name = "limit", required = false) @Nullable Integer limit) {
    customers.get(company, id);
    int count = limit == null ? 100 : Math.min(Math.max(limit, 1), 500);
    var h = merges.timeline(company, id, count);
    return new HistoryBody(
        h.entityId(),
        h.more(),
        h.entries().stream()
            .map(
                e ->
                    new HistoryEntry(
                        e.id(),
                        e.occurredAt(),
                        e.username(),
                        e.displayName(),
                        e.action(),
                        e.origin(),
                        e.changes().stream().map(this::change).toList()))
            .toList());
  }

  /** CSV or XLSX of the list with its filters and sort, every page. */
  @GetMapping({"/export", "/contacts/export", "/addresses/export"})
  void export(
      CompanyId company,
      jakarta.servlet.http.HttpServletRequest request,
      @RequestParam(name = "format", required = false) @Nullable String format,
      @RequestParam(name = "q", required = false) @Nullable String q,
      @RequestParam(name = "kind", required = false) @Nullable CustomerKind kind,
      @RequestParam(name = "role", required = false) @Nullable PartyRole role,
      @RequestParam(name = "category", required = false) @Nullable String category,
      @RequestParam(name = "tag", required = false) @Nullable String tag,
      @RequestParam(name = "salesRep", required = false) @Nullable String salesRep,
      @RequestParam(name = "status", required = false) @Nullable String status,
      @RequestParam(name = "blocked", required = false) @Nullable Boolean blocked,
      @RequestParam(name = "retentionDue", required = false) @Nullable Boolean retentionDue,
      @RequestParam(name = "sort", required = false) @Nullable String sort,
      HttpServletResponse response)
      throws IOException {
    CustomerExportController.send(
        exports,
        company,
        CustomerExports.Content.of(request.getRequestURI()),
        format,
        CustomerApiFilter.of(q, kind, role, category, tag, salesRep, status, blocked, retentionDue),
        sort,
        response);
  }

  /** Look-alikes of a new record: 409 with the candidates, to confirm or to merge instead. */
  @ExceptionHandler(PossibleDuplicates.class)
  ResponseEntity<ProblemDetail> duplicates(PossibleDuplicates e) {
    Locale locale = LocaleContextHolder.getLocale();
    var problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.CONFLICT, message("error.customer.possible-duplicates-api", locale));
    problem.setProperty(
        "candidates",
        e.candidates().stream()
            .map(
                c ->
                    new Candidate(
                        c.id().value(),
                        c.code(),
                        c.name(),
                        c.reason(),
                        message("customer.duplicate." + c.reason(), locale)))
            .toList());
    return ResponseEntity.status(HttpStatus.CONFLICT)
        .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  private CustomerApiBody body(CustomerView view) {
    return CustomerApiBody.of(view, LocaleContextHolder.getLocale());
  }

  private static Errors errors() {
    return new MapBindingResult(new HashMap<String, Object>(), "customer");
  }

  /** Runs a change; a rule it breaks becomes a field error of the problem document. */
  private static CustomerId rejectingFields(java.util.function.Supplier<CustomerId> change) {
    try {
      return change.get();
    } catch (InvalidValue e) {
      String field = CustomerApiBody.fieldOf(e);
      if (field == null) {
        throw e;
      }
      Errors errors = errors();
      Inputs.reject(errors, field, e);
      throw new InputRejected(errors);
    }
  }

  private ChangeBody change(FieldChange c) {
    Locale locale = LocaleContextHolder.getLocale();
    return new ChangeBody(
        c.field(),
        text(CustomerManagement.ENTITY + "." + c.field(), c.field(), locale),
        c.oldValue(),
        c.newValue(),
        value(c.oldValue(), c.valueKeys(), locale),
        value(c.newValue(), c.valueKeys(), locale));
  }

  private String value(@Nullable String value, @Nullable String keys, Locale locale) {
    if (value == null) {
      return "—";
    }
    if (keys == null) {
      return value;
    }
    return java.util.Arrays.stream(value.split(","))
        .map(v -> text(keys + v, v, locale))
        .collect(java.util.stream.Collectors.joining(", "));
  }

  private String text(String key, String fallback, Locale locale) {
    String text = messages.getMessage(key, null, null, locale);
    return text == null ? fallback : text;
  }

  private String message(String key, Locale locale) {
    return messages.getMessage(key, null, key, locale);
  }

  /** One line of the list. */
  record Summary(
      UUID id,
      String code,
      String name,
      CustomerKind kind,
      Set<PartyRole> roles,
      CustomerStatus status,
      @Nullable String siren,
      @Nullable String siret,
      @Nullable String vatNumber,
      @Nullable String postalCode,
      @Nullable String city,
      String countryCode,
      @Nullable String email,
      @Nullable String phone,
      @Nullable UUID salesRep,
      Set<String> categories,
      Set<String> tags,
      boolean blocked,
      InsolvencyStatus insolvencyStatus,
      java.math.@Nullable BigDecimal creditLimit,
      @Nullable String paymentTerms,
      Instant lastActivityAt,
      Instant createdAt) {

    static Summary of(CustomerRow r) {
      return new Summary(
          r.id().value(),
          r.code(),
          r.name(),
          r.kind(),
          r.roles(),
          r.status(),
          r.siren(),
          r.siret(),
          r.vatNumber(),
          r.postalCode(),
          r.city(),
          r.countryCode(),
          r.email(),
          r.phone(),
          r.salesRep() == null ? null : r.salesRep().value(),
          r.categories(),
          r.tags(),
          r.blocked(),
          r.insolvencyStatus(),
          r.creditLimit(),
          r.paymentTerms(),
          r.lastActivityAt(),
          r.createdAt());
    }
  }

  /** A record that looks like the one being created, and why. */
  record Candidate(UUID id, String code, String name, String reason, String reasonText) {}

  /** A record's history; {@code more} when older entries exist beyond {@code limit}. */
  record HistoryBody(String entityId, boolean more, List<HistoryEntry> entries) {}

  /** One change: who, when, what kind, where from ({@code import:<run>}), and its fields. */
  record HistoryEntry(
      UUID id,
      Instant occurredAt,
      @Nullable String username,
      @Nullable String displayName,
      String action,
      @Nullable String origin,
      List<ChangeBody> changes) {}

  /** One field, old → new: stored values and their text in the caller's language. */
  record ChangeBody(
      String field,
      String label,
      @Nullable String oldValue,
      @Nullable String newValue,
      String oldText,
      String newText) {}
}
