package org.pepin.customers.web;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.pepin.customers.CustomerId;
import org.pepin.customers.CustomerView;
import org.pepin.customers.file.CustomerManagement;
import org.pepin.customers.privacy.CustomerErasure;
import org.pepin.customers.privacy.PersonalDataExport;
import org.pepin.platform.CompanyId;
import org.pepin.platform.ConcurrentModification;
import org.pepin.shared.InvalidValue;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The GDPR actions of the customer page ({@code customers/privacy-section}): download the access
 * export (JSON or PDF/A, GDPR art. 15 and 20) and erase an individual's personal data (GDPR art.
 * 17), confirmed by typing the customer's code. The erasure report (what was kept and why) comes
 * back on the page as the flash attribute {@code erasureReport}.
 */
@Controller
class CustomerPrivacyController {

  private final CustomerManagement customers;
  private final PersonalDataExport export;
  private final CustomerErasure erasure;

  CustomerPrivacyController(
      CustomerManagement customers, PersonalDataExport export, CustomerErasure erasure) {
    this.customers = customers;
    this.export = export;
    this.erasure = erasure;
  }

  @GetMapping("/customers/{id}/personal-data.json")
  ResponseEntity<byte[]> json(CompanyId company, @PathVariable("id") CustomerId id) {
    CustomerView customer = customers.get(company, id);
    return download(
        export.json(company, id, LocaleContextHolder.getLocale()),
        MediaType.APPLICATION_JSON,
        PersonalDataExport.fileName(customer.code(), "json"));
  }

  @GetMapping("/customers/{id}/personal-data.pdf")
  ResponseEntity<byte[]> pdf(CompanyId company, @PathVariable("id") CustomerId id) {
    CustomerView customer = customers.get(company, id);
    return download(
        export.pdf(company, id, LocaleContextHolder.getLocale()),
        MediaType.APPLICATION_PDF,
        PersonalDataExport.fileName(customer.code(), "pdf"));
  }

  @PostMapping("/customers/{id}/erase")
  String erase(
      CompanyId company,
      @PathVariable("id") CustomerId id,
      @RequestParam(name = "confirmCode", required = false) @Nullable String confirmCode,
      RedirectAttributes redirect) {
    CustomerView customer = customers.get(company, id);
    try {
      if (confirmCode == null || !confirmCode.strip().equalsIgnoreCase(customer.code())) {
        throw new InvalidValue("customer.erase-confirm", "code not confirmed", customer.code());
      }
      var report = erasure.erase(company, id, LocaleContextHolder.getLocale());
      redirect.addFlashAttribute("toast", "toast.customer-erased");
      redirect.addFlashAttribute("erasureReport", report);
      return "redirect:/customers/" + id;
    } catch (ConcurrentModification e) {
      redirect.addFlashAttribute("privacyError", "error.concurrent");
    } catch (InvalidValue e) {
      redirect.addFlashAttribute("privacyError", "error." + e.code());
      redirect.addFlashAttribute("privacyErrorArgs", e.args());
    }
    return "redirect:/customers/" + id + "#privacy";
  }

  static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(fileName, StandardCharsets.UTF_8)
                .build()
                .toString())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(body);
  }
}
