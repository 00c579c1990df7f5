package org.pepin.platform;

import java.util.regex.Pattern;

/**
 * A value a message template may insert, written {@code {{customer.name}}} in the template.
 *
 * @param name dotted lower-case name, e.g. {@code document.number}
 * @param label the message key of its description, shown beside the editor
 * @param sample the value the live preview uses
 */
public record Placeholder(String name, String label, String sample) {

  public static final Pattern NAME = Pattern.compile("[a-z][a-zA-Z0-9]*(?:\\.[a-z][a-zA-Z0-9]*)*");

  public Placeholder {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("bad placeholder name: " + name);
    }
  }
}
