package org.pepin.customers.file;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pepin.customers.CustomerId;
import org.pepin.platform.CompanyId;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The stored form of a third party: flat columns, sets as comma-separated codes, with its contacts
 * and delivery addresses as ordered child rows. Only {@link CustomerManagement} builds one, from a
 * validated draft; {@link CustomerMapping} turns it back into a {@code CustomerView}.
 */
@Table("customer")
record CustomerRecord(
    @Id CustomerId id,
    CompanyId companyId,
    @Version @Nullable Integer version,
    String code,
    int codeChanges,
    String kind,
    String roles,
    String status,
    String name,
    @Nullable String civility,
    @Nullable String firstName,
    @Nullable String lastName,
    @Nullable String legalForm,
    @Nullable String siren,
    @Nullable String siret,
    @Nullable String vatNumber,
    @Nullable String nafCode,
    @Nullable String addressLine1,
    @Nullable String addressLine2,
    @Nullable String postalCode,
    @Nullable String city,
    String countryCode,
    @Nullable String email,
    @Nullable String phone,
    @Nullable String publicServiceCode,
    boolean commitmentRequired,
    @Nullable String paymentTerms,
    @Nullable String paymentMethod,
    @Nullable BigDecimal creditLimit,
    String insolvencyStatus,
    @Nullable LocalDate insolvencyJudgmentDate,
    @Nullable LocalDate insolvencyPublicationDate,
    @Nullable UUID salesRepId,
    @Nullable String categories,
    @Nullable String tags,
    String language,
    @Nullable String notes,
    boolean blocked,
    @Nullable String blockReason,
    boolean marketingConsent,
    @Nullable Instant marketingConsentAt,
    @Nullable CustomerId mergedIntoId,
    @Nullable Instant erasedAt,
    Instant lastActivityAt,
    Instant createdAt,
    String searchText,
    @MappedCollection(idColumn = "customer_id", keyColumn = "position") List<ContactRow> contacts,
    @MappedCollection(idColumn = "customer_id", keyColumn = "position")
        List<AddressRow> deliveryAddresses) {

  /** A contact, stored in {@code customer_contact}. */
  @Table("customer_contact")
  record ContactRow(
      CompanyId companyId,
      @Nullable String civility,
      @Nullable String firstName,
      String lastName,
      @Nullable String jobTitle,
      @Nullable String email,
      @Nullable String phone,
      @Nullable String mobile,
      String preferredChannel,
      boolean receivesInvoices,
      boolean receivesReminders) {}

  /** A delivery address, stored in {@code customer_delivery_address}. */
  @Table("customer_delivery_address")
  record AddressRow(
      CompanyId companyId,
      String label,
      String addressLine1,
      @Nullable String addressLine2,
      String postalCode,
      String city,
      String countryCode,
      @Nullable String siret,
      @Nullable String accessNotes) {}
}
