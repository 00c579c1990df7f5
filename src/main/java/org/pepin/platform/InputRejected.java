package org.pepin.platform;

import org.springframework.validation.Errors;

/** Input that failed validation, field by field; the API answers it with a problem document. */
public class InputRejected extends RuntimeException {

  private final transient Errors errors;

  public InputRejected(Errors errors) {
    super("input rejected: " + errors.getErrorCount() + " error(s)");
    this.errors = errors;
  }

  public Errors errors() {
    return errors;
  }
}
