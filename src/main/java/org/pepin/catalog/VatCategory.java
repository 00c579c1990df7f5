package org.pepin.catalog;

import org.jspecify.annotations.Nullable;
import org.pepin.platform.LegalRates.VatKind;

/**
 * A VAT category of the company's products (live plants, supplies, services, intra-EU supply,
 * export…). It holds no rate: it points to one of the four French rates of the dated legal tables
 * ({@link VatKind}, CGI 278 ff.), so that a rate change is a new dated row and not a product
 * change, or it is exempt with the legal mention that documents must print (CGI 242 nonies A 9°: an
 * invoice without VAT cites the exemption provision, e.g. "Exonération de TVA, art. 262 ter I du
 * CGI").
 *
 * @param code short code, unique in the company, e.g. {@code PLANTES}
 * @param name label shown in forms and lists
 * @param vatKind the rate the category takes; {@code null} exactly when exempt
 * @param exemptionCode for an exempt category, the EN 16931 exemption reason code (BT-121, CEF
 *     VATEX list), e.g. {@code VATEX-EU-IC}
 * @param exemptionReason for an exempt category, the mention printed on documents (BT-120)
 */
public record VatCategory(
    VatCategoryId id,
    int version,
    String code,
    String name,
    @Nullable VatKind vatKind,
    @Nullable String exemptionCode,
    @Nullable String exemptionReason,
    boolean archived) {

  /** Intra-EU supply of goods to a VAT-registered business (CGI 262 ter I). */
  public static final String VATEX_INTRA_EU = "VATEX-EU-IC";

  /** Export outside the EU (CGI 262 I). */
  public static final String VATEX_EXPORT = "VATEX-EU-G";

  /** VAT franchise of small businesses (CGI 293 B). */
  public static final String VATEX_FRANCHISE = "VATEX-FR-FRANCHISE";

  public boolean exempt() {
    return vatKind == null;
  }

  /**
   * The EN 16931 VAT category code (BT-118, UNTDID 5305): S standard-rated, K intra-EU supply, G
   * export, E other exemptions.
   */
  public String en16931Code() {
    if (vatKind != null) {
      return "S";
    }
    if (VATEX_INTRA_EU.equals(exemptionCode)) {
      return "K";
    }
    if (VATEX_EXPORT.equals(exemptionCode)) {
      return "G";
    }
    return "E";
  }
}
