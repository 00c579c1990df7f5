package org.pepin.platform.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.Inputs;
import org.pepin.platform.LegalRate;
import org.pepin.platform.LegalRateType;
import org.pepin.platform.legal.LegalRateManagement.RateChange;
import org.pepin.platform.legal.LegalRateManagement.RateDraft;
import org.pepin.platform.legal.LegalRateManagement.Row;
import org.pepin.shared.InvalidValue;
import org.springframework.validation.Errors;

/**
 * A row of the legal reference tables as typed by the instance administrator or sent to the API.
 * The rate is a percentage with a comma or a dot ({@code 2,62}); the date ISO or French.
 */
record LegalRateForm(
    @Nullable Integer version,
    @Nullable LegalRateType type,
    @Nullable String validFrom,
    @Nullable String percent,
    LegalRate.@Nullable Status status,
    @Nullable String source) {

  private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/uuuu");

  static LegalRateForm blank(@Nullable LegalRateType type) {
    return new LegalRateForm(null, type, "", "", LegalRate.Status.CONFIRMED, "");
  }

  static LegalRateForm of(Row row) {
    return new LegalRateForm(
        row.version(),
        row.type(),
        row.validFrom().toString(),
        row.percent().toPlainString().replace('.', ','),
        row.status(),
        row.source());
  }

  @Nullable RateDraft toDraft(Errors errors) {
    if (type == null) {
      errors.rejectValue("type", "error.required");
    }
    LocalDate from = Inputs.required(errors, "validFrom", validFrom, LegalRateForm::date);
    RateChange change = toChange(errors);
    if (errors.hasErrors() || type == null || from == null || change == null) {
      return null;
    }
    return new RateDraft(type, from, change.percent(), change.status(), change.source());
  }

  @Nullable RateChange toChange(Errors errors) {
    BigDecimal rate = Inputs.required(errors, "percent", percent, LegalRateForm::decimal);
    if (status == null) {
      errors.rejectValue("status", "error.required");
    }
    String text = Inputs.required(errors, "source", source, s -> s);
    if (errors.hasErrors() || rate == null || status == null || text == null) {
      return null;
    }
    return new RateChange(rate, status, text);
  }

  static @Nullable String fieldOf(String code) {
    return switch (code) {
      case "legal-rate.range", "vat-rate.range" -> "percent";
      case "legal-rate.half-year", "legal-rate.exists" -> "validFrom";
      case "legal-rate.source" -> "source";
      default -> null;
    };
  }

  static LocalDate date(String text) {
    try {
      return text.contains("/") ? LocalDate.parse(text, FRENCH) : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidValue("legal-rate.date-format", "not a date: " + text, text);
    }
  }

  private static BigDecimal decimal(String text) {
    return new BigDecimal(CompanyForm.frenchDecimal(text.replace("%", "")));
  }
}
