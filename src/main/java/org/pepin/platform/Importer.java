package org.pepin.platform;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.pepin.shared.InvalidValue;

/**
 * SPI: imports one kind of record from CSV or XLSX files (users today; customers, products, price
 * lists, bank statements… as their modules land). A module declares its fields and key and says how
 * one parsed line is checked and applied; the platform does the rest: reading the file (separator,
 * quotes, encoding, French numbers and dates), mapping columns to fields, the dry run with a
 * line-by-line report, the all-or-nothing transaction (or, by explicit choice, the valid lines
 * only), the record of the run and its report, the screens and the API.
 *
 * <p>Imports are idempotent on the {@link #key()}: a line whose key already exists updates that
 * record or leaves it unchanged, never creates a duplicate; a key repeated in the same file rejects
 * the later line.
 */
public interface Importer {

  /** The stable code of the import, used in URLs: {@code /api/v1/imports/<type>}. */
  String type();

  /** The message key of the import's name, e.g. « Utilisateurs ». */
  String labelKey();

  /** Who may run it (any of these roles in the company). */
  Set<Role> roles();

  /** The target fields, in the order the screens list them. */
  List<ImportField<?>> fields();

  /** The fields that identify a record (all required). */
  List<ImportField<?>> key();

  /**
   * Checks a parsed line against the business rules, reading but never writing, and says what
   * applying it would do.
   *
   * @throws InvalidValue for a rule the line breaks (reported with its French message)
   */
  ImportOutcome check(ImportContext context, ImportLine line);

  /**
   * Applies a checked line, in the import's transaction.
   *
   * @throws InvalidValue for a rule the line breaks (the whole import is then rolled back)
   */
  ImportOutcome apply(ImportContext context, ImportLine line);

  /** The field a broken rule is about, for the report's column; {@code null} if none. */
  default @Nullable ImportField<?> fieldOf(InvalidValue rule) {
    return null;
  }
}
