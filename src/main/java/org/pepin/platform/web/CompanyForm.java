package org.pepin.platform.web;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.CompanyIdentity;
import org.pepin.platform.Inputs;
import org.pepin.platform.VatRegime;
import org.pepin.shared.Bic;
import org.pepin.shared.EmailAddress;
import org.pepin.shared.Iban;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.Money;
import org.pepin.shared.PostalAddress;
import org.pepin.shared.Siren;
import org.pepin.shared.Siret;
import org.pepin.shared.VatNumber;
import org.springframework.validation.Errors;

/**
 * The company identity as typed in the settings form or sent to the API: text fields, turned into a
 * validated {@link CompanyIdentity} field by field.
 */
record CompanyForm(
    @Nullable Integer version,
    @Nullable String name,
    @Nullable String legalForm,
    @Nullable String shareCapital,
    @Nullable String addressLine1,
    @Nullable String addressLine2,
    @Nullable String postalCode,
    @Nullable String city,
    @Nullable String countryCode,
    @Nullable String siren,
    @Nullable String siret,
    @Nullable String rcsCity,
    @Nullable String vatNumber,
    @Nullable VatRegime vatRegime,
    @Nullable String nafCode,
    @Nullable String iban,
    @Nullable String bic,
    @Nullable String email,
    @Nullable String phone,
    @Nullable String plantHealthNumber) {

  static CompanyForm of(int version, CompanyIdentity identity) {
    var address = identity.address();
    return new CompanyForm(
        version,
        identity.name(),
        identity.legalForm(),
        identity.shareCapital() == null
            ? null
            : identity.shareCapital().amount().toPlainString().replace('.', ','),
        address == null ? null : address.line1(),
        address == null ? null : address.line2(),
        address == null ? null : address.postalCode(),
        address == null ? null : address.city(),
        address == null ? "FR" : address.countryCode(),
        identity.siren() == null ? null : identity.siren().format(),
        identity.siret() == null ? null : identity.siret().format(),
        identity.rcsCity(),
        identity.vatNumber() == null ? null : identity.vatNumber().value(),
        identity.vatRegime(),
        identity.nafCode(),
        identity.iban() == null ? null : identity.iban().format(),
        identity.bic() == null ? null : identity.bic().value(),
        identity.email() == null ? null : identity.email().value(),
        identity.phone(),
        identity.plantHealthNumber());
  }

  /** The identity, or {@code null} with the errors recorded field by field. */
  @Nullable CompanyIdentity toIdentity(Errors errors) {
    String name = Inputs.required(errors, "name", this.name, s -> s);
    Money capital =
        Inputs.optional(
            errors, "shareCapital", shareCapital, s -> Money.of(new BigDecimal(frenchDecimal(s))));
    PostalAddress address = address(errors);
    Siren siren = Inputs.optional(errors, "siren", this.siren, Siren::parse);
    Siret siret = Inputs.optional(errors, "siret", this.siret, Siret::parse);
    VatNumber vat = Inputs.optional(errors, "vatNumber", vatNumber, VatNumber::new);
    Iban iban = Inputs.optional(errors, "iban", this.iban, Iban::new);
    Bic bic = Inputs.optional(errors, "bic", this.bic, Bic::new);
    EmailAddress email = Inputs.optional(errors, "email", this.email, EmailAddress::new);
    if (vatRegime == null) {
      errors.rejectValue("vatRegime", "error.required");
    }
    if (errors.hasErrors() || name == null || vatRegime == null) {
      return null;
    }
    try {
      return new CompanyIdentity(
          name,
          blankToNull(legalForm),
          capital,
          address,
          siren,
          siret,
          blankToNull(rcsCity),
          vat,
          vatRegime,
          blankToNull(nafCode) == null ? null : nafCode.strip().toUpperCase(),
          iban,
          bic,
          email,
          blankToNull(phone),
          blankToNull(plantHealthNumber));
    } catch (InvalidValue e) {
      Inputs.reject(errors, fieldOf(e.code()), e);
      return null;
    }
  }

  private @Nullable PostalAddress address(Errors errors) {
    boolean any =
        blankToNull(addressLine1) != null
            || blankToNull(postalCode) != null
            || blankToNull(city) != null;
    if (!any) {
      return null;
    }
    try {
      return new PostalAddress(
          addressLine1 == null ? "" : addressLine1,
          blankToNull(addressLine2),
          postalCode == null ? "" : postalCode,
          city == null ? "" : city,
          blankToNull(countryCode) == null ? "FR" : countryCode.strip().toUpperCase());
    } catch (InvalidValue e) {
      Inputs.reject(errors, e.code().endsWith("postal-code") ? "postalCode" : "addressLine1", e);
      return null;
    }
  }

  /** The form field a cross-field rule of {@link CompanyIdentity} is about. */
  private static @Nullable String fieldOf(String code) {
    return switch (code) {
      case "company.name" -> "name";
      case "company.naf" -> "nafCode";
      case "company.siret-siren" -> "siret";
      case "company.vat-siren" -> "vatNumber";
      case "company.capital" -> "shareCapital";
      default -> null;
    };
  }

  /** "120 000,50" → "120000.50". */
  static String frenchDecimal(String text) {
    String compact = text.replaceAll("[\\s\\u00A0\\u202F€]", "").replace(',', '.');
    if (!compact.matches("-?\\d+(\\.\\d+)?")) {
      throw new InvalidValue("number.format", "not a number: " + text, text);
    }
    return compact;
  }

  private static @Nullable String blankToNull(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
