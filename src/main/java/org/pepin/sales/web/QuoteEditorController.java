package org.pepin.sales.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pepin.customers.CustomerView;
import org.pepin.customers.Customers;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.CompanyId;
import org.pepin.platform.Member;
import org.pepin.sales.QuoteDraft;
import org.pepin.sales.QuoteId;
import org.pepin.sales.QuoteView;
import org.pepin.sales.SalesSettings;
import org.pepin.sales.document.SalesSettingsStore;
import org.pepin.sales.quote.QuoteService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The quote editor: a new quote (optionally for {@code ?customer=}), the edit of a draft or of a
 * sent quote (which makes its next revision), the line operations (add, move, remove: the form
 * comes back with its lines changed, nothing saved) and the live totals ({@code POST
 * /sales/quotes/preview}, htmx, priced by {@link QuoteService#preview}).
 */
@Controller
class QuoteEditorController {

  private final QuoteService quotes;
  private final DocumentEditor editor;
  private final Customers customers;
  private final SalesSettingsStore settings;
  private final CompanyClock clock;
  private final EditorFlow<QuoteView, QuoteDraft> flow;

  QuoteEditorController(
      QuoteService quotes,
      DocumentEditor editor,
      Customers customers,
      SalesSettingsStore settings,
      CompanyClock clock,
      DocumentFormats fmt) {
    this.quotes = quotes;
    this.editor = editor;
    this.customers = customers;
    this.settings = settings;
    this.clock = clock;
    this.flow =
        new EditorFlow<>(
            editor,
            settings,
            fmt,
            QuoteEditorController::config,
            (company, quote) ->
                (customer, terms) ->
                    quotes.preview(company, new QuoteDraft(customer.id(), null, null, null, terms)),
            (parsed, form) ->
                new QuoteDraft(
                    parsed.customer.id(),
                    parsed.validUntil,
                    form.leadTime(),
                    parsed.salesRep,
                    parsed.terms),
            "quote",
            "sales/quote-form");
  }

  @GetMapping("/sales/quotes/new")
  String create(
      CompanyId company,
      Member member,
      @RequestParam(name = "customer", required = false) @Nullable String customer,
      Model model) {
    CustomerView chosen = flow.chosen(company, customer);
    SalesSettings s = settings.get(company);
    var form =
        DocumentEditor.blank(chosen, clock.today(company).plusDays(s.quoteValidityDays()), true);
    return flow.page(company, member, form, null, model);
  }

  @PostMapping("/sales/quotes")
  String create(
      CompanyId company,
      Member member,
      @ModelAttribute("form") DocumentForm typed,
      @RequestParam(name = "op", required = false) @Nullable List<String> op,
      Model model,
      RedirectAttributes redirect) {
    return flow.submit(
        company,
        member,
        typed,
        op,
        null,
        model,
        errors -> {},
        draft -> {
          QuoteId id = quotes.create(company, member, draft);
          redirect.addFlashAttribute("toast", "toast.quote-created");
          return "redirect:/sales/quotes/" + id;
        });
  }

  @GetMapping("/sales/quotes/{id}/edit")
  String edit(
      CompanyId company,
      Member member,
      @PathVariable("id") QuoteId id,
      Model model,
      RedirectAttributes redirect) {
    QuoteView quote = quotes.get(company, id);
    if (!quote.status().open()) {
      redirect.addFlashAttribute("toastError", "error.sales.quote.closed");
      redirect.addFlashAttribute("toastArgs", new Object[] {status(quote)});
      return "redirect:/sales/quotes/" + id;
    }
    CustomerView customer = customers.find(company, quote.customer()).orElse(null);
    var form = editor.formOf(company, quote.version(), quote.current(), quote.salesRep(), customer);
    return flow.page(company, member, form, quote, model);
  }

  @PostMapping("/sales/quotes/{id}")
  String update(
      CompanyId company,
      Member member,
      @PathVariable("id") QuoteId id,
      @ModelAttribute("form") DocumentForm typed,
      @RequestParam(name = "op", required = false) @Nullable List<String> op,
      Model model,
      RedirectAttributes redirect) {
    QuoteView quote = quotes.get(company, id);
    Integer version = typed.normalized().version();
    return flow.submit(
        company,
        member,
        typed,
        op,
        quote,
        model,
        errors -> {},
        draft -> {
          quotes.update(company, member, id, version == null ? -1 : version, draft);
          redirect.addFlashAttribute(
              "toast", quote.current().frozen() ? "toast.quote-revised" : "toast.saved");
          return "redirect:/sales/quotes/" + id;
        });
  }

  /**
   * The live totals: the lines' amounts, warnings and margins, the totals per VAT rate; with {@code
   * part=customer}, the customer's block (its delivery addresses, terms) too.
   */
  @PostMapping("/sales/quotes/preview")
  String preview(
      CompanyId company,
      Member member,
      @ModelAttribute("form") DocumentForm typed,
      @RequestParam(name = "part", required = false) @Nullable String part,
      Model model) {
    return flow.preview(company, member, typed.normalized(), null, part, model);
  }

  static String status(QuoteView quote) {
    return quote.status().name();
  }

  private static DocumentEditor.EditorConfig config(@Nullable QuoteView quote) {
    if (quote == null) {
      return new DocumentEditor.EditorConfig(
          "quote",
          "quotes.new",
          "/sales/quotes",
          "/sales/quotes/preview",
          "/sales/quotes",
          null,
          null,
          false,
          false);
    }
    boolean frozen = quote.current().frozen();
    return new DocumentEditor.EditorConfig(
        "quote",
        "quotes.edit",
        "/sales/quotes/" + quote.id(),
        "/sales/quotes/preview",
        "/sales/quotes/" + quote.id(),
        frozen ? "quotes.edit.new-revision" : null,
        frozen ? nextLetter(quote.current().revision()) : null,
        false,
        quote.number() != null);
  }

  /** The letter after {@code letter}: A → B, Z → AA. */
  static String nextLetter(String letter) {
    char[] chars = letter.toCharArray();
    for (int i = chars.length - 1; i >= 0; i--) {
      if (chars[i] < 'Z') {
        chars[i]++;
        return new String(chars);
      }
      chars[i] = 'A';
    }
    return "A" + new String(chars);
  }
}
