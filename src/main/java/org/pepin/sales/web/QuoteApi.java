package org.pepin.sales.web;

import static org.pepin.sales.web.SalesApiCalls.errors;
import static org.pepin.sales.web.SalesApiCalls.rejecting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pepin.catalog.Products;
import org.pepin.customers.CustomerId;
import org.pepin.customers.Customers;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.CompanyId;
import org.pepin.platform.InputRejected;
import org.pepin.platform.Inputs;
import org.pepin.platform.Member;
import org.pepin.platform.Members;
import org.pepin.platform.PageQuery.ApiPage;
import org.pepin.platform.ResourceNotFound;
import org.pepin.platform.Role;
import org.pepin.platform.UserId;
import org.pepin.sales.DownPayment;
import org.pepin.sales.DownPaymentKind;
import org.pepin.sales.LineDraft;
import org.pepin.sales.LineType;
import org.pepin.sales.LineWarning;
import org.pepin.sales.PricedDocument;
import org.pepin.sales.QuoteDraft;
import org.pepin.sales.QuoteFilter;
import org.pepin.sales.QuoteId;
import org.pepin.sales.QuoteRevision;
import org.pepin.sales.QuoteRevisionId;
import org.pepin.sales.QuoteStatus;
import org.pepin.sales.QuoteView;
import org.pepin.sales.SalesLine;
import org.pepin.sales.SalesSettings;
import org.pepin.sales.SalesTerms;
import org.pepin.sales.SendRequest;
import org.pepin.sales.document.SalesSettingsStore;
import org.pepin.sales.quote.QuoteSearch;
import org.pepin.sales.quote.QuoteService;
import org.pepin.sales.web.QuoteApiRequests.AnswerBody;
import org.pepin.sales.web.QuoteApiRequests.QuoteRequest;
import org.pepin.sales.web.QuoteApiRequests.Texts;
import org.pepin.sales.web.QuoteApiResponses.ConversionResponse;
import org.pepin.sales.web.QuoteApiResponses.PreviewResponse;
import org.pepin.sales.web.QuoteApiResponses.QuoteResponse;
import org.pepin.sales.web.QuoteApiResponses.QuoteSummary;
import org.pepin.sales.web.QuoteApiResponses.RevisionResponse;
import org.pepin.sales.web.QuoteApiResponses.RevisionSummary;
import org.pepin.sales.web.SalesApiCalls.ReasonBody;
import org.pepin.sales.web.SalesApiCalls.SendBody;
import org.pepin.shared.EmailAddress;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.Money;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON API of quotes: the list with its filters and the conversion rate, one quote (its current
 * revision with lines, amounts per line, totals per VAT rate, down payment, warnings), creation
 * with every line in one call, pricing without saving, change as of a version (a sent quote gets a
 * new revision), approval of manual discounts, sending, the customer's answer recorded by hand,
 * cancellation, the revisions and their kept PDFs. Every id is looked up in the caller's company:
 * another company's id answers 404. A rejected request changes nothing; its problem document lists
 * every rejected field with its French message. Routes in {@link SalesApiRoutes}.
 */
@RestController
@RequestMapping("/api/v1/quotes")
class QuoteApi {

  static final int MAX_RECIPIENTS = 10;
  static final int MAX_BODY = 20_000;

  private final QuoteService quotes;
  private final QuoteSearch search;
  private final SalesSettingsStore settings;
  private final Customers customers;
  private final Products products;
  private final Members members;
  private final CompanyClock clock;
  private final MessageSource messages;

  QuoteApi(
      QuoteService quotes,
      QuoteSearch search,
      SalesSettingsStore settings,
      Customers customers,
      Products products,
      Members members,
      CompanyClock clock,
      MessageSource messages) {
    this.quotes = quotes;
    this.search = search;
    this.settings = settings;
    this.customers = customers;
    this.products = products;
    this.members = members;
    this.clock = clock;
    this.messages = messages;
  }

  // ---------------------------------------------------------------- lists

  /**
   * The list; sort by {@code number}, {@code date}, {@code validUntil}, {@code customer}, {@code
   * totalGross}, {@code status}, {@code updatedAt} (default {@code updatedAt,desc}).
   */
  @GetMapping
  ApiPage<QuoteSummary> list(
      CompanyId company,
      @RequestParam(name = "q", required = false) @Nullable String q,
      @RequestParam(name = "status", required = false) @Nullable List<String> status,
      @RequestParam(name = "customer", required = false) @Nullable String customer,
      @RequestParam(name = "salesRep", required = false) @Nullable String salesRep,
      @RequestParam(name = "from", required = false) @Nullable String from,
      @RequestParam(name = "to", required = false) @Nullable String to,
      @RequestParam(name = "minAmount", required = false) @Nullable String minAmount,
      @RequestParam(name = "maxAmount", required = false) @Nullable String maxAmount,
      @RequestParam(name = "expiringWithin", required = false) @Nullable Integer expiringWithin,
      @RequestParam(name = "page", required = false) @Nullable Integer page,
      @RequestParam(name = "size", required = false) @Nullable Integer size,
      @RequestParam(name = "sort", required = false) @Nullable String sort) {
    Errors errors = errors("filter");
    Set<QuoteStatus> statuses = new HashSet<>();
    for (String text : status == null ? List.<String>of() : status) {
      for (String one : text.split(",")) {
        if (one.isBlank()) {
          continue;
        }
        QuoteStatus s = SalesApiLines.enumOf(QuoteStatus.class, one);
        if (s == null) {
          errors.rejectValue(
              "status",
              "error.sales.filter.status",
              new Object[] {Texts.shorten(one.strip())},
              null);
        } else {
          statuses.add(s);
        }
      }
    }
    CustomerId customerId = customerFilter(company, customer, errors);
    UserId rep = null;
    if (salesRep != null && !salesRep.isBlank()) {
      UUID uuid = Texts.uuid(salesRep);
      if (uuid == null) {
        errors.rejectValue("salesRep", "error.sales.sales-rep-unknown");
      } else {
        rep = new UserId(uuid);
      }
    }
    LocalDate start = Inputs.optional(errors, "from", from, Texts::date);
    LocalDate end = Inputs.optional(errors, "to", to, Texts::date);
    Money min = Inputs.optional(errors, "minAmount", minAmount, t -> Money.of(Texts.decimal(t)));
    Money max = Inputs.optional(errors, "maxAmount", maxAmount, t -> Money.of(Texts.decimal(t)));
    if (expiringWithin != null && (expiringWithin < 0 || expiringWithin > 365)) {
      errors.rejectValue(
          "expiringWithin",
          "error.sales.filter.expiring-range",
          new Object[] {expiringWithin},
          null);
    }
    Inputs.check(errors);
    var filter =
        new QuoteFilter(
            q == null || q.isBlank()
                ? null
                : q.strip().substring(0, Math.min(q.strip().length(), 200)),
            statuses,
            customerId,
            rep,
            start,
            end,
            min,
            max,
            expiringWithin);
    var query = SalesApiCalls.query(page, size, sort, QuoteSearch.SORTS, QuoteSearch.DEFAULT_SORT);
    return SalesApiCalls.page(search.search(company, filter, query), QuoteSummary::of);
  }

  private @Nullable CustomerId customerFilter(
      CompanyId company, @Nullable String text, Errors errors) {
    if (text == null || text.isBlank()) {
      return null;
    }
    UUID uuid = Texts.uuid(text);
    if (uuid != null) {
      return new CustomerId(uuid);
    }
    var found = customers.findByCode(company, text.strip());
    if (found.isEmpty()) {
      errors.rejectValue(
          "customer", "error.sales.customer-unknown", new Object[] {Texts.shorten(text)}, null);
      return null;
    }
    return found.get().id();
  }

  /**
   * The conversion rate of the quotes dated from {@code from} to {@code to} (by default the
   * calendar year to date): accepted or converted among those accepted, converted, refused or
   * expired.
   */
  @GetMapping("/conversion")
  ConversionResponse conversion(
      CompanyId company,
      @RequestParam(name = "from", required = false) @Nullable String from,
      @RequestParam(name = "to", required = false) @Nullable String to) {
    Errors errors = errors("conversion");
    LocalDate today = clock.today(company);
    LocalDate end = Inputs.optional(errors, "to", to, Texts::date);
    LocalDate start = Inputs.optional(errors, "from", from, Texts::date);
    Inputs.check(errors);
    LocalDate last = end == null ? today : end;
    LocalDate first = start == null ? LocalDate.of(last.getYear(), 1, 1) : start;
    if (first.isAfter(last)) {
      errors.rejectValue(
          "from",
          "error.sales.filter.period",
          new Object[] {
            org.pepin.sales.document.SalesFormats.date(first),
            org.pepin.sales.document.SalesFormats.date(last)
          },
          null);
      Inputs.check(errors);
    }
    long[] counts = search.conversion(company, first, last);
    BigDecimal rate =
        counts[0] == 0
            ? null
            : BigDecimal.valueOf(counts[1] * 100)
                .divide(BigDecimal.valueOf(counts[0]), 1, RoundingMode.HALF_UP);
    return new ConversionResponse(first, last, counts[0], counts[1], rate);
  }

  // ---------------------------------------------------------------- one quote

  @GetMapping("/{id}")
  QuoteResponse get(CompanyId company, Member member, @PathVariable("id") QuoteId id) {
    return response(company, member, quotes.get(company, id));
  }

  /** The revisions, oldest first, with the address of each sent revision's PDF. */
  @GetMapping("/{id}/revisions")
  List<RevisionSummary> revisions(
      CompanyId company, Member member, @PathVariable("id") QuoteId id) {
    return response(company, member, quotes.get(company, id)).revisions();
  }

  @GetMapping("/{id}/revisions/{revision}")
  RevisionResponse revision(
      CompanyId company,
      Member member,
      @PathVariable("id") QuoteId id,
      @PathVariable("revision") QuoteRevisionId revision) {
    QuoteView quote = quotes.get(company, id);
    QuoteRevision r = quotes.revision(company, id, revision);
    boolean current = r.id().equals(quote.current().id());
    return writer(member)
        .revision(
            r, quotes.approvalMissing(company, r), current ? warnings(company, quote) : List.of());
  }

  /** The PDF kept when the revision was sent, byte for byte; 404 for a revision never sent. */
  @GetMapping("/{id}/revisions/{revision}/pdf")
  ResponseEntity<byte[]> revisionPdf(
      CompanyId company,
      @PathVariable("id") QuoteId id,
      @PathVariable("revision") QuoteRevisionId revision) {
    QuoteView quote = quotes.get(company, id);
    QuoteRevision r = quotes.revision(company, id, revision);
    return pdf(quotes.sentPdf(company, id, revision), fileName(quote.number(), r.revision()));
  }

  /** The current revision's PDF: the one kept if it was sent, else a preview rendered now. */
  @GetMapping("/{id}/pdf")
  ResponseEntity<byte[]> pdf(CompanyId company, @PathVariable("id") QuoteId id) {
    QuoteView quote = quotes.get(company, id);
    return pdf(quotes.pdf(company, id), fileName(quote.number(), quote.current().revision()));
  }

  // ---------------------------------------------------------------- drafting

  /** Creates a draft quote with its lines; 201 with {@code Location}. */
  @PostMapping
  ResponseEntity<QuoteResponse> create(
      CompanyId company, Member member, @RequestBody QuoteRequest body) {
    QuoteDraft draft = draft(company, body, errors("quote"));
    QuoteId id = rejecting(QuoteApiRequests::fieldOf, () -> quotes.create(company, member, draft));
    return ResponseEntity.created(URI.create("/api/v1/quotes/" + id))
        .body(response(company, member, quotes.get(company, id)));
  }

  /** Prices a quote as {@code POST /api/v1/quotes} would, without saving anything. */
  @PostMapping("/preview")
  PreviewResponse preview(CompanyId company, Member member, @RequestBody QuoteRequest body) {
    QuoteDraft draft = draft(company, body, errors("quote"));
    PricedDocument priced =
        rejecting(QuoteApiRequests::fieldOf, () -> quotes.preview(company, draft));
    SalesSettings s = settings.get(company);
    DownPayment downPayment = draft.terms().downPayment();
    if (downPayment == null && priced.downPayment() != null && s.individualDownPayment() != null) {
      downPayment = new DownPayment(DownPaymentKind.ACOMPTE, s.individualDownPayment());
    }
    boolean approval = priced.manualDiscountRate().compareTo(s.discountApprovalThreshold()) > 0;
    return writer(member).preview(priced, downPayment, approval);
  }

  /**
   * Changes the quote as of {@code version} (409 if it changed since). A sent quote gets a new
   * revision (B, C…) as a draft; the sent one and its PDF stay as they were.
   */
  @PutMapping("/{id}")
  QuoteResponse update(
      CompanyId company,
      Member member,
      @PathVariable("id") QuoteId id,
      @RequestBody QuoteRequest body) {
    quotes.get(company, id);
    Errors errors = errors("quote");
    if (body.version() == null) {
      errors.rejectValue("version", "error.required");
    }
    QuoteDraft draft = draft(company, body, errors);
    int version = java.util.Objects.requireNonNull(body.version());
    rejecting(QuoteApiRequests::fieldOf, () -> quotes.update(company, member, id, version, draft));
    return response(company, member, quotes.get(company, id));
  }

  private QuoteDraft draft(CompanyId company, QuoteRequest body, Errors errors) {
    var lookups = new QuoteApiRequests.Lookups(company, customers, products, members);
    QuoteDraft draft = QuoteApiRequests.draft(body, lookups, errors);
    Inputs.check(errors);
    if (draft == null) {
      throw new InputRejected(errors);
    }
    return draft;
  }

  // ---------------------------------------------------------------- lifecycle

  /** A manager approves the manual discounts of the draft revision (ADMIN, MANAGER). */
  @PostMapping("/{id}/approve")
  QuoteResponse approve(CompanyId company, Member member, @PathVariable("id") QuoteId id) {
    quotes.get(company, id);
    rejecting(code -> null, () -> quotes.approve(company, member, id));
    return response(company, member, quotes.get(company, id));
  }

  /**
   * Sends the current revision: number at the first sending, PDF kept, revision frozen, e-mail with
   * the PDF and the acceptance link queued in the outbox. Recipients default to the customer's
   * address.
   */
  @PostMapping("/{id}/send")
  QuoteResponse send(
      CompanyId company,
      Member member,
      @PathVariable("id") QuoteId id,
      @RequestBody(required = false) @Nullable SendBody body) {
    quotes.get(company, id);
    SendRequest request = sendRequest(body == null ? SendBody.NONE : body);
    rejecting(
        code -> code.equals("sales.send.no-recipient") ? "to" : null,
        () -> quotes.send(company, member, id, request));
    return response(company, member, quotes.get(company, id));
  }

  private static SendRequest sendRequest(SendBody body) {
    Errors errors = errors("send");
    List<EmailAddress> to = SalesApiCalls.recipients("to", body.to(), MAX_RECIPIENTS, errors);
    List<EmailAddress> cc = SalesApiCalls.recipients("cc", body.cc(), MAX_RECIPIENTS, errors);
    String subject = body.subject() == null || body.subject().isBlank() ? null : body.subject();
    if (subject != null
        && (subject.strip().length() > org.pepin.platform.OutgoingMessage.MAX_SUBJECT
            || subject.strip().matches("(?s).*[\\r\\n].*"))) {
      errors.rejectValue(
          "subject",
          "error.sales.send.subject",
          new Object[] {org.pepin.platform.OutgoingMessage.MAX_SUBJECT},
          null);
    }
    String text = body.body() == null || body.body().isBlank() ? null : body.body();
    if (text != null && text.length() > MAX_BODY) {
      errors.rejectValue("body", "error.sales.send.body-length", new Object[] {MAX_BODY}, null);
    }
    Inputs.check(errors);
    return new SendRequest(to, cc, subject == null ? null : subject.strip(), text);
  }

  /**
   * Records the customer's acceptance by hand (channel {@code MANUAL}, e.g. a signed paper) of the
   * current revision (or of {@code revision}): the order is created with its down-payment request.
   */
  @PostMapping("/{id}/accept")
  QuoteResponse accept(
      CompanyId company,
      Member member,
      @PathVariable("id") QuoteId id,
      @RequestBody(required = false) @Nullable AnswerBody body) {
    QuoteView quote = quotes.get(company, id);
    AnswerBody answer = body == null ? new AnswerBody(null, null, null, null) : body;
    QuoteRevisionId revision = revisionOf(quote, answer.revision());
    rejecting(
        QuoteApi::answerField,
        () ->
            quotes.accept(
                company,
                member,
                id,
                revision,
                QuoteService.MANUAL,
                new QuoteService.Answer(
                    answer.signerName(),
                    null,
                    null,
                    Boolean.TRUE.equals(answer.earlyStartRequested()))));
    return response(company, member, quotes.get(company, id));
  }

  /** Records the customer's refusal by hand (channel {@code MANUAL}), with its reason. */
  @PostMapping("/{id}/refuse")
  QuoteResponse refuse(
      CompanyId company,
      Member member,
      @PathVariable("id") QuoteId id,
      @RequestBody(required = false) @Nullable AnswerBody body) {
    QuoteView quote = quotes.get(company, id);
    AnswerBody answer = body == null ? new AnswerBody(null, null, null, null) : body;
    QuoteRevisionId revision = revisionOf(quote, answer.revision());
    String signer = answer.signerName() == null ? null : answer.signerName().strip();
    if (signer != null && signer.length() > 200) {
      Errors errors = errors("answer");
      errors.rejectValue(
          "signerName", "error.sales.accept.signer-length", new Object[] {200}, null);
      throw new InputRejected(errors);
    }
    rejecting(
        QuoteApi::answerField,
        () ->
            quotes.refuse(
                company,
                id,
                revision,
                QuoteService.MANUAL,
                new QuoteService.Answer(
                    signer == null || signer.isEmpty() ? null : signer,
                    null,
                    answer.reason(),
                    false)));
    return response(company, member, quotes.get(company, id));
  }

  /** Cancels a draft or sent quote, with a reason. */
  @PostMapping("/{id}/cancel")
  QuoteResponse cancel(
      CompanyId company,
      Member member,
      @PathVariable("id") QuoteId id,
      @RequestBody(required = false) @Nullable ReasonBody body) {
    quotes.get(company, id);
    String reason = body == null || body.reason() == null ? "" : body.reason();
    rejecting(
        code -> code.equals("sales.reason-required") ? "reason" : null,
        () -> quotes.cancel(company, id, reason));
    return response(company, member, quotes.get(company, id));
  }

  private static QuoteRevisionId revisionOf(QuoteView quote, @Nullable String text) {
    if (text == null || text.isBlank()) {
      return quote.current().id();
    }
    UUID uuid = Texts.uuid(text);
    if (uuid == null) {
      throw new ResourceNotFound("quote revision", Texts.shorten(text));
    }
    return new QuoteRevisionId(uuid);
  }

  private static @Nullable String answerField(String code) {
    return switch (code) {
      case "sales.accept.signer-required", "sales.accept.signer-length" -> "signerName";
      case "sales.refuse.reason-length" -> "reason";
      default -> null;
    };
  }

  // ---------------------------------------------------------------- helpers

  private QuoteResponse response(CompanyId company, Member member, QuoteView quote) {
    return writer(member)
        .quote(
            quote,
            quotes.approvalMissing(company, quote.current()),
            warnings(company, quote),
            "/api/v1/quotes/" + quote.id());
  }

  private QuoteApiResponses.Writer writer(Member member) {
    return new QuoteApiResponses.Writer(
        messages,
        LocaleContextHolder.getLocale(),
        member.hasAnyRole(Role.ADMIN, Role.MANAGER, Role.ACCOUNTING));
  }

  /**
   * The warnings of the current revision as of today (out of season, beyond the stock available,
   * free delivery): its lines priced again; none if they can no longer be priced (a product
   * archived since).
   */
  private List<LineWarning> warnings(CompanyId company, QuoteView quote) {
    QuoteRevision r = quote.current();
    try {
      List<LineDraft> lines = new ArrayList<>();
      for (SalesLine l : r.lines()) {
        lines.add(
            switch (l.type()) {
              case PRODUCT ->
                  new LineDraft(
                      LineType.PRODUCT,
                      l.product(),
                      null,
                      l.quantity(),
                      l.priceOverridden() ? l.unitPrice() : null,
                      null,
                      l.manualDiscounts(),
                      null,
                      null);
              case FREE ->
                  new LineDraft(
                      LineType.FREE,
                      null,
                      l.designation(),
                      l.quantity(),
                      l.unitPrice(),
                      l.priceIncludesVat(),
                      l.manualDiscounts(),
                      l.vatRate(),
                      l.kind());
              case SECTION -> LineDraft.section(l.designation());
              case NOTE -> LineDraft.note(l.designation());
            });
      }
      var terms =
          new SalesTerms(
              null,
              r.paymentTerms(),
              r.downPayment(),
              r.discountPercent(),
              r.discountAmount(),
              null,
              null,
              lines);
      return quotes
          .preview(company, new QuoteDraft(quote.customer(), null, null, null, terms))
          .warnings();
    } catch (InvalidValue | ResourceNotFound | IllegalStateException e) {
      return List.of();
    }
  }

  static String fileName(@Nullable String number, String revision) {
    return number == null ? "Devis-brouillon.pdf" : "Devis-" + number + "-" + revision + ".pdf";
  }

  private static ResponseEntity<byte[]> pdf(byte[] pdf, String fileName) {
    return SalesApiCalls.pdf(ContentDisposition.inline(), fileName)
        .cacheControl(CacheControl.noStore())
        .header("X-Content-Type-Options", "nosniff")
        .body(pdf);
  }
}
