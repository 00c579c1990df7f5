package org.pepin.platform.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.CompanyId;
import org.pepin.platform.InputRejected;
import org.pepin.platform.Inputs;
import org.pepin.platform.numbering.NumberingManagement;
import org.pepin.platform.numbering.NumberingManagement.SeriesView;
import org.pepin.platform.numbering.NumberingSeriesId;
import org.pepin.shared.InvalidValue;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** JSON API: the company's numbering series (read: ADMIN, MANAGER, ACCOUNTING; change: ADMIN). */
@RestController
@RequestMapping("/api/v1/numbering-series")
class NumberingApi {

  private final NumberingManagement numbering;

  NumberingApi(NumberingManagement numbering) {
    this.numbering = numbering;
  }

  @GetMapping
  List<SeriesResource> list(CompanyId company) {
    return numbering.list(company).stream().map(SeriesResource::of).toList();
  }

  @GetMapping("/{id}")
  SeriesResource one(CompanyId company, @PathVariable("id") NumberingSeriesId id) {
    return SeriesResource.of(numbering.view(company, id));
  }

  /** Changes the pattern, the yearly restart and the next counter, as of {@code version}. */
  @PutMapping("/{id}")
  SeriesResource update(
      CompanyId company,
      @PathVariable("id") NumberingSeriesId id,
      @RequestBody NumberingForm request) {
    numbering.view(company, id);
    var errors = new DirectFieldBindingResult(request, "numberingSeries");
    var settings = request.toSettings(errors);
    if (request.version() == null) {
      errors.rejectValue("version", "error.required");
    }
    Inputs.check(errors);
    try {
      numbering.update(company, id, request.version(), settings);
    } catch (InvalidValue e) {
      Inputs.reject(errors, NumberingForm.fieldOf(e.code()), e);
      throw new InputRejected(errors);
    }
    return SeriesResource.of(numbering.view(company, id));
  }

  /**
   * A series: its settings and where its counter is, for the company's today.
   *
   * @param nextNumber the counter of the next number in the current period
   * @param nextPreview the number a document issued today would get
   */
  record SeriesResource(
      UUID id,
      int version,
      String documentKind,
      String pattern,
      boolean yearly,
      long nextNumber,
      String nextPreview,
      @Nullable String lastNumber,
      @Nullable LocalDate lastDate,
      boolean issuedInPeriod,
      long issuedCount) {

    static SeriesResource of(SeriesView view) {
      return new SeriesResource(
          view.id().value(),
          view.version(),
          view.documentKind(),
          view.pattern(),
          view.yearly(),
          view.nextValue(),
          view.nextNumber(),
          view.lastNumber(),
          view.lastDate(),
          view.issuedInPeriod(),
          view.issuedCount());
    }
  }
}
