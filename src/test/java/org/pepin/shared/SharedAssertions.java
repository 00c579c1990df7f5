package org.pepin.shared;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertions on the rules of the shared kernel. */
final class SharedAssertions {

  private SharedAssertions() {}

  /** Asserts that the call is refused with the given {@link InvalidValue} code. */
  static void assertRejected(String code, ThrowingCallable call) {
    assertThatExceptionOfType(InvalidValue.class)
        .isThrownBy(call)
        .extracting(InvalidValue::code)
        .isEqualTo(code);
  }
}
