package org.pepin.platform.web;

import org.jspecify.annotations.Nullable;
import org.pepin.platform.Inputs;
import org.pepin.platform.numbering.NumberingManagement.SeriesSettings;
import org.pepin.platform.numbering.NumberingManagement.SeriesView;
import org.pepin.platform.numbering.NumberingPattern;
import org.pepin.shared.InvalidValue;
import org.springframework.validation.Errors;

/**
 * A numbering series' settings as typed in Paramètres › Numérotation or sent to the API: text
 * fields, checked field by field. An absent {@code yearly} means unchecked.
 */
record NumberingForm(
    @Nullable Integer version,
    @Nullable String pattern,
    @Nullable Boolean yearly,
    @Nullable String nextNumber) {

  static NumberingForm of(SeriesView series) {
    return new NumberingForm(
        series.version(), series.pattern(), series.yearly(), Long.toString(series.nextValue()));
  }

  /** The settings, or {@code null} with the errors recorded field by field. */
  @Nullable SeriesSettings toSettings(Errors errors) {
    NumberingPattern parsed = Inputs.required(errors, "pattern", pattern, NumberingPattern::parse);
    Long next = Inputs.required(errors, "nextNumber", nextNumber, NumberingForm::counter);
    if (errors.hasErrors() || parsed == null || next == null) {
      return null;
    }
    return new SeriesSettings(parsed, Boolean.TRUE.equals(yearly), next);
  }

  /** The form field a rule of the series is about. */
  static @Nullable String fieldOf(String code) {
    if (code.startsWith("numbering.pattern")) return "pattern";
    if (code.startsWith("numbering.next")) return "nextNumber";
    if (code.equals("numbering.yearly-used")) return "yearly";
    return null;
  }

  private static Long counter(String text) {
    String digits = text.replaceAll("[\\s\\u00A0\\u202F]", "");
    if (!digits.matches("\\d{1,10}") || Long.parseLong(digits) < 1) {
      throw new InvalidValue("numbering.next-range", "not a counter: " + text, text);
    }
    return Long.parseLong(digits);
  }
}
