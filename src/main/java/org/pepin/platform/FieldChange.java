package org.pepin.platform;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.pepin.shared.Money;
import org.pepin.shared.PostalAddress;

/**
 * One field of a record that changed, old value → new value, as text: the unit of the change
 * history ({@link ChangeHistory}) and of the audit log's details.
 *
 * <p>Values are kept as stable, language-neutral text: amounts as plain decimals ({@code 1234.50}),
 * dates ISO ({@code 2026-11-29}), enums by constant name, sets of enums as sorted names joined by
 * commas, booleans {@code true}/{@code false}, addresses on one line. When {@code valueKeys} is
 * set, each value (or each comma-separated element) is shown through the message {@code valueKeys +
 * value} — e.g. {@code role.} turns {@code ADMIN} into « Administrateur ».
 *
 * @param field the field's stable name; its label is the message {@code <entity type>.<field>}
 * @param oldValue the value before, {@code null} if there was none
 * @param newValue the value after, {@code null} if there is none
 * @param valueKeys message-key prefix that translates the values, or {@code null} to show them as
 *     they are
 */
public record FieldChange(
    String field,
    @Nullable String oldValue,
    @Nullable String newValue,
    @Nullable String valueKeys) {

  /** Longest value kept; longer ones are cut with an ellipsis. */
  public static final int MAX_VALUE_LENGTH = 2000;

  public static final String BOOLEAN_KEYS = "value.boolean.";

  public FieldChange {
    if (field.isBlank()) {
      throw new IllegalArgumentException("field name required");
    }
    oldValue = cut(oldValue);
    newValue = cut(newValue);
  }

  /**
   * The change of one field between two values, or empty if they are equal. Values are turned into
   * text as described in the class comment; enums and sets of enums are translated through the
   * message prefix {@code <enum type in lower camel case>.} (e.g. {@code role.}, {@code
   * vatRegime.}), booleans through {@value #BOOLEAN_KEYS}.
   */
  public static Optional<FieldChange> of(
      String field, @Nullable Object before, @Nullable Object after) {
    if (Objects.equals(normalise(before), normalise(after))) {
      return Optional.empty();
    }
    return Optional.of(new FieldChange(field, text(before), text(after), keysOf(before, after)));
  }

  /**
   * Every field that differs between two snapshots of the same record type (record components in
   * declaration order) — how a service derives the history of an update from the record before and
   * after.
   */
  public static <R extends Record> List<FieldChange> between(R before, R after) {
    if (!before.getClass().equals(after.getClass())) {
      throw new IllegalArgumentException("snapshots of different types");
    }
    List<FieldChange> changes = new ArrayList<>();
    for (RecordComponent component : before.getClass().getRecordComponents()) {
      of(component.getName(), read(component, before), read(component, after))
          .ifPresent(changes::add);
    }
    return List.copyOf(changes);
  }

  /** The changes as the audit log's details: one line per field, {@code field: old → new}. */
  public static String describe(List<FieldChange> changes) {
    return changes.stream()
        .map(
            c ->
                c.field()
                    + ": "
                    + (c.oldValue() == null ? "∅" : c.oldValue())
                    + " → "
                    + (c.newValue() == null ? "∅" : c.newValue()))
        .collect(Collectors.joining("\n"));
  }

  /** A value as stable text (see the class comment); {@code null} for nothing or an empty set. */
  public static @Nullable String text(@Nullable Object value) {
    Object normalised = normalise(value);
    if (normalised == null) {
      return null;
    }
    if (normalised instanceof List<?> list) {
      return list.stream().map(FieldChange::text).collect(Collectors.joining(","));
    }
    if (normalised instanceof Enum<?> e) {
      return e.name();
    }
    if (normalised instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (normalised instanceof PostalAddress address) {
      return String.join(", ", address.lines());
    }
    return normalised.toString();
  }

  /** Empty collections and blank text count as nothing; collections compare as sorted lists. */
  private static @Nullable Object normalise(@Nullable Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof String s) {
      return s.isBlank() ? null : s;
    }
    if (value instanceof Money money) {
      return money.amount();
    }
    if (value instanceof Collection<?> collection) {
      if (collection.isEmpty()) {
        return null;
      }
      return collection.stream()
          .map(FieldChange::normalise)
          .filter(Objects::nonNull)
          .sorted(
              (a, b) ->
                  a instanceof Enum<?> x && b instanceof Enum<?> y
                      ? Integer.compare(x.ordinal(), y.ordinal())
                      : String.valueOf(a).compareTo(String.valueOf(b)))
          .toList();
    }
    if (value instanceof Instant || value instanceof LocalDate) {
      return value.toString();
    }
    return value;
  }

  private static @Nullable String keysOf(@Nullable Object before, @Nullable Object after) {
    Object sample = sample(after);
    if (sample == null) {
      sample = sample(before);
    }
    if (sample instanceof Boolean) {
      return BOOLEAN_KEYS;
    }
    if (sample instanceof Enum<?> e) {
      String name = e.getDeclaringClass().getSimpleName();
      return Character.toLowerCase(name.charAt(0)) + name.substring(1) + ".";
    }
    return null;
  }

  private static @Nullable Object sample(@Nullable Object value) {
    if (value instanceof Collection<?> collection) {
      return collection.stream().filter(Objects::nonNull).findFirst().orElse(null);
    }
    return value;
  }

  private static @Nullable Object read(RecordComponent component, Record record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static @Nullable String cut(@Nullable String value) {
    if (value == null) {
      return null;
    }
    return value.length() <= MAX_VALUE_LENGTH
        ? value
        : value.substring(0, MAX_VALUE_LENGTH - 1) + "…";
  }
}
