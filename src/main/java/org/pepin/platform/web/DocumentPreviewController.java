package org.pepin.platform.web;

import java.nio.charset.StandardCharsets;
import org.pepin.platform.CompanyId;
import org.pepin.platform.Documents;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The letterhead preview of the company settings ("Aperçu de l'en-tête"): the sample letter as a
 * PDF/A-3b, in the user's language, for every member of the company.
 */
@Controller
class DocumentPreviewController {

  static final String FILE_NAME = "apercu-en-tete.pdf";

  private final Documents documents;

  DocumentPreviewController(Documents documents) {
    this.documents = documents;
  }

  @GetMapping("/settings/company/sample-letter.pdf")
  ResponseEntity<byte[]> sampleLetter(CompanyId company) {
    return pdf(documents.sampleLetter(company, LocaleContextHolder.getLocale()));
  }

  static ResponseEntity<byte[]> pdf(byte[] pdf) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .cacheControl(CacheControl.noStore())
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline()
                .filename(FILE_NAME, StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(pdf);
  }
}
