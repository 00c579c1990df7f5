package org.pepin.customers.file;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.pepin.customers.Contact;
import org.pepin.customers.CustomerDraft;
import org.pepin.customers.CustomerKind;
import org.pepin.customers.DeliveryAddress;
import org.pepin.customers.PartyRole;
import org.pepin.customers.PaymentMethod;
import org.pepin.platform.UserId;
import org.pepin.shared.EmailAddress;
import org.pepin.shared.Money;
import org.pepin.shared.PaymentTerms;
import org.pepin.shared.PostalAddress;
import org.pepin.shared.Siren;
import org.pepin.shared.Siret;
import org.pepin.shared.VatNumber;

/**
 * A copy of a {@link CustomerDraft} with some fields changed, for the operations that change a few
 * fields of a record (head-office move, merge). {@link #build} validates the result like any draft.
 */
public final class DraftCopy {
  private @Nullable String code;
  private CustomerKind kind;
  private Set<PartyRole> roles;
  private @Nullable String name;
  private @Nullable String civility;
  private @Nullable String firstName;
  private @Nullable String lastName;
  private @Nullable String legalForm;
  private @Nullable Siren siren;
  private @Nullable Siret siret;
  private @Nullable VatNumber vatNumber;
  private @Nullable String nafCode;
  private PostalAddress billingAddress;
  private @Nullable EmailAddress email;
  private @Nullable String phone;
  private @Nullable String publicServiceCode;
  private boolean commitmentRequired;
  private @Nullable PaymentTerms paymentTerms;
  private @Nullable PaymentMethod paymentMethod;
  private @Nullable Money creditLimit;
  private @Nullable UserId salesRep;
  private Set<String> categories;
  private Set<String> tags;
  private String language;
  private @Nullable String notes;
  private boolean blocked;
  private @Nullable String blockReason;
  private boolean marketingConsent;
  private List<Contact> contacts;
  private List<DeliveryAddress> deliveryAddresses;

  private DraftCopy(CustomerDraft d) {
    this.code = d.code();
    this.kind = d.kind();
    this.roles = d.roles();
    this.name = d.name();
    this.civility = d.civility();
    this.firstName = d.firstName();
    this.lastName = d.lastName();
    this.legalForm = d.legalForm();
    this.siren = d.siren();
    this.siret = d.siret();
    this.vatNumber = d.vatNumber();
    this.nafCode = d.nafCode();
    this.billingAddress = d.billingAddress();
    this.email = d.email();
    this.phone = d.phone();
    this.publicServiceCode = d.publicServiceCode();
    this.commitmentRequired = d.commitmentRequired();
    this.paymentTerms = d.paymentTerms();
    this.paymentMethod = d.paymentMethod();
    this.creditLimit = d.creditLimit();
    this.salesRep = d.salesRep();
    this.categories = d.categories();
    this.tags = d.tags();
    this.language = d.language();
    this.notes = d.notes();
    this.blocked = d.blocked();
    this.blockReason = d.blockReason();
    this.marketingConsent = d.marketingConsent();
    this.contacts = d.contacts();
    this.deliveryAddresses = d.deliveryAddresses();
  }

  public static DraftCopy of(CustomerDraft draft) {
    return new DraftCopy(draft);
  }

  public DraftCopy code(@Nullable String value) {
    this.code = value;
    return this;
  }

  public DraftCopy roles(Set<PartyRole> value) {
    this.roles = value;
    return this;
  }

  public DraftCopy siren(@Nullable Siren value) {
    this.siren = value;
    return this;
  }

  public DraftCopy siret(@Nullable Siret value) {
    this.siret = value;
    return this;
  }

  public DraftCopy billingAddress(PostalAddress value) {
    this.billingAddress = value;
    return this;
  }

  public DraftCopy categories(Set<String> value) {
    this.categories = value;
    return this;
  }

  public DraftCopy tags(Set<String> value) {
    this.tags = value;
    return this;
  }

  public DraftCopy contacts(List<Contact> value) {
    this.contacts = value;
    return this;
  }

  public DraftCopy deliveryAddresses(List<DeliveryAddress> value) {
    this.deliveryAddresses = value;
    return this;
  }

  public DraftCopy salesRep(@Nullable UserId value) {
    this.salesRep = value;
    return this;
  }

  public CustomerDraft build() {
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
