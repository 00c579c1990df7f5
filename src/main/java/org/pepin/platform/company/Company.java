package org.pepin.platform.company;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.CompanyId;
import org.pepin.platform.CompanyIdentity;
import org.pepin.platform.VatRegime;
import org.pepin.shared.Bic;
import org.pepin.shared.EmailAddress;
import org.pepin.shared.Iban;
import org.pepin.shared.Money;
import org.pepin.shared.PostalAddress;
import org.pepin.shared.Siren;
import org.pepin.shared.Siret;
import org.pepin.shared.VatNumber;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A company (tenant): its legal identity, its clock offset and whether it is a demo company. The
 * identity is stored flat and handed out as a validated {@link CompanyIdentity}; it changes only
 * through {@link #withIdentity}, guarded by the version (optimistic locking).
 */
@Table("company")
record Company(
    @Id CompanyId id,
    @Version @Nullable Integer version,
    String name,
    @Nullable String legalForm,
    @Nullable BigDecimal shareCapital,
    @Nullable String addressLine1,
    @Nullable String addressLine2,
    @Nullable String postalCode,
    @Nullable String city,
    String countryCode,
    @Nullable String siren,
    @Nullable String siret,
    @Nullable String rcsCity,
    @Nullable String vatNumber,
    VatRegime vatRegime,
    @Nullable String nafCode,
    @Nullable String iban,
    @Nullable String bic,
    @Nullable String email,
    @Nullable String phone,
    @Nullable String plantHealthNumber,
    long clockOffsetSeconds,
    boolean demo,
    Instant createdAt) {

  static Company create(CompanyIdentity identity, boolean demo, Instant now) {
    var blank =
        new Company(
            CompanyId.random(),
            null,
            identity.name(),
            null,
            null,
            null,
            null,
            null,
            null,
            "FR",
            null,
            null,
            null,
            null,
            identity.vatRegime(),
            null,
            null,
            null,
            null,
            null,
            null,
            0,
            demo,
            now);
    return blank.withIdentity(identity, null);
  }

  /** The same company with a new identity, as of the version the user edited. */
  Company withIdentity(CompanyIdentity identity, @Nullable Integer editedVersion) {
    PostalAddress address = identity.address();
    return new Company(
        id,
        editedVersion == null ? version : editedVersion,
        identity.name(),
        identity.legalForm(),
        identity.shareCapital() == null ? null : identity.shareCapital().amount(),
        address == null ? null : address.line1(),
        address == null ? null : address.line2(),
        address == null ? null : address.postalCode(),
        address == null ? null : address.city(),
        address == null ? "FR" : address.countryCode(),
        identity.siren() == null ? null : identity.siren().value(),
        identity.siret() == null ? null : identity.siret().value(),
        identity.rcsCity(),
        identity.vatNumber() == null ? null : identity.vatNumber().value(),
        identity.vatRegime(),
        identity.nafCode(),
        identity.iban() == null ? null : identity.iban().value(),
        identity.bic() == null ? null : identity.bic().value(),
        identity.email() == null ? null : identity.email().value(),
        identity.phone(),
        identity.plantHealthNumber(),
        clockOffsetSeconds,
        demo,
        createdAt);
  }

  CompanyIdentity identity() {
    return new CompanyIdentity(
        name,
        legalForm,
        shareCapital == null ? null : Money.of(shareCapital),
        addressLine1 == null || postalCode == null || city == null
            ? null
            : new PostalAddress(addressLine1, addressLine2, postalCode, city, countryCode),
        siren == null ? null : new Siren(siren),
        siret == null ? null : new Siret(siret),
        rcsCity,
        vatNumber == null ? null : new VatNumber(vatNumber),
        vatRegime,
        nafCode,
        iban == null ? null : new Iban(iban),
        bic == null ? null : new Bic(bic),
        email == null ? null : new EmailAddress(email),
        phone,
        plantHealthNumber);
  }
}
