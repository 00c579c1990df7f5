package org.pepin.platform.web;

import org.pepin.platform.CompanyId;
import org.pepin.platform.Documents;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** JSON API: the company's sample letter (letterhead preview) as a PDF/A-3b. */
@RestController
@RequestMapping("/api/v1")
class DocumentApi {

  private final Documents documents;

  DocumentApi(Documents documents) {
    this.documents = documents;
  }

  @GetMapping("/company/sample-letter")
  ResponseEntity<byte[]> sampleLetter(CompanyId company) {
    return DocumentPreviewController.pdf(
        documents.sampleLetter(company, LocaleContextHolder.getLocale()));
  }
}
