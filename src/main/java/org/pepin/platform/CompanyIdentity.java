package org.pepin.platform;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.pepin.shared.Bic;
import org.pepin.shared.EmailAddress;
import org.pepin.shared.Iban;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.Money;
import org.pepin.shared.PostalAddress;
import org.pepin.shared.Siren;
import org.pepin.shared.Siret;
import org.pepin.shared.VatNumber;

/**
 * The legal identity of a company, as printed on its documents (C. com. R123-237 for the
 * registration mentions; CGI 242 nonies A for invoices): name, legal form and share capital, head
 * office, SIREN/SIRET, RCS city, VAT number and regime, NAF code, bank details, contact, and the
 * plant-health registration number of a registered operator (Reg. (EU) 2016/2031 art. 65).
 *
 * <p>Cross-field rules: the SIRET starts with the SIREN and a French VAT number holds the same
 * SIREN (france-compliance R-ID-01).
 */
public record CompanyIdentity(
    String name,
    @Nullable String legalForm,
    @Nullable Money shareCapital,
    @Nullable PostalAddress address,
    @Nullable Siren siren,
    @Nullable Siret siret,
    @Nullable String rcsCity,
    @Nullable VatNumber vatNumber,
    VatRegime vatRegime,
    @Nullable String nafCode,
    @Nullable Iban iban,
    @Nullable Bic bic,
    @Nullable EmailAddress email,
    @Nullable String phone,
    @Nullable String plantHealthNumber) {

  /** NAF rév. 2 code, e.g. 01.30Z (INSEE). */
  private static final Pattern NAF = Pattern.compile("\\d{2}\\.\\d{2}[A-Z]");

  public CompanyIdentity {
    name = name.strip();
    if (name.isEmpty() || name.length() > 200) {
      throw new InvalidValue("company.name", "company name is required");
    }
    if (nafCode != null && !NAF.matcher(nafCode).matches()) {
      throw new InvalidValue("company.naf", "NAF code " + nafCode, nafCode);
    }
    if (siren != null && siret != null && !siret.siren().equals(siren)) {
      throw new InvalidValue("company.siret-siren", "SIRET does not start with the SIREN");
    }
    if (siren != null
        && vatNumber != null
        && vatNumber.isFrench()
        && !vatNumber.equals(VatNumber.forSiren(siren))) {
      throw new InvalidValue("company.vat-siren", "French VAT number does not match the SIREN");
    }
    if (shareCapital != null && shareCapital.isNegative()) {
      throw new InvalidValue("company.capital", "negative share capital");
    }
  }

  /** A company known only by its name, with the default VAT regime. */
  public static CompanyIdentity named(String name) {
    return new CompanyIdentity(
        name,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        VatRegime.RECEIPTS,
        null,
        null,
        null,
        null,
        null,
        null);
  }
}
