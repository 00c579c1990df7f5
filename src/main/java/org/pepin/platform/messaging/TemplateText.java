package org.pepin.platform.messaging;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.pepin.platform.MessageKind;
import org.pepin.platform.Placeholder;
import org.pepin.shared.InvalidValue;

/**
 * The placeholder syntax of message templates: {@code {{customer.name}}} (spaces inside the braces
 * allowed). A template may only name the placeholders its kind declares; the check names the
 * culprit, so that the editor can say which one is unknown.
 *
 * <p>Error codes: {@code message-template.unknown-placeholder (name, allowed names)}, {@code
 * message-template.bad-placeholder (text between the braces)}, {@code message-template.unclosed
 * (the text after the opening braces)}, {@code message-template.subject-required}, {@code
 * message-template.subject-line}, {@code message-template.subject-length (max)}, {@code
 * message-template.body-length (max)}.
 */
public final class TemplateText {

  public static final int MAX_SUBJECT = 200;
  public static final int MAX_BODY = 20_000;

  private static final String OPEN = "{{";
  private static final String CLOSE = "}}";

  private TemplateText() {}

  /** The placeholder names of {@code text}, in order, without duplicates. */
  public static Set<String> placeholders(String text) {
    Set<String> names = new LinkedHashSet<>();
    for (Token token : tokens(text)) {
      if (token.placeholder()) {
        names.add(token.text());
      }
    }
    return names;
  }

  /**
   * Checks a subject and a body against the kind's placeholders.
   *
   * @throws TemplateRejected with every problem, each with the field it is about
   */
  public static void check(MessageKind kind, String subject, String body) {
    List<TemplateRejected.Problem> problems = new ArrayList<>();
    if (subject.isBlank()) {
      problems.add(
          new TemplateRejected.Problem(
              "subject", new InvalidValue("message-template.subject-required", "empty subject")));
    } else if (subject.contains("\n") || subject.contains("\r")) {
      problems.add(
          new TemplateRejected.Problem(
              "subject",
              new InvalidValue("message-template.subject-line", "subject on several lines")));
    } else if (subject.length() > MAX_SUBJECT) {
      problems.add(
          new TemplateRejected.Problem(
              "subject",
              new InvalidValue(
                  "message-template.subject-length", "subject too long", MAX_SUBJECT)));
    }
    if (body.length() > MAX_BODY) {
      problems.add(
          new TemplateRejected.Problem(
              "body", new InvalidValue("message-template.body-length", "body too long", MAX_BODY)));
    }
    checkPlaceholders(kind, "subject", subject, problems);
    checkPlaceholders(kind, "body", body, problems);
    if (!problems.isEmpty()) {
      throw new TemplateRejected(problems);
    }
  }

  private static void checkPlaceholders(
      MessageKind kind, String field, String text, List<TemplateRejected.Problem> problems) {
    String allowed =
        kind.placeholders().stream()
            .map(p -> OPEN + p.name() + CLOSE)
            .collect(Collectors.joining(", "));
    try {
      for (Token token : tokens(text)) {
        if (!token.placeholder()) {
          continue;
        }
        if (!Placeholder.NAME.matcher(token.text()).matches()) {
          problems.add(
              new TemplateRejected.Problem(
                  field,
                  new InvalidValue(
                      "message-template.bad-placeholder",
                      "not a placeholder name: " + token.text(),
                      token.text())));
        } else if (kind.placeholder(token.text()).isEmpty()) {
          problems.add(
              new TemplateRejected.Problem(
                  field,
                  new InvalidValue(
                      "message-template.unknown-placeholder",
                      "unknown placeholder " + token.text(),
                      token.text(),
                      allowed)));
        }
      }
    } catch (InvalidValue e) {
      problems.add(new TemplateRejected.Problem(field, e));
    }
  }

  /**
   * The text with every placeholder replaced by its value. Line breaks in values of a subject are
   * flattened to spaces (a subject is one header line).
   *
   * @throws IllegalArgumentException if a placeholder has no value
   */
  public static String fill(String text, Map<String, String> values, boolean singleLine) {
    StringBuilder out = new StringBuilder(text.length() + 64);
    for (Token token : tokens(text)) {
      if (!token.placeholder()) {
        out.append(token.text());
        continue;
      }
      String value = values.get(token.text());
      if (value == null) {
        throw new IllegalArgumentException("no value for the placeholder " + token.text());
      }
      out.append(singleLine ? value.replaceAll("[\\r\\n]+", " ") : value);
    }
    return out.toString();
  }

  /** Literal text and placeholders, in order. */
  private static List<Token> tokens(String text) {
    List<Token> tokens = new ArrayList<>();
    int from = 0;
    while (from < text.length()) {
      int open = text.indexOf(OPEN, from);
      if (open < 0) {
        tokens.add(new Token(text.substring(from), false));
        break;
      }
      int close = text.indexOf(CLOSE, open + OPEN.length());
      if (close < 0) {
        String rest = text.substring(open, Math.min(text.length(), open + 30));
        throw new InvalidValue("message-template.unclosed", "unclosed placeholder", rest);
      }
      if (open > from) {
        tokens.add(new Token(text.substring(from, open), false));
      }
      tokens.add(new Token(text.substring(open + OPEN.length(), close).strip(), true));
      from = close + CLOSE.length();
    }
    return tokens;
  }

  private record Token(String text, boolean placeholder) {}
}
