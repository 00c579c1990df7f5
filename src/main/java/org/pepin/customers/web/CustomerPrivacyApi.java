package org.pepin.customers.web;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.pepin.customers.CustomerId;
import org.pepin.customers.CustomerView;
import org.pepin.customers.file.CustomerManagement;
import org.pepin.customers.merge.CustomerMerge;
import org.pepin.customers.merge.CustomerMerge.MergeResult;
import org.pepin.customers.privacy.CustomerErasure;
import org.pepin.customers.privacy.ErasureReport;
import org.pepin.customers.privacy.PersonalDataExport;
import org.pepin.platform.CompanyId;
import org.pepin.shared.InvalidValue;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON API of the customer file's merge and GDPR operations: merge a duplicate into the record
 * kept, export everything held about a person (GDPR art. 15 and 20), erase an individual's personal
 * data (GDPR art. 17).
 */
@RestController
@RequestMapping("/api/v1/customers")
class CustomerPrivacyApi {

  private final CustomerManagement customers;
  private final CustomerMerge merge;
  private final PersonalDataExport export;
  private final CustomerErasure erasure;

  CustomerPrivacyApi(
      CustomerManagement customers,
      CustomerMerge merge,
      PersonalDataExport export,
      CustomerErasure erasure) {
    this.customers = customers;
    this.merge = merge;
    this.export = export;
    this.erasure = erasure;
  }

  /** Everything held about the third party, as JSON (GDPR art. 15 and 20). */
  @GetMapping("/{id}/personal-data")
  ResponseEntity<byte[]> personalData(CompanyId company, @PathVariable("id") CustomerId id) {
    CustomerView customer = customers.get(company, id);
    return CustomerPrivacyController.download(
        export.json(company, id, LocaleContextHolder.getLocale()),
        MediaType.APPLICATION_JSON,
        PersonalDataExport.fileName(customer.code(), "json"));
  }

  /** The same, as a readable PDF/A-3b on the company's letterhead. */
  @GetMapping("/{id}/personal-data/pdf")
  ResponseEntity<byte[]> personalDataPdf(CompanyId company, @PathVariable("id") CustomerId id) {
    CustomerView customer = customers.get(company, id);
    return CustomerPrivacyController.download(
        export.pdf(company, id, LocaleContextHolder.getLocale()),
        MediaType.APPLICATION_PDF,
        PersonalDataExport.fileName(customer.code(), "pdf"));
  }

  /**
   * Erases an individual's personal data (GDPR art. 17); the answer lists what was erased and what
   * was kept, and why. Refused for businesses and public bodies.
   */
  @PostMapping("/{id}/erasure")
  ErasureResource erase(CompanyId company, @PathVariable("id") CustomerId id) {
    ErasureReport report = erasure.erase(company, id, LocaleContextHolder.getLocale());
    return new ErasureResource(
        report.customer().toString(),
        report.code(),
        report.erasedAt(),
        report.erased(),
        report.kept());
  }

  /**
   * Merges the customer {@code id} (the duplicate) into the record given by {@code keptId} or
   * {@code keptCode}.
   */
  @PostMapping("/{id}/merge")
  MergeResource merge(
      CompanyId company, @PathVariable("id") CustomerId id, @RequestBody MergeRequest request) {
    customers.get(company, id);
    CustomerView kept = kept(company, request);
    MergeResult result = merge.merge(company, id, kept.id());
    return new MergeResource(
        result.kept().toString(),
        result.keptCode(),
        result.merged().toString(),
        result.mergedCode(),
        result.contactsAdded(),
        result.addressesAdded());
  }

  private CustomerView kept(CompanyId company, MergeRequest request) {
    if (request.keptId() != null && !request.keptId().isBlank()) {
      CustomerId keptId;
      try {
        keptId = CustomerId.of(request.keptId().strip());
      } catch (IllegalArgumentException e) {
        throw new InvalidValue("customer.merge-kept-unknown", "not an id", "?");
      }
      return customers
          .find(company, keptId)
          .orElseThrow(() -> new InvalidValue("customer.merge-kept-unknown", "no such id", "?"));
    }
    if (request.keptCode() != null && !request.keptCode().isBlank()) {
      String code = request.keptCode().strip().toUpperCase(Locale.ROOT);
      if (code.length() > 20) {
        throw new InvalidValue("customer.merge-kept-unknown", "no such code", "?");
      }
      return customers
          .findByCode(company, code)
          .orElseThrow(() -> new InvalidValue("customer.merge-kept-unknown", "no such code", code));
    }
    throw new InvalidValue("customer.merge-kept-required", "keptId or keptCode required");
  }

  /**
   * Which record to keep: its id, or its code.
   *
   * @param keptId the kept record's id
   * @param keptCode the kept record's code, when no id is given
   */
  record MergeRequest(@Nullable String keptId, @Nullable String keptCode) {}

  /**
   * What a merge did.
   *
   * @param kept the id of the record kept
   * @param merged the id of the record merged away (now {@code MERGED})
   * @param contactsAdded names of the contacts the kept record received
   * @param addressesAdded labels of the delivery addresses it received
   */
  record MergeResource(
      String kept,
      String keptCode,
      String merged,
      String mergedCode,
      java.util.List<String> contactsAdded,
      java.util.List<String> addressesAdded) {}

  /**
   * The answer to an erasure: what was erased, what was kept and why (R-GDPR-03), in the caller's
   * language.
   */
  record ErasureResource(
      String customer,
      String code,
      java.time.Instant erasedAt,
      java.util.List<String> erased,
      java.util.List<ErasureReport.Kept> kept) {}
}
