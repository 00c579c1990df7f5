package org.pepin.platform.pdf;

import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.CompanyIdentity;
import org.pepin.platform.company.CompanyManagement.Logo;

/**
 * The seller as its documents print it ({@code ${company}} in PDF templates): the letterhead (logo,
 * name, address, contact) and the legal mentions of the footer, already formatted for the
 * document's language.
 *
 * <p>Legal mentions on every business document and letter (C. com. R123-237 1° to 3°: the SIREN,
 * "RCS" followed by the city of the registry, the head office; R123-238: the legal form and the
 * share capital next to the name), the intra-EU VAT number (CGI 242 nonies A 2°, for invoices), and
 * the bank details for payments by transfer.
 *
 * @param logo a {@code data:} URI of the logo image, or {@code null}
 * @param address the head office, one entry per line
 * @param capital the share capital formatted, e.g. "120 000,00 €", or {@code null}
 */
public record Letterhead(
    String name,
    @Nullable String legalForm,
    @Nullable String capital,
    List<String> address,
    @Nullable String addressOneLine,
    @Nullable String siren,
    @Nullable String rcsCity,
    @Nullable String vatNumber,
    @Nullable String iban,
    @Nullable String bic,
    @Nullable String email,
    @Nullable String phone,
    @Nullable String logo) {

  static Letterhead of(CompanyIdentity identity, @Nullable Logo logo, Locale locale) {
    var address = identity.address();
    List<String> lines = address == null ? List.of() : address.lines();
    String oneLine =
        address == null
            ? null
            : address.line1()
                + (address.line2() == null ? "" : ", " + address.line2())
                + ", "
                + address.postalCode()
                + " "
                + address.city();
    return new Letterhead(
        identity.name(),
        identity.legalForm(),
        identity.shareCapital() == null ? null : identity.shareCapital().format(locale),
        lines,
        oneLine,
        identity.siren() == null ? null : identity.siren().format(),
        identity.rcsCity(),
        identity.vatNumber() == null ? null : identity.vatNumber().value(),
        identity.iban() == null ? null : identity.iban().format(),
        identity.bic() == null ? null : identity.bic().value(),
        identity.email() == null ? null : identity.email().value(),
        identity.phone(),
        logo == null
            ? null
            : "data:"
                + logo.contentType()
                + ";base64,"
                + Base64.getEncoder().encodeToString(logo.data()));
  }
}
