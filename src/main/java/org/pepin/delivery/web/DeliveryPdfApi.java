package org.pepin.delivery.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.pepin.catalog.Lot;
import org.pepin.catalog.StockMovements;
import org.pepin.delivery.DeliveryId;
import org.pepin.delivery.document.DeliveryDocuments;
import org.pepin.platform.CompanyId;
import org.pepin.platform.ResourceNotFound;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The delivery documents in the JSON API, as PDF attachments: a delivery note ({@code GET
 * /api/v1/deliveries/{id}/pdf}), a round sheet ({@code GET
 * /api/v1/deliveries/round.pdf?date=2026-11-30&round=Nord}) and the passport labels of a lot
 * ({@code GET /api/v1/lots/{number}/passports.pdf?count=10}, 1 to 500, default 1). Another
 * company's delivery or an unknown lot is 404; a bad count is a 400 problem ({@code
 * delivery.passport.count-range}).
 */
@RestController
class DeliveryPdfApi {

  private final DeliveryDocuments documents;
  private final StockMovements stock;

  DeliveryPdfApi(DeliveryDocuments documents, StockMovements stock) {
    this.documents = documents;
    this.stock = stock;
  }

  @GetMapping("/api/v1/deliveries/{id}/pdf")
  ResponseEntity<byte[]> note(CompanyId company, @PathVariable("id") DeliveryId id) {
    byte[] pdf = documents.notePdf(company, id);
    return attachment(pdf, documents.fileNameOf(company, id));
  }

  @GetMapping("/api/v1/deliveries/round.pdf")
  ResponseEntity<byte[]> round(
      CompanyId company,
      @RequestParam("date") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
      @RequestParam(name = "round", required = false) @Nullable String round) {
    return attachment(
        documents.roundPdf(company, date, round), DeliveryDocuments.roundFileName(date, round));
  }

  @GetMapping("/api/v1/lots/{number}/passports.pdf")
  ResponseEntity<byte[]> passports(
      CompanyId company,
      @PathVariable("number") String number,
      @RequestParam(name = "count", required = false) @Nullable String count) {
    Lot lot = number.length() > 40 ? null : stock.lotByNumber(company, number.strip()).orElse(null);
    if (lot == null) {
      throw new ResourceNotFound("lot", number.length() > 40 ? number.substring(0, 40) : number);
    }
    int n = count == null || count.isBlank() ? 1 : DeliveryPdfController.count(count);
    return attachment(
        documents.labelsPdf(company, lot.number(), n, Locale.FRENCH),
        DeliveryDocuments.labelsFileName(lot));
  }

  private static ResponseEntity<byte[]> attachment(byte[] pdf, String fileName) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(fileName, StandardCharsets.UTF_8)
                .build()
                .toString())
        .cacheControl(CacheControl.noStore())
        .body(pdf);
  }
}
