package org.pepin.invoicing.facturx;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
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

/**
 * Everything an EN 16931 invoice, credit note or down-payment invoice carries, in Pépin's value
 * types, as the Factur-X writer needs it. The amounts are final: the writer copies them, it
 * computes none. Construction checks what EN 16931 (EN 16931-1:2017 business rules BR-CO-*) and the
 * French CIUS (BR-FR Flux 2 schematron v1.3.0, france-compliance §2.2 and §2.4) require of the
 * data, to the cent, and refuses an inconsistent document with an {@link InvalidValue} whose code
 * starts with {@code facturx.}.
 *
 * <p>The currency is always the euro (BT-5 = EUR; CGI art. 242 nonies A allows another currency but
 * then BT-6 and BT-111 are needed, which Pépin does not produce).
 *
 * @param type BT-3 document type code
 * @param number BT-1, at most 35 characters among {@code A-Z a-z 0-9 + - _ /} (BR-FR-01)
 * @param issueDate BT-2
 * @param process BT-23, the French "cadre de facturation" (BR-FR-08)
 * @param seller BG-4
 * @param buyer BG-7
 * @param buyerReference BT-10, e.g. the public body's service code (Chorus Pro)
 * @param purchaseOrderReference BT-13, e.g. the public body's commitment number (numéro
 *     d'engagement)
 * @param delivery BG-13 (BT-70 to BT-80)
 * @param lines BG-25, at least one (BR-16)
 * @param allowancesCharges BG-20 and BG-21, document level
 * @param vat BG-23, one entry per VAT category and rate (BR-CO-18)
 * @param totals BG-22
 * @param payment BT-20, BT-9, BG-16/BG-17
 * @param notes BG-1 with the French subject codes
 * @param precedingInvoice BG-3: the credited invoice of a credit note, the down-payment invoice
 *     deducted by a final invoice
 */
public record FacturXDocument(
    TypeCode type,
    String number,
    LocalDate issueDate,
    BusinessProcess process,
    Party seller,
    Party buyer,
    @Nullable String buyerReference,
    @Nullable String purchaseOrderReference,
    @Nullable Delivery delivery,
    List<Line> lines,
    List<AllowanceCharge> allowancesCharges,
    List<VatBreakdown> vat,
    Totals totals,
    Payment payment,
    Notes notes,
    @Nullable PrecedingInvoice precedingInvoice) {

  /** BT-5: the document's currency. */
  public static final String CURRENCY = "EUR";

  private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9+\\-_/]{1,35}");

  public FacturXDocument {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(issueDate, "issueDate");
    Objects.requireNonNull(process, "process");
    Objects.requireNonNull(seller, "seller");
    Objects.requireNonNull(buyer, "buyer");
    Objects.requireNonNull(totals, "totals");
    Objects.requireNonNull(payment, "payment");
    Objects.requireNonNull(notes, "notes");
    lines = List.copyOf(lines);
    allowancesCharges = List.copyOf(allowancesCharges);
    vat = List.copyOf(vat);
    buyerReference = blankToNull(buyerReference);
    purchaseOrderReference = blankToNull(purchaseOrderReference);
    check(number, issueDate, process, type, seller, buyer, notes, precedingInvoice);
    checkDates(type, issueDate, payment, precedingInvoice);
    checkAmounts(lines, allowancesCharges, vat, totals);
  }

  /** BR-FR-01, BR-FR-10, BR-FR-11, BR-FR-CO-05, BR-FR-CO-08 and BR-16. */
  private static void check(
      String number,
      LocalDate issueDate,
      BusinessProcess process,
      TypeCode type,
      Party seller,
      Party buyer,
      Notes notes,
      @Nullable PrecedingInvoice preceding) {
    if (!NUMBER.matcher(number).matches()) {
      throw new InvalidValue(
          "facturx.number",
          "an invoice number has 1 to 35 characters among A-Z a-z 0-9 + - _ / (BR-FR-01): "
              + number,
          number);
    }
    if (seller.siren() == null) {
      throw new InvalidValue(
          "facturx.seller-siren", "the seller's SIREN is mandatory (BR-FR-10)", seller.name());
    }
    if (notes.bar() == BillingCase.B2B && buyer.siren() == null) {
      throw new InvalidValue(
          "facturx.buyer-siren",
          "a B2B invoice needs the buyer's SIREN (BR-FR-11): " + buyer.name(),
          buyer.name());
    }
    if (type == TypeCode.CREDIT_NOTE && preceding == null) {
      throw new InvalidValue(
          "facturx.preceding-invoice",
          "a credit note names the invoice it credits (BR-FR-CO-05)",
          number);
    }
    if (process.isFinalAfterDownPayment()) {
      if (type == TypeCode.DOWN_PAYMENT_INVOICE) {
        throw new InvalidValue(
            "facturx.final-process",
            "a down-payment invoice cannot use the framework " + process + " (BR-FR-CO-08)",
            process.name());
      }
      if (preceding == null) {
        throw new InvalidValue(
            "facturx.preceding-invoice",
            "a final invoice after a down payment names the down-payment invoice (BG-3)",
            number);
      }
    }
  }

  /** BR-FR-03 (years 2000–2099) and BR-FR-CO-07 (due date not before the issue date). */
  private static void checkDates(
      TypeCode type, LocalDate issueDate, Payment payment, @Nullable PrecedingInvoice preceding) {
    for (LocalDate date :
        new LocalDate[] {
          issueDate, payment.dueDate(), preceding == null ? null : preceding.issueDate()
        }) {
      if (date != null && (date.getYear() < 2000 || date.getYear() > 2099)) {
        throw new InvalidValue(
            "facturx.date", "dates lie between 2000 and 2099 (BR-FR-03): " + date, date);
      }
    }
    LocalDate due = payment.dueDate();
    if (due != null && due.isBefore(issueDate) && type != TypeCode.DOWN_PAYMENT_INVOICE) {
      throw new InvalidValue(
          "facturx.due-date",
          "the due date " + due + " is before the issue date " + issueDate + " (BR-FR-CO-07)",
          due,
          issueDate);
    }
  }

  /**
   * The EN 16931 sums, to the cent: BR-CO-10 (sum of line nets), BR-CO-11/12 (allowances and
   * charges), BR-CO-13 (tax basis), BR-CO-14 (VAT total = sum of the breakdown), BR-CO-15 (grand
   * total), BR-CO-16 (amount due), BR-CO-17 (VAT per rate = base × rate, rounded), BR-S-08 /
   * BR-Z-08 / BR-E-08 / BR-AE-08 / BR-IC-08 (base per category and rate = its lines, charges and
   * allowances).
   */
  private static void checkAmounts(
      List<Line> lines, List<AllowanceCharge> adjustments, List<VatBreakdown> vat, Totals totals) {
    if (lines.isEmpty()) {
      throw new InvalidValue("facturx.no-lines", "an invoice has at least one line (BR-16)");
    }
    Map<VatKey, Money> bases = new LinkedHashMap<>();
    for (Line line : lines) {
      bases.merge(line.vatKey(), line.net(), Money::plus);
    }
    Money allowances = Money.ZERO;
    Money charges = Money.ZERO;
    for (AllowanceCharge adjustment : adjustments) {
      bases.merge(adjustment.vatKey(), adjustment.signedAmount(), Money::plus);
      if (adjustment.charge()) {
        charges = charges.plus(adjustment.amount());
      } else {
        allowances = allowances.plus(adjustment.amount());
      }
    }
    Money lineTotal = Money.sum(lines.stream().map(Line::net).toList());
    same("facturx.line-total", "sum of the line nets (BR-CO-10)", lineTotal, totals.lineTotal());
    same("facturx.allowance-total", "allowances (BR-CO-11)", allowances, totals.allowanceTotal());
    same("facturx.charge-total", "charges (BR-CO-12)", charges, totals.chargeTotal());
    same(
        "facturx.tax-basis",
        "tax basis (BR-CO-13)",
        lineTotal.minus(allowances).plus(charges),
        totals.taxBasis());
    Map<VatKey, VatBreakdown> given = new LinkedHashMap<>();
    for (VatBreakdown entry : vat) {
      if (given.put(entry.vatKey(), entry) != null) {
        throw new InvalidValue(
            "facturx.vat-duplicate",
            "one VAT breakdown per category and rate: " + entry.vatKey(),
            entry.vatKey().toString());
      }
    }
    if (!given.keySet().equals(bases.keySet())) {
      throw new InvalidValue(
          "facturx.vat-categories",
          "the VAT breakdown "
              + given.keySet()
              + " must list the rates of the lines "
              + bases.keySet(),
          given.keySet().toString(),
          bases.keySet().toString());
    }
    bases.forEach(
        (key, base) -> {
          VatBreakdown entry = given.get(key);
          same("facturx.vat-base", "VAT base at " + key, base, entry.base());
          same("facturx.vat-amount", "VAT at " + key, key.rate().vatOn(base), entry.amount());
        });
    same(
        "facturx.vat-total",
        "VAT total (BR-CO-14)",
        Money.sum(vat.stream().map(VatBreakdown::amount).toList()),
        totals.vatTotal());
    same(
        "facturx.grand-total",
        "grand total (BR-CO-15)",
        totals.taxBasis().plus(totals.vatTotal()),
        totals.grandTotal());
    same(
        "facturx.due-amount",
        "amount due (BR-CO-16)",
        totals.grandTotal().minus(totals.prepaid()),
        totals.due());
  }

  private static void same(String code, String what, Money expected, Money given) {
    if (!expected.equals(given)) {
      throw new InvalidValue(
          code, what + ": expected " + expected + ", given " + given, expected, given);
    }
  }

  private static @Nullable String blankToNull(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** BT-3, limited to the French list (BR-FR-04) of what Pépin issues. */
  public enum TypeCode {
    INVOICE("380"),
    CREDIT_NOTE("381"),
    DOWN_PAYMENT_INVOICE("386");

    private final String code;

    TypeCode(String code) {
      this.code = code;
    }

    /** The UNTDID 1001 code. */
    public String code() {
      return code;
    }
  }

  /**
   * BT-23, the "cadre de facturation" (BR-FR-08): B goods, S services, M mixed; 1 normal, 2 already
   * paid, 4 final invoice after a down payment, 5 subcontractor, 6 co-contractor, 7 VAT already
   * e-reported (france-compliance §2.2).
   */
  public enum BusinessProcess {
    B1,
    S1,
    M1,
    B2,
    S2,
    M2,
    B4,
    S4,
    M4,
    S5,
    S6,
    B7,
    S7;

    public boolean isFinalAfterDownPayment() {
      return name().endsWith("4");
    }
  }

  /**
   * BT-151 / BT-95 / BT-118 VAT category (UNCL 5305) among those France accepts (BR-FR-15): S
   * standard or reduced rate, Z zero rate, E exempt, AE reverse charge, K intra-EU supply (CGI art.
   * 262 ter I).
   */
  public enum VatCategory {
    S,
    Z,
    E,
    AE,
    K;

    /** E, AE and K need an exemption reason text or code (BR-E-10, BR-AE-10, BR-IC-10). */
    public boolean needsExemptionReason() {
      return this == E || this == AE || this == K;
    }
  }

  /** The billing case written as the one BAR note (BR-FR-20/30, france-compliance §2.2). */
  public enum BillingCase {
    B2B,
    B2BINT,
    B2C,
    OUTOFSCOPE,
    ARCHIVEONLY
  }

  /** A VAT category at a rate: the key of the VAT breakdown. */
  public record VatKey(VatCategory category, VatRate rate) {

    public VatKey {
      Objects.requireNonNull(category, "category");
      Objects.requireNonNull(rate, "rate");
      boolean zero = rate.percent().signum() == 0;
      if (category == VatCategory.S ? zero : !zero) {
        throw new InvalidValue(
            "facturx.vat-rate",
            "category " + category + " cannot have the rate " + rate + " (BR-S-05, BR-Z-05…)",
            category.name(),
            rate.toString());
      }
    }

    @Override
    public String toString() {
      return category + " " + rate.percent().stripTrailingZeros().toPlainString() + " %";
    }
  }

  /**
   * BT-34 / BT-49, the electronic address: scheme {@code 0225} (French annuaire, SIREN-based) or
   * {@code EM} (e-mail). BR-FR-23/25: characters {@code A-Z a-z 0-9 - _ .} (and {@code @} for
   * e-mail), at most 125.
   */
  public record ElectronicAddress(String scheme, String value) {

    private static final Pattern ANNUAIRE = Pattern.compile("[A-Za-z0-9\\-_.]{1,125}");

    public ElectronicAddress {
      Objects.requireNonNull(scheme, "scheme");
      Objects.requireNonNull(value, "value");
      boolean ok =
          switch (scheme) {
            case "0225" -> ANNUAIRE.matcher(value).matches();
            case "EM" -> value.length() <= 125;
            default -> false;
          };
      if (!ok) {
        throw new InvalidValue(
            "facturx.electronic-address",
            "not an electronic address (BR-FR-23/25): " + scheme + ":" + value,
            scheme + ":" + value);
      }
    }

    /** {@code 0225:<SIREN>}, the annuaire address of a French company without suffix. */
    public static ElectronicAddress of(Siren siren) {
      return new ElectronicAddress("0225", siren.value());
    }

    /** {@code EM:<e-mail>}, for a buyer outside the annuaire. */
    public static ElectronicAddress of(EmailAddress email) {
      return new ElectronicAddress("EM", email.value());
    }
  }

  /**
   * The seller (BG-4) or the buyer (BG-7).
   *
   * @param siren BT-30 / BT-47, scheme 0002
   * @param siret BT-29 / BT-46, scheme 0009; it must belong to the SIREN (BR-FR-09)
   * @param vatNumber BT-31 / BT-48
   * @param address BG-5 / BG-8
   * @param electronicAddress BT-34 / BT-49 (BR-FR-12/13)
   */
  public record Party(
      String name,
      @Nullable Siren siren,
      @Nullable Siret siret,
      @Nullable VatNumber vatNumber,
      PostalAddress address,
      ElectronicAddress electronicAddress) {

    public Party {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(address, "address");
      Objects.requireNonNull(electronicAddress, "electronicAddress");
      if (name.isBlank()) {
        throw new InvalidValue("facturx.party-name", "a party has a name (BR-6, BR-7)");
      }
      if (siret != null && siren != null && !siret.siren().equals(siren)) {
        throw new InvalidValue(
            "facturx.siret",
            "the SIRET " + siret + " does not belong to the SIREN " + siren + " (BR-FR-09)",
            siret.value(),
            siren.value());
      }
    }

    /** A French company: SIREN, SIRET, VAT number, its annuaire address {@code 0225:SIREN}. */
    public static Party french(
        String name,
        Siren siren,
        @Nullable Siret siret,
        @Nullable VatNumber vatNumber,
        PostalAddress address) {
      return new Party(name, siren, siret, vatNumber, address, ElectronicAddress.of(siren));
    }
  }

  /** BT-70 to BT-80: where and when the goods were delivered. */
  public record Delivery(
      @Nullable String name, @Nullable PostalAddress address, @Nullable LocalDate date) {}

  /**
   * BG-25, one invoice line. BR-FR-DEC-02/03 and BR-27: at most 4 decimals of quantity (Pépin keeps
   * 3), at most 6 of price (Pépin's {@link UnitPrice}), the net price is not negative (a deduction
   * is a negative quantity). The line net must be what EN 16931 (BR-LIN-04) and the writer derive
   * from them: quantity × net price, rounded half up to the cent.
   *
   * @param id BT-126
   * @param name BT-153
   * @param sellerItemId BT-155, e.g. the catalogue code
   * @param unitCode BT-130, UN/ECE recommendation 20 (C62 one, H87 piece, HUR hour, MTK m², LTR…)
   * @param netPrice BT-146
   * @param net BT-131
   */
  public record Line(
      String id,
      String name,
      @Nullable String sellerItemId,
      Quantity quantity,
      String unitCode,
      UnitPrice netPrice,
      Money net,
      VatCategory category,
      VatRate rate) {

    private static final Pattern UNIT = Pattern.compile("[A-Z0-9]{2,3}");

    public Line {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(quantity, "quantity");
      Objects.requireNonNull(unitCode, "unitCode");
      Objects.requireNonNull(netPrice, "netPrice");
      Objects.requireNonNull(net, "net");
      new VatKey(category, rate);
      if (!UNIT.matcher(unitCode).matches()) {
        throw new InvalidValue(
            "facturx.unit-code", "not a UN/ECE rec. 20 unit code: " + unitCode, unitCode);
      }
      if (netPrice.value().signum() < 0) {
        throw new InvalidValue(
            "facturx.line-price",
            "a net price is not negative (BR-27); deduct with a negative quantity: " + id,
            id);
      }
      Money computed =
          Money.of(quantity.value().multiply(netPrice.value()).setScale(2, RoundingMode.HALF_UP));
      if (!computed.equals(net)) {
        throw new InvalidValue(
            "facturx.line-net",
            "line "
                + id
                + ": "
                + quantity
                + " × "
                + netPrice
                + " = "
                + computed
                + ", not "
                + net
                + "; give the price with more decimals",
            id,
            computed,
            net);
      }
    }

    public VatKey vatKey() {
      return new VatKey(category, rate);
    }
  }

  /**
   * BG-20 (allowance) or BG-21 (charge) at document level, at one VAT category and rate.
   *
   * @param amount BT-92 / BT-99, positive
   * @param reason BT-97 / BT-104
   * @param reasonCode BT-98 (UNCL 5189) / BT-105 (UNCL 7161)
   */
  public record AllowanceCharge(
      boolean charge,
      Money amount,
      String reason,
      @Nullable String reasonCode,
      VatCategory category,
      VatRate rate) {

    public AllowanceCharge {
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(reason, "reason");
      new VatKey(category, rate);
      if (!amount.isPositive()) {
        throw new InvalidValue(
            "facturx.allowance-amount", "an allowance or charge is positive: " + amount, amount);
      }
    }

    public static AllowanceCharge allowance(
        Money amount, String reason, VatCategory category, VatRate rate) {
      return new AllowanceCharge(false, amount, reason, null, category, rate);
    }

    public static AllowanceCharge charge(
        Money amount, String reason, VatCategory category, VatRate rate) {
      return new AllowanceCharge(true, amount, reason, null, category, rate);
    }

    Money signedAmount() {
      return charge ? amount : amount.negate();
    }

    public VatKey vatKey() {
      return new VatKey(category, rate);
    }
  }

  /**
   * BG-23, one VAT category at one rate.
   *
   * @param base BT-116
   * @param amount BT-117
   * @param exemptionReason BT-120, e.g. "Exonération de TVA, article 262 ter I du CGI"
   * @param exemptionCode BT-121 (VATEX), e.g. {@code VATEX-EU-IC}
   */
  public record VatBreakdown(
      VatCategory category,
      VatRate rate,
      Money base,
      Money amount,
      @Nullable String exemptionReason,
      @Nullable String exemptionCode) {

    public VatBreakdown {
      Objects.requireNonNull(base, "base");
      Objects.requireNonNull(amount, "amount");
      new VatKey(category, rate);
      exemptionReason = blankToNull(exemptionReason);
      exemptionCode = blankToNull(exemptionCode);
      if (category.needsExemptionReason() && exemptionReason == null && exemptionCode == null) {
        throw new InvalidValue(
            "facturx.exemption-reason",
            "category " + category + " needs an exemption reason (BR-E-10, BR-AE-10, BR-IC-10)",
            category.name());
      }
      if (!category.needsExemptionReason() && (exemptionReason != null || exemptionCode != null)) {
        throw new InvalidValue(
            "facturx.exemption-reason",
            "category " + category + " has no exemption reason (BR-S-10, BR-Z-10)",
            category.name());
      }
    }

    /** Standard or reduced rate (S). */
    public static VatBreakdown standard(VatRate rate, Money base, Money amount) {
      return new VatBreakdown(VatCategory.S, rate, base, amount, null, null);
    }

    /** Intra-EU supply of goods, exempt under CGI art. 262 ter I (K, VATEX-EU-IC). */
    public static VatBreakdown intraCommunity(Money base) {
      return new VatBreakdown(
          VatCategory.K,
          VatRate.ZERO,
          base,
          Money.ZERO,
          "Exonération de TVA, article 262 ter I du CGI",
          "VATEX-EU-IC");
    }

    public VatKey vatKey() {
      return new VatKey(category, rate);
    }
  }

  /**
   * BG-22.
   *
   * @param lineTotal BT-106
   * @param allowanceTotal BT-107
   * @param chargeTotal BT-108
   * @param taxBasis BT-109
   * @param vatTotal BT-110
   * @param grandTotal BT-112
   * @param prepaid BT-113: amounts already paid (e.g. a down payment received, when the final
   *     invoice does not deduct it by lines)
   * @param due BT-115
   */
  public record Totals(
      Money lineTotal,
      Money allowanceTotal,
      Money chargeTotal,
      Money taxBasis,
      Money vatTotal,
      Money grandTotal,
      Money prepaid,
      Money due) {

    /**
     * The totals that follow from the lines, allowances, charges and VAT breakdown (a helper for
     * callers; the document still checks them).
     */
    public static Totals of(
        List<Line> lines,
        List<AllowanceCharge> adjustments,
        List<VatBreakdown> vat,
        Money prepaid) {
      Money lineTotal = Money.sum(lines.stream().map(Line::net).toList());
      List<Money> allowances = new ArrayList<>();
      List<Money> charges = new ArrayList<>();
      adjustments.forEach(a -> (a.charge() ? charges : allowances).add(a.amount()));
      Money allowanceTotal = Money.sum(allowances);
      Money chargeTotal = Money.sum(charges);
      Money basis = lineTotal.minus(allowanceTotal).plus(chargeTotal);
      Money vatTotal = Money.sum(vat.stream().map(VatBreakdown::amount).toList());
      Money grand = basis.plus(vatTotal);
      return new Totals(
          lineTotal,
          allowanceTotal,
          chargeTotal,
          basis,
          vatTotal,
          grand,
          prepaid,
          grand.minus(prepaid));
    }
  }

  /**
   * BT-20 payment terms, BT-9 due date, BG-17 credit transfer (BT-84 IBAN, BT-86 BIC, payment means
   * 58 SEPA credit transfer) when an IBAN is given.
   */
  public record Payment(
      String terms, @Nullable LocalDate dueDate, @Nullable Iban iban, @Nullable Bic bic) {

    public Payment {
      Objects.requireNonNull(terms, "terms");
    }
  }

  /**
   * BG-1 notes with the subject codes the French CIUS requires each exactly once (BR-FR-05/06,
   * BR-FR-20/30; the mentions themselves: Code de commerce L441-10 and D441-5, CGI 242 nonies A).
   *
   * @param recoveryIndemnity PMT: the 40 € fixed recovery indemnity (D441-5)
   * @param latePenalties PMD: the late-payment penalty rate (L441-10)
   * @param discount AAB: the early-payment discount or its absence
   * @param bar BAR: the billing case
   * @param others further notes without subject code
   */
  public record Notes(
      String recoveryIndemnity,
      String latePenalties,
      String discount,
      BillingCase bar,
      List<String> others) {

    public Notes {
      for (String note : new String[] {recoveryIndemnity, latePenalties, discount}) {
        if (note == null || note.isBlank()) {
          throw new InvalidValue(
              "facturx.mandatory-note", "the PMT, PMD and AAB notes are mandatory (BR-FR-05)");
        }
      }
      Objects.requireNonNull(bar, "bar");
      others = List.copyOf(others);
    }
  }

  /** BG-3: BT-25 number and BT-26 issue date of a preceding invoice. */
  public record PrecedingInvoice(String number, LocalDate issueDate) {

    public PrecedingInvoice {
      Objects.requireNonNull(number, "number");
      Objects.requireNonNull(issueDate, "issueDate");
      if (!NUMBER.matcher(number).matches()) {
        throw new InvalidValue(
            "facturx.number", "not an invoice number (BR-FR-02): " + number, number);
      }
    }
  }
}
