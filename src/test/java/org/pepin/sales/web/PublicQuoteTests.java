package org.pepin.sales.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pepin.PepinIntegrationTest;
import org.pepin.catalog.pricing.PriceListManagement;
import org.pepin.catalog.product.ProductManagement;
import org.pepin.catalog.product.VatCategoryManagement;
import org.pepin.customers.CustomerDraft;
import org.pepin.customers.CustomerId;
import org.pepin.customers.CustomerKind;
import org.pepin.customers.PartyRole;
import org.pepin.customers.file.CustomerManagement;
import org.pepin.platform.CompanyId;
import org.pepin.platform.PlatformFixtures;
import org.pepin.platform.company.CompanyManagement;
import org.pepin.platform.demo.DemoCase;
import org.pepin.sales.AcceptanceScenario;
import org.pepin.sales.OrderStatus;
import org.pepin.sales.OrderView;
import org.pepin.sales.Orders;
import org.pepin.sales.QuoteDraft;
import org.pepin.sales.QuoteId;
import org.pepin.sales.QuoteRevision;
import org.pepin.sales.QuoteStatus;
import org.pepin.sales.QuoteView;
import org.pepin.sales.quote.QuoteService;
import org.pepin.shared.Money;
import org.pepin.shared.PaymentTerms;
import org.pepin.shared.PostalAddress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The public page of the acceptance link, as an anonymous visitor uses it: Hôtel du Parc accepts
 * (order, signer, address, exact revision, acompte of 3 930.32 €), an older revision answers «
 * remplacée » and creates nothing, an expired quote says so, a refusal keeps its reason, Mme Dubois
 * sees the withdrawal information and may ask for an early start, an English customer reads
 * English, and an unknown link is a bare 404.
 */
@PepinIntegrationTest
class PublicQuoteTests {

  /** Where the requests come from (TEST-NET addresses). */
  static final String CUSTOMER_IP = "203.0.113.7";

  @Autowired MockMvc mvc;
  @Autowired QuoteService quotes;
  @Autowired Orders orders;
  @Autowired ProductManagement products;
  @Autowired VatCategoryManagement categories;
  @Autowired PriceListManagement lists;
  @Autowired CustomerManagement customers;
  @Autowired CompanyManagement companies;
  @Autowired PlatformFixtures fixtures;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcClient jdbc;

  AcceptanceScenario scenario;
  CompanyId company;

  @BeforeEach
  void scenario() {
    company = fixtures.jardins();
    scenario =
        new AcceptanceScenario(company, products, categories, lists, customers, quotes, jdbc);
  }

  static RequestPostProcessor from(String ip) {
    return request -> {
      request.setRemoteAddr(ip);
      return request;
    };
  }

  MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request.with(from(CUSTOMER_IP))).andReturn().getResponse();
  }

  /** The page's HTML, French no-break spaces (amounts, « ») read as plain spaces. */
  static String html(MockHttpServletResponse response) throws Exception {
    return response.getContentAsString(StandardCharsets.UTF_8).replaceAll("[\\u00A0\\u202F]", " ");
  }

  /** The page after the redirect of an answer, with its flash attributes. */
  String followed(MvcResult answer) throws Exception {
    assertThat(answer.getResponse().getStatus()).isEqualTo(302);
    String target = answer.getResponse().getRedirectedUrl();
    var request = get(target).with(from(CUSTOMER_IP));
    // the flash attributes live in the visitor's session (Spring Session): follow its cookie
    var session = answer.getResponse().getCookie("SESSION");
    if (session != null) {
      request.cookie(session);
    }
    return html(mvc.perform(request).andReturn().getResponse());
  }

  MvcResult accept(String token, String name, String mention, boolean earlyStart) throws Exception {
    var request =
        post("/devis/{t}/accept", token)
            .param("name", name)
            .param("mention", mention)
            .header("X-Forwarded-For", "198.51.100.99")
            .with(csrf())
            .with(from(CUSTOMER_IP));
    if (earlyStart) {
      request.param("earlyStart", "true");
    }
    return mvc.perform(request).andReturn();
  }

  long orderCount() {
    return jdbc.sql("SELECT COUNT(*) FROM sales_order WHERE company_id = ?")
        .param(company.value())
        .query(Long.class)
        .single();
  }

  @Test
  void hotel_du_parc_accepts_through_the_link_and_gets_its_order_and_acompte() throws Exception {
    QuoteId id = scenario.createAndSend(scenario.hotel("60"));
    String token = scenario.token(id);
    QuoteView sent = quotes.get(company, id);

    var page = perform(get("/devis/{t}", token));
    assertThat(page.getStatus()).isEqualTo(200);
    assertThat(page.getHeader("X-Frame-Options")).isEqualTo("DENY");
    String body = html(page);
    assertThat(body)
        .contains("Clément Jardins")
        .contains("Devis " + sent.number() + " — version A")
        .contains(
            "valable jusqu&#39;au "
                + org.pepin.sales.document.SalesFormats.date(sent.current().validUntil()))
        .contains("13 101,04 €")
        .contains("Acompte de 30 % à la commande")
        .contains("3 930,32 €")
        .contains("Plantations")
        .contains("/devis/" + token + "/pdf")
        .contains("id=\"accept-form\"")
        .contains("id=\"refuse-form\"")
        .contains("name=\"_csrf\"")
        .doesNotContain("rétractation")
        .doesNotContain("sidebar");
    var pdf = perform(get("/devis/{t}/pdf", token));
    assertThat(pdf.getStatus()).isEqualTo(200);
    assertThat(pdf.getContentType()).isEqualTo("application/pdf");
    assertThat(pdf.getContentAsByteArray())
        .isEqualTo(quotes.sentPdf(company, id, sent.current().id()));

    // without the CSRF token: refused, nothing recorded
    long before = orderCount();
    var forged =
        perform(
            post("/devis/{t}/accept", token)
                .param("name", "Jean Martin")
                .param("mention", "bon pour accord"));
    assertThat(forged.getStatus()).isEqualTo(403);
    assertThat(quotes.get(company, id).status()).isEqualTo(QuoteStatus.SENT);

    String confirmation = followed(accept(token, "  Jean Martin ", "Bon pour ACCORD", false));

    QuoteView converted = quotes.get(company, id);
    assertThat(converted.status()).isEqualTo(QuoteStatus.CONVERTED);
    QuoteRevision.Decision decision = converted.current().decision();
    assertThat(decision.outcome()).isEqualTo(QuoteStatus.ACCEPTED);
    assertThat(decision.signerName()).isEqualTo("Jean Martin");
    assertThat(decision.signerIp()).as("no forwarded-headers strategy").isEqualTo(CUSTOMER_IP);
    assertThat(decision.channel()).isEqualTo(QuoteService.ONLINE);
    assertThat(decision.earlyStartRequested()).isFalse();
    assertThat(orderCount()).isEqualTo(before + 1);
    OrderView order = orders.get(company, converted.order());
    assertThat(order.status()).isEqualTo(OrderStatus.CONFIRMED);
    assertThat(order.quoteRevision()).isEqualTo(sent.current().id());
    assertThat(order.totals().totalGross()).isEqualTo(Money.of("13101.04"));
    assertThat(order.downPaymentDue()).isEqualTo(Money.of("3930.32"));

    assertThat(confirmation)
        .contains("Merci, votre accord est enregistré.")
        .contains("Ce devis a été accepté le")
        .contains("par Jean Martin")
        .contains("Numéro de votre commande")
        .contains(order.number())
        .contains("Acompte à régler")
        .contains("3 930,32 €")
        .doesNotContain("id=\"accept-form\"")
        .doesNotContain("id=\"refuse-form\"");

    // coming back later: the answer is explained, no button; a second answer changes nothing
    String later = html(perform(get("/devis/{t}", token)));
    assertThat(later)
        .contains("Devis accepté")
        .contains(order.number())
        .doesNotContain("Merci, votre accord est enregistré.")
        .doesNotContain("id=\"accept-form\"");
    assertThat(accept(token, "Quelqu'un", "bon pour accord", false).getResponse().getStatus())
        .isEqualTo(302);
    assertThat(quotes.get(company, id).current().decision().signerName()).isEqualTo("Jean Martin");
    assertThat(orderCount()).isEqualTo(before + 1);
  }

  @Test
  void name_and_the_exact_mention_are_required_and_nothing_is_recorded_without_them()
      throws Exception {
    QuoteId id = scenario.createAndSend(scenario.hotel("60"));
    String token = scenario.token(id);

    var missing = accept(token, " ", "bon pour accord", false).getResponse();
    assertThat(missing.getStatus()).isEqualTo(200);
    assertThat(html(missing)).contains("Indiquez le nom du signataire.");

    for (String wrong : List.of("", "d'accord", "bon pour accord !", "bon accord", "OK")) {
      var response = accept(token, "Jean Martin", wrong, false).getResponse();
      assertThat(response.getStatus()).isEqualTo(200);
      assertThat(html(response))
          .as(wrong)
          .contains("Recopiez exactement les mots « bon pour accord ».")
          .contains("value=\"Jean Martin\"")
          .contains("id=\"accept-form\"");
    }
    var tooLong = accept(token, "J".repeat(201), "bon pour accord", false).getResponse();
    assertThat(html(tooLong)).contains("Le nom du signataire compte au plus 200 caractères.");
    QuoteView quote = quotes.get(company, id);
    assertThat(quote.status()).isEqualTo(QuoteStatus.SENT);
    assertThat(quote.current().decision()).isNull();
    assertThat(quote.order()).isNull();
  }

  @Test
  void the_link_of_a_replaced_revision_says_so_and_creates_nothing() throws Exception {
    QuoteId id = scenario.createAndSend(scenario.hotel("60"));
    String tokenA = scenario.token(id);
    QuoteView a = quotes.get(company, id);
    quotes.update(company, null, id, a.version(), scenario.hotel("61"));

    String preparing = html(perform(get("/devis/{t}", tokenA)));
    assertThat(preparing)
        .contains("Cette version du devis a été remplacée")
        .contains("prépare une nouvelle version")
        .doesNotContain("id=\"accept-form\"");

    scenario.send(id);
    String tokenB = scenario.token(id);
    assertThat(tokenB).isNotEqualTo(tokenA);
    var page = perform(get("/devis/{t}", tokenA));
    assertThat(page.getStatus()).isEqualTo(200);
    assertThat(html(page))
        .contains("Devis " + a.number() + " — version A")
        .contains("La version A de ce devis a été remplacée par la version B")
        .contains("remplacée")
        .doesNotContain("id=\"accept-form\"")
        .doesNotContain("id=\"refuse-form\"");

    long before = orderCount();
    String after = followed(accept(tokenA, "Jean Martin", "bon pour accord", false));
    assertThat(after).contains("remplacée").doesNotContain("Merci, votre accord");
    assertThat(perform(post("/devis/{t}/refuse", tokenA).with(csrf())).getStatus()).isEqualTo(302);
    QuoteView quote = quotes.get(company, id);
    assertThat(quote.status()).isEqualTo(QuoteStatus.SENT);
    assertThat(quote.order()).isNull();
    assertThat(quotes.revision(company, id, a.current().id()).decision()).isNull();
    assertThat(orderCount()).isEqualTo(before);
    assertThat(html(perform(get("/devis/{t}", tokenB)))).contains("id=\"accept-form\"");
  }

  @Test
  void an_expired_quote_is_explained_and_cannot_be_accepted() throws Exception {
    CompanyId scratch =
        transaction.execute(
            s ->
                companies.create(
                    DemoCase.identity("Devis expiré SAS " + System.nanoTime()), false));
    var expired =
        new AcceptanceScenario(scratch, products, categories, lists, customers, quotes, jdbc);
    QuoteId id = expired.createAndSend(expired.dubois(null));
    String token = expired.token(id);
    QuoteView sent = quotes.get(scratch, id);
    transaction.executeWithoutResult(s -> companies.setClockOffset(scratch, Duration.ofDays(31)));

    String validUntil = org.pepin.sales.document.SalesFormats.date(sent.current().validUntil());
    String page = html(perform(get("/devis/{t}", token)));
    assertThat(page)
        .contains("Ce devis n&#39;est plus valable")
        .contains("Ce devis était valable jusqu&#39;au " + validUntil)
        .doesNotContain("id=\"accept-form\"");
    String after = followed(accept(token, "Claire Dubois", "bon pour accord", false));
    assertThat(after).contains("n&#39;est plus valable").doesNotContain("Merci");
    assertThat(quotes.get(scratch, id).status()).isEqualTo(QuoteStatus.SENT);
    assertThat(quotes.get(scratch, id).order()).isNull();

    assertThat(quotes.expire(scratch)).isEqualTo(1);
    assertThat(quotes.get(scratch, id).status()).isEqualTo(QuoteStatus.EXPIRED);
    assertThat(html(perform(get("/devis/{t}", token))))
        .contains("Ce devis n&#39;est plus valable")
        .doesNotContain("id=\"refuse-form\"");
  }

  @Test
  void a_refusal_records_its_reason() throws Exception {
    QuoteId id = scenario.createAndSend(scenario.hotel("60"));
    String token = scenario.token(id);

    var tooLong =
        perform(post("/devis/{t}/refuse", token).param("reason", "x".repeat(501)).with(csrf()));
    assertThat(tooLong.getStatus()).isEqualTo(200);
    assertThat(html(tooLong)).contains("Le motif compte au plus 500 caractères.");
    assertThat(quotes.get(company, id).status()).isEqualTo(QuoteStatus.SENT);

    MvcResult refused =
        mvc.perform(
                post("/devis/{t}/refuse", token)
                    .param("reason", "Budget reporté à l'an prochain")
                    .with(csrf())
                    .with(from(CUSTOMER_IP)))
            .andReturn();
    String page = followed(refused);

    QuoteView quote = quotes.get(company, id);
    assertThat(quote.status()).isEqualTo(QuoteStatus.REFUSED);
    assertThat(quote.statusReason()).isEqualTo("Budget reporté à l'an prochain");
    assertThat(quote.current().decision().reason()).isEqualTo("Budget reporté à l'an prochain");
    assertThat(quote.current().decision().signerIp()).isEqualTo(CUSTOMER_IP);
    assertThat(quote.current().decision().channel()).isEqualTo(QuoteService.ONLINE);
    assertThat(quote.order()).isNull();
    assertThat(page)
        .contains("Votre réponse est enregistrée.")
        .contains("Devis refusé")
        .contains("Motif indiqué : Budget reporté à l&#39;an prochain")
        .doesNotContain("id=\"accept-form\"");
  }

  @Test
  void mme_dubois_reads_the_withdrawal_information_and_may_ask_for_an_early_start()
      throws Exception {
    QuoteId waiting = scenario.createAndSend(scenario.dubois(null));
    String token = scenario.token(waiting);
    String page = html(perform(get("/devis/{t}", token)));
    assertThat(page)
        .contains("451,72 €")
        .contains("PU TTC")
        .contains("Droit de rétractation")
        .contains("délai de 14 jours pour vous rétracter")
        .contains("Modèle de formulaire de rétractation")
        .contains("vente du bien (*)/pour la prestation de services (*)")
        .contains("À l&#39;attention de Clément Jardins SARL, 4 chemin des Grands Prés, 78490")
        .contains(
            "Je demande expressément que les travaux commencent avant la fin du délai de rétractation")
        .contains("name=\"earlyStart\"")
        .doesNotContain("Acompte");

    String confirmation = followed(accept(token, "Claire Dubois", "bon pour accord", false));
    OrderView order = orders.get(company, quotes.get(company, waiting).order());
    assertThat(order.status()).isEqualTo(OrderStatus.WITHDRAWAL_PERIOD);
    assertThat(order.earlyStartRequested()).isFalse();
    assertThat(confirmation)
        .contains("Merci, votre accord est enregistré.")
        .contains(
            "délai de rétractation jusqu&#39;au "
                + org.pepin.sales.document.SalesFormats.date(order.withdrawalUntil()));

    QuoteId early = scenario.createAndSend(scenario.dubois(null));
    followed(accept(scenario.token(early), "Claire Dubois", "bon pour accord", true));
    QuoteView accepted = quotes.get(company, early);
    assertThat(accepted.current().decision().earlyStartRequested()).isTrue();
    OrderView started = orders.get(company, accepted.order());
    assertThat(started.status()).isEqualTo(OrderStatus.CONFIRMED);
    assertThat(started.earlyStartRequested()).isTrue();
    assertThat(started.withdrawalUntil()).isNull();
  }

  @Test
  void an_english_customer_reads_the_page_in_english_whatever_the_visitor_cookie()
      throws Exception {
    CustomerId smith =
        customers.create(
            company,
            new CustomerDraft(
                "PX" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
                CustomerKind.INDIVIDUAL,
                Set.of(PartyRole.CUSTOMER),
                null,
                "Mr",
                "John",
                "Smith",
                null,
                null,
                null,
                null,
                null,
                PostalAddress.france("2 rue des Essais", null, "78000", "Versailles"),
                null,
                null,
                null,
                false,
                PaymentTerms.onReceipt(),
                null,
                null,
                null,
                Set.of(),
                Set.of(),
                "en",
                null,
                false,
                null,
                false,
                List.of(),
                List.of()),
            true);
    QuoteId id =
        scenario.createAndSend(
            new QuoteDraft(
                smith,
                null,
                null,
                null,
                AcceptanceScenario.terms(null, List.of(scenario.line("MO-PLANT", "2")))));
    String token = scenario.token(id);
    var page =
        perform(
            get("/devis/{t}", token).cookie(new jakarta.servlet.http.Cookie("pepin-lang", "fr")));
    assertThat(html(page))
        .contains("lang=\"en\"")
        .contains("Quote " + quotes.get(company, id).number() + " — version A")
        .contains("Accept the quote")
        .contains("Right of withdrawal")
        .contains("Model withdrawal form")
        .contains("€115.20")
        .doesNotContain("Accepter le devis");
    var wrong = accept(token, "John Smith", "approved", false).getResponse();
    assertThat(html(wrong)).contains("Type exactly the words &quot;bon pour accord&quot;.");
  }

  @Test
  void an_unknown_or_malformed_link_is_a_bare_404() throws Exception {
    String unknown = "A".repeat(43);
    for (String path :
        List.of(
            "/devis/" + unknown,
            "/devis/" + unknown + "/pdf",
            "/devis/not-a-token",
            "/devis/" + UUID.randomUUID(),
            "/devis/" + "x".repeat(5000))) {
      var response = perform(get(path));
      assertThat(response.getStatus()).as(path).isEqualTo(404);
      assertThat(html(response)).contains("Lien introuvable").doesNotContain("Devis DE-");
    }
    long before = orderCount();
    var accept =
        perform(
            post("/devis/{t}/accept", unknown)
                .param("name", "X")
                .param("mention", "bon pour accord")
                .with(csrf()));
    assertThat(accept.getStatus()).isEqualTo(404);
    assertThat(perform(post("/devis/{t}/refuse", unknown).with(csrf())).getStatus()).isEqualTo(404);
    assertThat(orderCount()).isEqualTo(before);
  }

  @Test
  void the_mention_is_compared_without_regard_to_case_or_surrounding_spaces() {
    assertThat(PublicQuoteController.mentionTyped("bon pour accord")).isTrue();
    assertThat(PublicQuoteController.mentionTyped("  Bon Pour Accord ")).isTrue();
    assertThat(PublicQuoteController.mentionTyped("BON  POUR\tACCORD")).isTrue();
    assertThat(PublicQuoteController.mentionTyped("bon pour accord.")).isFalse();
    assertThat(PublicQuoteController.mentionTyped("bon pour")).isFalse();
    assertThat(PublicQuoteController.mentionTyped(null)).isFalse();
  }
}
