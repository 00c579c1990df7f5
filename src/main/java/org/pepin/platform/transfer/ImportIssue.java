package org.pepin.platform.transfer;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One line of an import's report: a line of the file with its outcome ({@code CREATED}, {@code
 * UPDATED}, {@code UNCHANGED} or {@code REJECTED}), its key, and for a rejected line the column,
 * the value and the reason (a message code {@code error.<code>} with its arguments). A line with
 * several problems has one report line per problem.
 */
public record ImportIssue(
    int line,
    String outcome,
    @Nullable String key,
    @Nullable String column,
    @Nullable String value,
    @Nullable String code,
    List<String> args) {

  public static final String REJECTED = "REJECTED";

  public boolean rejected() {
    return REJECTED.equals(outcome);
  }
}
