package org.pepin.customers.web;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pepin.customers.CustomerId;
import org.pepin.customers.CustomerKind;
import org.pepin.customers.CustomerView;
import org.pepin.customers.file.CustomerManagement;
import org.pepin.customers.file.CustomerSearch;
import org.pepin.customers.merge.CustomerMerge;
import org.pepin.customers.spi.CustomerLinks;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.CompanyId;
import org.pepin.platform.Member;
import org.pepin.platform.PageSection;
import org.pepin.platform.PageSectionContribution;
import org.pepin.platform.Role;
import org.springframework.stereotype.Component;

/**
 * The blocks the merge and GDPR operations add to the 360° customer page: "Doublons et fusion"
 * ({@code customers/merge-section}) and "Données personnelles (RGPD)" ({@code
 * customers/privacy-section}). Each fragment reads its variables from {@code s.model}, {@code s}
 * being the section the page iterates over.
 */
@Component
class CustomerPrivacySections implements PageSectionContribution {

  /** Rank of the blocks on the customer page: after those of downstream modules. */
  static final int ORDER = 10_000;

  private final CustomerManagement customers;
  private final CustomerMerge merge;
  private final CompanyClock clock;

  CustomerPrivacySections(CustomerManagement customers, CustomerMerge merge, CompanyClock clock) {
    this.customers = customers;
    this.merge = merge;
    this.clock = clock;
  }

  @Override
  public List<PageSection> sections(String page, CompanyId company, UUID record, Member viewer) {
    if (!CUSTOMER_PAGE.equals(page)) {
      return List.of();
    }
    var found = customers.find(company, new CustomerId(record));
    if (found.isEmpty()) {
      return List.of();
    }
    CustomerView customer = found.get();
    return List.of(
        mergeSection(company, customer, viewer), privacySection(company, customer, viewer));
  }

  private PageSection privacySection(CompanyId company, CustomerView customer, Member viewer) {
    Map<String, Object> model = new HashMap<>();
    model.put("customer", customer);
    model.put("individual", customer.kind() == CustomerKind.INDIVIDUAL);
    model.put(
        "canExport", viewer.hasAnyRole(Role.ADMIN, Role.MANAGER, Role.SALES, Role.ACCOUNTING));
    model.put(
        "canErase",
        customer.kind() == CustomerKind.INDIVIDUAL
            && customer.isEditable()
            && viewer.hasAnyRole(Role.ADMIN, Role.MANAGER));
    Instant cutoff = clock.dateTime(company).minusYears(CustomerSearch.RETENTION_YEARS).toInstant();
    model.put("retentionDue", customer.isEditable() && customer.lastActivityAt().isBefore(cutoff));
    model.put("retentionYears", CustomerSearch.RETENTION_YEARS);
    model.put(
        "retained",
        customers.linkedRecords(company, customer.id()).stream()
            .filter(CustomerLinks.LinkedRecord::legallyRetained)
            .toList());
    return new PageSection(
        "customers.privacy.title", "customers/privacy-section", "section", ORDER + 10, model);
  }

  private PageSection mergeSection(CompanyId company, CustomerView customer, Member viewer) {
    Map<String, Object> model = new HashMap<>();
    model.put("customer", customer);
    boolean canMerge = customer.isEditable() && viewer.hasAnyRole(Role.ADMIN, Role.MANAGER);
    model.put("canMerge", canMerge);
    model.put(
        "candidates",
        customer.isEditable()
            ? customers.duplicates(company, customer.toDraft(), customer.id())
            : List.of());
    model.put("mergedRecords", merge.mergedRecords(company, customer.id()));
    if (customer.mergedInto() != null) {
      customers.find(company, customer.mergedInto()).ifPresent(k -> model.put("mergedInto", k));
    }
    return new PageSection(
        "customers.merge.title", "customers/merge-section", "section", ORDER, model);
  }
}
