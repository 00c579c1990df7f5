package org.pepin.customers.privacy;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything the customer file holds about a third party, as handed to the person on an access
 * request (GDPR art. 15) in a structured, machine-readable form (GDPR art. 20; france-compliance
 * R-GDPR-02): the record, its contacts and delivery addresses, the marketing consent, the records
 * of other modules about it ({@code CustomerLinks}), the records merged into it and the history of
 * changes. Values are plain text as shown on screen, so that the file reads without the
 * application.
 *
 * @param legalBasis the articles the export answers
 * @param exportedAt when it was produced
 * @param company the name of the company holding the data (the controller)
 * @param customer the record's fields
 * @param records documents and other records of downstream modules; {@code legallyRetained} ones
 *     are kept by an erasure (C. com. L123-22)
 * @param history the changes of the record and of the records merged into it, newest first
 */
public record PersonalData(
    String legalBasis,
    Instant exportedAt,
    String company,
    Identity customer,
    List<ContactData> contacts,
    List<SiteData> deliveryAddresses,
    Consent marketingConsent,
    List<MergedRecord> mergedRecords,
    List<LinkedData> records,
    List<HistoryData> history) {

  /** The record's own fields. */
  public record Identity(
      String id,
      String code,
      String kind,
      String status,
      List<String> roles,
      String name,
      @Nullable String civility,
      @Nullable String firstName,
      @Nullable String lastName,
      @Nullable String legalForm,
      @Nullable String siren,
      @Nullable String siret,
      @Nullable String vatNumber,
      List<String> billingAddress,
      @Nullable String email,
      @Nullable String phone,
      @Nullable String paymentTerms,
      @Nullable String paymentMethod,
      @Nullable String creditLimit,
      @Nullable String salesRep,
      List<String> categories,
      List<String> tags,
      String language,
      @Nullable String notes,
      boolean blocked,
      @Nullable String blockReason,
      @Nullable String mergedInto,
      Instant createdAt,
      Instant lastActivityAt) {}

  /** A person at the third party. */
  public record ContactData(
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

  /** A delivery address. */
  public record SiteData(
      String label, List<String> address, @Nullable String siret, @Nullable String accessNotes) {}

  /** The consent to marketing e-mails (R-GDPR-04). */
  public record Consent(boolean given, @Nullable Instant givenAt) {}

  /** A record merged into this one. */
  public record MergedRecord(String id, String code, String name) {}

  /** A record of another module about the third party. */
  public record LinkedData(String type, String reference, boolean legallyRetained) {}

  /** One change of the history. */
  public record HistoryData(
      Instant occurredAt,
      String recordId,
      String action,
      @Nullable String by,
      List<FieldData> changes) {}

  /** One field of a change: label, old → new. */
  public record FieldData(
      String field, String label, @Nullable String oldValue, @Nullable String newValue) {}
}
