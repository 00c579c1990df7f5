package org.pepin.customers;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.UserId;
import org.pepin.shared.EmailAddress;
import org.pepin.shared.Money;
import org.pepin.shared.PaymentTerms;
import org.pepin.shared.PostalAddress;
import org.pepin.shared.Siren;
import org.pepin.shared.Siret;
import org.pepin.shared.VatNumber;

/**
 * A third party as the screens, the API and other modules see it. Fields mean what they mean in
 * {@link CustomerDraft}; {@code version} is what an update must give back (optimistic locking).
 *
 * @param codeEditable whether the code may still be changed (once, after its creation)
 * @param mergedInto the record this one was merged into ({@link CustomerStatus#MERGED})
 * @param lastActivityAt the last change or document, for the retention rule of prospects
 */
public record CustomerView(
    CustomerId id,
    int version,
    String code,
    boolean codeEditable,
    CustomerKind kind,
    Set<PartyRole> roles,
    CustomerStatus status,
    String name,
    @Nullable String civility,
    @Nullable String firstName,
    @Nullable String lastName,
    @Nullable String legalForm,
    @Nullable Siren siren,
    @Nullable Siret siret,
    @Nullable VatNumber vatNumber,
    @Nullable String nafCode,
    @Nullable PostalAddress billingAddress,
    @Nullable EmailAddress email,
    @Nullable String phone,
    @Nullable String publicServiceCode,
    boolean commitmentRequired,
    @Nullable PaymentTerms paymentTerms,
    @Nullable PaymentMethod paymentMethod,
    @Nullable Money creditLimit,
    Insolvency insolvency,
    @Nullable UserId salesRep,
    Set<String> categories,
    Set<String> tags,
    String language,
    @Nullable String notes,
    boolean blocked,
    @Nullable String blockReason,
    boolean marketingConsent,
    @Nullable Instant marketingConsentAt,
    List<Contact> contacts,
    List<DeliveryAddress> deliveryAddresses,
    @Nullable CustomerId mergedInto,
    Instant lastActivityAt,
    Instant createdAt) {

  public boolean hasRole(PartyRole role) {
    return roles.contains(role);
  }

  public boolean isActive() {
    return status == CustomerStatus.ACTIVE;
  }

  /** Whether the record can still change (not merged away, not erased). */
  public boolean isEditable() {
    return status == CustomerStatus.ACTIVE || status == CustomerStatus.ARCHIVED;
  }

  /** The draft that reproduces this record, to change some of its fields. */
  public CustomerDraft toDraft() {
    return new CustomerDraft(
        code,
        kind,
        roles,
        name,
        civility,
        firstName,
        lastName,
        legalForm,
        siren,
        siret,
        vatNumber,
        nafCode,
        billingAddress,
        email,
        phone,
        publicServiceCode,
        commitmentRequired,
        paymentTerms,
        paymentMethod,
        creditLimit,
        salesRep,
        categories,
        tags,
        language,
        notes,
        blocked,
        blockReason,
        marketingConsent,
        contacts,
        deliveryAddresses);
  }
}
