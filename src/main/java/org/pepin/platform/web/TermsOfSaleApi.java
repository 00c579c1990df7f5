package org.pepin.platform.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.CompanyId;
import org.pepin.platform.InputRejected;
import org.pepin.platform.Inputs;
import org.pepin.platform.ResourceNotFound;
import org.pepin.platform.TermsOfSaleId;
import org.pepin.platform.terms.TermsOfSaleManagement;
import org.pepin.platform.terms.TermsOfSaleManagement.Status;
import org.pepin.platform.terms.TermsOfSaleManagement.TermsView;
import org.pepin.shared.InvalidValue;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** JSON API: the company's terms of sale (read: every member; write: ADMIN). */
@RestController
@RequestMapping("/api/v1/terms-of-sale")
class TermsOfSaleApi {

  private final TermsOfSaleManagement terms;
  private final CompanyClock clock;

  TermsOfSaleApi(TermsOfSaleManagement terms, CompanyClock clock) {
    this.terms = terms;
    this.clock = clock;
  }

  @GetMapping
  List<TermsResource> list(CompanyId company) {
    return terms.list(company).stream().map(TermsResource::of).toList();
  }

  /** The version in force on {@code date} (the company's today by default); 404 if none. */
  @GetMapping("/in-force")
  TermsResource inForce(
      CompanyId company,
      @RequestParam(name = "date", required = false) @DateTimeFormat(pattern = "yyyy-MM-dd")
          @Nullable LocalDate date) {
    LocalDate day = date == null ? clock.today(company) : date;
    var version =
        terms.inForce(company, day).orElseThrow(() -> new ResourceNotFound("terms-of-sale", day));
    return TermsResource.of(terms.view(company, version.id()));
  }

  @GetMapping("/{id}")
  TermsResource one(CompanyId company, @PathVariable("id") TermsOfSaleId id) {
    return TermsResource.of(terms.view(company, id));
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  TermsResource create(CompanyId company, @RequestBody TermsForm request) {
    var errors = new DirectFieldBindingResult(request, "termsOfSale");
    var draft = request.toDraft(errors);
    Inputs.check(errors);
    try {
      return TermsResource.of(terms.view(company, terms.create(company, draft)));
    } catch (InvalidValue e) {
      Inputs.reject(errors, TermsForm.fieldOf(e.code()), e);
      throw new InputRejected(errors);
    }
  }

  /** Corrects a version not in force yet, as of {@code version}. */
  @PutMapping("/{id}")
  TermsResource update(
      CompanyId company, @PathVariable("id") TermsOfSaleId id, @RequestBody TermsForm request) {
    terms.view(company, id);
    var errors = new DirectFieldBindingResult(request, "termsOfSale");
    var draft = request.toDraft(errors);
    if (request.version() == null) {
      errors.rejectValue("version", "error.required");
    }
    Inputs.check(errors);
    try {
      terms.update(company, id, request.version(), draft);
    } catch (InvalidValue e) {
      Inputs.reject(errors, TermsForm.fieldOf(e.code()), e);
      throw new InputRejected(errors);
    }
    return TermsResource.of(terms.view(company, id));
  }

  /** Withdraws the latest version while it is not in force yet. */
  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(CompanyId company, @PathVariable("id") TermsOfSaleId id) {
    terms.delete(company, id);
  }

  /**
   * A version of the terms of sale.
   *
   * @param text as typed (plain text or simple Markdown)
   * @param html the text rendered safely (everything typed is escaped)
   */
  record TermsResource(
      UUID id,
      int version,
      int number,
      String title,
      String text,
      String html,
      LocalDate appliesFrom,
      @Nullable LocalDate appliesUntil,
      Status status) {

    static TermsResource of(TermsView view) {
      return new TermsResource(
          view.id().value(),
          view.version(),
          view.number(),
          view.title(),
          view.text(),
          view.html(),
          view.appliesFrom(),
          view.appliesUntil(),
          view.status());
    }
  }
}
