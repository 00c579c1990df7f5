package org.pepin.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
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
import org.pepin.sales.document.SalesSettingsStore;
import org.pepin.sales.order.OrderService;
import org.pepin.shared.Money;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The order entry and amendment form (the quotes' document editor) and Paramètres › Ventes through
 * MockMvc: an order typed directly, its amendment once confirmed (with a reason, as a revision),
 * the live totals at the order's pricing date; the settings' validation messages.
 */
@PepinIntegrationTest
class OrderFormWebTests {

  static final String NBSP = "\u00a0";

  @Autowired MockMvc mvc;
  @Autowired OrderService orders;
  @Autowired PriceListManagement lists;
  @Autowired ProductManagement productManagement;
  @Autowired Products products;
  @Autowired VatCategoryManagement categories;
  @Autowired CustomerManagement customerManagement;
  @Autowired Customers customers;
  @Autowired PlatformFixtures fixtures;
  @Autowired SalesSettingsStore settings;

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

  static String body(MockHttpServletResponse response) throws Exception {
    return response.getContentAsString(StandardCharsets.UTF_8);
  }

  MockHttpServletRequestBuilder order(MockHttpServletRequestBuilder request, String quantity) {
    return request
        .param("customer", customers.get(s.company, s.hotel).code())
        .param("customerReference", "BC-4471")
        .param("requestedDelivery", "15/12/2026")
        .param("discountUnit", "PERCENT")
        .param("lines[0].type", "SECTION")
        .param("lines[0].designation", "Plantations")
        .param("lines[1].type", "PRODUCT")
        .param("lines[1].product", products.get(s.company, s.id("TIL-T1214")).code())
        .param("lines[1].quantity", quantity);
  }

  @Test
  void anOrderTypedDirectlyIsADraftAndItsAmendmentNeedsAReasonOnceConfirmed() throws Exception {
    var sophie = co.login(mvc, co.sales);
    assertThat(body(sophie.perform(get("/sales/orders/new")).getResponse()))
        .contains("Nouvelle commande")
        .contains("Référence de commande du client");

    // TIL-T1214 at 189 € less 15 % (Professionnel): 160,65 € HT, 2 of them 321,30 € HT.
    String preview = body(sophie.perform(order(post("/sales/orders/preview"), "2")).getResponse());
    assertThat(preview).contains("321,30" + NBSP + "€").contains("353,43" + NBSP + "€");

    var created = sophie.perform(order(post("/sales/orders"), "2")).getResponse();
    assertThat(created.getRedirectedUrl()).startsWith("/sales/orders/");
    OrderId id = OrderId.of(created.getRedirectedUrl().substring("/sales/orders/".length()));
    OrderView order = orders.get(s.company, id);
    assertThat(order.status()).isEqualTo(OrderStatus.DRAFT);
    assertThat(order.customerReference()).isEqualTo("BC-4471");
    assertThat(order.requestedDelivery()).isEqualTo(java.time.LocalDate.of(2026, 12, 15));
    assertThat(order.totals().totalNet()).isEqualTo(Money.of("321.30"));
    assertThat(order.lines()).hasSize(2);

    orders.confirm(s.company, null, id, order.version());
    OrderView confirmed = orders.get(s.company, id);
    String editor = body(sophie.perform(get("/sales/orders/" + id + "/edit")).getResponse());
    assertThat(editor)
        .contains("Motif de la modification")
        .contains("la modification en fera la révision 1")
        .contains("value=\"BC-4471\"");

    var noReason =
        sophie.perform(
            order(post("/sales/orders/" + id), "3")
                .param("version", String.valueOf(confirmed.version()))
                .param("orderId", id.toString()));
    assertThat(body(noReason.getResponse()))
        .contains("Indiquez un motif (500 caractères au plus).");
    assertThat(orders.get(s.company, id).totals().totalNet()).isEqualTo(Money.of("321.30"));

    var amended =
        sophie
            .perform(
                order(post("/sales/orders/" + id), "3")
                    .param("version", String.valueOf(confirmed.version()))
                    .param("orderId", id.toString())
                    .param("reason", "Un tilleul de plus"))
            .getResponse();
    assertThat(amended.getRedirectedUrl()).isEqualTo("/sales/orders/" + id);
    OrderView after = orders.get(s.company, id);
    assertThat(after.revision()).isEqualTo(1);
    assertThat(after.totals().totalNet()).isEqualTo(Money.of("481.95"));
    assertThat(orders.amendments(s.company, id)).hasSize(1);
  }

  /**
   * The editor's unit selector « % / € TTC »: 2 × TIL-T1214 = 353,43 € TTC (321,30 € HT at 10 %);
   * an acompte of 100,00 € TTC has the base 90,91 € and the VAT 9,09 €.
   */
  @Test
  void theEditorTakesADownPaymentOfAnAmountIncludingVat() throws Exception {
    var sophie = co.login(mvc, co.sales);
    String preview =
        body(
            sophie
                .perform(
                    order(post("/sales/orders/preview"), "2")
                        .param("downPaymentKind", "ACOMPTE")
                        .param("downPaymentPercent", "100,00")
                        .param("downPaymentUnit", "AMOUNT"))
                .getResponse());
    assertThat(preview).contains("Acompte de 100,00" + NBSP + "€ à la commande");

    String above =
        body(
            sophie
                .perform(
                    order(post("/sales/orders"), "2")
                        .param("downPaymentKind", "ACOMPTE")
                        .param("downPaymentPercent", "400")
                        .param("downPaymentUnit", "AMOUNT"))
                .getResponse());
    assertThat(above).contains("dépasse le total TTC du document");

    var created =
        sophie
            .perform(
                order(post("/sales/orders"), "2")
                    .param("downPaymentKind", "ACOMPTE")
                    .param("downPaymentPercent", "100,00")
                    .param("downPaymentUnit", "AMOUNT"))
            .getResponse();
    assertThat(created.getRedirectedUrl()).startsWith("/sales/orders/");
    OrderId id = OrderId.of(created.getRedirectedUrl().substring("/sales/orders/".length()));
    OrderView order = orders.get(s.company, id);
    assertThat(order.downPayment().amount()).isEqualTo(Money.of("100.00"));
    assertThat(order.downPayment().percent()).isNull();
    var amounts = order.downPayment().amounts(order.totals());
    assertThat(amounts.totalNet()).isEqualTo(Money.of("90.91"));
    assertThat(amounts.totalVat()).isEqualTo(Money.of("9.09"));
    assertThat(amounts.totalGross()).isEqualTo(Money.of("100.00"));
    String editor = body(sophie.perform(get("/sales/orders/" + id + "/edit")).getResponse());
    assertThat(editor).contains("value=\"AMOUNT\" selected=\"selected\"");
  }

  @Test
  void theSalesSettingsSayWhatIsWrongInFrench() throws Exception {
    var paul = co.login(mvc, co.admin);
    SalesSettings before = settings.get(co.company);
    String page = body(paul.perform(get("/sales/settings")).getResponse());
    assertThat(page).contains("Paramètres des ventes").contains("value=\"30\"");

    String wrong =
        body(
            paul.perform(
                    post("/sales/settings")
                        .param("version", String.valueOf(before.version()))
                        .param("validityDays", "0")
                        .param("approvalThreshold", "15")
                        .param("downPaymentPercent", "30")
                        .param("downPaymentAbove", "")
                        .param("freeDeliveryProduct", "NOPE-XYZ")
                        .param("freeDeliveryAbove", "1500")
                        .param("withdrawalDays", "14"))
                .getResponse());
    assertThat(wrong)
        .contains("Renseignez les deux champs de cette règle, ou aucun.")
        .contains("Aucun article de code « NOPE-XYZ ».");
    String range =
        body(
            paul.perform(
                    post("/sales/settings")
                        .param("version", String.valueOf(before.version()))
                        .param("validityDays", "0")
                        .param("approvalThreshold", "15")
                        .param("withdrawalDays", "14"))
                .getResponse());
    assertThat(range).contains("La validité d&#39;un devis est de 1 à 365 jours (0).");
    assertThat(settings.get(co.company)).isEqualTo(before);

    var sophie = co.login(mvc, co.sales);
    assertThat(sophie.perform(get("/sales/settings")).getResponse().getStatus()).isEqualTo(403);
  }
}
