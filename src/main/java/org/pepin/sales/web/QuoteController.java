package org.pepin.sales.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.pepin.customers.CustomerView;
import org.pepin.customers.Customers;
import org.pepin.platform.ChangeHistory;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.CompanyId;
import org.pepin.platform.Inputs;
import org.pepin.platform.Member;
import org.pepin.platform.Members;
import org.pepin.platform.ResourceNotFound;
import org.pepin.sales.OrderId;
import org.pepin.sales.QuoteDraft;
import org.pepin.sales.QuoteId;
import org.pepin.sales.QuoteRevision;
import org.pepin.sales.QuoteRevisionId;
import org.pepin.sales.QuoteStatus;
import org.pepin.sales.QuoteView;
import org.pepin.sales.SendRequest;
import org.pepin.sales.document.SalesSettingsStore;
import org.pepin.sales.order.OrderService;
import org.pepin.sales.quote.QuoteService;
import org.pepin.shared.EmailAddress;
import org.pepin.shared.InvalidValue;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The quote page — header, status bar, lines with their amounts, warnings and margin (for the roles
 * that see it), revisions with their PDFs, history — and its actions by state: approve the manual
 * discount, send by e-mail, record the customer's acceptance (which creates the order) or refusal,
 * cancel. The PDF of the current revision (kept byte for byte once sent, a preview before) and that
 * of every sent revision.
 */
@Controller
class QuoteController {

  static final int HISTORY_SHOWN = 50;

  private final QuoteService quotes;
  private final OrderService orders;
  private final Customers customers;
  private final Members members;
  private final ChangeHistory history;
  private final SalesSettingsStore settings;
  private final DocumentEditor editor;
  private final DocumentFormats fmt;
  private final CompanyClock clock;

  QuoteController(
      QuoteService quotes,
      OrderService orders,
      Customers customers,
      Members members,
      ChangeHistory history,
      SalesSettingsStore settings,
      DocumentEditor editor,
      DocumentFormats fmt,
      CompanyClock clock) {
    this.quotes = quotes;
    this.orders = orders;
    this.customers = customers;
    this.members = members;
    this.history = history;
    this.settings = settings;
    this.editor = editor;
    this.fmt = fmt;
    this.clock = clock;
  }

  /**
   * The small forms of the page's actions.
   *
   * @param to send: recipients, separated by commas; blank: the customer's e-mail
   * @param cc send: copies
   * @param subject send: replaces the template's subject
   * @param body send: replaces the template's text (the acceptance link is added below)
   * @param signer accept: the name of who signed « bon pour accord »
   * @param earlyStart accept: a consumer asked for the work to start within the withdrawal period
   * @param reason refuse, cancel: why
   */
  record ActionForm(
      @Nullable String to,
      @Nullable String cc,
      @Nullable String subject,
      @Nullable String body,
      @Nullable String signer,
      @Nullable Boolean earlyStart,
      @Nullable String reason) {

    static ActionForm blank(@Nullable EmailAddress email) {
      return new ActionForm(
          email == null ? null : email.value(), null, null, null, null, null, null);
    }
  }

  @GetMapping("/sales/quotes/{id}")
  String show(CompanyId company, Member member, @PathVariable("id") QuoteId id, Model model) {
    QuoteView quote = quotes.get(company, id);
    CustomerView customer = customers.find(company, quote.customer()).orElse(null);
    var form = ActionForm.blank(customer == null ? null : customer.email());
    model.addAttribute("action", form);
    DocumentEditor.errors(model, form, "action");
    return page(company, member, quote, customer, null, model);
  }

  @GetMapping("/sales/quotes/{id}/pdf")
  ResponseEntity<byte[]> pdf(CompanyId company, @PathVariable("id") QuoteId id) {
    QuoteView quote = quotes.get(company, id);
    return pdf(quotes.pdf(company, id), fileName(quote, quote.current()));
  }

  @GetMapping("/sales/quotes/{id}/revisions/{rev}/pdf")
  ResponseEntity<byte[]> revisionPdf(
      CompanyId company, @PathVariable("id") QuoteId id, @PathVariable("rev") QuoteRevisionId rev) {
    QuoteView quote = quotes.get(company, id);
    QuoteRevision revision = quotes.revision(company, id, rev);
    if (!revision.frozen()) {
      throw new ResourceNotFound("quote pdf", rev);
    }
    return pdf(quotes.sentPdf(company, id, rev), fileName(quote, revision));
  }

  private static String fileName(QuoteView quote, QuoteRevision revision) {
    return quote.number() == null
        ? "Devis-brouillon.pdf"
        : "Devis-" + quote.number() + "-" + revision.revision() + ".pdf";
  }

  private static ResponseEntity<byte[]> pdf(byte[] bytes, String name) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename(name, StandardCharsets.UTF_8).build().toString())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(bytes);
  }

  @PostMapping("/sales/quotes/{id}/approve")
  String approve(
      CompanyId company,
      Member member,
      @PathVariable("id") QuoteId id,
      RedirectAttributes redirect) {
    quotes.get(company, id);
    try {
      quotes.approve(company, member, id);
      redirect.addFlashAttribute("toast", "toast.quote-approved");
    } catch (InvalidValue e) {
      failed(redirect, e);
    }
    return "redirect:/sales/quotes/" + id;
  }

  @PostMapping("/sales/quotes/{id}/send")
  String send(
      CompanyId company,
      Member member,
      @PathVariable("id") QuoteId id,
      @ModelAttribute("action") ActionForm form,
      Model model,
      RedirectAttributes redirect) {
    QuoteView quote = quotes.get(company, id);
    var errors = DocumentEditor.errors(model, form, "action");
    List<EmailAddress> to = Inputs.optional(errors, "to", form.to(), SalesInputs::emails);
    List<EmailAddress> cc = Inputs.optional(errors, "cc", form.cc(), SalesInputs::emails);
    String subject = DocumentEditor.clean(form.subject());
    if (subject != null && (subject.length() > 300 || subject.matches("(?s).*[\\r\\n].*"))) {
      errors.rejectValue("subject", "error.sales.form.subject");
    }
    String body = DocumentEditor.clean(form.body());
    if (body != null && body.length() > 50_000) {
      errors.rejectValue("body", "error.sales.form.body", new Object[] {50_000}, null);
    }
    if (!errors.hasErrors()) {
      try {
        quotes.send(
            company,
            member,
            id,
            new SendRequest(
                to == null ? List.of() : to, cc == null ? List.of() : cc, subject, body));
        redirect.addFlashAttribute("toast", "toast.quote-sent");
        return "redirect:/sales/quotes/" + id;
      } catch (InvalidValue e) {
        Inputs.reject(errors, e.code().equals("sales.send.no-recipient") ? "to" : null, e);
      }
    }
    return page(company, member, quote, null, "send", model);
  }

  @PostMapping("/sales/quotes/{id}/accept")
  String accept(
      CompanyId company,
      Member member,
      @PathVariable("id") QuoteId id,
      @ModelAttribute("action") ActionForm form,
      Model model,
      RedirectAttributes redirect) {
    QuoteView quote = quotes.get(company, id);
    return act(
        company,
        member,
        quote,
        form,
        "accept",
        code -> code.startsWith("sales.accept.signer") ? "signer" : null,
        model,
        () -> {
          OrderId order =
              quotes.accept(
                  company,
                  member,
                  id,
                  quote.current().id(),
                  QuoteService.MANUAL,
                  new QuoteService.Answer(
                      form.signer(), null, null, Boolean.TRUE.equals(form.earlyStart())));
          redirect.addFlashAttribute("toast", "toast.quote-accepted");
          redirect.addFlashAttribute("createdOrder", order.toString());
        });
  }

  @PostMapping("/sales/quotes/{id}/refuse")
  String refuse(
      CompanyId company,
      Member member,
      @PathVariable("id") QuoteId id,
      @ModelAttribute("action") ActionForm form,
      Model model,
      RedirectAttributes redirect) {
    QuoteView quote = quotes.get(company, id);
    return act(
        company,
        member,
        quote,
        form,
        "refuse",
        code -> code.startsWith("sales.refuse") ? "reason" : null,
        model,
        () -> {
          quotes.refuse(
              company,
              id,
              quote.current().id(),
              QuoteService.MANUAL,
              new QuoteService.Answer(null, null, form.reason(), false));
          redirect.addFlashAttribute("toast", "toast.quote-refused");
        });
  }

  @PostMapping("/sales/quotes/{id}/cancel")
  String cancel(
      CompanyId company,
      Member member,
      @PathVariable("id") QuoteId id,
      @ModelAttribute("action") ActionForm form,
      Model model,
      RedirectAttributes redirect) {
    QuoteView quote = quotes.get(company, id);
    return act(
        company,
        member,
        quote,
        form,
        "cancel",
        code -> code.equals("sales.reason-required") ? "reason" : null,
        model,
        () -> {
          quotes.cancel(company, id, form.reason() == null ? "" : form.reason());
          redirect.addFlashAttribute("toast", "toast.quote-cancelled");
        });
  }

  /**
   * An action of one of the page's forms: done, back to the quote (the action gives the toast);
   * refused, the page with that form open and the error against its field.
   *
   * @param fieldOf the field of an error's code, {@code null} for the form as a whole
   */
  private String act(
      CompanyId company,
      Member member,
      QuoteView quote,
      ActionForm form,
      String open,
      java.util.function.Function<String, @Nullable String> fieldOf,
      Model model,
      Runnable action) {
    var errors = DocumentEditor.errors(model, form, "action");
    try {
      action.run();
      return "redirect:/sales/quotes/" + quote.id();
    } catch (InvalidValue e) {
      Inputs.reject(errors, fieldOf.apply(e.code()), e);
    }
    return page(company, member, quote, null, open, model);
  }

  private static void failed(RedirectAttributes redirect, InvalidValue e) {
    redirect.addFlashAttribute("toastError", "error." + e.code());
    Object[] args = e.args();
    redirect.addFlashAttribute(
        "toastArgs", new Object[] {args.length > 0 ? String.valueOf(args[0]) : ""});
  }

  /** The page; {@code open} names the action form shown open (with its errors). */
  private String page(
      CompanyId company,
      Member member,
      QuoteView quote,
      @Nullable CustomerView customer,
      @Nullable String open,
      Model model) {
    if (customer == null) {
      customer = customers.find(company, quote.customer()).orElse(null);
    }
    QuoteRevision current = quote.current();
    Map<Integer, List<String>> warnings = Map.of();
    if (quote.status().open() && !current.frozen()) {
      warnings = warnings(company, current, customer);
    }
    var s = settings.get(company);
    model.addAttribute("quote", quote);
    model.addAttribute("revision", current);
    model.addAttribute("customer", customer);
    model.addAttribute(
        "lines",
        DocumentLines.of(
            current.lines(), current.totals(), warnings, QuoteRoutes.seesMargin(member)));
    model.addAttribute("downPayment", current.downPaymentAmounts());
    model.addAttribute("approvalMissing", quotes.approvalMissing(company, current));
    model.addAttribute("threshold", s.discountApprovalThreshold());
    model.addAttribute(
        "order", quote.order() == null ? null : orders.find(company, quote.order()).orElse(null));
    model.addAttribute(
        "rep",
        quote.salesRep() == null
            ? null
            : members.find(company, quote.salesRep()).map(Member::displayName).orElse(null));
    model.addAttribute(
        "history", history.of(company, QuoteService.ENTITY, quote.id(), HISTORY_SHOWN));
    model.addAttribute("canWrite", QuoteRoutes.canWrite(member));
    model.addAttribute("canApprove", QuoteRoutes.canApprove(member));
    model.addAttribute("showMargin", QuoteRoutes.seesMargin(member));
    model.addAttribute("open", open);
    model.addAttribute("today", clock.today(company));
    model.addAttribute("steps", steps(quote.status()));
    return "sales/quote";
  }

  /** The warnings of a draft's lines, priced again now (out of season, stock, free delivery). */
  private Map<Integer, List<String>> warnings(
      CompanyId company, QuoteRevision revision, @Nullable CustomerView customer) {
    try {
      DocumentForm form = editor.formOf(company, 0, revision, null, customer);
      BindingResult errors =
          new org.springframework.validation.DirectFieldBindingResult(form, "form");
      var parsed = editor.parse(company, form, errors);
      if (parsed.customer == null || parsed.terms == null) {
        return Map.of();
      }
      var priced =
          quotes.preview(
              company, new QuoteDraft(parsed.customer.id(), null, null, null, parsed.terms));
      return DocumentEditor.warnings(priced, fmt);
    } catch (InvalidValue | ResourceNotFound e) {
      return Map.of();
    }
  }

  /** One step of the status bar. */
  record Step(String key, String state) {}

  /** Brouillon → Envoyé → Accepté → Commandé, or the way it ended. */
  static List<Step> steps(QuoteStatus status) {
    String[] path = {"DRAFT", "SENT", "ACCEPTED", "CONVERTED"};
    int reached =
        switch (status) {
          case DRAFT -> 0;
          case SENT, REFUSED, EXPIRED -> 1;
          case ACCEPTED -> 2;
          case CONVERTED -> 3;
          case CANCELLED -> -1;
        };
    var steps = new java.util.ArrayList<Step>();
    for (int i = 0; i < path.length; i++) {
      boolean ended = (status == QuoteStatus.REFUSED || status == QuoteStatus.EXPIRED) && i == 2;
      if (ended) {
        steps.add(new Step(status.name(), "off"));
        break;
      }
      steps.add(new Step(path[i], i < reached ? "done" : i == reached ? "current" : "todo"));
    }
    if (status == QuoteStatus.CANCELLED) {
      steps.add(new Step(status.name(), "off"));
    }
    return steps;
  }
}
