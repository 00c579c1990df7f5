package org.pepin.platform.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.Inputs;
import org.pepin.platform.terms.TermsOfSaleManagement.TermsDraft;
import org.pepin.platform.terms.TermsOfSaleManagement.TermsView;
import org.pepin.shared.InvalidValue;
import org.springframework.validation.Errors;

/**
 * A version of the terms of sale as typed or sent to the API. The date is ISO ({@code 2026-06-02},
 * as a date field sends it) or French ({@code 02/06/2026}).
 */
record TermsForm(
    @Nullable Integer version,
    @Nullable String title,
    @Nullable String text,
    @Nullable String appliesFrom) {

  private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/uuuu");

  static TermsForm blank(LocalDate today) {
    return new TermsForm(null, "Conditions générales de vente", "", today.toString());
  }

  static TermsForm of(TermsView view) {
    return new TermsForm(view.version(), view.title(), view.text(), view.appliesFrom().toString());
  }

  @Nullable TermsDraft toDraft(Errors errors) {
    String t = Inputs.required(errors, "title", title, s -> s);
    String body = Inputs.required(errors, "text", text, s -> s);
    LocalDate from = Inputs.required(errors, "appliesFrom", appliesFrom, TermsForm::date);
    if (errors.hasErrors() || t == null || body == null || from == null) {
      return null;
    }
    return new TermsDraft(t, body, from);
  }

  static @Nullable String fieldOf(String code) {
    return switch (code) {
      case "terms.title" -> "title";
      case "terms.text" -> "text";
      case "terms.date-past", "terms.date-order", "terms.date-before-next" -> "appliesFrom";
      default -> null;
    };
  }

  static LocalDate date(String text) {
    try {
      return text.contains("/") ? LocalDate.parse(text, FRENCH) : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidValue("terms.date-format", "not a date: " + text, text);
    }
  }
}
