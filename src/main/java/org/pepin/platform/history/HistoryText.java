package org.pepin.platform.history;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.FieldChange;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Labels and values of field changes in the reader's language, for the timeline fragment ({@code
 * ${@historyText.label(...)}}) and the API: the label of a field is the message {@code
 * <entityType>.<field>} (the same as on the record's form), a value with {@code valueKeys} is
 * translated element by element; anything without a message is shown as stored.
 */
@Component("historyText")
public class HistoryText {

  private final MessageSource messages;

  HistoryText(MessageSource messages) {
    this.messages = messages;
  }

  public String label(String entityType, String field) {
    return message(entityType + "." + field, field);
  }

  public String oldValue(FieldChange change) {
    return value(change.oldValue(), change.valueKeys());
  }

  public String newValue(FieldChange change) {
    return value(change.newValue(), change.valueKeys());
  }

  private String value(@Nullable String value, @Nullable String keys) {
    if (value == null) {
      return "—";
    }
    if (keys == null) {
      return value;
    }
    return Arrays.stream(value.split(","))
        .map(v -> message(keys + v, v))
        .collect(Collectors.joining(", "));
  }

  private String message(String key, String fallback) {
    Locale locale = LocaleContextHolder.getLocale();
    // No default message: it would go through MessageFormat and lose apostrophes and braces.
    String text = messages.getMessage(key, null, null, locale);
    return text == null ? fallback : text;
  }
}
