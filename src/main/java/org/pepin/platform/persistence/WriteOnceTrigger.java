package org.pepin.platform.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;
import org.jspecify.annotations.Nullable;

/**
 * H2 twin of the PostgreSQL function {@code pepin_write_once()}: a row trigger that refuses every
 * UPDATE and DELETE of a write-once table (integrity links, archived documents), so that the legal
 * content of issued documents cannot be altered in the database (inalterability: CGI art. 286 I 3°
 * bis; BOI-TVA-DECLA-30-10-30). Installed by {@code db/vendor/h2/platform/V8_1__*.sql}.
 */
public final class WriteOnceTrigger implements Trigger {

  private String table = "?";
  private String operation = "UPDATE or DELETE";

  @Override
  public void init(
      Connection connection,
      String schemaName,
      String triggerName,
      String tableName,
      boolean before,
      int type)
      throws SQLException {
    this.table = tableName;
    this.operation = type == DELETE ? "DELETE" : type == UPDATE ? "UPDATE" : "UPDATE or DELETE";
  }

  @Override
  public void fire(Connection connection, Object @Nullable [] oldRow, Object @Nullable [] newRow)
      throws SQLException {
    throw new SQLException(
        "write-once: " + operation + " on " + table + " is refused", "23000", 23000);
  }
}
