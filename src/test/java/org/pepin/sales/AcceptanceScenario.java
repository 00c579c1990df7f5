package org.pepin.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.pepin.catalog.pricing.PriceListManagement;
import org.pepin.catalog.pricing.PricingScenario;
import org.pepin.catalog.product.ProductManagement;
import org.pepin.catalog.product.VatCategoryManagement;
import org.pepin.customers.CustomerId;
import org.pepin.customers.file.CustomerManagement;
import org.pepin.platform.CompanyId;
import org.pepin.sales.quote.QuoteService;
import org.pepin.shared.EmailAddress;
import org.pepin.shared.Percentage;
import org.pepin.shared.Quantity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Mme Dubois's and Hôtel du Parc's quotes (scenario §5, §6) on a private copy of the catalogue
 * ({@link PricingScenario}), sent, with the acceptance token of the e-mail: what the PDF, the
 * public page and its browser test start from.
 */
public final class AcceptanceScenario {

  public final PricingScenario s;
  public final CompanyId company;
  private final QuoteService quotes;
  private final JdbcClient jdbc;

  public AcceptanceScenario(
      CompanyId company,
      ProductManagement products,
      VatCategoryManagement categories,
      PriceListManagement lists,
      CustomerManagement customers,
      QuoteService quotes,
      JdbcClient jdbc) {
    this.s = new PricingScenario(company, products, categories, lists, customers).load();
    this.company = company;
    this.quotes = quotes;
    this.jdbc = jdbc;
  }

  public LineDraft line(String code, String quantity) {
    return LineDraft.product(s.id(code), Quantity.of(quantity));
  }

  public static SalesTerms terms(@Nullable DownPayment downPayment, List<LineDraft> lines) {
    return new SalesTerms(null, null, downPayment, null, null, null, null, lines);
  }

  /** 40 CHA-RN-6080, 6 h MO-PLANT, LIV-Z1: 451.72 € TTC. */
  public QuoteDraft dubois(@Nullable DownPayment downPayment) {
    return new QuoteDraft(
        s.dubois,
        null,
        null,
        null,
        terms(
            downPayment,
            List.of(line("CHA-RN-6080", "40"), line("MO-PLANT", "6"), line("LIV-Z1", "1"))));
  }

  /** The garden creation of scenario §6: 13 101.04 € TTC, an acompte of 30 %. */
  public QuoteDraft hotel(String planting) {
    return hotel(s.hotel, planting);
  }

  public QuoteDraft hotel(CustomerId customer, String planting) {
    return new QuoteDraft(
        customer,
        null,
        "3 semaines après acceptation",
        null,
        terms(
            new DownPayment(DownPaymentKind.ACOMPTE, Percentage.of("30")),
            List.of(
                LineDraft.section("Plantations"),
                line("TIL-T1214", "6"),
                line("ERA-T1012", "10"),
                line("OLI-C30", "4"),
                line("LAU-C10-125", "120"),
                line("LAV-G9", "300"),
                line("GAZ-M2", "150"),
                line("TER-50L", "40"),
                line("TUT-KIT", "20"),
                line("PLANT-TIGE", "20"),
                line("MO-PLANT", planting),
                line("LIV-Z2", "3"),
                LineDraft.note("Arrosage les deux premières semaines compris."))));
  }

  /** Creates and sends a quote; returns its id. */
  public QuoteId createAndSend(QuoteDraft draft) {
    QuoteId id = quotes.create(company, null, draft);
    send(id);
    return id;
  }

  public void send(QuoteId id) {
    quotes.send(
        company,
        null,
        id,
        new SendRequest(List.of(new EmailAddress("client@essai.example")), List.of(), null, null));
  }

  /** The acceptance token of the last e-mail that sent the quote's current revision. */
  public String token(QuoteId id) {
    String reference = quotes.get(company, id).reference();
    String body =
        jdbc.sql(
                "SELECT body FROM outbox_message WHERE company_id = ? AND reference = ?"
                    + " AND subject LIKE ? ORDER BY queued_at DESC")
            .params(company.value(), "quote:" + id, "%" + reference + "%")
            .query(String.class)
            .list()
            .get(0);
    Matcher matcher = Pattern.compile("/devis/([A-Za-z0-9_-]{43})").matcher(body);
    assertThat(matcher.find()).as("link in %s", body).isTrue();
    return matcher.group(1);
  }
}
