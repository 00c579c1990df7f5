package org.pepin.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pepin.PepinIntegrationTest;
import org.pepin.catalog.Products;
import org.pepin.catalog.pricing.PriceListManagement;
import org.pepin.catalog.pricing.PricingScenario;
import org.pepin.catalog.product.ProductManagement;
import org.pepin.catalog.product.VatCategoryManagement;
import org.pepin.customers.Customers;
import org.pepin.customers.file.CustomerManagement;
import org.pepin.platform.PlatformFixtures;
import org.pepin.platform.company.CompanyManagement;
import org.pepin.platform.user.UserManagement;
import org.pepin.sales.quote.QuoteService;
import org.pepin.shared.Money;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The quote screens through MockMvc on a private copy of the scenario's catalogue in a company of
 * the tests' own: Mme Dubois's quote typed in the editor (451,72 € TTC), the live totals, the
 * approval a large manual discount needs, sending through the form, the margin shown to those who
 * may see it.
 */
@PepinIntegrationTest
class QuoteWebTests {

  static final String NBSP = "\u00a0";
  static final String NNBSP = "\u202f";

  @Autowired MockMvc mvc;
  @Autowired QuoteService quotes;
  @Autowired PriceListManagement lists;
  @Autowired ProductManagement productManagement;
  @Autowired Products products;
  @Autowired VatCategoryManagement categories;
  @Autowired CustomerManagement customerManagement;
  @Autowired Customers customers;
  @Autowired PlatformFixtures fixtures;
  @Autowired JdbcClient jdbc;

  @Autowired CompanyManagement companies;
  @Autowired UserManagement users;
  @Autowired TransactionTemplate transaction;

  /** The tests' own company and people (nothing shows in the demo's lists). */
  static SalesWebCompany co;

  PricingScenario s;

  @BeforeEach
  void scenario() {
    if (co == null) {
      co = new SalesWebCompany(companies, users, transaction);
    }
    s =
        new PricingScenario(co.company, productManagement, categories, lists, customerManagement)
            .load();
  }

  String product(String code) {
    return products.get(s.company, s.id(code)).code();
  }

  String customer(org.pepin.customers.CustomerId id) {
    return customers.get(s.company, id).code();
  }

  static String body(MockHttpServletResponse response) throws Exception {
    return response.getContentAsString(StandardCharsets.UTF_8);
  }

  /** The editor's form: the customer and product lines (code, quantity). */
  MockHttpServletRequestBuilder form(
      MockHttpServletRequestBuilder request, String customer, String... lines) {
    request.param("customer", customer).param("discountUnit", "PERCENT");
    for (int i = 0; i < lines.length / 2; i++) {
      request
          .param("lines[" + i + "].type", "PRODUCT")
          .param("lines[" + i + "].product", product(lines[2 * i]) + " — essai")
          .param("lines[" + i + "].quantity", lines[2 * i + 1]);
    }
    return request;
  }

  MockHttpServletRequestBuilder dubois(MockHttpServletRequestBuilder request) {
    return form(request, customer(s.dubois), "CHA-RN-6080", "40", "MO-PLANT", "6", "LIV-Z1", "1");
  }

  @Test
  void sophieTypesMmeDuboisQuoteAndSeesItsTotal() throws Exception {
    var sophie = co.login(mvc, co.sales);
    String editor = body(sophie.perform(get("/sales/quotes/new")).getResponse());
    assertThat(editor).contains("Nouveau devis").contains("id=\"doc-editor\"");

    var created = sophie.perform(dubois(post("/sales/quotes"))).getResponse();
    assertThat(created.getRedirectedUrl()).startsWith("/sales/quotes/");
    String page = body(sophie.perform(get(created.getRedirectedUrl())).getResponse());

    assertThat(page)
        .contains("451,72" + NBSP + "€")
        .contains("384,47" + NBSP + "€")
        .contains("67,25" + NBSP + "€")
        .contains("Brouillon");
    QuoteId id = QuoteId.of(created.getRedirectedUrl().substring("/sales/quotes/".length()));
    QuoteView quote = quotes.get(s.company, id);
    assertThat(quote.current().totals().totalGross()).isEqualTo(Money.of("451.72"));
    assertThat(quote.current().lines()).hasSize(3);
    assertThat(quote.salesRep()).isNull();
    assertThat(List.of(quote.current().validUntil()))
        .containsExactly(quote.current().date().plusDays(30));

    // The customer page lists the quote and opens the editor for the customer.
    String customerPage = body(sophie.perform(get("/customers/" + s.dubois)).getResponse());
    assertThat(customerPage)
        .contains("id=\"quotes-customer-section\"")
        .contains("href=\"/sales/quotes/" + id + "\"")
        .contains("href=\"/sales/quotes/new?customer=" + s.dubois + "\"");
    String prefilled =
        body(
            sophie
                .perform(get("/sales/quotes/new").param("customer", s.dubois.toString()))
                .getResponse());
    assertThat(prefilled)
        .contains("value=\"" + customer(s.dubois) + "\"")
        .contains("Prix TTC (particulier)");
  }

  @Test
  void thePreviewAnswersTheTotalsAndEachLineOutOfBand() throws Exception {
    var sophie = co.login(mvc, co.sales);
    String html = body(sophie.perform(dubois(post("/sales/quotes/preview"))).getResponse());

    assertThat(html.strip())
        .startsWith("<section")
        .contains("id=\"doc-totals\"")
        .contains("id=\"total-gross\">451,72" + NBSP + "€")
        .contains("96,47" + NBSP + "€")
        .contains("id=\"line-amount-0\"")
        .contains("51,47" + NBSP + "€")
        .contains("288,00" + NBSP + "€")
        .contains("hx-swap-oob=\"true\"")
        .doesNotContain("<html");

    String wrong =
        body(
            sophie
                .perform(
                    dubois(post("/sales/quotes/preview"))
                        .param("lines[3].type", "PRODUCT")
                        .param("lines[3].product", "NOPE-" + s.company.value())
                        .param("lines[3].quantity", "0"))
                .getResponse());
    assertThat(wrong)
        .contains("Aucun article de code « NOPE-")
        .contains("id=\"line-info-3\"")
        .contains("451,72" + NBSP + "€");
    String zero =
        body(
            sophie
                .perform(
                    form(
                        post("/sales/quotes/preview"),
                        customer(s.dubois),
                        "CHA-RN-6080",
                        "40",
                        "MO-PLANT",
                        "0"))
                .getResponse());
    assertThat(zero).contains("La quantité doit être supérieure à zéro (0).");
  }

  @Test
  void aLargeManualDiscountNeedsAManagersApprovalBeforeSending() throws Exception {
    var sophie = co.login(mvc, co.sales);
    var created =
        sophie
            .perform(
                form(post("/sales/quotes"), customer(s.hotel), "TIL-T1214", "2")
                    .param("lines[0].discount1", "20"))
            .getResponse();
    String page = body(sophie.perform(get(created.getRedirectedUrl())).getResponse());
    assertThat(page)
        .contains("La remise manuelle de 20 % dépasse le seuil de 15 %")
        .doesNotContain("id=\"quote-approve\"");

    var refused =
        sophie.perform(
            post(created.getRedirectedUrl() + "/send").param("to", "achats@hotel.example"));
    assertThat(body(refused.getResponse()))
        .contains("Le formulaire contient des erreurs")
        .contains("l&#39;accord d&#39;un responsable est nécessaire avant l&#39;envoi");
    QuoteId id = QuoteId.of(created.getRedirectedUrl().substring("/sales/quotes/".length()));
    assertThat(quotes.get(s.company, id).status()).isEqualTo(QuoteStatus.DRAFT);

    var paul = co.login(mvc, co.manager);
    assertThat(body(paul.perform(get(created.getRedirectedUrl())).getResponse()))
        .contains("id=\"quote-approve\"");
    var approved = paul.perform(post(created.getRedirectedUrl() + "/approve")).getResponse();
    assertThat(approved.getRedirectedUrl()).isEqualTo(created.getRedirectedUrl());
    assertThat(quotes.approvalMissing(s.company, quotes.get(s.company, id).current())).isFalse();
    assertThat(body(sophie.perform(get(created.getRedirectedUrl())).getResponse()))
        .doesNotContain("id=\"approval-missing\"")
        .contains("Remise manuelle approuvée");
  }

  @Test
  void sendingThroughTheFormPutsTheMessageInTheOutbox() throws Exception {
    var sophie = co.login(mvc, co.sales);
    var created = sophie.perform(dubois(post("/sales/quotes"))).getResponse();
    String url = created.getRedirectedUrl();
    QuoteId id = QuoteId.of(url.substring("/sales/quotes/".length()));

    var noRecipient = sophie.perform(post(url + "/send").param("to", "pas-une-adresse"));
    assertThat(body(noRecipient.getResponse()))
        .contains("L&#39;adresse e-mail « pas-une-adresse » n&#39;est pas valide.");

    var sent =
        sophie
            .perform(
                post(url + "/send")
                    .param("to", "claire.dubois@example.org")
                    .param("cc", "sophie@pepinieres-clement.example"))
            .getResponse();
    assertThat(sent.getRedirectedUrl()).isEqualTo(url);
    QuoteView quote = quotes.get(s.company, id);
    assertThat(quote.status()).isEqualTo(QuoteStatus.SENT);
    var messages =
        jdbc.sql("SELECT subject FROM outbox_message WHERE company_id = ? AND reference = ?")
            .params(s.company.value(), "quote:" + id)
            .query(String.class)
            .list();
    assertThat(messages).hasSize(1);
    assertThat(messages.get(0)).contains(quote.number());
    String page = body(sophie.perform(get(url)).getResponse());
    assertThat(page)
        .contains(quote.reference())
        .contains("Envoyé")
        .contains("/revisions/" + quote.current().id() + "/pdf");
    var pdf =
        sophie.perform(get(url + "/revisions/" + quote.current().id() + "/pdf")).getResponse();
    assertThat(pdf.getContentType()).isEqualTo("application/pdf");
    assertThat(pdf.getContentAsByteArray())
        .isEqualTo(quotes.sentPdf(s.company, id, quote.current().id()));
  }

  @Test
  void theMarginIsShownToManagersAndAccountantsButNotToSalespeople() throws Exception {
    var product = productManagement.get(s.company, s.id("MO-PLANT"));
    var draft = product.toDraft();
    productManagement.update(
        s.company,
        product.id(),
        product.version(),
        new org.pepin.catalog.ProductDraft(
            draft.code(),
            draft.designation(),
            draft.description(),
            draft.kind(),
            draft.unit(),
            draft.vatCategory(),
            draft.followsGoods(),
            draft.revenueKind(),
            draft.salePrice(),
            org.pepin.shared.UnitPrice.of("30"),
            draft.group(),
            draft.stocked(),
            draft.lowStockThreshold(),
            draft.plant(),
            draft.season()));
    var sophie = co.login(mvc, co.sales);
    String url = sophie.perform(dubois(post("/sales/quotes"))).getResponse().getRedirectedUrl();

    // MO-PLANT: 6 h at 48 € HT, cost 30 €: a margin of 108,00 €.
    assertThat(body(sophie.perform(get(url)).getResponse()))
        .contains("Marge totale : 108,00" + NBSP + "€")
        .contains("id=\"quote-margin\"");
    assertThat(body(sophie.perform(dubois(post("/sales/quotes/preview"))).getResponse()))
        .contains("Marge : 108,00" + NBSP + "€");

    var karim = co.login(mvc, co.seller);
    assertThat(body(karim.perform(get(url)).getResponse()))
        .contains("451,72" + NBSP + "€")
        .doesNotContain("Marge")
        .doesNotContain("108,00");
    assertThat(body(karim.perform(dubois(post("/sales/quotes/preview"))).getResponse()))
        .contains("451,72" + NBSP + "€")
        .doesNotContain("Marge");
  }

  @Test
  void acceptingByHandCreatesTheOrderAndThePageLinksIt() throws Exception {
    var sophie = co.login(mvc, co.sales);
    String url =
        sophie
            .perform(form(post("/sales/quotes"), customer(s.hotel), "TIL-T1214", "2"))
            .getResponse()
            .getRedirectedUrl();
    QuoteId id = QuoteId.of(url.substring("/sales/quotes/".length()));
    sophie.perform(post(url + "/send").param("to", "achats@hotel.example"));

    var unsigned = sophie.perform(post(url + "/accept").param("signer", " "));
    assertThat(body(unsigned.getResponse())).contains("Indiquez le nom du signataire.");
    assertThat(quotes.get(s.company, id).status()).isEqualTo(QuoteStatus.SENT);

    var accepted =
        sophie.perform(post(url + "/accept").param("signer", "Jean Martin")).getResponse();
    assertThat(accepted.getRedirectedUrl()).isEqualTo(url);
    QuoteView quote = quotes.get(s.company, id);
    assertThat(quote.status()).isEqualTo(QuoteStatus.CONVERTED);
    assertThat(quote.current().decision().channel()).isEqualTo(QuoteService.MANUAL);
    assertThat(quote.current().decision().signerName()).isEqualTo("Jean Martin");
    String page = body(sophie.perform(get(url)).getResponse());
    assertThat(page)
        .contains("href=\"/sales/orders/" + quote.order() + "\"")
        .contains("Commandé")
        .contains("Jean Martin")
        .doesNotContain("id=\"quote-edit\"");
    assertThat(sophie.perform(get(url + "/edit")).getResponse().getRedirectedUrl()).isEqualTo(url);
  }

  @Test
  void refusingAndCancellingNeedTheirReason() throws Exception {
    var sophie = co.login(mvc, co.sales);
    String draft = sophie.perform(dubois(post("/sales/quotes"))).getResponse().getRedirectedUrl();
    var noReason = sophie.perform(post(draft + "/cancel").param("reason", ""));
    assertThat(body(noReason.getResponse()))
        .contains("Indiquez un motif (500 caractères au plus).");
    sophie.perform(post(draft + "/cancel").param("reason", "Doublon"));
    assertThat(body(sophie.perform(get(draft)).getResponse()))
        .contains("Annulé")
        .contains("Motif : Doublon");

    String sent = sophie.perform(dubois(post("/sales/quotes"))).getResponse().getRedirectedUrl();
    sophie.perform(post(sent + "/send").param("to", "claire.dubois@example.org"));
    sophie.perform(post(sent + "/refuse").param("reason", "Trop cher"));
    QuoteId id = QuoteId.of(sent.substring("/sales/quotes/".length()));
    assertThat(quotes.get(s.company, id).status()).isEqualTo(QuoteStatus.REFUSED);
    assertThat(body(sophie.perform(get(sent)).getResponse())).contains("Motif : Trop cher");
  }

  @Test
  void editingASentQuoteMakesRevisionBAndKeepsRevisionAsPdf() throws Exception {
    var sophie = co.login(mvc, co.sales);
    String url = sophie.perform(dubois(post("/sales/quotes"))).getResponse().getRedirectedUrl();
    QuoteId id = QuoteId.of(url.substring("/sales/quotes/".length()));
    sophie.perform(post(url + "/send").param("to", "claire.dubois@example.org"));
    QuoteView sent = quotes.get(s.company, id);
    byte[] pdfA = quotes.sentPdf(s.company, id, sent.current().id());

    String editor = body(sophie.perform(get(url + "/edit")).getResponse());
    assertThat(editor)
        .contains("Vos modifications créeront sa version B")
        .contains("value=\"" + product("CHA-RN-6080") + "\"")
        .contains("readonly");
    var saved =
        sophie
            .perform(
                form(
                        post(url),
                        customer(s.dubois),
                        "CHA-RN-6080",
                        "50",
                        "MO-PLANT",
                        "6",
                        "LIV-Z1",
                        "1")
                    .param("version", String.valueOf(sent.version())))
            .getResponse();
    assertThat(saved.getRedirectedUrl()).isEqualTo(url);
    QuoteView revised = quotes.get(s.company, id);
    assertThat(revised.current().revision()).isEqualTo("B");
    assertThat(revised.status()).isEqualTo(QuoteStatus.DRAFT);
    assertThat(
            sophie
                .perform(get(url + "/revisions/" + sent.current().id() + "/pdf"))
                .getResponse()
                .getContentAsByteArray())
        .isEqualTo(pdfA);
    assertThat(
            sophie
                .perform(get(url + "/revisions/" + revised.current().id() + "/pdf"))
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    assertThat(sophie.perform(get(url + "/pdf")).getResponse().getContentAsByteArray())
        .startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void theEditorSaysEachErrorInFrenchNextToItsLine() throws Exception {
    var sophie = co.login(mvc, co.sales);
    String html =
        body(
            sophie
                .perform(
                    post("/sales/quotes")
                        .param("customer", customer(s.dubois))
                        .param("validUntil", "01/01/2020")
                        .param("lines[0].type", "PRODUCT")
                        .param("lines[0].product", product("MO-PLANT"))
                        .param("lines[0].quantity", "abc")
                        .param("lines[1].type", "FREE")
                        .param("lines[1].designation", "Taille de haie")
                        .param("lines[1].quantity", "2")
                        .param("lines[1].vatRate", "20")
                        .param("lines[2].type", "PRODUCT")
                        .param("lines[2].product", product("LIV-Z1"))
                        .param("lines[2].quantity", "1")
                        .param("lines[2].discount1", "120"))
                .getResponse());
    assertThat(html)
        .contains("Le formulaire contient des erreurs")
        .contains("« abc » n&#39;est pas un nombre.")
        .contains("Saisissez le prix unitaire de la ligne libre.")
        .contains("Le pourcentage 120 doit être compris entre 0 et 100.")
        .contains("id=\"line-info-0\"");
    int before =
        jdbc.sql("SELECT COUNT(*) FROM sales_quote WHERE company_id = ?")
            .param(s.company.value())
            .query(Integer.class)
            .single();
    var past =
        body(
            sophie
                .perform(
                    form(post("/sales/quotes"), customer(s.dubois), "MO-PLANT", "1")
                        .param("validUntil", "01/01/2020"))
                .getResponse());
    assertThat(past).contains("La date de validité (01/01/2020) est déjà passée.");
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM sales_quote WHERE company_id = ?")
                .param(s.company.value())
                .query(Integer.class)
                .single())
        .isEqualTo(before);
  }

  @Test
  void theListFiltersFollowsUpExportsAndShowsTheConversionRate() throws Exception {
    var sophie = co.login(mvc, co.sales);
    String hotel =
        sophie
            .perform(form(post("/sales/quotes"), customer(s.hotel), "TIL-T1214", "2"))
            .getResponse()
            .getRedirectedUrl();
    sophie.perform(post(hotel + "/send").param("to", "achats@hotel.example"));
    String dubois = sophie.perform(dubois(post("/sales/quotes"))).getResponse().getRedirectedUrl();
    sophie.perform(post(dubois + "/send").param("to", "claire.dubois@example.org"));
    sophie.perform(post(dubois + "/refuse").param("reason", "Trop cher"));
    QuoteView sent = quotes.get(s.company, QuoteId.of(hotel.substring(14)));

    String byCustomer =
        body(
            sophie
                .perform(get("/sales/quotes").param("customer", customer(s.hotel)))
                .getResponse());
    assertThat(byCustomer)
        .contains(sent.reference())
        .doesNotContain(dubois.substring(14))
        .contains("Taux de transformation");
    String followUp =
        body(
            sophie
                .perform(get("/sales/quotes").param("followUp", "true").param("days", "40"))
                .getResponse());
    assertThat(followUp).contains("Devis à relancer").contains(sent.reference());
    String soon =
        body(
            sophie
                .perform(
                    get("/sales/quotes")
                        .param("followUp", "true")
                        .param("customer", customer(s.hotel)))
                .getResponse());
    assertThat(soon).doesNotContain(sent.reference());
    String wrong = body(sophie.perform(get("/sales/quotes").param("min", "douze")).getResponse());
    assertThat(wrong).contains("« douze » n&#39;est pas un nombre.");

    var csv =
        sophie
            .perform(get("/sales/quotes/export.csv").param("customer", customer(s.hotel)))
            .getResponse();
    assertThat(csv.getStatus()).isEqualTo(200);
    String text = body(csv);
    assertThat(text).contains(sent.number()).contains("Envoyé").doesNotContain(customer(s.dubois));
    var xlsx = sophie.perform(get("/sales/quotes/export.xlsx")).getResponse();
    assertThat(xlsx.getContentAsByteArray()).startsWith(new byte[] {'P', 'K'});
  }

  @Test
  void theEditorSpeaksEnglishToWhoChoseIt() throws Exception {
    var julien = co.login(mvc, co.seller);
    julien.perform(post("/language").param("lang", "en").param("back", "/"));
    try {
      assertThat(body(julien.perform(get("/sales/quotes/new")).getResponse()))
          .contains("New quote")
          .contains("Unit price excl. VAT")
          .contains("+ Free line");
      assertThat(body(julien.perform(dubois(post("/sales/quotes/preview"))).getResponse()))
          .contains("Total incl. VAT")
          .contains("€451.72")
          .contains("Not enough stock");
    } finally {
      julien.perform(post("/language").param("lang", "fr").param("back", "/"));
    }
  }
}
