package org.pepin.delivery.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.pepin.catalog.Lot;
import org.pepin.delivery.DeliveryId;
import org.pepin.delivery.document.DeliveryDocuments;
import org.pepin.platform.CompanyId;
import org.pepin.platform.Inputs;
import org.pepin.shared.InvalidValue;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The delivery documents on screen: the delivery note ({@code /livraisons/{id}/bon.pdf}, a draft
 * prints with the "Brouillon — non valable" mention), the round sheet of a day ({@code
 * /livraisons/tournee.pdf?date=2026-11-30&round=Nord}), and the plant passport labels of a lot with
 * their small form ({@code /livraisons/passeports}: lot number and number of labels, French
 * messages next to the fields for an unknown lot or a count out of range).
 */
@Controller
class DeliveryPdfController {

  private final DeliveryDocuments documents;

  DeliveryPdfController(DeliveryDocuments documents) {
    this.documents = documents;
  }

  /** The labels form as typed: a lot number and a count (1 when blank). */
  record PassportForm(@Nullable String lot, @Nullable String count) {}

  @GetMapping("/livraisons/{id}/bon.pdf")
  ResponseEntity<byte[]> note(CompanyId company, @PathVariable("id") DeliveryId id) {
    byte[] pdf = documents.notePdf(company, id);
    return pdf(pdf, documents.fileNameOf(company, id));
  }

  @GetMapping("/livraisons/tournee.pdf")
  ResponseEntity<byte[]> round(
      CompanyId company,
      @RequestParam(name = "date", required = false) @Nullable String day,
      @RequestParam(name = "round", required = false) @Nullable String roundName) {
    LocalDate date = DeliveryInputs.date(day);
    if (date == null) {
      throw new InvalidValue("delivery.form.date-required", "a date is required");
    }
    String round = DeliveryInputs.clean(roundName);
    return pdf(
        documents.roundPdf(company, date, round), DeliveryDocuments.roundFileName(date, round));
  }

  /** The form; when it comes back with a lot or a count, their errors next to the fields. */
  @GetMapping("/livraisons/passeports")
  String passports(
      CompanyId company,
      @RequestParam(name = "lot", required = false) @Nullable String lot,
      @RequestParam(name = "count", required = false) @Nullable String count,
      Model model) {
    var form = new PassportForm(lot, count == null ? "1" : count);
    var errors = new DirectFieldBindingResult(form, "form");
    model.addAttribute("form", form);
    model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
    model.addAttribute("max", DeliveryDocuments.MAX_LABELS);
    if (lot != null || count != null) {
      check(company, form, errors);
    }
    return "delivery/passports";
  }

  /** The labels PDF; with an unknown lot or a bad count, back to the form showing why. */
  @GetMapping("/livraisons/passeports.pdf")
  ResponseEntity<byte[]> passportsPdf(
      CompanyId company,
      @RequestParam(name = "lot", required = false) @Nullable String lot,
      @RequestParam(name = "count", required = false) @Nullable String count) {
    var form = new PassportForm(lot, count);
    var errors = new DirectFieldBindingResult(form, "form");
    Checked checked = check(company, form, errors);
    if (checked == null) {
      var back =
          UriComponentsBuilder.fromPath("/livraisons/passeports")
              .queryParam("lot", lot == null ? "" : lot)
              .queryParam("count", count == null ? "" : count)
              .encode(StandardCharsets.UTF_8)
              .build()
              .toUriString();
      return ResponseEntity.status(303).header(HttpHeaders.LOCATION, back).build();
    }
    return pdf(
        documents.labelsPdf(company, checked.lot().number(), checked.count(), Locale.FRENCH),
        DeliveryDocuments.labelsFileName(checked.lot()));
  }

  private record Checked(Lot lot, int count) {}

  private @Nullable Checked check(CompanyId company, PassportForm form, BindingResult errors) {
    Lot lot = Inputs.required(errors, "lot", form.lot(), number -> documents.lot(company, number));
    Integer count = Inputs.optional(errors, "count", form.count(), DeliveryPdfController::count);
    if (lot == null || errors.hasErrors()) {
      return null;
    }
    return new Checked(lot, count == null ? 1 : count);
  }

  /**
   * A number of labels from 1 to {@value DeliveryDocuments#MAX_LABELS}.
   *
   * @throws InvalidValue {@code delivery.passport.count-range}
   */
  static int count(String text) {
    int count;
    try {
      count = Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      count = -1;
    }
    DeliveryDocuments.checkCount(count);
    return count;
  }

  static ResponseEntity<byte[]> pdf(byte[] pdf, String fileName) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline()
                .filename(fileName, StandardCharsets.UTF_8)
                .build()
                .toString())
        .cacheControl(CacheControl.noStore())
        .body(pdf);
  }
}
