package org.pepin.platform.transfer;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code pepin.imports.*}: limits of imported files.
 *
 * @param maxFileSize the largest file accepted ({@code PEPIN_IMPORT_MAX_FILE_SIZE}, 10 MB by
 *     default); the servlet's multipart limit is set a little above it so that the user gets this
 *     clear message rather than a bare refusal
 * @param maxRows the most data lines in one file
 * @param keepFiles how long the file of a checked but not executed run is kept (the run itself
 *     stays in the list)
 */
@ConfigurationProperties("pepin.imports")
public record ImportProperties(
    @DefaultValue("10MB") DataSize maxFileSize,
    @DefaultValue("50000") int maxRows,
    @DefaultValue("7d") Duration keepFiles) {

  /** Decompressed size an XLSX file may reach (zip bombs are refused before parsing). */
  long maxUncompressedBytes() {
    return Math.max(200L * 1024 * 1024, maxFileSize.toBytes() * 25);
  }
}
