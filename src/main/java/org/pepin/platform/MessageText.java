package org.pepin.platform;

import java.util.Objects;

/** The wording of a message in one language: a subject line and a body with placeholders. */
public record MessageText(String subject, String body) {

  public MessageText {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(body, "body");
  }
}
