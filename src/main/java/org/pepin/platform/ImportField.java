package org.pepin.platform;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A target field of an {@link Importer}: its stable name, the message key of its label, whether it
 * is required, its type, and the header names it is recognised by.
 *
 * <p>The file's columns are mapped to fields automatically when a header equals, ignoring case,
 * accents, spaces and punctuation, the field's name, its label in French or English, or one of its
 * synonyms; the user can change the mapping before importing. Cell text is read the French way:
 * decimals {@code 1 234,56} (spaces, no-break spaces U+00A0 and U+202F between thousands; also
 * {@code 1234.56}), dates {@code 29/11/2026} (also ISO {@code 2026-11-29}), booleans oui/non,
 * vrai/faux, x, 1/0, true/false; XLSX number, date and boolean cells are taken as they are.
 *
 * @param <T> the type of the parsed value
 */
public final class ImportField<T> {

  /** How cell text becomes a value. */
  public enum Type {
    TEXT,
    DECIMAL,
    INTEGER,
    DATE,
    BOOLEAN,
    /** One constant of an enum, by its name or its label (message {@code valueKeys + name}). */
    ENUM,
    /** Several constants separated by commas, semicolons, slashes, plus signs or new lines. */
    ENUM_SET,
    /** A value type parsed from the text, e.g. {@code Siren::parse}. */
    VALUE
  }

  private final String name;
  private final String labelKey;
  private final Type type;
  private final boolean required;
  private final List<String> synonyms;
  private final @Nullable Class<? extends Enum<?>> enumType;
  private final @Nullable String valueKeys;
  private final @Nullable Function<String, ?> parser;

  private ImportField(
      String name,
      String labelKey,
      Type type,
      boolean required,
      List<String> synonyms,
      @Nullable Class<? extends Enum<?>> enumType,
      @Nullable String valueKeys,
      @Nullable Function<String, ?> parser) {
    if (!name.matches("[a-zA-Z][a-zA-Z0-9]*")) {
      throw new IllegalArgumentException("field names are identifiers: " + name);
    }
    this.name = name;
    this.labelKey = labelKey;
    this.type = type;
    this.required = required;
    this.synonyms = List.copyOf(synonyms);
    this.enumType = enumType;
    this.valueKeys = valueKeys;
    this.parser = parser;
  }

  public static ImportField<String> text(String name, String labelKey) {
    return new ImportField<>(name, labelKey, Type.TEXT, false, List.of(), null, null, null);
  }

  public static ImportField<BigDecimal> decimal(String name, String labelKey) {
    return new ImportField<>(name, labelKey, Type.DECIMAL, false, List.of(), null, null, null);
  }

  public static ImportField<Long> integer(String name, String labelKey) {
    return new ImportField<>(name, labelKey, Type.INTEGER, false, List.of(), null, null, null);
  }

  public static ImportField<LocalDate> date(String name, String labelKey) {
    return new ImportField<>(name, labelKey, Type.DATE, false, List.of(), null, null, null);
  }

  public static ImportField<Boolean> bool(String name, String labelKey) {
    return new ImportField<>(name, labelKey, Type.BOOLEAN, false, List.of(), null, null, null);
  }

  /**
   * @param valueKeys the message prefix of the constants' labels, e.g. {@code role.}
   */
  public static <E extends Enum<E>> ImportField<E> enumeration(
      String name, String labelKey, Class<E> type, String valueKeys) {
    return new ImportField<>(name, labelKey, Type.ENUM, false, List.of(), type, valueKeys, null);
  }

  /**
   * @param valueKeys the message prefix of the constants' labels, e.g. {@code role.}
   */
  public static <E extends Enum<E>> ImportField<Set<E>> enumSet(
      String name, String labelKey, Class<E> type, String valueKeys) {
    return new ImportField<>(
        name, labelKey, Type.ENUM_SET, false, List.of(), type, valueKeys, null);
  }

  /**
   * A value type read from the cell's text by {@code parser}, which throws {@code InvalidValue}
   * (reported with its own French message) for bad input, e.g. {@code Siren::parse}.
   */
  public static <T> ImportField<T> value(String name, String labelKey, Function<String, T> parser) {
    return new ImportField<>(name, labelKey, Type.VALUE, false, List.of(), null, null, parser);
  }

  /** The same field, required: an empty cell rejects the line, a missing column the file. */
  public ImportField<T> required() {
    return new ImportField<>(name, labelKey, type, true, synonyms, enumType, valueKeys, parser);
  }

  /** The same field, also recognised by these header names. */
  public ImportField<T> synonyms(String... names) {
    return new ImportField<>(
        name, labelKey, type, required, List.of(names), enumType, valueKeys, parser);
  }

  public String name() {
    return name;
  }

  public String labelKey() {
    return labelKey;
  }

  public Type type() {
    return type;
  }

  public boolean isRequired() {
    return required;
  }

  public List<String> synonyms() {
    return synonyms;
  }

  public @Nullable Class<? extends Enum<?>> enumType() {
    return enumType;
  }

  public @Nullable String valueKeys() {
    return valueKeys;
  }

  public @Nullable Function<String, ?> parser() {
    return parser;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ImportField<?> other && other.name.equals(name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name);
  }

  @Override
  public String toString() {
    return name;
  }
}
