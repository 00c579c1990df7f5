package org.pepin.platform.web;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;

/**
 * The errors of a submitted form, registered in the model so that the re-rendered page shows them
 * beside their fields. A form that cannot even be bound (a hidden version or a select value
 * tampered with) never reaches the controller: it is answered 400 by {@link WebErrors}.
 */
final class FormErrors {

  private FormErrors() {}

  static BindingResult of(Model model, Object form) {
    return of(model, form, "form");
  }

  static BindingResult of(Model model, Object form, String name) {
    var errors = new DirectFieldBindingResult(form, name);
    model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, errors);
    return errors;
  }
}
