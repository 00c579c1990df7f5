package org.pepin.platform;

import java.util.UUID;

/**
 * What an importer knows while it checks or applies a line.
 *
 * @param company the company imported into
 * @param actor the user who runs the import
 * @param run the import run, to record as the origin of the changes ({@code import:<run>})
 */
public record ImportContext(CompanyId company, UserId actor, UUID run) {

  /** The origin to give to {@link ChangeHistory#record}. */
  public String origin() {
    return ChangeHistory.IMPORT_ORIGIN + run;
  }
}
