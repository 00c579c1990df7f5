package org.pepin.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.junit.jupiter.api.Test;
import org.pepin.PepinIntegrationTest;
import org.pepin.invoicing.facturx.FacturXDocument;
import org.pepin.invoicing.facturx.FacturXDocument.AllowanceCharge;
import org.pepin.invoicing.facturx.FacturXDocument.BillingCase;
import org.pepin.invoicing.facturx.FacturXDocument.BusinessProcess;
import org.pepin.invoicing.facturx.FacturXDocument.Delivery;
import org.pepin.invoicing.facturx.FacturXDocument.ElectronicAddress;
import org.pepin.invoicing.facturx.FacturXDocument.Line;
import org.pepin.invoicing.facturx.FacturXDocument.Notes;
import org.pepin.invoicing.facturx.FacturXDocument.Party;
import org.pepin.invoicing.facturx.FacturXDocument.Payment;
import org.pepin.invoicing.facturx.FacturXDocument.PrecedingInvoice;
import org.pepin.invoicing.facturx.FacturXDocument.Totals;
import org.pepin.invoicing.facturx.FacturXDocument.TypeCode;
import org.pepin.invoicing.facturx.FacturXDocument.VatBreakdown;
import org.pepin.invoicing.facturx.FacturXDocument.VatCategory;
import org.pepin.invoicing.facturx.FacturXWriter;
import org.pepin.platform.Documents;
import org.pepin.platform.PlatformFixtures;
import org.pepin.shared.Bic;
import org.pepin.shared.EmailAddress;
import org.pepin.shared.Iban;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.Money;
import org.pepin.shared.PostalAddress;
import org.pepin.shared.Quantity;
import org.pepin.shared.Siren;
import org.pepin.shared.Siret;
import org.pepin.shared.UnitPrice;
import org.pepin.shared.VatNumber;
import org.pepin.shared.VatRate;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;

/**
 * Factur-X EN 16931 of the demo case (scenario PEPINIERES-CLEMENT.md §3 and §6), documents built by
 * hand: each passes the Mustang validator (veraPDF, XSD, EN 16931, Factur-X and BR-FR schematrons)
 * with no error and no French warning, and its XML carries the document's amounts exactly. The
 * visual is the platform's sample letter (PDF/A-3b).
 */
@PepinIntegrationTest
class FacturXWriterTests {

  static final VatRate TEN = VatRate.REDUCED_10;
  static final VatRate TWENTY = VatRate.STANDARD_20;

  static byte[] visual;

  @Autowired Documents documents;
  @Autowired PlatformFixtures fixtures;

  final FacturXWriter writer = new FacturXWriter();

  byte[] visual() {
    if (visual == null) {
      visual = documents.sampleLetter(fixtures.nursery(), Locale.FRENCH);
    }
    return visual;
  }

  // --- the demo's parties --------------------------------------------------------------------

  static Party seller() {
    return Party.french(
        "Pépinières Clément",
        Siren.parse("977118041"),
        Siret.parse("97711804100010"),
        new VatNumber("FR70977118041"),
        PostalAddress.france("4 chemin des Grands Prés", null, "78490", "Montfort-l'Amaury"));
  }

  static Party hotelDuParc() {
    Siren siren = Siren.parse("951495985");
    return Party.french(
        "Hôtel du Parc SARL",
        siren,
        null,
        VatNumber.forSiren(siren),
        PostalAddress.france("1 avenue du Parc", null, "78000", "Versailles"));
  }

  static Party paysages() {
    return Party.french(
        "Paysages de l'Ouest Parisien SARL",
        Siren.parse("522747963"),
        Siret.parse("52274796300018"),
        new VatNumber("FR87522747963"),
        PostalAddress.france("18 rue de Poissy", null, "78100", "Saint-Germain-en-Laye"));
  }

  static Party commune() {
    Siret siret = Siret.parse("21780421000011");
    return Party.french(
        "Commune de Montfort-l'Amaury",
        siret.siren(),
        siret,
        null,
        PostalAddress.france("Hôtel de ville", null, "78490", "Montfort-l'Amaury"));
  }

  static Party tuinenVanDijk() {
    return new Party(
        "Tuinen Van Dijk BV",
        null,
        null,
        new VatNumber("BE0462157785"),
        new PostalAddress("Kerkstraat 12", null, "2000", "Antwerpen", "BE"),
        ElectronicAddress.of(new EmailAddress("facturen@tuinen-vandijk.example")));
  }

  static Notes notes(BillingCase bar, String penalties) {
    return new Notes(
        "En cas de retard de paiement, indemnité forfaitaire pour frais de recouvrement : 40 €"
            + " (art. L441-10 et D441-5 du Code de commerce).",
        penalties,
        "Pas d'escompte pour paiement anticipé.",
        bar,
        List.of());
  }

  static Notes businessNotes(BillingCase bar) {
    return notes(
        bar,
        "Pénalités de retard : taux de refinancement de la BCE majoré de 10 points, exigibles dès le"
            + " lendemain de l'échéance.");
  }

  static Payment thirtyDays(LocalDate issued) {
    return new Payment(
        "30 jours date de facture",
        issued.plusDays(30),
        new Iban("FR7630004012340001234567862"),
        new Bic("BNPAFRPPXXX"));
  }

  static Line line(
      String id,
      String code,
      String name,
      String qty,
      String unit,
      String price,
      String net,
      VatRate rate) {
    return new Line(
        id,
        name,
        code,
        Quantity.of(qty),
        unit,
        UnitPrice.of(price),
        Money.of(net),
        VatCategory.S,
        rate);
  }

  static FacturXDocument document(
      TypeCode type,
      String number,
      LocalDate issued,
      BusinessProcess process,
      Party buyer,
      String buyerReference,
      String orderReference,
      Delivery delivery,
      List<Line> lines,
      List<AllowanceCharge> adjustments,
      List<VatBreakdown> vat,
      Money prepaid,
      Payment payment,
      Notes notes,
      PrecedingInvoice preceding) {
    return new FacturXDocument(
        type,
        number,
        issued,
        process,
        seller(),
        buyer,
        buyerReference,
        orderReference,
        delivery,
        lines,
        adjustments,
        vat,
        Totals.of(lines, adjustments, vat, prepaid),
        payment,
        notes,
        preceding);
  }

  // --- the five documents --------------------------------------------------------------------

  /**
   * Hôtel du Parc's final invoice after its 30 % down payment (§6): the order's lines, the delivery
   * split over the goods' rates, and the down-payment invoice deducted by one negative line per
   * rate (base 2 065.65 at 10 %, 1 381.75 at 20 %). Framework M4 (goods and planting services,
   * final after a down payment), BG-3 = the down-payment invoice.
   */
  static FacturXDocument hotelDuParcFinal() {
    LocalDate issued = LocalDate.of(2026, 11, 27);
    List<Line> lines =
        List.of(
            line(
                "1",
                "TIL-T1214",
                "Tilleul à petites feuilles, tige 12/14",
                "6",
                "H87",
                "160.65",
                "963.90",
                TEN),
            line(
                "2",
                "ERA-T1012",
                "Érable champêtre, tige 10/12",
                "10",
                "H87",
                "123.25",
                "1232.50",
                TEN),
            line("3", "OLI-C30", "Olivier, conteneur 30 L", "4", "H87", "126.65", "506.60", TEN),
            line(
                "4",
                "LAU-C10-125",
                "Laurier-palme, C10, 100/125",
                "120",
                "H87",
                "19.0485",
                "2285.82",
                TEN),
            line("5", "LAV-G9", "Lavande, godet 9 cm", "300", "H87", "2.72", "816.00", TEN),
            line("6", "GAZ-M2", "Gazon en rouleau", "150", "MTK", "5.865", "879.75", TEN),
            line(
                "7",
                "TER-50L",
                "Terreau de plantation, sac 50 L",
                "40",
                "H87",
                "7.225",
                "289.00",
                TWENTY),
            line("8", "TUT-KIT", "Kit de tuteurage", "20", "H87", "11.90", "238.00", TWENTY),
            line(
                "9",
                "PLANT-TIGE",
                "Plantation d'un arbre tige",
                "20",
                "C62",
                "80.75",
                "1615.00",
                TWENTY),
            line(
                "10",
                "MO-PLANT",
                "Main-d'œuvre de plantation",
                "60",
                "HUR",
                "40.80",
                "2448.00",
                TWENTY),
            line(
                "11",
                "LIV-Z2",
                "Livraison zone 2 (part des végétaux à 10 %)",
                "1",
                "C62",
                "200.91",
                "200.91",
                TEN),
            line(
                "12",
                "LIV-Z2",
                "Livraison zone 2 (part des fournitures à 20 %)",
                "1",
                "C62",
                "15.84",
                "15.84",
                TWENTY),
            line(
                "13",
                null,
                "Acompte facture FA-2026-0041 du 28/10/2026 (TVA 10 %)",
                "-1",
                "C62",
                "2065.65",
                "-2065.65",
                TEN),
            line(
                "14",
                null,
                "Acompte facture FA-2026-0041 du 28/10/2026 (TVA 20 %)",
                "-1",
                "C62",
                "1381.75",
                "-1381.75",
                TWENTY));
    List<VatBreakdown> vat =
        List.of(
            VatBreakdown.standard(TEN, Money.of("4819.83"), Money.of("481.98")),
            VatBreakdown.standard(TWENTY, Money.of("3224.09"), Money.of("644.82")));
    return document(
        TypeCode.INVOICE,
        "FA-2026-0057",
        issued,
        BusinessProcess.M4,
        hotelDuParc(),
        null,
        "DEV-2026-0031",
        new Delivery(
            null,
            PostalAddress.france("1 avenue du Parc", null, "78000", "Versailles"),
            LocalDate.of(2026, 11, 24)),
        lines,
        List.of(),
        vat,
        Money.ZERO,
        thirtyDays(issued),
        businessNotes(BillingCase.B2B),
        new PrecedingInvoice("FA-2026-0041", LocalDate.of(2026, 10, 28)));
  }

  /** A plain B2B goods invoice: 10 % and 20 % lines, a negative line, a document allowance. */
  static FacturXDocument paysagesGoods() {
    LocalDate issued = LocalDate.of(2026, 11, 18);
    List<Line> lines =
        List.of(
            line(
                "1",
                "TIL-T1214",
                "Tilleul à petites feuilles, tige 12/14",
                "10",
                "H87",
                "160.65",
                "1606.50",
                TEN),
            line("2", "TUT-KIT", "Kit de tuteurage", "5", "H87", "11.90", "59.50", TWENTY),
            line(
                "3",
                "CONT-REP",
                "Reprise de conteneurs consignés",
                "-2",
                "H87",
                "15.00",
                "-30.00",
                TWENTY));
    List<AllowanceCharge> adjustments =
        List.of(
            new AllowanceCharge(
                false, Money.of("50.00"), "Remise commerciale", "95", VatCategory.S, TEN));
    List<VatBreakdown> vat =
        List.of(
            VatBreakdown.standard(TEN, Money.of("1556.50"), Money.of("155.65")),
            VatBreakdown.standard(TWENTY, Money.of("29.50"), Money.of("5.90")));
    return document(
        TypeCode.INVOICE,
        "FA-2026-0050",
        issued,
        BusinessProcess.B1,
        paysages(),
        null,
        null,
        new Delivery(
            "Chantier Le Pecq",
            PostalAddress.france("2 quai Voltaire", null, "78230", "Le Pecq"),
            LocalDate.of(2026, 11, 17)),
        lines,
        adjustments,
        vat,
        Money.ZERO,
        new Payment(
            "30 jours fin de mois",
            LocalDate.of(2026, 12, 31),
            new Iban("FR7630004012340001234567862"),
            new Bic("BNPAFRPPXXX")),
        businessNotes(BillingCase.B2B),
        null);
  }

  /** A credit note for two dead trees of FA-2026-0050 (381, BG-3 = the credited invoice). */
  static FacturXDocument paysagesCreditNote() {
    List<Line> lines =
        List.of(
            line(
                "1",
                "TIL-T1214",
                "Tilleul à petites feuilles, tige 12/14 (non repris)",
                "2",
                "H87",
                "160.65",
                "321.30",
                TEN));
    List<VatBreakdown> vat =
        List.of(VatBreakdown.standard(TEN, Money.of("321.30"), Money.of("32.13")));
    return document(
        TypeCode.CREDIT_NOTE,
        "AV-2026-0003",
        LocalDate.of(2026, 11, 25),
        BusinessProcess.B1,
        paysages(),
        null,
        null,
        null,
        lines,
        List.of(),
        vat,
        Money.ZERO,
        new Payment("Avoir à déduire du prochain règlement.", null, null, null),
        businessNotes(BillingCase.B2B),
        new PrecedingInvoice("FA-2026-0050", LocalDate.of(2026, 11, 18)));
  }

  /** An intra-EU supply of plants to Tuinen Van Dijk (Antwerp): K, VATEX-EU-IC, both VAT ids. */
  static FacturXDocument tuinenIntraEu() {
    LocalDate issued = LocalDate.of(2026, 10, 26);
    List<Line> lines =
        List.of(
            new Line(
                "1",
                "Lavande, godet 9 cm",
                "LAV-G9",
                Quantity.of(400),
                "H87",
                UnitPrice.of("3.20"),
                Money.of("1280.00"),
                VatCategory.K,
                VatRate.ZERO),
            new Line(
                "2",
                "Tilleul à petites feuilles, tige 12/14",
                "TIL-T1214",
                Quantity.of(8),
                "H87",
                UnitPrice.of("170.00"),
                Money.of("1360.00"),
                VatCategory.K,
                VatRate.ZERO));
    List<VatBreakdown> vat = List.of(VatBreakdown.intraCommunity(Money.of("2640.00")));
    return document(
        TypeCode.INVOICE,
        "FA-2026-0044",
        issued,
        BusinessProcess.B1,
        tuinenVanDijk(),
        null,
        null,
        new Delivery(
            null,
            new PostalAddress("Kerkstraat 12", null, "2000", "Antwerpen", "BE"),
            LocalDate.of(2026, 10, 23)),
        lines,
        List.of(),
        vat,
        Money.ZERO,
        thirtyDays(issued),
        businessNotes(BillingCase.B2BINT),
        null);
  }

  /** The Commune's order (§6): service code SERV-TECH (BT-10), commitment EJ-2026-0457 (BT-13). */
  static FacturXDocument communeOrder() {
    LocalDate issued = LocalDate.of(2026, 11, 30);
    List<Line> lines =
        List.of(
            line(
                "1",
                "TIL-T1214",
                "Tilleul à petites feuilles, tige 12/14",
                "2",
                "H87",
                "170.10",
                "340.20",
                TEN),
            line(
                "2",
                "PLANT-TIGE",
                "Plantation d'un arbre tige",
                "2",
                "C62",
                "85.50",
                "171.00",
                TWENTY));
    List<VatBreakdown> vat =
        List.of(
            VatBreakdown.standard(TEN, Money.of("340.20"), Money.of("34.02")),
            VatBreakdown.standard(TWENTY, Money.of("171.00"), Money.of("34.20")));
    return document(
        TypeCode.INVOICE,
        "FA-2026-0060",
        issued,
        BusinessProcess.M1,
        commune(),
        "SERV-TECH",
        "EJ-2026-0457",
        new Delivery(null, null, LocalDate.of(2026, 11, 28)),
        lines,
        List.of(),
        vat,
        Money.ZERO,
        thirtyDays(issued),
        notes(
            BillingCase.B2B,
            "Intérêts moratoires : taux de la BCE majoré de 8 points (art. R2192-31 du Code de la"
                + " commande publique)."),
        null);
  }

  // --- the tests -----------------------------------------------------------------------------

  byte[] writeAndValidate(String name, FacturXDocument document) throws Exception {
    byte[] pdf = writer.write(document, visual());
    Files.createDirectories(Path.of("target", "pdf"));
    Files.write(Path.of("target", "pdf", name + ".pdf"), pdf);
    byte[] xml = embeddedXml(pdf);
    Files.write(Path.of("target", "pdf", name + ".xml"), xml);
    assertThat(FacturXChecks.problems(pdf, name + ".pdf"))
        .as("Mustang validator on %s", name)
        .isEmpty();
    assertThat(xml).as("the XML alone is the embedded one").isEqualTo(writer.xml(document));
    return xml;
  }

  @Test
  void hotel_du_parc_final_invoice_deducts_its_down_payment() throws Exception {
    Document xml = parse(writeAndValidate("facturx-hotel-du-parc-final", hotelDuParcFinal()));

    assertThat(text(xml, "//rsm:ExchangedDocument/ram:TypeCode")).isEqualTo("380");
    assertThat(text(xml, "//ram:BusinessProcessSpecifiedDocumentContextParameter/ram:ID"))
        .as("BT-23")
        .isEqualTo("M4");
    assertThat(text(xml, "//ram:GuidelineSpecifiedDocumentContextParameter/ram:ID"))
        .isEqualTo("urn:cen.eu:en16931:2017");
    assertThat(
            text(xml, "//ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:LineTotalAmount"))
        .isEqualTo("8043.92");
    assertThat(
            text(
                xml,
                "//ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:TaxBasisTotalAmount"))
        .as("BT-109")
        .isEqualTo("8043.92");
    assertThat(
            text(xml, "//ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:TaxTotalAmount"))
        .as("BT-110")
        .isEqualTo("1126.80");
    assertThat(
            text(xml, "//ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:GrandTotalAmount"))
        .as("BT-112")
        .isEqualTo("9170.72");
    assertThat(
            text(xml, "//ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:DuePayableAmount"))
        .as("BT-115")
        .isEqualTo("9170.72");
    assertThat(vatAt(xml, "10.00")).containsExactly("4819.83", "481.98");
    assertThat(vatAt(xml, "20.00")).containsExactly("3224.09", "644.82");
    assertThat(
            text(
                xml,
                "//ram:ApplicableHeaderTradeSettlement/ram:InvoiceReferencedDocument/ram:IssuerAssignedID"))
        .as("BT-25")
        .isEqualTo("FA-2026-0041");
    assertThat(
            text(xml, "//ram:SellerTradeParty/ram:URIUniversalCommunication/ram:URIID/@schemeID"))
        .isEqualTo("0225");
    assertThat(text(xml, "//ram:SellerTradeParty/ram:URIUniversalCommunication/ram:URIID"))
        .as("BT-34")
        .isEqualTo("977118041");
    assertThat(text(xml, "//ram:BuyerTradeParty/ram:URIUniversalCommunication/ram:URIID"))
        .as("BT-49")
        .isEqualTo("951495985");
    assertThat(text(xml, "//ram:BuyerTradeParty/ram:URIUniversalCommunication/ram:URIID/@schemeID"))
        .isEqualTo("0225");
    assertThat(text(xml, "//ram:BuyerTradeParty/ram:SpecifiedLegalOrganization/ram:ID"))
        .as("BT-47")
        .isEqualTo("951495985");
    assertThat(note(xml, "PMT")).contains("40 €");
    assertThat(note(xml, "PMD")).contains("BCE majoré de 10 points");
    assertThat(note(xml, "AAB")).isEqualTo("Pas d'escompte pour paiement anticipé.");
    assertThat(note(xml, "BAR")).isEqualTo("B2B");
    assertThat(text(xml, "//ram:PayeePartyCreditorFinancialAccount/ram:IBANID"))
        .isEqualTo("FR7630004012340001234567862");
  }

  @Test
  void a_b2b_goods_invoice_with_two_rates_a_negative_line_and_an_allowance() throws Exception {
    Document xml = parse(writeAndValidate("facturx-paysages-goods", paysagesGoods()));

    assertThat(
            text(xml, "//ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:LineTotalAmount"))
        .isEqualTo("1636.00");
    assertThat(
            text(
                xml,
                "//ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:AllowanceTotalAmount"))
        .isEqualTo("50.00");
    assertThat(
            text(xml, "//ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:GrandTotalAmount"))
        .isEqualTo("1747.55");
    assertThat(vatAt(xml, "10.00")).containsExactly("1556.50", "155.65");
    assertThat(vatAt(xml, "20.00")).containsExactly("29.50", "5.90");
    assertThat(text(xml, "//ram:IncludedSupplyChainTradeLineItem[3]//ram:LineTotalAmount"))
        .isEqualTo("-30.00");
    assertThat(text(xml, "//ram:SellerTradeParty/ram:GlobalID")).isEqualTo("97711804100010");
  }

  @Test
  void a_credit_note_names_the_invoice_it_credits() throws Exception {
    Document xml = parse(writeAndValidate("facturx-paysages-credit-note", paysagesCreditNote()));

    assertThat(text(xml, "//rsm:ExchangedDocument/ram:TypeCode")).isEqualTo("381");
    assertThat(
            text(
                xml,
                "//ram:ApplicableHeaderTradeSettlement/ram:InvoiceReferencedDocument/ram:IssuerAssignedID"))
        .isEqualTo("FA-2026-0050");
    assertThat(
            text(
                xml,
                "//ram:InvoiceReferencedDocument/ram:FormattedIssueDateTime/qdt:DateTimeString"))
        .isEqualTo("20261118");
    assertThat(
            text(xml, "//ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:GrandTotalAmount"))
        .isEqualTo("353.43");
  }

  @Test
  void an_intra_eu_supply_is_exempt_with_its_reason_and_both_vat_numbers() throws Exception {
    Document xml = parse(writeAndValidate("facturx-tuinen-intra-eu", tuinenIntraEu()));

    assertThat(
            text(
                xml,
                "//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax/ram:CategoryCode"))
        .isEqualTo("K");
    assertThat(
            text(
                xml,
                "//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax/ram:ExemptionReasonCode"))
        .isEqualTo("VATEX-EU-IC");
    assertThat(
            text(
                xml,
                "//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax/ram:ExemptionReason"))
        .isEqualTo("Exonération de TVA, article 262 ter I du CGI");
    assertThat(text(xml, "//ram:SellerTradeParty/ram:SpecifiedTaxRegistration/ram:ID"))
        .isEqualTo("FR70977118041");
    assertThat(text(xml, "//ram:BuyerTradeParty/ram:SpecifiedTaxRegistration/ram:ID"))
        .isEqualTo("BE0462157785");
    assertThat(text(xml, "//ram:BuyerTradeParty/ram:URIUniversalCommunication/ram:URIID/@schemeID"))
        .isEqualTo("EM");
    assertThat(note(xml, "BAR")).isEqualTo("B2BINT");
    assertThat(
            text(xml, "//ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:TaxTotalAmount"))
        .isEqualTo("0.00");
    assertThat(
            text(xml, "//ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:GrandTotalAmount"))
        .isEqualTo("2640.00");
  }

  @Test
  void a_public_body_invoice_carries_its_service_code_and_commitment_number() throws Exception {
    Document xml = parse(writeAndValidate("facturx-commune", communeOrder()));

    assertThat(text(xml, "//ram:ApplicableHeaderTradeAgreement/ram:BuyerReference"))
        .as("BT-10")
        .isEqualTo("SERV-TECH");
    assertThat(
            text(
                xml,
                "//ram:ApplicableHeaderTradeAgreement/ram:BuyerOrderReferencedDocument/ram:IssuerAssignedID"))
        .as("BT-13")
        .isEqualTo("EJ-2026-0457");
    assertThat(text(xml, "//ram:BuyerTradeParty/ram:GlobalID")).isEqualTo("21780421000011");
    assertThat(
            text(xml, "//ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:GrandTotalAmount"))
        .isEqualTo("579.42");
    assertThat(vatAt(xml, "10.00")).containsExactly("340.20", "34.02");
    assertThat(vatAt(xml, "20.00")).containsExactly("171.00", "34.20");
  }

  @Test
  void inconsistent_amounts_are_refused_on_construction() {
    var good = paysagesCreditNote();
    assertThatThrownBy(
            () ->
                new FacturXDocument(
                    good.type(),
                    good.number(),
                    good.issueDate(),
                    good.process(),
                    good.seller(),
                    good.buyer(),
                    null,
                    null,
                    null,
                    good.lines(),
                    List.of(),
                    List.of(VatBreakdown.standard(TEN, Money.of("321.30"), Money.of("32.12"))),
                    good.totals(),
                    good.payment(),
                    good.notes(),
                    good.precedingInvoice()))
        .isInstanceOfSatisfying(
            InvalidValue.class, e -> assertThat(e.code()).isEqualTo("facturx.vat-amount"));
    assertThatThrownBy(() -> line("1", "X", "x", "3", "H87", "0.33", "1.00", TEN))
        .isInstanceOfSatisfying(
            InvalidValue.class, e -> assertThat(e.code()).isEqualTo("facturx.line-net"));
    assertThatThrownBy(
            () ->
                new FacturXDocument(
                    TypeCode.CREDIT_NOTE,
                    "AV-1",
                    good.issueDate(),
                    good.process(),
                    good.seller(),
                    good.buyer(),
                    null,
                    null,
                    null,
                    good.lines(),
                    List.of(),
                    good.vat(),
                    good.totals(),
                    good.payment(),
                    good.notes(),
                    null))
        .isInstanceOfSatisfying(
            InvalidValue.class, e -> assertThat(e.code()).isEqualTo("facturx.preceding-invoice"));
    Totals t = good.totals();
    assertThatThrownBy(
            () ->
                new FacturXDocument(
                    good.type(),
                    good.number(),
                    good.issueDate(),
                    good.process(),
                    good.seller(),
                    good.buyer(),
                    null,
                    null,
                    null,
                    good.lines(),
                    List.of(),
                    good.vat(),
                    new Totals(
                        t.lineTotal(),
                        t.allowanceTotal(),
                        t.chargeTotal(),
                        t.taxBasis(),
                        Money.of("32.14"),
                        t.grandTotal(),
                        t.prepaid(),
                        t.due()),
                    good.payment(),
                    good.notes(),
                    good.precedingInvoice()))
        .isInstanceOfSatisfying(
            InvalidValue.class, e -> assertThat(e.code()).isEqualTo("facturx.vat-total"));
  }

  @Test
  void the_checks_report_a_french_warning_and_an_arithmetic_error() {
    String xml = new String(writer.xml(communeOrder()), java.nio.charset.StandardCharsets.UTF_8);

    String withoutPmt =
        xml.replace(
            "<ram:SubjectCode>PMT</ram:SubjectCode>", "<ram:SubjectCode>AAI</ram:SubjectCode>");
    assertThat(FacturXChecks.problems(withoutPmt.getBytes(), "no-pmt.xml"))
        .anySatisfy(problem -> assertThat(problem).contains("BR-FR-05"));

    String wrongTotal = xml.replace(">579.42<", ">579.43<");
    assertThat(FacturXChecks.problems(wrongTotal.getBytes(), "wrong-total.xml"))
        .anySatisfy(problem -> assertThat(problem).startsWith("error"));
  }

  @Test
  void writing_one_document_warm() {
    var document = hotelDuParcFinal();
    byte[] pdf = visual();
    for (int i = 0; i < 5; i++) {
      writer.write(document, pdf);
    }
    List<Long> nanos = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      long start = System.nanoTime();
      writer.write(document, pdf);
      nanos.add(System.nanoTime() - start);
    }
    nanos.sort(null);
    double median = (nanos.get(9) + nanos.get(10)) / 2e6;
    System.out.printf(
        Locale.ROOT,
        "[bench] facturx.write hotel-du-parc-final (14 lines): median %.1f ms over 20 warm runs"
            + " (min %.1f, max %.1f)%n",
        median,
        nanos.get(0) / 1e6,
        nanos.get(19) / 1e6);
  }

  // --- XML helpers ---------------------------------------------------------------------------

  static byte[] embeddedXml(byte[] pdf) throws Exception {
    try (var document = Loader.loadPDF(pdf)) {
      var names = new PDDocumentNameDictionary(document.getDocumentCatalog());
      var files = names.getEmbeddedFiles().getNames();
      assertThat(files).containsOnlyKeys("factur-x.xml");
      return files.get("factur-x.xml").getEmbeddedFile().toByteArray();
    }
  }

  static Document parse(byte[] xml) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  static String text(Document xml, String path) throws Exception {
    var xpath = XPathFactory.newInstance().newXPath();
    xpath.setNamespaceContext(NAMESPACES);
    return ((String) xpath.evaluate(path, xml, XPathConstants.STRING)).strip();
  }

  /** BT-116 and BT-117 of the header VAT breakdown at a rate. */
  static List<String> vatAt(Document xml, String rate) throws Exception {
    String tax =
        "//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax[ram:RateApplicablePercent='"
            + rate
            + "']";
    return List.of(text(xml, tax + "/ram:BasisAmount"), text(xml, tax + "/ram:CalculatedAmount"));
  }

  static String note(Document xml, String subject) throws Exception {
    return text(
        xml,
        "//rsm:ExchangedDocument/ram:IncludedNote[ram:SubjectCode='" + subject + "']/ram:Content");
  }

  static final NamespaceContext NAMESPACES =
      new NamespaceContext() {
        @Override
        public String getNamespaceURI(String prefix) {
          return switch (prefix) {
            case "rsm" -> "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100";
            case "ram" ->
                "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100";
            case "udt" -> "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100";
            case "qdt" -> "urn:un:unece:uncefact:data:standard:QualifiedDataType:100";
            default -> null;
          };
        }

        @Override
        public String getPrefix(String uri) {
          return null;
        }

        @Override
        public Iterator<String> getPrefixes(String uri) {
          return null;
        }
      };
}
