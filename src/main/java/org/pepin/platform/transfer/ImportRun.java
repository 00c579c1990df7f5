package org.pepin.platform.transfer;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An import run as its screens and the API show it: the file, how it was read and mapped, who ran
 * it and when, where it stands, and its counts.
 *
 * @param importer the importer's type, e.g. {@code users}
 * @param headers the file's header cells, by column
 * @param mapping field name → column index
 * @param fileAvailable whether the file is still kept (until the run is executed or expires)
 */
public record ImportRun(
    UUID id,
    int version,
    String importer,
    ImportStatus status,
    @Nullable ImportMode mode,
    String fileName,
    long fileSize,
    String format,
    @Nullable String encoding,
    @Nullable String separator,
    int headerLine,
    List<String> headers,
    Map<String, Integer> mapping,
    Instant createdAt,
    @Nullable String username,
    @Nullable Instant executedAt,
    Counts counts,
    boolean fileAvailable) {

  /** Lines by outcome: for a dry run, what importing would do; for an executed run, what it did. */
  public record Counts(int total, int created, int updated, int unchanged, int rejected) {

    public int valid() {
      return total - rejected;
    }
  }

  /** The header of a column with its letter, e.g. « C · E-mail ». */
  public String column(int index) {
    String header = index < headers.size() ? headers.get(index) : "";
    return ColumnMapping.letter(index) + (header.isEmpty() ? "" : " · " + header);
  }

  public boolean executed() {
    return !status.open();
  }
}
