package org.pepin.sales.quote;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.pepin.customers.CustomerSnapshot;
import org.pepin.customers.CustomerView;
import org.pepin.customers.Customers;
import org.pepin.customers.DeliveryAddress;
import org.pepin.platform.Attachment;
import org.pepin.platform.AuditLog;
import org.pepin.platform.ChangeHistory;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.CompanyId;
import org.pepin.platform.DocumentKind;
import org.pepin.platform.FieldChange;
import org.pepin.platform.Member;
import org.pepin.platform.MessageTemplates;
import org.pepin.platform.Numbering;
import org.pepin.platform.Outbox;
import org.pepin.platform.OutgoingMessage;
import org.pepin.platform.RenderedMessage;
import org.pepin.platform.ResourceNotFound;
import org.pepin.platform.TermsOfSale;
import org.pepin.platform.TermsOfSaleVersion;
import org.pepin.platform.UserId;
import org.pepin.sales.DownPayment;
import org.pepin.sales.DownPaymentKind;
import org.pepin.sales.OrderId;
import org.pepin.sales.PricedDocument;
import org.pepin.sales.QuoteAccepted;
import org.pepin.sales.QuoteDraft;
import org.pepin.sales.QuoteId;
import org.pepin.sales.QuoteRefused;
import org.pepin.sales.QuoteRevision;
import org.pepin.sales.QuoteRevisionId;
import org.pepin.sales.QuoteSent;
import org.pepin.sales.QuoteStatus;
import org.pepin.sales.QuoteView;
import org.pepin.sales.Quotes;
import org.pepin.sales.SalesSettings;
import org.pepin.sales.SalesTerms;
import org.pepin.sales.SendRequest;
import org.pepin.sales.document.DeliveryAddresses;
import org.pepin.sales.document.LinePricer;
import org.pepin.sales.document.SalesFormats;
import org.pepin.sales.document.SalesMessageKinds;
import org.pepin.sales.document.SalesSettingsStore;
import org.pepin.sales.order.OrderService;
import org.pepin.shared.EmailAddress;
import org.pepin.shared.InvalidValue;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of a quote: draft → sent → accepted / refused / expired → converted (or cancelled).
 *
 * <ul>
 *   <li>A draft is priced by {@link LinePricer} each time it is saved; its totals are those of
 *       DocumentTotals (ARCHITECTURE §3).
 *   <li>Sending takes the quote's number (its own series, R-QUO-01) the first time, renders and
 *       keeps the PDF, freezes the revision and queues the e-mail with the PDF and the acceptance
 *       link. A sent revision never changes (R-QUO-02): changing the quote makes the next revision
 *       (B, C…) as a draft, and the older revision's link can no longer be used.
 *   <li>Manual discounts above the company's threshold need a MANAGER's approval before sending.
 *   <li>Accepting (online through the link, or recorded by the staff) records date, time, name,
 *       address and the exact revision, and creates the order (with its down-payment request).
 *   <li>A daily job marks quotes whose validity ended as expired.
 * </ul>
 *
 * Every change is in the quote's history (entity type {@code quote}).
 */
@Service
@Transactional
public class QuoteService implements Quotes {

  public static final String ENTITY = "quote";
  public static final String ONLINE = "ONLINE";
  public static final String MANUAL = "MANUAL";

  private final QuoteStore store;
  private final LinePricer pricer;
  private final SalesSettingsStore settings;
  private final Customers customers;
  private final CompanyClock clock;
  private final Numbering numbering;
  private final TermsOfSale termsOfSale;
  private final QuoteDocuments documents;
  private final MessageTemplates templates;
  private final Outbox outbox;
  private final ChangeHistory history;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final OrderService orders;
  private final String publicUrl;

  QuoteService(
      QuoteStore store,
      LinePricer pricer,
      SalesSettingsStore settings,
      Customers customers,
      CompanyClock clock,
      Numbering numbering,
      TermsOfSale termsOfSale,
      QuoteDocuments documents,
      MessageTemplates templates,
      Outbox outbox,
      ChangeHistory history,
      AuditLog audit,
      ApplicationEventPublisher events,
      OrderService orders,
      @Value("${pepin.public-url}") String publicUrl) {
    this.store = store;
    this.pricer = pricer;
    this.settings = settings;
    this.customers = customers;
    this.clock = clock;
    this.numbering = numbering;
    this.termsOfSale = termsOfSale;
    this.documents = documents;
    this.templates = templates;
    this.outbox = outbox;
    this.history = history;
    this.audit = audit;
    this.events = events;
    this.orders = orders;
    this.publicUrl =
        publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
  }

  // ---------------------------------------------------------------- reading

  @Override
  @Transactional(readOnly = true)
  public Optional<QuoteView> find(CompanyId company, QuoteId id) {
    return store.header(company, id).map(h -> view(company, h));
  }

  @Override
  @Transactional(readOnly = true)
  public QuoteView get(CompanyId company, QuoteId id) {
    return find(company, id).orElseThrow(() -> new ResourceNotFound("quote", id));
  }

  /** A revision of the quote (sent ones stay readable). */
  @Transactional(readOnly = true)
  public QuoteRevision revision(CompanyId company, QuoteId quote, QuoteRevisionId revision) {
    return store
        .revision(company, revision)
        .filter(r -> r.quote().equals(quote))
        .orElseThrow(() -> new ResourceNotFound("quote revision", revision));
  }

  /** The PDF kept when the revision was sent, byte for byte. */
  @Transactional(readOnly = true)
  public byte[] sentPdf(CompanyId company, QuoteId quote, QuoteRevisionId revision) {
    revision(company, quote, revision);
    return store
        .pdf(company, revision)
        .orElseThrow(() -> new ResourceNotFound("quote pdf", revision));
  }

  /** The PDF of the current revision: the one kept if sent, else rendered now (a preview). */
  @Transactional(readOnly = true)
  public byte[] pdf(CompanyId company, QuoteId id) {
    QuoteView quote = get(company, id);
    if (quote.current().frozen()) {
      return sentPdf(company, id, quote.current().id());
    }
    return documents.pdf(company, quote, quote.current());
  }

  private QuoteView view(CompanyId company, QuoteStore.Header h) {
    QuoteRevision current =
        store
            .revision(company, h.currentRevision())
            .orElseThrow(() -> new IllegalStateException("quote without revision: " + h.id()));
    return new QuoteView(
        h.id(),
        h.version(),
        h.number(),
        h.customer(),
        h.salesRep(),
        h.status(),
        h.statusReason(),
        h.order(),
        h.createdAt(),
        h.updatedAt(),
        current,
        store.summaries(company, h.id()));
  }

  // ---------------------------------------------------------------- drafts

  /**
   * Prices a quote without saving it (the editor's live totals).
   *
   * @throws InvalidValue as {@link #create}
   */
  @Transactional(readOnly = true)
  public PricedDocument preview(CompanyId company, QuoteDraft draft) {
    CustomerView customer = customers.get(company, draft.customer());
    SalesSettings s = settings.get(company);
    LocalDate today = clock.today(company);
    return price(company, customer, today, draft.terms(), s).priced();
  }

  /**
   * Creates a draft quote dated today.
   *
   * @throws InvalidValue {@code sales.quote.validity-past (date)}, {@code
   *     sales.quote.customer-inactive}, {@code sales.delivery-address-unknown (label)}, the lines'
   *     and pricing's own codes
   */
  public QuoteId create(CompanyId company, @Nullable Member member, QuoteDraft draft) {
    CustomerView customer = customers.get(company, draft.customer());
    if (!customer.isActive()) {
      throw new InvalidValue(
          "sales.quote.customer-inactive", "customer not active", customer.name());
    }
    Instant now = clock.now(company);
    QuoteId id = QuoteId.random();
    QuoteRevision revision =
        build(company, id, QuoteRevisionId.random(), "A", customer, draft, now);
    UserId rep = draft.salesRep() != null ? draft.salesRep() : customer.salesRep();
    store.insertHeader(
        company,
        new QuoteStore.Header(
            id,
            1,
            null,
            customer.id(),
            customer.code(),
            customer.name(),
            rep,
            QuoteStatus.DRAFT,
            revision.id(),
            null,
            null,
            now,
            now));
    store.insertRevision(company, revision, member == null ? null : member.id());
    customers.touch(company, customer.id());
    history.record(
        company,
        ENTITY,
        id,
        ChangeHistory.CREATED,
        null,
        List.of(
            change("customer", null, customer.name()),
            change("totalGross", null, revision.totals().totalGross().toString())));
    return id;
  }

  /**
   * Changes a quote as of the version the user edited. A sent quote gets a new revision (B, C…) and
   * goes back to draft; the sent revision, its PDF and its link stay as they were.
   *
   * @throws org.pepin.platform.ConcurrentModification if someone changed it since
   * @throws InvalidValue {@code sales.quote.closed (status)} for an accepted, refused, expired,
   *     converted or cancelled quote; {@code sales.quote.customer-fixed} to change the customer of
   *     a quote already sent; and those of {@link #create}
   */
  public void update(
      CompanyId company, @Nullable Member member, QuoteId id, int version, QuoteDraft draft) {
    QuoteStore.Header h = store.lockHeader(company, id);
    if (h.version() != version) {
      throw new org.pepin.platform.ConcurrentModification(ENTITY, id);
    }
    requireOpen(h);
    if (h.number() != null && !h.customer().equals(draft.customer())) {
      throw new InvalidValue("sales.quote.customer-fixed", "the customer of a sent quote is fixed");
    }
    CustomerView customer = customers.get(company, draft.customer());
    QuoteRevision current =
        store.revision(company, h.currentRevision()).orElseThrow(IllegalStateException::new);
    Instant now = clock.now(company);
    QuoteRevision next;
    if (current.frozen()) {
      next =
          build(
              company,
              id,
              QuoteRevisionId.random(),
              nextLetter(current.revision()),
              customer,
              draft,
              now);
      store.insertRevision(company, next, member == null ? null : member.id());
      history.record(
          company,
          ENTITY,
          id,
          "revised",
          null,
          List.of(change("revision", current.revision(), next.revision())));
    } else {
      next = build(company, id, current.id(), current.revision(), customer, draft, now);
      store.replaceDraftRevision(company, next);
    }
    UserId rep = draft.salesRep() != null ? draft.salesRep() : h.salesRep();
    store.updateHeader(
        company,
        new QuoteStore.Header(
            id,
            version,
            h.number(),
            customer.id(),
            customer.code(),
            customer.name(),
            rep,
            QuoteStatus.DRAFT,
            next.id(),
            null,
            null,
            h.createdAt(),
            now));
    List<FieldChange> changes = new ArrayList<>();
    if (!current.totals().totalGross().equals(next.totals().totalGross())) {
      changes.add(
          change(
              "totalGross",
              current.totals().totalGross().toString(),
              next.totals().totalGross().toString()));
    }
    if (!current.validUntil().equals(next.validUntil())) {
      changes.add(
          change("validUntil", current.validUntil().toString(), next.validUntil().toString()));
    }
    if (current.lines().size() != next.lines().size()) {
      changes.add(
          change(
              "lines",
              String.valueOf(current.lines().size()),
              String.valueOf(next.lines().size())));
    }
    history.record(company, ENTITY, id, changes);
  }

  private QuoteRevision build(
      CompanyId company,
      QuoteId quote,
      QuoteRevisionId id,
      String letter,
      CustomerView customer,
      QuoteDraft draft,
      Instant now) {
    SalesSettings s = settings.get(company);
    LocalDate today = clock.today(company);
    LocalDate validUntil =
        draft.validUntil() != null ? draft.validUntil() : today.plusDays(s.quoteValidityDays());
    if (validUntil.isBefore(today)) {
      throw new InvalidValue(
          "sales.quote.validity-past",
          "validity date in the past: " + validUntil,
          SalesFormats.date(validUntil));
    }
    Priced priced0 = price(company, customer, today, draft.terms(), s);
    SalesTerms terms = priced0.terms();
    PricedDocument priced = priced0.priced();
    DeliveryAddress delivery = DeliveryAddresses.find(customer, terms.deliveryAddress());
    return new QuoteRevision(
        id,
        quote,
        letter,
        today,
        validUntil,
        CustomerSnapshot.of(customer),
        delivery,
        draft.deliveryLeadTime(),
        terms.paymentTerms() != null ? terms.paymentTerms() : customer.paymentTerms(),
        customer.kind() == org.pepin.customers.CustomerKind.INDIVIDUAL,
        terms.downPayment(),
        terms.discountPercent(),
        terms.discountAmount(),
        termsOfSale.inForce(company, today).map(TermsOfSaleVersion::id).orElse(null),
        terms.introduction(),
        terms.notes(),
        priced.lines(),
        priced.totals(),
        priced.manualDiscountRate(),
        null,
        null,
        null,
        null,
        null,
        null,
        now);
  }

  /** A quote's terms as saved and its lines as priced. */
  private record Priced(SalesTerms terms, PricedDocument priced) {}

  /**
   * Prices the lines once, then applies the company's down payment for individuals above a total
   * incl. VAT (the nursery: an acompte of 30 % above 1 500 € TTC) when the draft does not say: a
   * down payment changes no line, only its own amounts.
   */
  private Priced price(
      CompanyId company,
      CustomerView customer,
      LocalDate today,
      SalesTerms terms,
      SalesSettings s) {
    PricedDocument priced = pricer.price(company, customer, today, terms, s);
    if (terms.downPayment() != null
        || s.individualDownPayment() == null
        || !LinePricer.individualDownPaymentDue(customer, s, priced.totals().totalGross())) {
      return new Priced(terms, priced);
    }
    var downPayment = new DownPayment(DownPaymentKind.ACOMPTE, s.individualDownPayment());
    return new Priced(
        new SalesTerms(
            terms.deliveryAddress(),
            terms.paymentTerms(),
            downPayment,
            terms.discountPercent(),
            terms.discountAmount(),
            terms.introduction(),
            terms.notes(),
            terms.lines()),
        new PricedDocument(
            priced.lines(),
            priced.totals(),
            priced.warnings(),
            priced.manualDiscountRate(),
            priced.margin(),
            priced.marginRate(),
            downPayment.amounts(priced.totals())));
  }

  /** A, B… Z, AA, AB… */
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

  private static void requireOpen(QuoteStore.Header h) {
    if (!h.status().open()) {
      throw new InvalidValue("sales.quote.closed", "quote is " + h.status(), h.status().name());
    }
  }

  // ---------------------------------------------------------------- approval and sending

  /**
   * A manager approves the manual discounts of the draft revision (needed above the company's
   * threshold before sending). A later change of the draft withdraws the approval.
   */
  public void approve(CompanyId company, Member member, QuoteId id) {
    QuoteStore.Header h = store.lockHeader(company, id);
    requireOpen(h);
    QuoteRevision current =
        store.revision(company, h.currentRevision()).orElseThrow(IllegalStateException::new);
    if (current.frozen()) {
      throw new InvalidValue("sales.quote.already-sent", "revision already sent");
    }
    store.approve(company, current.id(), member.id(), clock.now(company));
    history.record(
        company,
        ENTITY,
        id,
        "approved",
        null,
        List.of(change("manualDiscountRate", null, current.manualDiscountRate().toString())));
    audit.record(
        company,
        "quote.discount-approved",
        ENTITY,
        id,
        "Remise de " + current.manualDiscountRate() + " % approuvée",
        null);
  }

  /** Whether the draft revision needs a manager's approval that it does not have. */
  @Transactional(readOnly = true)
  public boolean approvalMissing(CompanyId company, QuoteRevision revision) {
    return !revision.frozen()
        && revision.approvedBy() == null
        && revision
                .manualDiscountRate()
                .compareTo(settings.get(company).discountApprovalThreshold())
            > 0;
  }

  /**
   * Sends the current revision: number (first time), PDF kept, revision frozen, e-mail queued in
   * the outbox with the PDF and the acceptance link.
   *
   * @throws InvalidValue {@code sales.quote.no-lines}, {@code sales.quote.validity-past (date)},
   *     {@code sales.quote.approval-required (rate, threshold)}, {@code sales.quote.already-sent},
   *     {@code sales.quote.closed (status)}, {@code sales.send.no-recipient}
   */
  public void send(CompanyId company, @Nullable Member member, QuoteId id, SendRequest request) {
    QuoteStore.Header h = store.lockHeader(company, id);
    requireOpen(h);
    QuoteRevision revision =
        store.revision(company, h.currentRevision()).orElseThrow(IllegalStateException::new);
    if (revision.frozen()) {
      throw new InvalidValue("sales.quote.already-sent", "revision already sent");
    }
    if (revision.lines().stream().noneMatch(l -> l.type().priced())) {
      throw new InvalidValue("sales.quote.no-lines", "a quote without lines cannot be sent");
    }
    LocalDate today = clock.today(company);
    if (revision.validUntil().isBefore(today)) {
      throw new InvalidValue(
          "sales.quote.validity-past",
          "validity date in the past",
          SalesFormats.date(revision.validUntil()));
    }
    SalesSettings s = settings.get(company);
    if (approvalMissing(company, revision)) {
      throw new InvalidValue(
          "sales.quote.approval-required",
          "manual discount needs approval",
          SalesFormats.number(revision.manualDiscountRate().value(), Locale.FRENCH),
          SalesFormats.number(s.discountApprovalThreshold().value(), Locale.FRENCH));
    }
    CustomerView customer = customers.get(company, h.customer());
    List<EmailAddress> to = request.to();
    if (to.isEmpty() && customer.email() != null) {
      to = List.of(customer.email());
    }
    if (to.isEmpty()) {
      throw new InvalidValue("sales.send.no-recipient", "no e-mail address for the customer");
    }
    String number =
        h.number() != null
            ? h.number()
            : numbering.next(company, DocumentKind.QUOTE.key(), revision.date());
    Instant now = clock.now(company);
    QuoteStore.Header sent = h.with(number, QuoteStatus.SENT, revision.id(), null, null, now);
    store.updateHeader(company, sent);
    QuoteView quote = view(company, sent);
    byte[] pdf = documents.pdf(company, quote, revision);
    String token = AcceptanceTokens.generate();
    store.markSent(
        company,
        revision.id(),
        now,
        member == null ? null : member.id(),
        pdf,
        AcceptanceTokens.sha256(pdf),
        AcceptanceTokens.hash(token));
    String reference = number + " " + revision.revision();
    Locale locale = org.pepin.sales.document.DocumentRows.locale(revision.customer());
    RenderedMessage message =
        templates.render(
            company,
            SalesMessageKinds.QUOTE,
            locale,
            Map.of(
                "customer.name", customer.name(),
                "quote.number", reference,
                "quote.date", SalesFormats.date(revision.date()),
                "quote.validUntil", SalesFormats.date(revision.validUntil()),
                "quote.amount", revision.totals().totalGross().format(locale),
                "quote.link", acceptanceLink(token),
                "sender.name", member == null ? "" : member.displayName()));
    outbox.queue(
        company,
        new OutgoingMessage(
            SalesMessageKinds.QUOTE,
            to,
            request.cc(),
            request.subject() != null ? request.subject() : message.subject(),
            request.body() != null
                ? request.body() + "\n\n" + acceptanceLink(token)
                : message.body(),
            List.of(Attachment.pdf(fileName(reference), pdf)),
            ENTITY + ":" + id));
    history.record(
        company, ENTITY, id, "sent", null, List.of(change("revision", null, revision.revision())));
    customers.touch(company, h.customer());
    events.publishEvent(
        new QuoteSent(
            company, id, revision.id(), reference, h.customer(), revision.totals().totalGross()));
  }

  static String fileName(String reference) {
    return "Devis-" + reference.replace(' ', '-') + ".pdf";
  }

  static FieldChange change(String field, @Nullable String before, @Nullable String after) {
    return new FieldChange(field, before, after, null);
  }

  /** The public page of the acceptance link. */
  public String acceptanceLink(String token) {
    return publicUrl + "/devis/" + token;
  }

  // ---------------------------------------------------------------- decisions

  /** What the public page needs: the company and the revision behind a link. */
  public record LinkTarget(CompanyId company, QuoteView quote, QuoteRevision revision) {}

  /**
   * The quote behind an acceptance link.
   *
   * @throws ResourceNotFound for a malformed or unknown link (the same answer for both)
   */
  @Transactional(readOnly = true)
  public LinkTarget byLink(String token) {
    if (!AcceptanceTokens.wellFormed(token)) {
      throw new ResourceNotFound("quote link", "?");
    }
    var target =
        store
            .byTokenHash(AcceptanceTokens.hash(token))
            .orElseThrow(() -> new ResourceNotFound("quote link", "?"));
    CompanyId company = target.getKey();
    QuoteRevision revision = store.revision(company, target.getValue()).orElseThrow();
    return new LinkTarget(company, get(company, revision.quote()), revision);
  }

  /**
   * What the customer answers on the public page or what the staff record.
   *
   * @param signerName the name typed with « bon pour accord » (required to accept)
   * @param ip the address of the online answer
   * @param reason the reason of a refusal
   * @param earlyStartRequested a consumer's express request to start within the withdrawal period
   */
  public record Answer(
      @Nullable String signerName,
      @Nullable String ip,
      @Nullable String reason,
      boolean earlyStartRequested) {}

  /**
   * Accepts through the link: only the current, sent, still valid revision can be accepted.
   *
   * @return the order created
   */
  public OrderId acceptOnline(String token, Answer answer) {
    LinkTarget target = byLink(token);
    return accept(
        target.company(), null, target.quote().id(), target.revision().id(), ONLINE, answer);
  }

  /** Refuses through the link. */
  public void refuseOnline(String token, Answer answer) {
    LinkTarget target = byLink(token);
    refuse(target.company(), target.quote().id(), target.revision().id(), ONLINE, answer);
  }

  /**
   * Records the acceptance of a revision and creates the order (and its down-payment request).
   *
   * @throws InvalidValue {@code sales.accept.replaced} for a revision that is not the current one,
   *     {@code sales.accept.expired (date)}, {@code sales.accept.not-sent}, {@code
   *     sales.accept.decided (status)}, {@code sales.accept.signer-required}
   */
  public OrderId accept(
      CompanyId company,
      @Nullable Member member,
      QuoteId id,
      QuoteRevisionId revisionId,
      String channel,
      Answer answer) {
    QuoteStore.Header h = store.lockHeader(company, id);
    QuoteRevision revision = checkDecidable(company, h, revisionId);
    String signer = answer.signerName() == null ? null : answer.signerName().strip();
    if (signer == null || signer.isEmpty()) {
      throw new InvalidValue("sales.accept.signer-required", "the signer's name is required");
    }
    if (signer.length() > 200) {
      throw new InvalidValue("sales.accept.signer-length", "name too long", 200);
    }
    Instant now = clock.now(company);
    var decision =
        new QuoteRevision.Decision(
            QuoteStatus.ACCEPTED,
            now,
            channel,
            signer,
            answer.ip(),
            null,
            answer.earlyStartRequested());
    store.recordDecision(company, revisionId, decision);
    QuoteView quote = view(company, h);
    OrderId order = orders.createFromQuote(company, member, quote, revision, decision);
    store.updateHeader(
        company, h.with(h.number(), QuoteStatus.CONVERTED, revisionId, order, null, now));
    String reference = h.number() + " " + revision.revision();
    history.record(
        company,
        ENTITY,
        id,
        "accepted",
        null,
        List.of(
            change("revision", null, revision.revision()),
            change("signer", null, signer),
            change("channel", null, channel)));
    customers.touch(company, h.customer());
    events.publishEvent(
        new QuoteAccepted(
            company,
            id,
            revisionId,
            reference,
            h.customer(),
            revision.totals().totalGross(),
            order));
    return order;
  }

  /**
   * Records the refusal of a revision, with its reason.
   *
   * @throws InvalidValue as {@link #accept}
   */
  public void refuse(
      CompanyId company, QuoteId id, QuoteRevisionId revisionId, String channel, Answer answer) {
    QuoteStore.Header h = store.lockHeader(company, id);
    QuoteRevision revision = checkDecidable(company, h, revisionId);
    String reason =
        answer.reason() == null || answer.reason().isBlank() ? null : answer.reason().strip();
    if (reason != null && reason.length() > 500) {
      throw new InvalidValue("sales.refuse.reason-length", "reason too long", 500);
    }
    Instant now = clock.now(company);
    store.recordDecision(
        company,
        revisionId,
        new QuoteRevision.Decision(
            QuoteStatus.REFUSED, now, channel, answer.signerName(), answer.ip(), reason, false));
    store.updateHeader(
        company, h.with(h.number(), QuoteStatus.REFUSED, revisionId, null, reason, now));
    history.record(
        company,
        ENTITY,
        id,
        "refused",
        null,
        List.of(change("reason", null, reason == null ? "" : reason)));
    events.publishEvent(
        new QuoteRefused(
            company, id, revisionId, h.number() + " " + revision.revision(), h.customer(), reason));
  }

  private QuoteRevision checkDecidable(
      CompanyId company, QuoteStore.Header h, QuoteRevisionId revisionId) {
    QuoteRevision revision =
        store
            .revision(company, revisionId)
            .filter(r -> r.quote().equals(h.id()))
            .orElseThrow(() -> new ResourceNotFound("quote revision", revisionId));
    if (!revision.frozen()) {
      throw new InvalidValue("sales.accept.not-sent", "revision not sent");
    }
    if (!h.currentRevision().equals(revisionId)) {
      throw new InvalidValue(
          "sales.accept.replaced", "revision replaced by a later one", revision.revision());
    }
    if (revision.decision() != null || h.status() != QuoteStatus.SENT) {
      if (h.status() == QuoteStatus.EXPIRED) {
        throw new InvalidValue(
            "sales.accept.expired", "quote expired", SalesFormats.date(revision.validUntil()));
      }
      throw new InvalidValue("sales.accept.decided", "already answered", h.status().name());
    }
    if (revision.validUntil().isBefore(clock.today(company))) {
      throw new InvalidValue(
          "sales.accept.expired", "quote expired", SalesFormats.date(revision.validUntil()));
    }
    return revision;
  }

  /**
   * Cancels a draft or sent quote (the customer gave up, a duplicate), with a reason.
   *
   * @throws InvalidValue {@code sales.quote.closed (status)}, {@code sales.reason-required}
   */
  public void cancel(CompanyId company, QuoteId id, String reason) {
    QuoteStore.Header h = store.lockHeader(company, id);
    requireOpen(h);
    String text = reason == null ? "" : reason.strip();
    if (text.isEmpty() || text.length() > 500) {
      throw new InvalidValue("sales.reason-required", "a reason of 1 to 500 characters");
    }
    store.updateHeader(
        company,
        h.with(
            h.number(),
            QuoteStatus.CANCELLED,
            h.currentRevision(),
            null,
            text,
            clock.now(company)));
    history.record(company, ENTITY, id, "cancelled", null, List.of(change("reason", null, text)));
  }

  /** The daily job's work for one company: sent quotes past their validity become expired. */
  public int expire(CompanyId company) {
    LocalDate today = clock.today(company);
    int count = 0;
    for (QuoteId id : store.expired(company, today)) {
      QuoteStore.Header h = store.lockHeader(company, id);
      if (h.status() != QuoteStatus.SENT) {
        continue;
      }
      store.updateHeader(
          company,
          h.with(
              h.number(),
              QuoteStatus.EXPIRED,
              h.currentRevision(),
              null,
              null,
              clock.now(company)));
      history.record(company, ENTITY, id, "expired", null, List.of());
      count++;
    }
    return count;
  }
}
