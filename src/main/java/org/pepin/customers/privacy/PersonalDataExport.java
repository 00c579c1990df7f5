package org.pepin.customers.privacy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.pepin.customers.Contact;
import org.pepin.customers.CustomerId;
import org.pepin.customers.CustomerView;
import org.pepin.customers.DeliveryAddress;
import org.pepin.customers.file.CustomerManagement;
import org.pepin.customers.merge.CustomerMerge;
import org.pepin.platform.AuditLog;
import org.pepin.platform.ChangeHistory;
import org.pepin.platform.Companies;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.CompanyId;
import org.pepin.platform.Documents;
import org.pepin.platform.FieldChange;
import org.pepin.platform.Members;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The access export of a third party (GDPR art. 15, right of access; art. 20, portability;
 * france-compliance §9.1 and R-GDPR-02): everything the application holds about it — the record,
 * contacts, delivery addresses, marketing consent, records merged into it, the records of other
 * modules ({@link org.pepin.customers.spi.CustomerLinks}: quotes, invoices, payments…) and the
 * whole change history — as JSON (machine-readable) and as a readable PDF/A through the platform's
 * {@link Documents}. Each export is recorded in the audit log.
 */
@Service
@Transactional(readOnly = true)
public class PersonalDataExport {

  /** Audit action of an access export. */
  public static final String AUDIT_ACTION = "customer.personal-data-exported";

  /** The PDF template, under {@code templates/pdf/}. */
  static final String TEMPLATE = "customers/privacy-export";

  /** History entries exported at most (the platform reads 500 at a time). */
  static final int HISTORY_LIMIT = 500;

  private final CustomerManagement customers;
  private final CustomerMerge merge;
  private final Companies companies;
  private final Members members;
  private final CompanyClock clock;
  private final Documents documents;
  private final MessageSource messages;
  private final AuditLog audit;
  private final JsonMapper json =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  PersonalDataExport(
      CustomerManagement customers,
      CustomerMerge merge,
      Companies companies,
      Members members,
      CompanyClock clock,
      Documents documents,
      MessageSource messages,
      AuditLog audit) {
    this.customers = customers;
    this.merge = merge;
    this.companies = companies;
    this.members = members;
    this.clock = clock;
    this.documents = documents;
    this.messages = messages;
    this.audit = audit;
  }

  /**
   * Everything held about the third party, labels in {@code locale}.
   *
   * @throws org.pepin.platform.ResourceNotFound unless it belongs to the company
   */
  public PersonalData collect(CompanyId company, CustomerId id, Locale locale) {
    CustomerView c = customers.get(company, id);
    var merged = merge.mergedRecords(company, id);
    var timeline = merge.timeline(company, id, HISTORY_LIMIT);
    String mergedInto =
        c.mergedInto() == null
            ? null
            : customers.find(company, c.mergedInto()).map(k -> k.code()).orElse(null);
    String salesRep =
        c.salesRep() == null
            ? null
            : members.find(company, c.salesRep()).map(m -> m.displayName()).orElse(null);
    var identity =
        new PersonalData.Identity(
            c.id().toString(),
            c.code(),
            message("customerKind." + c.kind(), locale),
            message("customerStatus." + c.status(), locale),
            c.roles().stream().map(r -> message("partyRole." + r, locale)).toList(),
            c.name(),
            c.civility(),
            c.firstName(),
            c.lastName(),
            c.legalForm(),
            c.siren() == null ? null : c.siren().format(),
            c.siret() == null ? null : c.siret().format(),
            c.vatNumber() == null ? null : c.vatNumber().value(),
            c.billingAddress() == null ? List.of() : c.billingAddress().lines(),
            c.email() == null ? null : c.email().value(),
            c.phone(),
            c.paymentTerms() == null ? null : c.paymentTerms().label(locale),
            c.paymentMethod() == null
                ? null
                : message("paymentMethod." + c.paymentMethod(), locale),
            c.creditLimit() == null ? null : c.creditLimit().amount().toPlainString(),
            salesRep,
            List.copyOf(c.categories()),
            List.copyOf(c.tags()),
            c.language(),
            c.notes(),
            c.blocked(),
            c.blockReason(),
            mergedInto,
            c.createdAt(),
            c.lastActivityAt());
    return new PersonalData(
        message("privacy.export.legal-basis", locale),
        clock.now(company),
        companies.identity(company).name(),
        identity,
        c.contacts().stream().map(k -> contact(k, locale)).toList(),
        c.deliveryAddresses().stream().map(PersonalDataExport::site).toList(),
        new PersonalData.Consent(c.marketingConsent(), c.marketingConsentAt()),
        merged.stream()
            .map(m -> new PersonalData.MergedRecord(m.id().toString(), m.code(), m.name()))
            .toList(),
        customers.linkedRecords(company, id).stream()
            .map(
                l ->
                    new PersonalData.LinkedData(
                        message(l.type(), locale) + " " + l.reference(),
                        l.reference(),
                        l.legallyRetained()))
            .toList(),
        timeline.entries().stream().map(e -> history(e, locale)).toList());
  }

  /** The export as an indented JSON file (UTF-8); recorded in the audit log. */
  @Transactional
  public byte[] json(CompanyId company, CustomerId id, Locale locale) {
    PersonalData data = collect(company, id, locale);
    audited(company, data, "json");
    return json.writeValueAsString(data).getBytes(StandardCharsets.UTF_8);
  }

  /** The export as a readable PDF/A-3b on the company's letterhead; recorded in the audit log. */
  @Transactional
  public byte[] pdf(CompanyId company, CustomerId id, Locale locale) {
    PersonalData data = collect(company, id, locale);
    audited(company, data, "pdf");
    return documents.render(
        company, TEMPLATE, Map.of("data", data, "dates", new Dates(CompanyClock.ZONE)), locale);
  }

  /** The download name of an export: {@code donnees-personnelles-C0004.json}. */
  public static String fileName(String code, String extension) {
    return "donnees-personnelles-" + code.replaceAll("[^A-Za-z0-9_-]", "_") + "." + extension;
  }

  /** Date and time of an instant as the PDF shows it: {@code 29/11/2026 14:05}. */
  public record Dates(java.time.ZoneId zone) {

    public String of(java.time.@Nullable Instant instant) {
      return instant == null
          ? ""
          : java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
              .withZone(zone)
              .format(instant);
    }
  }

  private void audited(CompanyId company, PersonalData data, String format) {
    audit.record(
        company,
        AUDIT_ACTION,
        CustomerManagement.ENTITY,
        data.customer().id(),
        data.customer().code() + " " + data.customer().name(),
        "format: " + format);
  }

  private PersonalData.ContactData contact(Contact k, Locale locale) {
    return new PersonalData.ContactData(
        k.civility(),
        k.firstName(),
        k.lastName(),
        k.jobTitle(),
        k.email() == null ? null : k.email().value(),
        k.phone(),
        k.mobile(),
        message("contactChannel." + k.preferredChannel(), locale),
        k.receivesInvoices(),
        k.receivesReminders());
  }

  private static PersonalData.SiteData site(DeliveryAddress a) {
    return new PersonalData.SiteData(
        a.label(),
        a.address().lines(),
        a.siret() == null ? null : a.siret().format(),
        a.accessNotes());
  }

  private PersonalData.HistoryData history(ChangeHistory.Entry e, Locale locale) {
    return new PersonalData.HistoryData(
        e.occurredAt(),
        e.entityId(),
        message("history.action." + e.action(), locale),
        e.displayName(),
        e.changes().stream()
            .map(
                f ->
                    new PersonalData.FieldData(
                        f.field(),
                        message(CustomerManagement.ENTITY + "." + f.field(), locale),
                        value(f.oldValue(), f, locale),
                        value(f.newValue(), f, locale)))
            .toList());
  }

  private @Nullable String value(@Nullable String value, FieldChange change, Locale locale) {
    if (value == null || change.valueKeys() == null) {
      return value;
    }
    return Arrays.stream(value.split(","))
        .map(v -> message(change.valueKeys() + v, locale, v))
        .collect(Collectors.joining(", "));
  }

  private String message(String key, Locale locale) {
    return message(key, locale, key);
  }

  private String message(String key, Locale locale, String fallback) {
    String text = messages.getMessage(key, null, null, locale);
    return text == null ? fallback : text;
  }
}
