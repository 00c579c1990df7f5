package org.pepin.platform.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.CompanyId;
import org.pepin.platform.InputRejected;
import org.pepin.platform.Inputs;
import org.pepin.platform.LegalRate;
import org.pepin.platform.LegalRateType;
import org.pepin.platform.legal.LegalRateId;
import org.pepin.platform.legal.LegalRateManagement;
import org.pepin.platform.legal.LegalRateManagement.Change;
import org.pepin.platform.legal.LegalRateManagement.Row;
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

/**
 * JSON API: the legal reference tables (read: every user; write: the instance administrator), and
 * the rate a computation of the user's company would use at a date.
 */
@RestController
@RequestMapping("/api/v1/legal-rates")
class LegalRatesApi {

  private final LegalRateManagement rates;
  private final CompanyClock clock;

  LegalRatesApi(LegalRateManagement rates, CompanyClock clock) {
    this.rates = rates;
    this.clock = clock;
  }

  @GetMapping
  List<RateResource> list(
      @RequestParam(name = "type", required = false) @Nullable LegalRateType type) {
    return rates.list(type).stream().map(RateResource::of).toList();
  }

  /**
   * The rate of {@code type} that a computation of the company at {@code date} (its today by
   * default) would use; a 400 problem document with the French reason when there is none.
   */
  @GetMapping("/applicable")
  LegalRate applicable(
      CompanyId company,
      @RequestParam("type") LegalRateType type,
      @RequestParam(name = "date", required = false) @DateTimeFormat(pattern = "yyyy-MM-dd")
          @Nullable LocalDate date) {
    return rates.applicable(company, type, date == null ? clock.today(company) : date);
  }

  @GetMapping("/changes")
  List<Change> changes(@RequestParam(name = "size", defaultValue = "100") int size) {
    return rates.changes(Math.min(Math.max(size, 1), 500));
  }

  @GetMapping("/{id}")
  RateResource one(@PathVariable("id") LegalRateId id) {
    return RateResource.of(rates.view(id));
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  RateResource create(@RequestBody LegalRateForm request) {
    var errors = new DirectFieldBindingResult(request, "legalRate");
    var draft = request.toDraft(errors);
    Inputs.check(errors);
    try {
      return RateResource.of(rates.view(rates.create(draft)));
    } catch (InvalidValue e) {
      Inputs.reject(errors, LegalRateForm.fieldOf(e.code()), e);
      throw new InputRejected(errors);
    }
  }

  /** Changes the rate, status or source of a row, as of {@code version}. */
  @PutMapping("/{id}")
  RateResource update(@PathVariable("id") LegalRateId id, @RequestBody LegalRateForm request) {
    rates.view(id);
    var errors = new DirectFieldBindingResult(request, "legalRate");
    var change = request.toChange(errors);
    if (request.version() == null) {
      errors.rejectValue("version", "error.required");
    }
    Inputs.check(errors);
    try {
      rates.update(id, request.version(), change);
    } catch (InvalidValue e) {
      Inputs.reject(errors, LegalRateForm.fieldOf(e.code()), e);
      throw new InputRejected(errors);
    }
    return RateResource.of(rates.view(id));
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable("id") LegalRateId id, @RequestParam("version") int version) {
    rates.view(id);
    rates.delete(id, version);
  }

  /**
   * A row of the tables.
   *
   * @param shipped whether no administrator edited it (a release may still refresh it)
   */
  record RateResource(
      UUID id,
      int version,
      LegalRateType type,
      LocalDate validFrom,
      BigDecimal percent,
      LegalRate.Status status,
      String source,
      boolean shipped,
      Instant updatedAt,
      @Nullable String updatedBy) {

    static RateResource of(Row row) {
      return new RateResource(
          row.id().value(),
          row.version(),
          row.type(),
          row.validFrom(),
          row.percent(),
          row.status(),
          row.source(),
          row.shipped(),
          row.updatedAt(),
          row.updatedBy());
    }
  }
}
