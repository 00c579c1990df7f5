package org.pepin.customers.file;

import java.text.Normalizer;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.pepin.customers.Contact;
import org.pepin.customers.ContactChannel;
import org.pepin.customers.CustomerDraft;
import org.pepin.customers.CustomerId;
import org.pepin.customers.CustomerKind;
import org.pepin.customers.CustomerStatus;
import org.pepin.customers.CustomerView;
import org.pepin.customers.DeliveryAddress;
import org.pepin.customers.Insolvency;
import org.pepin.customers.InsolvencyStatus;
import org.pepin.customers.PartyRole;
import org.pepin.customers.PaymentMethod;
import org.pepin.platform.CompanyId;
import org.pepin.platform.UserId;
import org.pepin.shared.EmailAddress;
import org.pepin.shared.Money;
import org.pepin.shared.PaymentTerms;
import org.pepin.shared.PostalAddress;
import org.pepin.shared.Siren;
import org.pepin.shared.Siret;
import org.pepin.shared.VatNumber;

/**
 * Between the stored {@link CustomerRecord} and the {@link CustomerView} the module hands out. The
 * search text and set encodings are public for the benchmark's bulk generator, which writes the
 * same columns.
 */
public final class CustomerMapping {

  private CustomerMapping() {}

  /**
   * The record of a draft; state fields (status, insolvency, merge, dates) come from {@code base}.
   */
  static CustomerRecord record(
      CompanyId company,
      CustomerId id,
      @Nullable Integer version,
      String code,
      int codeChanges,
      CustomerDraft d,
      State state) {
    PostalAddress a = d.billingAddress();
    return new CustomerRecord(
        id,
        company,
        version,
        code,
        codeChanges,
        d.kind().name(),
        codes(d.roles()),
        state.status().name(),
        d.name(),
        d.civility(),
        d.firstName(),
        d.lastName(),
        d.legalForm(),
        d.siren() == null ? null : d.siren().value(),
        d.siret() == null ? null : d.siret().value(),
        d.vatNumber() == null ? null : d.vatNumber().value(),
        d.nafCode(),
        a.line1(),
        a.line2(),
        a.postalCode(),
        a.city(),
        a.countryCode(),
        d.email() == null ? null : d.email().value(),
        d.phone(),
        d.publicServiceCode(),
        d.commitmentRequired(),
        d.paymentTerms() == null ? null : d.paymentTerms().code(),
        d.paymentMethod() == null ? null : d.paymentMethod().name(),
        d.creditLimit() == null ? null : d.creditLimit().amount(),
        state.insolvency().status().name(),
        state.insolvency().judgmentDate(),
        state.insolvency().publicationDate(),
        d.salesRep() == null ? null : d.salesRep().value(),
        joined(d.categories()),
        joined(d.tags()),
        d.language(),
        d.notes(),
        d.blocked(),
        d.blockReason(),
        d.marketingConsent(),
        d.marketingConsent()
            ? (state.marketingConsentAt() == null ? state.now() : state.marketingConsentAt())
            : null,
        state.mergedInto(),
        state.erasedAt(),
        state.lastActivityAt() == null ? state.now() : state.lastActivityAt(),
        state.createdAt() == null ? state.now() : state.createdAt(),
        searchText(code, d),
        d.contacts().stream().map(c -> contactRow(company, c)).toList(),
        d.deliveryAddresses().stream().map(x -> addressRow(company, x)).toList());
  }

  /** The fields of a record that no form sets: they survive every update. */
  record State(
      CustomerStatus status,
      Insolvency insolvency,
      @Nullable CustomerId mergedInto,
      @Nullable Instant erasedAt,
      @Nullable Instant marketingConsentAt,
      @Nullable Instant lastActivityAt,
      @Nullable Instant createdAt,
      Instant now) {

    static State created(Instant now) {
      return new State(CustomerStatus.ACTIVE, Insolvency.NONE, null, null, null, now, now, now);
    }

    static State of(CustomerRecord r, Instant now) {
      return new State(
          CustomerStatus.valueOf(r.status()),
          CustomerMapping.insolvency(r),
          r.mergedIntoId(),
          r.erasedAt(),
          r.marketingConsentAt(),
          now,
          r.createdAt(),
          now);
    }

    State with(CustomerStatus newStatus) {
      return new State(
          newStatus,
          insolvency,
          mergedInto,
          erasedAt,
          marketingConsentAt,
          lastActivityAt,
          createdAt,
          now);
    }

    State with(Insolvency newInsolvency) {
      return new State(
          status,
          newInsolvency,
          mergedInto,
          erasedAt,
          marketingConsentAt,
          lastActivityAt,
          createdAt,
          now);
    }
  }

  static CustomerView view(CustomerRecord r) {
    return new CustomerView(
        r.id(),
        r.version() == null ? 0 : r.version(),
        r.code(),
        r.codeChanges() == 0 && CustomerStatus.valueOf(r.status()) == CustomerStatus.ACTIVE,
        CustomerKind.valueOf(r.kind()),
        enums(PartyRole.class, r.roles()),
        CustomerStatus.valueOf(r.status()),
        r.name(),
        r.civility(),
        r.firstName(),
        r.lastName(),
        r.legalForm(),
        r.siren() == null ? null : new Siren(r.siren()),
        r.siret() == null ? null : new Siret(r.siret()),
        r.vatNumber() == null ? null : new VatNumber(r.vatNumber()),
        r.nafCode(),
        r.addressLine1() == null || r.postalCode() == null || r.city() == null
            ? null
            : new PostalAddress(
                r.addressLine1(), r.addressLine2(), r.postalCode(), r.city(), r.countryCode()),
        r.email() == null ? null : new EmailAddress(r.email()),
        r.phone(),
        r.publicServiceCode(),
        r.commitmentRequired(),
        r.paymentTerms() == null ? null : PaymentTerms.parse(r.paymentTerms()),
        r.paymentMethod() == null ? null : PaymentMethod.valueOf(r.paymentMethod()),
        r.creditLimit() == null ? null : Money.of(r.creditLimit()),
        insolvency(r),
        r.salesRepId() == null ? null : new UserId(r.salesRepId()),
        labels(r.categories()),
        labels(r.tags()),
        r.language(),
        r.notes(),
        r.blocked(),
        r.blockReason(),
        r.marketingConsent(),
        r.marketingConsentAt(),
        r.contacts().stream().map(CustomerMapping::contact).toList(),
        r.deliveryAddresses().stream().map(CustomerMapping::address).toList(),
        r.mergedIntoId(),
        r.lastActivityAt(),
        r.createdAt());
  }

  private static Insolvency insolvency(CustomerRecord r) {
    return new Insolvency(
        InsolvencyStatus.valueOf(r.insolvencyStatus()),
        r.insolvencyJudgmentDate(),
        r.insolvencyPublicationDate());
  }

  private static Contact contact(CustomerRecord.ContactRow c) {
    return new Contact(
        c.civility(),
        c.firstName(),
        c.lastName(),
        c.jobTitle(),
        c.email() == null ? null : new EmailAddress(c.email()),
        c.phone(),
        c.mobile(),
        ContactChannel.valueOf(c.preferredChannel()),
        c.receivesInvoices(),
        c.receivesReminders());
  }

  private static DeliveryAddress address(CustomerRecord.AddressRow a) {
    return new DeliveryAddress(
        a.label(),
        new PostalAddress(
            a.addressLine1(), a.addressLine2(), a.postalCode(), a.city(), a.countryCode()),
        a.siret() == null ? null : new Siret(a.siret()),
        a.accessNotes());
  }

  private static CustomerRecord.ContactRow contactRow(CompanyId company, Contact c) {
    return new CustomerRecord.ContactRow(
        company,
        c.civility(),
        c.firstName(),
        c.lastName(),
        c.jobTitle(),
        c.email() == null ? null : c.email().value(),
        c.phone(),
        c.mobile(),
        c.preferredChannel().name(),
        c.receivesInvoices(),
        c.receivesReminders());
  }

  private static CustomerRecord.AddressRow addressRow(CompanyId company, DeliveryAddress x) {
    PostalAddress a = x.address();
    return new CustomerRecord.AddressRow(
        company,
        x.label(),
        a.line1(),
        a.line2(),
        a.postalCode(),
        a.city(),
        a.countryCode(),
        x.siret() == null ? null : x.siret().value(),
        x.accessNotes());
  }

  /**
   * The text searched by the list's search box: code, names, identifiers, city, e-mails, phones,
   * contacts, categories and tags, in lower case without accents (see {@link #normalise}).
   */
  public static String searchText(String code, CustomerDraft d) {
    var parts =
        Stream.concat(
                Stream.of(
                    code,
                    d.name(),
                    d.siren() == null ? null : d.siren().value(),
                    d.siret() == null ? null : d.siret().value(),
                    d.vatNumber() == null ? null : d.vatNumber().value(),
                    d.billingAddress().postalCode(),
                    d.billingAddress().city(),
                    d.email() == null ? null : d.email().value(),
                    d.phone(),
                    joined(d.categories()),
                    joined(d.tags())),
                Stream.concat(
                    d.contacts().stream()
                        .flatMap(
                            c ->
                                Stream.of(
                                    c.fullName(),
                                    c.email() == null ? null : c.email().value(),
                                    c.phone(),
                                    c.mobile())),
                    d.deliveryAddresses().stream()
                        .flatMap(x -> Stream.of(x.label(), x.address().city()))))
            .filter(java.util.Objects::nonNull)
            .map(CustomerMapping::normalise)
            .collect(Collectors.joining(" "));
    return parts.length() > 4000 ? parts.substring(0, 4000) : parts;
  }

  /** Lower case, accents removed, phone and identifier spacing removed between digits. */
  public static String normalise(String text) {
    String plain =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    return plain.replaceAll("(?<=\\d)[ .\\u00a0\\u202f](?=\\d)", "");
  }

  public static String codes(Set<? extends Enum<?>> values) {
    return values.stream()
        .sorted((x, y) -> Integer.compare(x.ordinal(), y.ordinal()))
        .map(Enum::name)
        .collect(Collectors.joining(","));
  }

  static <E extends Enum<E>> Set<E> enums(Class<E> type, @Nullable String text) {
    var set = EnumSet.noneOf(type);
    if (text != null && !text.isBlank()) {
      Arrays.stream(text.split(",")).map(s -> Enum.valueOf(type, s.strip())).forEach(set::add);
    }
    return set;
  }

  public static @Nullable String joined(Set<String> labels) {
    return labels.isEmpty() ? null : String.join(",", labels);
  }

  static Set<String> labels(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return Set.of();
    }
    return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(List.of(text.split(","))));
  }
}
