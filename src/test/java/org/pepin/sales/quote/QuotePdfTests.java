package org.pepin.sales.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pepin.PepinIntegrationTest;
import org.pepin.catalog.pricing.PriceListManagement;
import org.pepin.catalog.product.ProductManagement;
import org.pepin.catalog.product.VatCategoryManagement;
import org.pepin.customers.CustomerSnapshot;
import org.pepin.customers.file.CustomerManagement;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.CompanyId;
import org.pepin.platform.company.CompanyManagement;
import org.pepin.platform.demo.DemoCase;
import org.pepin.platform.pdf.PdfChecks;
import org.pepin.platform.terms.TermsOfSaleManagement;
import org.pepin.platform.terms.TermsOfSaleManagement.TermsDraft;
import org.pepin.sales.AcceptanceScenario;
import org.pepin.sales.DownPayment;
import org.pepin.sales.DownPaymentKind;
import org.pepin.sales.QuoteId;
import org.pepin.sales.QuoteRevision;
import org.pepin.sales.QuoteView;
import org.pepin.shared.Percentage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The quote PDF as the customer receives it (the bytes kept at sending), read back by pdftotext and
 * checked by veraPDF: the mentions of a French quote (france-compliance R-QUO-01) on Mme Dubois's
 * and Hôtel du Parc's quotes, the acompte and its meaning (§4.5), the terms of sale on the
 * following page, and for the individual only the guarantees, the withdrawal information and the
 * model withdrawal form as the last page (R-QUO-08). In a company of its own, with terms of sale.
 */
@PepinIntegrationTest
class QuotePdfTests {

  static final String CGV =
      """
      # Conditions générales de vente — essai

      Les présentes conditions s'appliquent à toutes nos ventes.

      ## 1. Paiement
      - **Professionnels** : à 30 jours à compter de la date de la facture.
      - Aucun *escompte* pour paiement anticipé.
      """;

  @Autowired QuoteService quotes;
  @Autowired QuoteDocuments documents;
  @Autowired ProductManagement products;
  @Autowired VatCategoryManagement categories;
  @Autowired PriceListManagement lists;
  @Autowired CustomerManagement customers;
  @Autowired CompanyManagement companies;
  @Autowired TermsOfSaleManagement terms;
  @Autowired CompanyClock clock;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcClient jdbc;

  AcceptanceScenario scenario;
  CompanyId company;
  LocalDate today;

  @BeforeEach
  void company() {
    company =
        transaction.execute(
            s ->
                companies.create(
                    DemoCase.identity("Pépinières Essai Devis " + System.nanoTime()), false));
    today = clock.today(company);
    transaction.executeWithoutResult(
        s -> terms.create(company, new TermsDraft("Conditions générales de vente", CGV, today)));
    scenario =
        new AcceptanceScenario(company, products, categories, lists, customers, quotes, jdbc);
  }

  static void save(String name, byte[] pdf) throws Exception {
    Files.createDirectories(Path.of("target", "pdf"));
    Files.write(Path.of("target", "pdf", name), pdf);
  }

  String code(String code) {
    return products.get(company, scenario.s.id(code)).code();
  }

  /** Without any space: a row of the lines table whatever the columns' spacing. */
  static String compact(String text) {
    return text.replaceAll("[\\s\\u00A0\\u202F]+", "");
  }

  static List<String> pages(String text) {
    return List.of(text.split("\f"));
  }

  @Test
  void mme_dubois_quote_carries_the_mentions_the_guarantees_and_the_withdrawal_form()
      throws Exception {
    QuoteId id = scenario.createAndSend(scenario.dubois(null));
    QuoteView quote = quotes.get(company, id);
    byte[] pdf = quotes.sentPdf(company, id, quote.current().id());
    save("quote-dubois.pdf", pdf);

    assertThat(PdfChecks.pdfA3bFailures(pdf)).as("veraPDF, PDF/A-3b").isEmpty();
    String text = PdfChecks.text(pdf);
    String flat = PdfChecks.normalised(text);
    String validUntil = PdfFormatsDate.of(today.plusDays(30));
    assertThat(flat)
        // seller: letterhead and legal footer
        .contains("4 chemin des Grands Prés")
        .contains("SIREN 977 118 041 RCS Versailles")
        .contains("SAS au capital de 120 000,00 €")
        .contains("FR70977118041")
        // number, version, date, validity
        .contains("Devis n° " + quote.number() + " — version A")
        .contains("Date " + PdfFormatsDate.of(today))
        .contains("Valable jusqu'au " + validUntil)
        .contains("Ce devis est valable jusqu'au " + validUntil)
        // customer and place of work
        .contains(customers.get(company, scenario.s.dubois).name())
        .contains("Lieu de livraison et des travaux 1 rue des Essais, 78000 VERSAILLES")
        .contains("À convenir ; à défaut, au plus tard 30 jours après l'acceptation")
        // lines: code, designation, quantity, unit, price incl. VAT, discount, rate, amount
        .contains("PU TTC")
        .contains("45,00 HT")
        .contains("marchandises")
        .contains("LIV-Z1-")
        .contains(": 45,00 € HT, soit 45,00 € à 10 %")
        // totals per rate and in all
        .contains("10 % 96,47 € 9,65 €")
        .contains("20 % 288,00 € 57,60 €")
        .contains("Total HT 384,47 €")
        .contains("Total TVA 67,25 €")
        .contains("Total TTC 451,72 €")
        .contains("Conditions de paiement : 30 jours")
        .contains("Devis gratuit.")
        .contains("Bon pour accord")
        .contains("précédés de la mention « bon pour accord »")
        .contains("Nos conditions générales de vente (version 1 du " + PdfFormatsDate.of(today))
        // R-QUO-08: guarantees and withdrawal
        .contains("garantie légale de conformité")
        .contains("garantie des vices cachés")
        .contains("délai de 14 jours pour vous rétracter")
        .contains("L221-18")
        .contains("L221-25")
        .doesNotContain("Acompte")
        .doesNotContain("Arrhes")
        .doesNotContain("Marge")
        .doesNotContain("marge");

    // the rows of the lines table (a long test code may wrap in its column)
    assertThat(flat).contains(code("CHA-RN-6080").substring(0, 11)).contains(code("LIV-Z1"));
    assertThat(compact(flat))
        .contains(compact("CHA-RN-6080 (essai) 40 plant 1,49 5 % 10 % 51,47 €"))
        .contains(compact(code("MO-PLANT") + " MO-PLANT (essai) 6 heure 57,60 20 % 288,00 €"))
        .contains(compact(code("LIV-Z1") + " LIV-Z1 (essai) 1 livraison 45,00 HT suit les"));
    List<String> pages = pages(text);
    String last = PdfChecks.normalised(pages.get(pages.size() - 1));
    assertThat(last)
        .contains("Modèle de formulaire de rétractation")
        .contains("À l'attention de Pépinières Essai Devis")
        .contains("4 chemin des Grands Prés, 78490 Montfort-l'Amaury")
        .contains("contact@pepinieres-clement.example")
        .contains("vente du bien (*)/pour la prestation de services (*)")
        .contains("Devis n° " + quote.reference())
        .contains("Commandé le (*)/reçu le (*)")
        .contains("Nom du (des) consommateur(s)")
        .contains("Signature du (des) consommateur(s)")
        .contains("R221-1");
    String termsPage = PdfChecks.normalised(pages.get(pages.size() - 2));
    assertThat(termsPage)
        .contains("Conditions générales de vente — version 1 en vigueur depuis le")
        .contains("Les présentes conditions s'appliquent à toutes nos ventes.")
        .contains("1. Paiement")
        .contains("Professionnels : à 30 jours")
        .doesNotContain("**");
    assertThat(PdfChecks.normalised(pages.get(0))).doesNotContain("Modèle de formulaire");
  }

  @Test
  void hotel_du_parc_quote_prints_its_acompte_per_rate_totals_and_no_withdrawal_form()
      throws Exception {
    QuoteId id = scenario.createAndSend(scenario.hotel("60"));
    QuoteView quote = quotes.get(company, id);
    byte[] pdf = quotes.sentPdf(company, id, quote.current().id());
    save("quote-hotel-du-parc.pdf", pdf);

    assertThat(PdfChecks.pdfA3bFailures(pdf)).as("veraPDF, PDF/A-3b").isEmpty();
    String text = PdfChecks.text(pdf);
    String flat = PdfChecks.normalised(text);
    var hotel = customers.get(company, scenario.s.hotel);
    assertThat(flat)
        .contains("Devis n° " + quote.number() + " — version A")
        .contains(hotel.name())
        .contains("SIREN " + hotel.siren().format())
        .contains("Délai de livraison 3 semaines après acceptation")
        .contains("PU HT")
        .contains("Plantations")
        .contains("Arrosage les deux premières semaines compris.")
        .contains(": 216,75 € HT, soit 200,91 € à 10 %, 15,84 € à 20 %")
        .contains("10 % 6 885,48 € 688,55 €")
        .contains("20 % 4 605,84 € 921,17 €")
        .contains("Total HT 11 491,32 €")
        .contains("Total TVA 1 609,72 €")
        .contains("Total TTC 13 101,04 €")
        .contains("Acompte de 30 % à la commande 3 930,32 €")
        .contains("Solde TTC 9 170,72 €")
        .contains("Acompte de 30 % à verser à l'acceptation du devis : 3 930,32 € TTC.")
        .contains(
            "Cette somme est un acompte : elle engage définitivement le client et l'entreprise")
        .contains("Valable jusqu'au " + PdfFormatsDate.of(today.plusDays(30)))
        .contains("Devis gratuit.")
        .contains("Bon pour accord")
        .doesNotContain("rétractation")
        .doesNotContain("garantie légale de conformité")
        .doesNotContain("Arrhes");
    assertThat(compact(flat))
        .contains(compact("LAU-C10-125 (essai) 120 plant 24,90 15 % + 10 % 10 % 2 285,82 €"))
        .contains(compact("LIV-Z2 (essai) 3 livraison 85,00 15 % suit les"));
    List<String> pages = pages(text);
    assertThat(PdfChecks.normalised(pages.get(pages.size() - 1)))
        .contains("Conditions générales de vente — version 1");
  }

  /**
   * A down payment of an amount incl. VAT: Mme Dubois (451,72 € TTC) pays 100,00 € — base 85,11 € =
   * 21,36 € at 10 % (VAT 2,14 €) + 63,75 € at 20 % (VAT 12,75 €).
   */
  @Test
  void an_acompte_of_an_amount_is_printed_as_its_amount() throws Exception {
    QuoteId id =
        quotes.create(
            company,
            null,
            scenario.dubois(
                DownPayment.ofAmount(
                    DownPaymentKind.ACOMPTE, org.pepin.shared.Money.of("100.00"))));
    var amounts = quotes.get(company, id).current().downPaymentAmounts();
    assertThat(amounts.totalNet()).isEqualTo(org.pepin.shared.Money.of("85.11"));
    assertThat(amounts.totalGross()).isEqualTo(org.pepin.shared.Money.of("100.00"));
    String text = PdfChecks.normalised(PdfChecks.text(quotes.pdf(company, id)));
    assertThat(text)
        .contains("Acompte de 100,00 € à la commande 100,00 €")
        .contains("Solde TTC 351,72 €")
        .contains("Acompte à verser à l'acceptation du devis : 100,00 € TTC.")
        .doesNotContain("Acompte de 30 %");
  }

  @Test
  void arrhes_are_printed_with_their_meaning_and_english_customers_read_english() throws Exception {
    QuoteId id =
        quotes.create(
            company,
            null,
            scenario.dubois(new DownPayment(DownPaymentKind.ARRHES, Percentage.of("20"))));
    QuoteView draft = quotes.get(company, id);
    String text = PdfChecks.normalised(PdfChecks.text(quotes.pdf(company, id)));
    assertThat(text)
        .contains("Projet de devis (non envoyé)")
        .contains("Arrhes de 20 % à la commande 90,34 €")
        .contains("Cette somme est versée à titre d'arrhes (C. consom. art. L214-1)")
        .contains("en lui restituant le double")
        .doesNotContain("Acompte");

    QuoteId hotelId = scenario.createAndSend(scenario.hotel("60"));
    QuoteView hotel = quotes.get(company, hotelId);
    QuoteRevision revision = hotel.current();
    CustomerSnapshot c = revision.customer();
    CustomerSnapshot english =
        new CustomerSnapshot(
            c.id(),
            c.code(),
            c.kind(),
            c.name(),
            c.billingAddress(),
            c.siren(),
            c.siret(),
            c.vatNumber(),
            c.publicServiceCode(),
            c.commitmentRequired(),
            "en",
            c.deliveryAddresses());
    QuoteRevision inEnglish =
        new QuoteRevision(
            revision.id(),
            revision.quote(),
            revision.revision(),
            revision.date(),
            revision.validUntil(),
            english,
            revision.deliveryAddress(),
            revision.deliveryLeadTime(),
            revision.paymentTerms(),
            revision.pricesIncludeVat(),
            revision.downPayment(),
            revision.discountPercent(),
            revision.discountAmount(),
            revision.termsOfSale(),
            revision.introduction(),
            revision.notes(),
            revision.lines(),
            revision.totals(),
            revision.manualDiscountRate(),
            revision.approvedBy(),
            revision.approvedAt(),
            revision.sentAt(),
            revision.sentBy(),
            revision.pdfSha256(),
            revision.decision(),
            revision.createdAt());
    byte[] pdf = documents.pdf(company, hotel, inEnglish);
    save("quote-hotel-du-parc-en.pdf", pdf);
    String en = PdfChecks.normalised(PdfChecks.text(pdf));
    assertThat(en)
        .contains("Quote no. " + hotel.number() + " — version A")
        .contains("Unit price excl. VAT")
        .contains("Total incl. VAT €13,101.04")
        .contains("Acompte (down payment) 30 % €3,930.32")
        .contains("Balance incl. VAT €9,170.72")
        .contains("This sum is an \"acompte\"")
        .contains("Free quote.")
        .contains("Registered office");
    assertThat(draft.current().pricesIncludeVat()).isTrue();
    assertThat(PdfChecks.pdfA3bFailures(pdf)).isEmpty();
  }

  /** Dates as the documents print them. */
  static final class PdfFormatsDate {
    static String of(LocalDate date) {
      return new org.pepin.platform.pdf.PdfFormats(Locale.FRENCH).date(date);
    }
  }
}
