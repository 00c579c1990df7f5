package org.pepin.platform.messaging;

import java.util.List;
import org.pepin.shared.InvalidValue;

/** A message template that cannot be saved: each problem with the field it is about. */
public class TemplateRejected extends RuntimeException {

  private final transient List<Problem> problems;

  public TemplateRejected(List<Problem> problems) {
    super("template rejected: " + problems);
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }

  /** A rejected field ({@code subject} or {@code body}) and why. */
  public record Problem(String field, InvalidValue error) {}
}
