package org.pepin.sales.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.Companies;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.ResourceNotFound;
import org.pepin.sales.OrderView;
import org.pepin.sales.Orders;
import org.pepin.sales.document.SalesSettingsStore;
import org.pepin.sales.quote.QuoteDocuments;
import org.pepin.sales.quote.QuoteService;
import org.pepin.sales.quote.QuoteService.LinkTarget;
import org.pepin.shared.InvalidValue;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * The public page of a quote's acceptance link (no login; issue 8 §4): the customer sees the
 * revision the e-mail sent, downloads its PDF (the bytes kept at sending), and accepts it — name
 * and the words « bon pour accord » typed, for an individual the withdrawal information and form
 * and the express request to start early (C. conso L221-18, L221-25) — or refuses it with a reason.
 * The acceptance records date, time, name, the address the request came from and the exact
 * revision, and creates the order. A replaced, expired, cancelled or answered revision is explained
 * and offers no button; an unknown or malformed link is a bare 404.
 *
 * <p>The page speaks the customer's language (French, or English for customers whose language is
 * English), whatever the visitor's cookie, and has its own frame: the seller's name and logo, no
 * application navigation. The link's token is checked for its shape before its SHA-256 is looked up
 * through an index, so a wrong link costs no scan. Forms carry the CSRF token.
 */
@Controller
@RequestMapping("/devis/{token}")
class PublicQuoteController {

  /** The words the customer types to accept, compared without regard to case. */
  static final String MENTION = "bon pour accord";

  private final QuoteService quotes;
  private final Orders orders;
  private final QuoteDocuments documents;
  private final Companies companies;
  private final CompanyClock clock;
  private final SalesSettingsStore settings;
  private final ThymeleafViewResolver views;

  PublicQuoteController(
      QuoteService quotes,
      Orders orders,
      QuoteDocuments documents,
      Companies companies,
      CompanyClock clock,
      SalesSettingsStore settings,
      ThymeleafViewResolver views) {
    this.quotes = quotes;
    this.orders = orders;
    this.documents = documents;
    this.companies = companies;
    this.clock = clock;
    this.settings = settings;
    this.views = views;
  }

  /** The acceptance form. */
  record AcceptForm(@Nullable String name, @Nullable String mention, @Nullable Boolean earlyStart) {

    static AcceptForm blank() {
      return new AcceptForm(null, null, null);
    }
  }

  /** The refusal form. */
  record RefuseForm(@Nullable String reason) {

    static RefuseForm blank() {
      return new RefuseForm(null);
    }
  }

  @GetMapping
  ModelAndView page(@PathVariable("token") String token, HttpServletRequest request, Model model) {
    LinkTarget target = quotes.byLink(token);
    if (!model.containsAttribute("accept")) {
      model.addAttribute("accept", AcceptForm.blank());
    }
    if (!model.containsAttribute("refuse")) {
      model.addAttribute("refuse", RefuseForm.blank());
    }
    return render(token, target, request, model);
  }

  @GetMapping("/pdf")
  ResponseEntity<byte[]> pdf(@PathVariable("token") String token) {
    LinkTarget target = quotes.byLink(token);
    byte[] pdf = quotes.sentPdf(target.company(), target.quote().id(), target.revision().id());
    String name = "Devis-" + target.quote().number() + "-" + target.revision().revision() + ".pdf";
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename(name).build().toString())
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
        .header("X-Robots-Tag", "noindex")
        .body(pdf);
  }

  @PostMapping("/accept")
  ModelAndView accept(
      @PathVariable("token") String token,
      @ModelAttribute("accept") AcceptForm form,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect) {
    LinkTarget target = quotes.byLink(token);
    BindingResult errors = new DirectFieldBindingResult(form, "accept");
    model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "accept", errors);
    model.addAttribute("refuse", RefuseForm.blank());
    String name = form.name() == null ? "" : form.name().strip();
    if (name.isEmpty()) {
      errors.rejectValue("name", "error.sales.accept.signer-required");
    }
    if (!mentionTyped(form.mention())) {
      errors.rejectValue("mention", "error.public-quote.mention");
    }
    if (!errors.hasErrors()) {
      boolean individual =
          target.revision().customer().kind() == org.pepin.customers.CustomerKind.INDIVIDUAL;
      try {
        quotes.acceptOnline(
            token,
            new QuoteService.Answer(
                name,
                request.getRemoteAddr(),
                null,
                individual && Boolean.TRUE.equals(form.earlyStart())));
        redirect.addFlashAttribute("answered", "accepted");
        return redirect(token);
      } catch (InvalidValue e) {
        if (e.code().startsWith("sales.accept.signer")) {
          errors.rejectValue("name", "error." + e.code(), e.args(), e.getMessage());
        } else {
          // replaced, expired or answered meanwhile: the page says so
          return redirect(token);
        }
      }
    }
    return render(token, target, request, model);
  }

  @PostMapping("/refuse")
  ModelAndView refuse(
      @PathVariable("token") String token,
      @ModelAttribute("refuse") RefuseForm form,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect) {
    LinkTarget target = quotes.byLink(token);
    BindingResult errors = new DirectFieldBindingResult(form, "refuse");
    model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "refuse", errors);
    model.addAttribute("accept", AcceptForm.blank());
    try {
      quotes.refuseOnline(
          token, new QuoteService.Answer(null, request.getRemoteAddr(), form.reason(), false));
      redirect.addFlashAttribute("answered", "refused");
      return redirect(token);
    } catch (InvalidValue e) {
      if (!e.code().startsWith("sales.refuse")) {
        return redirect(token);
      }
      errors.rejectValue("reason", "error." + e.code(), e.args(), e.getMessage());
    }
    return render(token, target, request, model);
  }

  /** An unknown, malformed or foreign link: a 404 without any detail. */
  @ExceptionHandler(ResourceNotFound.class)
  String notFound(HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    return "sales/public-quote-not-found";
  }

  static boolean mentionTyped(@Nullable String mention) {
    return mention != null
        && mention.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).equals(MENTION);
  }

  private static ModelAndView redirect(String token) {
    return new ModelAndView("redirect:/devis/" + token);
  }

  private ModelAndView render(
      String token, LinkTarget target, HttpServletRequest request, Model model) {
    OrderView order =
        target.quote().order() == null
            ? null
            : orders.find(target.company(), target.quote().order()).orElse(null);
    PublicQuotePage page =
        PublicQuotePage.of(
            companies.identity(target.company()),
            companies.logoDataUri(target.company()).orElse(null),
            target.quote(),
            target.revision(),
            clock.today(target.company()),
            CompanyClock.ZONE,
            order,
            documents,
            settings.get(target.company()).withdrawalDays());
    // The customer's language, not the visitor's cookie nor a logged-in user's profile.
    request.setAttribute(
        DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, new FixedLocaleResolver(page.locale()));
    if (page.state().answerable()) {
      // The forms are at the end of a long page: the CSRF token (and the session keeping it) must
      // exist before the response starts being written.
      if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken csrf) {
        csrf.getToken();
      }
    }
    model.addAttribute("page", page);
    model.addAttribute("token", token);
    return view("sales/public-quote", page.locale(), model);
  }

  /**
   * The view resolved for the customer's language: the dispatcher would resolve a view name with
   * the visitor's language (cookie, or the profile of a user logged in), not the customer's.
   */
  private ModelAndView view(String name, Locale locale, Model model) {
    try {
      View view = views.resolveViewName(name, locale);
      if (view == null) {
        throw new IllegalStateException("no view " + name);
      }
      return new ModelAndView(view, model.asMap());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
