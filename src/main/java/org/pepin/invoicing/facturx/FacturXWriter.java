package org.pepin.invoicing.facturx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mustangproject.Allowance;
import org.mustangproject.BankDetails;
import org.mustangproject.Charge;
import org.mustangproject.Invoice;
import org.mustangproject.Item;
import org.mustangproject.LegalOrganisation;
import org.mustangproject.Product;
import org.mustangproject.ReferencedDocument;
import org.mustangproject.SchemedID;
import org.mustangproject.TradeParty;
import org.mustangproject.XMLTools;
import org.mustangproject.ZUGFeRD.IExportableTransaction;
import org.mustangproject.ZUGFeRD.IZUGFeRDExporter;
import org.mustangproject.ZUGFeRD.Profile;
import org.mustangproject.ZUGFeRD.Profiles;
import org.mustangproject.ZUGFeRD.TransactionCalculator;
import org.mustangproject.ZUGFeRD.VATAmount;
import org.mustangproject.ZUGFeRD.ZUGFeRD2PullProvider;
import org.mustangproject.ZUGFeRD.ZUGFeRDExporterFromPDFA;
import org.pepin.invoicing.facturx.FacturXDocument.AllowanceCharge;
import org.pepin.invoicing.facturx.FacturXDocument.Line;
import org.pepin.invoicing.facturx.FacturXDocument.Party;
import org.pepin.invoicing.facturx.FacturXDocument.VatBreakdown;
import org.pepin.shared.PostalAddress;
import org.springframework.stereotype.Component;

/**
 * Writes a {@link FacturXDocument} as Factur-X (FNFE-MPE Factur-X 1.0 / ZUGFeRD 2.x, profile EN
 * 16931): the UN/CEFACT CII D16B XML ({@link #xml}) and the PDF/A-3 that embeds it as {@code
 * factur-x.xml} next to the visual ({@link #write}), with Mustang (Apache-2.0).
 *
 * <p>Mustang computes the line nets (quantity × net price, rounded to the cent, like {@link Line})
 * but its document totals and VAT breakdown would be its own: VAT per rate as the sum of unrounded
 * line VATs. The writer replaces that calculator so that BT-106 to BT-117 are the document's
 * amounts, written as given, and writes the BG-1 notes itself (Mustang has no {@code BAR} subject
 * code). The PDF it produces is PDF/A-3U: Mustang declares conformance level U even from a 3b
 * visual (stack-check §1.4), which PDF/A-3 and Factur-X both accept.
 */
@Component
public class FacturXWriter {

  /** The Factur-X profile written: EN 16931 ("COMFORT"), france-compliance §2.3. */
  static final Profile PROFILE = Profiles.getByName("EN16931");

  private static final ZoneId ZONE = ZoneId.systemDefault();

  /** The CII XML alone, UTF-8 (for a PA that takes CII, or to archive it separately). */
  public byte[] xml(FacturXDocument document) {
    var provider = new ExactProvider(document);
    provider.setProfile(PROFILE);
    provider.generateXML(invoice(document));
    return provider.getXML();
  }

  /**
   * The Factur-X PDF/A-3: the visual with the CII XML attached as {@code factur-x.xml}
   * (AFRelationship Alternative) and the Factur-X XMP metadata (ConformanceLevel EN 16931).
   *
   * @param visual the PDF/A-3 rendering of the same document, e.g. from {@code Documents.render}
   */
  public byte[] write(FacturXDocument document, byte[] visual) {
    byte[] xml = xml(document);
    try {
      var exporter = new ZUGFeRDExporterFromPDFA();
      IZUGFeRDExporter loaded = exporter.load(visual);
      loaded.setProducer("Pépin");
      loaded.setCreator("Pépin");
      exporter.setProfile(PROFILE);
      exporter.setXML(xml);
      var out = new ByteArrayOutputStream(visual.length + xml.length + 16_384);
      exporter.export(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Factur-X export failed for " + document.number(), e);
    }
  }

  private static Invoice invoice(FacturXDocument document) {
    var invoice =
        new Invoice()
            .setDocumentCode(document.type().code())
            .setNumber(document.number())
            .setIssueDate(date(document.issueDate()))
            .setCurrency(FacturXDocument.CURRENCY)
            .setBusinessProcessId(document.process().name())
            .setSender(party(document.seller()))
            .setRecipient(party(document.buyer()))
            .setPaymentTermDescription(document.payment().terms());
    var payment = document.payment();
    if (payment.iban() != null) {
      var bank = new BankDetails(payment.iban().value());
      if (payment.bic() != null) {
        bank.setBIC(payment.bic().value());
      }
      invoice.getSender().addBankDetails(bank);
    }
    if (payment.dueDate() != null) {
      invoice.setDueDate(date(payment.dueDate()));
    }
    if (document.buyerReference() != null) {
      invoice.setReferenceNumber(document.buyerReference());
    }
    if (document.purchaseOrderReference() != null) {
      invoice.setBuyerOrderReferencedDocumentID(document.purchaseOrderReference());
    }
    var delivery = document.delivery();
    if (delivery != null) {
      if (delivery.date() != null) {
        invoice.setDeliveryDate(date(delivery.date()));
      }
      if (delivery.address() != null) {
        var shipTo = address(new TradeParty(), delivery.address());
        shipTo.setName(delivery.name() != null ? delivery.name() : document.buyer().name());
        invoice.setDeliveryAddress(shipTo);
      }
    }
    var preceding = document.precedingInvoice();
    if (preceding != null) {
      invoice.addInvoiceReferencedDocument(
          new ReferencedDocument(preceding.number(), date(preceding.issueDate())));
    }
    for (Line line : document.lines()) {
      var product =
          new Product(line.name(), "", line.unitCode(), line.rate().percent())
              .setTaxCategoryCode(line.category().name());
      if (line.sellerItemId() != null) {
        product.setSellerAssignedID(line.sellerItemId());
      }
      invoice.addItem(
          new Item(product, line.netPrice().value(), line.quantity().value()).setId(line.id()));
    }
    for (AllowanceCharge adjustment : document.allowancesCharges()) {
      Charge mustang =
          adjustment.charge()
              ? new Charge(adjustment.amount().amount())
              : new Allowance(adjustment.amount().amount());
      mustang
          .setTaxPercent(adjustment.rate().percent())
          .setCategoryCode(adjustment.category().name())
          .setReason(adjustment.reason());
      if (adjustment.reasonCode() != null) {
        mustang.setReasonCode(adjustment.reasonCode());
      }
      if (adjustment.charge()) {
        invoice.addCharge(mustang);
      } else {
        invoice.addAllowance(mustang);
      }
    }
    if (document.totals().prepaid().isPositive()) {
      invoice.setTotalPrepaidAmount(document.totals().prepaid().amount());
    }
    return invoice;
  }

  /**
   * BT-27..BT-34 / BT-44..BT-49: name, SIRET as global identifier (scheme 0009), SIREN as legal
   * registration (scheme 0002), address, electronic address, VAT number.
   */
  private static TradeParty party(Party party) {
    var trade = address(new TradeParty(), party.address());
    trade.setName(party.name());
    if (party.siret() != null) {
      trade.setGlobalID(party.siret().value());
      trade.setGlobalIDScheme("0009");
    }
    if (party.siren() != null) {
      trade.setLegalOrganisation(
          new LegalOrganisation(new SchemedID("0002", party.siren().value()), null));
    }
    if (party.vatNumber() != null) {
      trade.setVATID(party.vatNumber().value());
    }
    var address = party.electronicAddress();
    trade.addUriUniversalCommunicationID(new SchemedID(address.scheme(), address.value()));
    return trade;
  }

  private static TradeParty address(TradeParty party, PostalAddress address) {
    party.setStreet(address.line1());
    if (address.line2() != null) {
      party.setAdditionalAddress(address.line2());
    }
    party.setZIP(address.postalCode());
    party.setLocation(address.city());
    party.setCountry(address.countryCode());
    return party;
  }

  private static Date date(LocalDate date) {
    return Date.from(date.atStartOfDay(ZONE).toInstant());
  }

  /** Mustang's CII generator with the document's totals and notes instead of its own. */
  private static final class ExactProvider extends ZUGFeRD2PullProvider {

    private final FacturXDocument document;

    ExactProvider(FacturXDocument document) {
      this.document = document;
    }

    @Override
    protected TransactionCalculator createCalculator(IExportableTransaction trans) {
      return new ExactCalculator(trans, document);
    }

    /** BG-1: PMT, PMD, AAB, BAR (BR-FR-05, BR-FR-20), then the free notes. */
    @Override
    protected String buildNotes(IExportableTransaction transaction) {
      var notes = document.notes();
      var xml = new StringBuilder();
      note(xml, notes.recoveryIndemnity(), "PMT");
      note(xml, notes.latePenalties(), "PMD");
      note(xml, notes.discount(), "AAB");
      note(xml, notes.bar().name(), "BAR");
      notes.others().forEach(text -> note(xml, text, null));
      return xml.toString();
    }

    private static void note(StringBuilder xml, String content, @Nullable String subject) {
      xml.append("<ram:IncludedNote><ram:Content>")
          .append(XMLTools.encodeXML(content))
          .append("</ram:Content>");
      if (subject != null) {
        xml.append("<ram:SubjectCode>").append(subject).append("</ram:SubjectCode>");
      }
      xml.append("</ram:IncludedNote>");
    }
  }

  /** The document's amounts, as given (BT-106, BT-109, BT-110, BT-112, BT-113, BT-115, BG-23). */
  private static final class ExactCalculator extends TransactionCalculator {

    private final FacturXDocument.Totals totals;
    private final List<VatBreakdown> vat;

    ExactCalculator(IExportableTransaction trans, FacturXDocument document) {
      super(trans);
      this.totals = document.totals();
      this.vat = document.vat();
    }

    @Override
    protected BigDecimal getTotal() {
      return totals.lineTotal().amount();
    }

    @Override
    public BigDecimal getTaxBasis() {
      return totals.taxBasis().amount();
    }

    @Override
    public BigDecimal getGrandTotal() {
      return totals.grandTotal().amount();
    }

    @Override
    protected BigDecimal getTotalPrepaid() {
      return totals.prepaid().amount();
    }

    @Override
    public BigDecimal getDuePayable() {
      return totals.due().amount();
    }

    @Override
    protected List<VATAmount> getVATAmountList() {
      List<VATAmount> amounts = new ArrayList<>();
      for (VatBreakdown entry : vat) {
        var amount =
            new VATAmount(
                entry.base().amount(),
                entry.amount().amount(),
                entry.category().name(),
                null,
                entry.rate().percent());
        if (entry.exemptionReason() != null) {
          amount.setVatExemptionReasonText(entry.exemptionReason());
        }
        if (entry.exemptionCode() != null) {
          amount.setVatExemptionReasonCode(entry.exemptionCode());
        }
        amounts.add(amount);
      }
      return amounts;
    }
  }
}
